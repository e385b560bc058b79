'use client';
import { useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { CallInProgress, QueueEntry } from '../../../contracts/protocol/methods/consultation';
import { useCall } from '../call/use-call';
import type { Me } from './staff-api';
import type { Act } from './use-action-status';
import type { ColleagueAsk } from './use-staff-socket';
import { inCallActions } from './in-call-actions';
import { forgetCall, rememberCall } from './use-rejoin-on-reload';

/** The consultation the clinician is in, and whom it is with. */
export interface ActiveConsultation {
  consultationId: string;
  /** How messages speak of whom it is with: the patient's name, or whose patient when this page does not know it. */
  name: string;
  /** The patient's (or guest's) own name, for the heading, when this page knows it. */
  patient?: string;
}

const withPatient = (consultationId: string, patient: string): ActiveConsultation => ({
  consultationId,
  name: patient,
  patient,
});

/** How the clinician got into a consultation: the server's answer names the room. */
type Entry = (s: SignallingClient) => Promise<{ roomId: string }>;

/**
 * The consultation the clinician is in and its call: getting in (seeing someone waiting, joining
 * where a colleague asked, rejoining a call under way or held), asking a colleague in, and getting
 * out (left, on hold or ended). Each needs the socket and who the clinician is, and does nothing
 * before the staff socket has them. A call the server closed (a colleague ended it) is no longer active.
 */
export function useActiveConsultation(p: {
  signalling: SignallingClient | undefined;
  me: Me | undefined;
  act: Act;
  dismissAsked(consultationId: string): void;
  /** Whom a call under way in one of the clinician's services is with; undefined for a call elsewhere. */
  patientOf(consultationId: string): string | undefined;
}) {
  const { signalling, me, act } = p;
  const [chosen, setChosen] = useState<ActiveConsultation>();
  const [call, client] = useCall();
  const active = call.status === 'joining' || call.status === 'joined' ? chosen : undefined;

  const enter = async (what: string, consultation: ActiveConsultation, entry: Entry) => {
    if (!signalling || !me) return;
    // One call at a time: the reload's automatic rejoin may be under way when a button is pressed.
    if (['joining', 'joined'].includes(client.getState().status)) {
      return act(what, () => Promise.reject(new Error('You are already in a call. Leave it first.')));
    }
    await act(what, async () => {
      const { roomId } = await entry(signalling);
      setChosen(consultation);
      const media = await navigator.mediaDevices
        .getUserMedia({ audio: true, video: { width: 1280, height: 720 } })
        .catch(() => undefined);
      const [mic, camera] = [media?.getAudioTracks()[0], media?.getVideoTracks()[0]];
      await client.join({ signalling, roomId, displayName: me.name, mic, camera });
      if (client.getState().status === 'joined') rememberCall(consultation.consultationId);
    });
  };

  const admit = (e: QueueEntry) =>
    enter(`You are seeing ${e.displayName}.`, withPatient(e.consultationId, e.displayName), (s) =>
      s.request('consultation.admit', { consultationId: e.consultationId }),
    );
  /** The ask names the colleague, not the patient: their name comes from the service's calls, when it is one of ours. */
  const joinAsked = (a: ColleagueAsk) => {
    const patient = p.patientOf(a.consultationId);
    const consultation = { consultationId: a.consultationId, name: patient ?? `${a.from}'s patient`, patient };
    return enter(`You joined ${a.from}'s call.`, consultation, (s) => {
      // Answered once it is asked for: a press refused for being in another call leaves the ask standing.
      p.dismissAsked(a.consultationId);
      return s.request('consultation.join', { consultationId: a.consultationId });
    });
  };
  /** Back into a call under way (join) or one held when its clinician left (admit the caller again). */
  const rejoin = (c: CallInProgress) =>
    enter(`You rejoined the call with ${c.displayName}.`, withPatient(c.consultationId, c.displayName), (s) =>
      s.request(c.status === 'on_hold' ? 'consultation.admit' : 'consultation.join', {
        consultationId: c.consultationId,
      }),
    );

  return {
    active,
    call,
    client,
    admit,
    joinAsked,
    rejoin,
    ...inCallActions(signalling, active, act, () => {
      forgetCall();
      return client.leave();
    }),
  };
}
