import type { EventBus } from '../../kernel/event-bus';
import type { MdtContext } from '../mdt-context';
import type { LiveState } from './live-state';
import type { FieldState } from '../outcome-draft';

/** What a running meeting announces, after commit, for the signalling layer to pass to its followers. */
export type MdtLiveEvents = {
  /** The case on screen, attendance or quorum changed. */
  live: [LiveState];
  /** One outcome field was written: everyone following the meeting sees it as it is typed. */
  outcomeChanged: [{ meetingId: string; caseId: string; field: string; state: FieldState }];
  /** The outcome was signed (frozen) or reopened for an amendment: every panel reloads it. */
  outcomeState: [{ meetingId: string; caseId: string; state: 'signed' | 'editing' }];
};

/** The MDT context with a bus to announce on: the live meeting is the part of MDT others watch. */
export type MdtLiveContext = MdtContext & { events: EventBus<MdtLiveEvents> };
