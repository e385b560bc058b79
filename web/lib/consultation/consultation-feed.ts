'use client';
import { useEffect, useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import { ConsultationRoutes } from '../../../contracts/http/consultations';
import type { NotificationData } from '../../../contracts/protocol/notifications';
import { apiFetch } from '../http/api-fetch';

export type FeedItem =
  | ({ kind: 'chat' } & NotificationData<'chat.message'>)
  | ({ kind: 'file' } & NotificationData<'file.shared'> & { sentAt: string });

/** Chat messages and shared files of one consultation, as they arrive over signalling. */
export function useConsultationFeed(signalling: SignallingClient | undefined, consultationId: string): FeedItem[] {
  const [items, setItems] = useState<FeedItem[]>([]);
  useEffect(() => {
    if (!signalling) return;
    const offChat = signalling.on('chat.message', (m) => {
      if (m.consultationId === consultationId) setItems((xs) => [...xs, { kind: 'chat', ...m }]);
    });
    const offFile = signalling.on('file.shared', (f) => {
      if (f.consultationId === consultationId)
        setItems((xs) => [...xs, { kind: 'file', ...f, sentAt: new Date().toISOString() }]);
    });
    return () => {
      offChat();
      offFile();
    };
  }, [signalling, consultationId]);
  return items;
}

/** Shares a file in the consultation; everyone in it hears of it over signalling. */
export async function uploadFile(consultationId: string, file: File): Promise<void> {
  await apiFetch(ConsultationRoutes.upload, {
    params: { id: consultationId },
    query: { filename: file.name },
    body: file,
    otherwise: (status) => `the file could not be shared (HTTP ${status})`,
  });
}
