import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { Act } from './use-action-status';
import type { ActiveConsultation } from './use-active-consultation';

type Request = (s: SignallingClient, consultationId: string) => Promise<unknown>;

/**
 * What the clinician can do to the consultation they are in. Leaving, holding and ending tell the
 * server first and then leave the room, so the server decides what happens to the others.
 */
export function inCallActions(
  signalling: SignallingClient | undefined,
  active: ActiveConsultation | undefined,
  act: Act,
  leaveRoom: () => Promise<void>,
) {
  // Offered only while in the consultation, when both are set; the check satisfies the types.
  const run = (what: (a: ActiveConsultation) => string, request: Request, thenLeave: boolean) => {
    if (!signalling || !active) return;
    const done = act(what(active), () => request(signalling, active.consultationId));
    if (thenLeave) void done.then(leaveRoom);
  };
  return {
    askColleague: (userId: string, name: string) =>
      run(
        () => `${name} has been asked to join.`,
        (s, consultationId) => s.request('consultation.askColleague', { consultationId, userId }),
        false,
      ),
    leave: () =>
      run(
        (a) => `You left the call with ${a.name}.`,
        (s, consultationId) => s.request('consultation.leave', { consultationId }),
        true,
      ),
    hold: (message: string) =>
      run(
        (a) => `${a.name} is back in the waiting area.`,
        (s, consultationId) => s.request('consultation.hold', { consultationId, message: message || undefined }),
        true,
      ),
    end: () =>
      run(
        (a) => `The consultation with ${a.name} has ended.`,
        (s, consultationId) => s.request('consultation.end', { consultationId }),
        true,
      ),
  };
}
