import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { appendAudit } from '../../audit/audit-log';
import type { Identity } from '../../access/authorize';
import { arrive } from './arrival';
import { queue } from './queue';
import { LocalEventBus, type EventBus } from '../kernel/event-bus';
import type { AuditAppend } from '../kernel/context';
import type { ConsultationContext } from './context';
import { attachFile, readFile } from './files';
import { toFhirBundle } from './fhir';
import { admit, end, hold, setPriority, transfer } from './flow';
import { leave, type LeaveReason } from './leaving';
import { callsInProgress } from './calls';
import { chatHistory, postChat, sendWaitingMessage, setNotes } from './messages';
import { recordPdf } from './pdf';
import { readRecord } from './record';
import { roomAccess, roomJudgement, type RoomAction } from './room-access';
import type { RoomJudgement } from '../kernel/room-judgement';
import { addStaffParticipant, joinAsStaff } from './staff';
import { directory, type PresenceLookup } from '../directory/directory';
import type {
  Actor,
  Arrival,
  ArrivalRequest,
  CallInProgress,
  ChatMessage,
  ConsultationEventMap,
  ConsultationEventName,
  ConsultationRecord,
  DirectoryEntry,
  QueueEntry,
  SharedFile,
} from './types';

export interface ConsultationsOptions {
  db: Kysely<Database>;
  /** Where every clinical step is recorded; the hash-chained audit trail unless a test says otherwise. */
  audit?: AuditAppend;
  now?: () => Date;
  /** Where committed changes are announced; in-process unless a deployment of several nodes gives one. */
  events?: EventBus<ConsultationEventMap>;
  /** Who is connected now, for the directory; everyone reads offline when nothing is connected to tell. */
  presence?: PresenceLookup;
}

/**
 * The consultation flow, free of sockets and media: guests arrive, staff work queues, admit,
 * hold, transfer and end; chat, files, notes, the record and its exports. Every method takes the
 * acting person and asks `may` itself, so HTTP routes and signalling are covered alike; every
 * step is written to the timeline and the audit trail in the transaction that makes it.
 * Events are emitted after commit, for the signalling layer to pass on.
 */
export class Consultations {
  private readonly ctx: ConsultationContext;
  private readonly events: EventBus<ConsultationEventMap>;
  private readonly presence: PresenceLookup | undefined;

  constructor(options: ConsultationsOptions) {
    const events = (this.events = options.events ?? new LocalEventBus<ConsultationEventMap>());
    this.presence = options.presence;
    this.ctx = {
      db: options.db,
      audit: options.audit ?? appendAudit,
      now: options.now ?? (() => new Date()),
      emit: (event, ...payload) => events.emit(event, ...payload),
    };
  }

  /** Listens to what the domain committed (for the signalling layer to pass on). */
  on<E extends ConsultationEventName>(event: E, listener: (...payload: ConsultationEventMap[E]) => void): this {
    this.events.on(event, listener);
    return this;
  }

  arrive(actor: Actor, request: ArrivalRequest): Promise<Arrival> {
    return arrive(this.ctx, actor, request);
  }
  queue(actor: Actor, serviceId: string): Promise<QueueEntry[]> {
    return queue(this.ctx, actor, serviceId);
  }
  /** Returns the room the call takes place in. */
  admit(actor: Actor, consultationId: string): Promise<string> {
    return admit(this.ctx, actor, consultationId);
  }
  hold(actor: Actor, consultationId: string, message?: string): Promise<void> {
    return hold(this.ctx, actor, consultationId, message);
  }
  transfer(actor: Actor, consultationId: string, toServiceId: string): Promise<void> {
    return transfer(this.ctx, actor, consultationId, toServiceId);
  }
  end(actor: Actor, consultationId: string): Promise<void> {
    return end(this.ctx, actor, consultationId);
  }
  /** Out of the call; the last of the staff to go puts the guest back in the waiting area. */
  leave(actor: Actor, consultationId: string, why?: LeaveReason): Promise<void> {
    return leave(this.ctx, actor, consultationId, why);
  }
  calls(actor: Actor, serviceId: string): Promise<CallInProgress[]> {
    return callsInProgress(this.ctx, actor, serviceId);
  }
  setPriority(actor: Actor, consultationId: string, priority: number): Promise<void> {
    return setPriority(this.ctx, actor, consultationId, priority);
  }
  sendWaitingMessage(actor: Actor, consultationId: string, text: string): Promise<void> {
    return sendWaitingMessage(this.ctx, actor, consultationId, text);
  }
  postChat(actor: Actor, consultationId: string, body: string): Promise<{ messageId: string; sentAt: Date }> {
    return postChat(this.ctx, actor, consultationId, body);
  }
  chatHistory(actor: Actor, consultationId: string): Promise<ChatMessage[]> {
    return chatHistory(this.ctx, actor, consultationId);
  }
  setNotes(actor: Actor, consultationId: string, text: string): Promise<{ updatedAt: Date }> {
    return setNotes(this.ctx, actor, consultationId, text);
  }
  directory(actor: Actor): Promise<DirectoryEntry[]> {
    return directory(this.ctx, actor, this.presence);
  }
  addStaffParticipant(actor: Actor, consultationId: string, userId: string): Promise<{ participantId: string }> {
    return addStaffParticipant(this.ctx, actor, consultationId, userId);
  }
  joinAsStaff(actor: Actor, consultationId: string): Promise<string> {
    return joinAsStaff(this.ctx, actor, consultationId);
  }
  attachFile(actor: Actor, consultationId: string, file: { filename: string; bytes: Uint8Array }): Promise<SharedFile> {
    return attachFile(this.ctx, actor, consultationId, file);
  }
  readFile(actor: Actor, fileId: string): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
    return readFile(this.ctx, actor, fileId);
  }
  /** Null when `identity` may use the consultation's media room now, else why not; for the room authoriser. */
  roomAccess(identity: Identity, consultationId: string, action: RoomAction): Promise<string | null> {
    return roomAccess(this.ctx, identity, consultationId, action);
  }
  roomJudgement(identity: Identity, consultationId: string): Promise<RoomJudgement> {
    return roomJudgement(this.ctx, identity, consultationId);
  }
  record(actor: Actor, consultationId: string): Promise<ConsultationRecord> {
    return readRecord(this.ctx, actor, consultationId, 'read');
  }
  /** A FHIR R4 Bundle (collection) that has passed the R4 JSON schema. */
  async exportFhirBundle(actor: Actor, consultationId: string): Promise<Record<string, unknown>> {
    return toFhirBundle(await readRecord(this.ctx, actor, consultationId, 'export.fhir'), this.ctx.now());
  }
  async exportPdf(actor: Actor, consultationId: string): Promise<Buffer> {
    return recordPdf(await readRecord(this.ctx, actor, consultationId, 'export.pdf'), this.ctx.now());
  }
}
