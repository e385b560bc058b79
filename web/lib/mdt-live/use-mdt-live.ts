'use client';
import { useCallback, useEffect, useState } from 'react';
import type { ConnectionStatus } from '../../../contracts/client/reconnect';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { MdtLiveState } from '../../../contracts/protocol/methods/mdt';
import type { Me } from '../dashboard/staff-api';
import { useStaffSocket } from '../dashboard/use-staff-socket';
import { fetchMeeting, type MeetingDetail } from './mdt-live-api';

/** What the live page knows: who is looking, the meeting and its cases, and where the panel is now. */
export interface MdtLive {
  me: Me | undefined;
  meeting: MeetingDetail | undefined;
  live: MdtLiveState | undefined;
  signalling: SignallingClient | undefined;
  connection: ConnectionStatus;
  /** The coordinator and the meeting's chair move the panel; the server refuses anyone else anyway. */
  canMove: boolean;
  goToCase(caseId: string): Promise<void>;
  error: string | undefined;
  setError(message: string | undefined): void;
}

/**
 * Follows one meeting over the staff socket: listens before it asks to follow (so no move is missed
 * in between), then keeps the state every 'mdt.live' brings. The case list comes over HTTP.
 */
export function useMdtLive(meetingId: string): MdtLive {
  const [meeting, setMeeting] = useState<MeetingDetail>();
  const [live, setLive] = useState<MdtLiveState>();
  const [error, setError] = useState<string>();

  const onOpen = useCallback(
    async (s: SignallingClient) => {
      const stop = s.on('mdt.live', (state) => state.meetingId === meetingId && setLive(state));
      setLive(await s.request('mdt.follow', { meetingId }));
      return stop;
    },
    [meetingId],
  );
  const onError = useCallback((message: string) => setError(message), []);
  const { me, signalling, connection } = useStaffSocket(onOpen, onError);

  useEffect(() => {
    fetchMeeting(meetingId).then(setMeeting, (err: Error) => setError(err.message));
  }, [meetingId]);

  const canMove = Boolean(me && (me.role === 'coordinator' || meeting?.meeting.chair?.id === me.id));
  const goToCase = async (caseId: string) => {
    if (!signalling) return;
    setError(undefined);
    try {
      setLive(await signalling.request('mdt.goToCase', { meetingId, caseId }));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return { me, meeting, live, signalling, connection, canMove, goToCase, error, setError };
}
