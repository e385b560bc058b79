'use client';
import { useEffect, useRef, useState } from 'react';
import { STAFF_RECONNECT } from '../../../contracts/client/reconnect';
import { SignallingClient } from '../../../contracts/client/signalling-client';
import type { NotificationData } from '../../../contracts/protocol/notifications';
import { signallingUrl } from '../call/token';
import { useCall } from '../call/use-call';
import { inviteFromLocation, redeemInvite } from './redeem';
import { useGuestCall, type Check, type Step } from './use-guest-call';

export type { Check, Step };

/**
 * A guest's visit from the link to the end: redeeming it with their name, the pre-call check, then
 * the waiting area and the call (held, left, rejoined) on one signalling connection.
 */
export function useGuestVisit(link: { token?: string | undefined; reason?: string | undefined } = {}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [signalling, setSignalling] = useState<SignallingClient>();
  const [messages, setMessages] = useState<{ text: string; sentAt: string }[]>([]);
  const [call, client] = useCall();
  const name = useRef('');
  const visit = useGuestCall(client, name, setError, link.reason);
  useEffect(() => () => signalling?.close(), [signalling]);

  const onStatus = (s: SignallingClient, st: NotificationData<'waiting.status'>) => {
    const kept = st.status === 'transferred' || st.status === 'waiting';
    if (kept && st.message) setMessages((xs) => [...xs, { text: st.message!, sentAt: new Date().toISOString() }]);
    void visit.onStatus(s, st);
  };

  const start = async (displayName: string) => {
    const token = link.token ?? inviteFromLocation();
    if (!token)
      return setError('This page needs the link you were sent. Open the link from your text message or email.');
    setBusy(true);
    setError(undefined);
    try {
      await redeemInvite(token, displayName);
      const s = await SignallingClient.connect(signallingUrl(), undefined, WebSocket, STAFF_RECONNECT);
      // The server forgets what a dropped socket was following: the waiting place is taken up again.
      s.onReconnect(() => visit.onReconnected());
      s.on('waiting.message', (m) => setMessages((xs) => [...xs, m]));
      s.on('waiting.status', (st) => onStatus(s, st));
      s.on('room.closed', () => visit.onRoomClosed());
      name.current = displayName;
      setSignalling(s);
      visit.setStep('check');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return { ...visit, error, busy, signalling, messages, call, client, start };
}
