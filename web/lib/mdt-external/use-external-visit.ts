'use client';
import { useEffect, useState } from 'react';
import { SignallingClient } from '../../../contracts/client/signalling-client';
import { signallingUrl } from '../call/token';
import { inviteFromLocation } from '../guest/redeem';
import { checkMeetingLink, openMeetingLink, type MeetingLink } from './meeting-link';

/** Where the external clinician is: their link, the pre-call check, or the meeting. */
export type ExternalStep =
  MeetingLink | { kind: 'precheck' | 'meeting'; meetingId: string; name: string; signalling: SignallingClient };

/**
 * An external clinician's way in: the link checked (why not, or when it opens), their agreement, the
 * link opened, the pre-call check over the socket, then the meeting. A reload goes straight back in.
 */
export function useExternalVisit() {
  const [step, setStep] = useState<ExternalStep>({ kind: 'checking' });
  const [token, setToken] = useState<string>();
  const [error, setError] = useState<string>();
  const [closed, setClosed] = useState<string>();
  const [signalling, setSignalling] = useState<SignallingClient>();
  useEffect(() => () => signalling?.close(), [signalling]);
  const connect = async (into: { meetingId: string; name: string }, kind: 'precheck' | 'meeting') => {
    const s = await SignallingClient.connect(signallingUrl());
    s.onClose((code, reason) => setClosed(reason || `the connection closed (${code})`));
    setSignalling(s);
    setStep({ kind, ...into, signalling: s });
  };
  useEffect(() => {
    // The link is in the fragment, which only the browser sees.
    const fromPage = inviteFromLocation();
    setToken(fromPage);
    checkMeetingLink(fromPage)
      .then((link) => (link.kind === 'back' ? connect(link, 'meeting') : setStep(link)))
      .catch(() =>
        setStep({ kind: 'refused', code: 'network', message: 'We could not check your link. Reload the page.' }),
      );
  }, []);

  const start = async () => {
    if (!token) return;
    setError(undefined);
    try {
      await connect(await openMeetingLink(token), 'precheck');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const enter = () => 'signalling' in step && setStep({ ...step, kind: 'meeting' });
  return { step, error, closed, start, enter };
}
