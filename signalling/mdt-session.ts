import { ROLE_GRANTS } from '../access/authorize';
import type { MdtMethods } from '../contracts/protocol/methods/mdt';
import type { NotificationData } from '../contracts/protocol/notifications';
import type { Actor } from './consultation-session';
import type { Connection, MethodHandlers } from './connection';
import type { MdtFollowers } from './mdt-followers';

type LiveState = NotificationData<'mdt.live'>;

/** A field as the domain answers it: who wrote it is a person, of whom the wire carries the name. */
interface DomainField {
  value: unknown;
  version: number;
  editedBy: { name: string } | null;
}

/**
 * What signalling needs of the live MDT domain. Declared here, satisfied by domain/mdt/live, so
 * the protocol layer depends on a shape rather than on the domain (which knows nothing of sockets).
 */
export interface MdtLiveDomain {
  follow(actor: Actor, meetingId: string): Promise<LiveState>;
  goToCase(actor: Actor, meetingId: string, caseId: string): Promise<LiveState>;
  editField(
    actor: Actor,
    input: { caseId: string; field: string; value: unknown; baseVersion: number },
  ): Promise<{ applied: true; field: DomainField } | { applied: false; conflict: DomainField }>;
}

/** A field for the wire: the value as JSON, its version, and the name of whoever wrote it. */
export const wireField = (f: DomainField) => ({
  value: (f.value ?? null) as NotificationData<'mdt.outcome.changed'>['state']['value'],
  version: f.version,
  editedBy: f.editedBy?.name ?? null,
});

/** One connection's part in live MDT meetings: following them, moving the panel, writing outcomes. */
export class MdtSession {
  constructor(
    connection: Connection,
    private readonly actor: Actor,
    private readonly domain: MdtLiveDomain,
    private readonly followers: MdtFollowers,
  ) {
    connection.serve(this.handlers(connection));
  }

  private handlers(connection: Connection): MethodHandlers<keyof typeof MdtMethods> {
    const { domain, actor, followers } = this;
    return {
      // Only once the domain has let them read the meeting do they start hearing it; its outcomes,
      // as they are typed, only if they may read outcomes at all (an external clinician may not).
      'mdt.follow': async ({ meetingId }) => {
        const state = await domain.follow(actor, meetingId);
        const outcomes = ROLE_GRANTS[actor.identity.role].has('mdt.outcome.read');
        followers.follow(state.meetingId, connection, { outcomes });
        return state;
      },
      'mdt.unfollow': ({ meetingId }) => {
        followers.unfollow(meetingId.toLowerCase(), connection);
        return Promise.resolve({});
      },
      'mdt.goToCase': ({ meetingId, caseId }) => domain.goToCase(actor, meetingId, caseId),
      'mdt.outcome.edit': async (input) => {
        const edit = await domain.editField(actor, input);
        return edit.applied
          ? { applied: true as const, field: wireField(edit.field) }
          : { applied: false as const, conflict: wireField(edit.conflict) };
      },
    };
  }
}
