import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Identity } from '../../../access/authorize';
import { appendAudit } from '../../../audit/audit-log';
import type { Actor } from '../../kernel/context';
import { LocalEventBus, type EventBus } from '../../kernel/event-bus';
import type { FieldEdit } from '../outcome-edit';
import { attendanceJoined, attendanceLeft } from './attendance';
import { followMeeting } from './follow';
import { goToCase } from './go-to-case';
import type { MdtLiveContext, MdtLiveEvents } from './live-context';
import { editLive } from './live-edit';
import { amendLive, signOffLive } from './live-sign-off';
import type { LiveState } from './live-state';

/**
 * A running MDT meeting, free of sockets and media: following it, moving the panel, writing the
 * outcome live, and attendance from the call. Each use case asks `may` itself and audits; events
 * are announced after commit for the signalling layer to pass on.
 */
export class MdtLive {
  private readonly ctx: MdtLiveContext;

  constructor(options: { db: Kysely<Database>; now?: () => Date; events?: EventBus<MdtLiveEvents> }) {
    const events = options.events ?? new LocalEventBus<MdtLiveEvents>();
    this.ctx = { db: options.db, audit: appendAudit, now: options.now ?? (() => new Date()), events };
  }

  /** Listens to what a meeting committed (the signalling layer fans it out to followers). */
  on<E extends keyof MdtLiveEvents & string>(event: E, listener: (...payload: MdtLiveEvents[E]) => void): this {
    this.ctx.events.on(event, listener);
    return this;
  }
  follow(actor: Actor, meetingId: string): Promise<LiveState> {
    return followMeeting(this.ctx, actor, meetingId);
  }
  goToCase(actor: Actor, meetingId: string, caseId: string): Promise<LiveState> {
    return goToCase(this.ctx, actor, meetingId, caseId);
  }
  editField(
    actor: Actor,
    input: { caseId: string; field: string; value: unknown; baseVersion: number },
  ): Promise<FieldEdit> {
    return editLive(this.ctx, actor, input);
  }
  signOff(actor: Actor, caseId: string): ReturnType<typeof signOffLive> {
    return signOffLive(this.ctx, actor, caseId);
  }
  amend(actor: Actor, caseId: string, reason: string): Promise<void> {
    return amendLive(this.ctx, actor, caseId, reason);
  }
  joined(identity: Identity, meetingId: string): Promise<void> {
    return attendanceJoined(this.ctx, identity, meetingId);
  }
  left(identity: Identity, meetingId: string): Promise<void> {
    return attendanceLeft(this.ctx, identity, meetingId);
  }
}
