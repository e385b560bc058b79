import type { Identity } from '../access/authorize';
import { Refusal } from '../contracts/refusal';
import type { Connection, MethodHandlers } from './connection';
import type { ConsultationFanout } from './consultation-hub';
import { queueOf } from './consultation-relay';
import type { CallInProgress, ConsultationMethods, QueueEntry } from '../contracts/protocol/methods/consultation';
import type { NotificationData } from '../contracts/protocol/notifications';

export interface Actor {
  identity: Identity;
  name: string;
  ip?: string | undefined;
}

type Status = QueueEntry['status'];

/**
 * What signalling needs from the consultation domain. Declared here, satisfied by
 * domain/consultations, so the protocol layer depends on a shape rather than on the domain's
 * internals (and the domain knows nothing of sockets).
 */
export interface ConsultationDomain {
  arrive(
    actor: Actor,
    data: { displayName: string; precheck: { passed: boolean; summary: string }; reason?: string | undefined },
  ): Promise<{ consultationId: string; status: Status; roomId: string | null }>;
  queue(actor: Actor, serviceId: string): Promise<QueueEntry[]>;
  calls(actor: Actor, serviceId: string): Promise<CallInProgress[]>;
  leave(actor: Actor, consultationId: string): Promise<void>;
  admit(actor: Actor, consultationId: string): Promise<string>;
  hold(actor: Actor, consultationId: string, message?: string): Promise<void>;
  transfer(actor: Actor, consultationId: string, toServiceId: string): Promise<void>;
  end(actor: Actor, consultationId: string): Promise<void>;
  sendWaitingMessage(actor: Actor, consultationId: string, text: string): Promise<void>;
  postChat(actor: Actor, consultationId: string, body: string): Promise<{ messageId: string }>;
  addStaffParticipant(actor: Actor, consultationId: string, userId: string): Promise<unknown>;
  joinAsStaff(actor: Actor, consultationId: string): Promise<string>;
  on(event: 'queueChanged', listener: (e: { serviceId: string }) => void): unknown;
  on(event: 'statusChanged', listener: (e: NotificationData<'waiting.status'>) => void): unknown;
  on(event: 'waitingMessage', listener: (e: NotificationData<'waiting.message'>) => void): unknown;
  on(event: 'chatMessage', listener: (e: NotificationData<'chat.message'>) => void): unknown;
  on(event: 'fileShared', listener: (e: NotificationData<'file.shared'>) => void): unknown;
  on(event: 'colleagueAsked', listener: (e: NotificationData<'colleague.asked'> & { userId: string }) => void): unknown;
}

/** One connection's part in the consultation flow: a guest waiting, or staff working a queue. */
export class ConsultationSession {
  constructor(
    readonly connection: Connection,
    readonly actor: Actor,
    private readonly domain: ConsultationDomain,
    private readonly hub: ConsultationFanout<ConsultationSession>,
  ) {
    connection.serve(this.handlers());
    if (actor.identity.role !== 'guest') hub.addUser(actor.identity.id, this);
  }

  /**
   * The one way a connection starts hearing a consultation's events: only once `act` (which asks
   * the domain, and so `may`) has succeeded. A refusal subscribes nothing and ends any earlier
   * subscription to it, since the rights it rested on are gone.
   */
  private async following<R>(consultationId: string | ((r: R) => string), act: () => Promise<R>): Promise<R> {
    const idOf = (r?: R) => (typeof consultationId === 'string' ? consultationId : r && consultationId(r));
    try {
      const result = await act();
      this.hub.followConsultation(idOf(result)!.toLowerCase(), this);
      return result;
    } catch (err) {
      const id = idOf();
      if (id && isRefusal(err)) this.hub.unfollowConsultation(id.toLowerCase(), this);
      throw err;
    }
  }

  private handlers(): MethodHandlers<keyof typeof ConsultationMethods> {
    const { domain, actor } = this;
    return {
      // A guest is shown to staff by the name their invite was redeemed with, not whatever this frame
      // says; signed-in staff (a care home calling about a resident) name the person they call about.
      'waiting.enter': (data) =>
        this.following(
          (arrived) => arrived.consultationId,
          () => domain.arrive(actor, this.isGuest ? { ...data, displayName: actor.name } : data),
        ),
      'queue.watch': async ({ serviceId }) => {
        const queue = await queueOf(domain, actor, serviceId);
        this.hub.watchService(serviceId, this);
        return queue;
      },
      'consultation.admit': ({ consultationId }) =>
        this.following(consultationId, async () => ({ roomId: await domain.admit(actor, consultationId) })),
      'consultation.hold': async ({ consultationId, message }) => {
        await domain.hold(actor, consultationId, message);
        return {};
      },
      'consultation.transfer': async ({ consultationId, toServiceId }) => {
        await domain.transfer(actor, consultationId, toServiceId);
        return {};
      },
      'consultation.askColleague': async ({ consultationId, userId }) => {
        await domain.addStaffParticipant(actor, consultationId, userId);
        return {};
      },
      'consultation.join': ({ consultationId }) =>
        this.following(consultationId, async () => ({ roomId: await domain.joinAsStaff(actor, consultationId) })),
      'consultation.end': async ({ consultationId }) => {
        await domain.end(actor, consultationId);
        return {};
      },
      'consultation.leave': async ({ consultationId }) => {
        await domain.leave(actor, consultationId);
        return {};
      },
      'waiting.sendMessage': async ({ consultationId, text }) => {
        await domain.sendWaitingMessage(actor, consultationId, text);
        return {};
      },
      'chat.send': ({ consultationId, body }) =>
        this.following(consultationId, () => domain.postChat(actor, consultationId, body)),
    };
  }

  get isGuest(): boolean {
    return this.actor.identity.role === 'guest';
  }
}

/** A domain refusal: the caller may not (any longer) act on that consultation. */
function isRefusal(err: unknown): boolean {
  return err instanceof Refusal && (err.code === 'forbidden' || err.code === 'not_found');
}
