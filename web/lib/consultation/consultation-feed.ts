'use client';
import { useEffect, useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { NotificationData } from '../../../contracts/protocol/notifications';

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

export async function uploadFile(consultationId: string, file: File): Promise<void> {
  const res = await fetch(
    `/api/consultations/${encodeURIComponent(consultationId)}/files?filename=${encodeURIComponent(file.name)}`,
    {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'application/octet-stream' },
    },
  );
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new Error(body.error?.message ?? `the file could not be shared (HTTP ${res.status})`);
  }
}
