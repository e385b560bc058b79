import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { may, type Identity } from '../../access/authorize';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import { change, expectStatus } from './change';
import type { ConsultationContext } from './context';
import { DomainError } from '../kernel/domain-error';
import { ensureParticipant } from './participants';
import { recordStep } from './timeline';
import type { Actor } from './types';

/** The identity a staff member would have if they signed in now, for asking `may` about them. */
async function staffIdentity(db: Transaction<Database>, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'role', 'organisation_id', 'display_name'])
    .where('id', '=', requireId(userId, 'user'))
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!user) throw new DomainError('not_found', 'there is no such colleague');
  const memberships = await db
    .selectFrom('service_members')
    .select('service_id')
    .where('user_id', '=', user.id)
    .execute();
  const identity: Identity = {
    id: user.id,
    role: user.role,
    organisationId: user.organisation_id,
    serviceIds: memberships.map((m) => m.service_id),
  };
  return { identity, name: user.display_name };
}

/** Brings a colleague from the directory into the consultation, if they could join it themselves. */
export async function addStaffParticipant(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  userId: string,
): Promise<{ participantId: string }> {
  // change() authorises the asker before the colleague is looked up: whether a colleague exists is
  // not for anyone who may not bring people in.
  const { result } = await change(ctx, actor, 'consultation.admit', id, async (trx, c, at) => {
    const colleague = await staffIdentity(trx, userId);
    expectStatus(c, ['waiting', 'in_progress', 'on_hold'], 'add someone');
    const service = await trx
      .selectFrom('services')
      .select('name')
      .where('id', '=', c.service_id)
      .executeTakeFirstOrThrow();
    const asked = { consultationId: c.id, userId: colleague.identity.id, from: actor.name, serviceName: service.name };
    const resource = {
      type: 'consultation' as const,
      id: c.id,
      serviceId: c.service_id,
      requesterOrganisationId: c.requester_organisation_id,
    };
    const decision = may(colleague.identity, 'consultation.join', resource);
    if (!decision.allowed)
      throw new DomainError('forbidden', `${colleague.name} cannot join this consultation: ${decision.reason}`);
    const existing = await trx
      .selectFrom('consultation_participants')
      .select('id')
      .where('consultation_id', '=', c.id)
      .where('user_id', '=', colleague.identity.id)
      .where('left_at', 'is', null)
      .executeTakeFirst();
    if (existing) return { participantId: existing.id, asked };
    const { id: participantId } = await trx
      .insertInto('consultation_participants')
      .values({
        consultation_id: c.id,
        user_id: colleague.identity.id,
        display_name: colleague.name,
        role: colleague.identity.role,
        joined_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordStep(trx, ctx, actor, {
      consultationId: c.id,
      kind: 'participant_added',
      at,
      details: {
        name: colleague.name,
        role: colleague.identity.role,
        user_id: colleague.identity.id,
        via: 'directory',
      },
    });
    return { participantId, asked };
  });
  ctx.emit('colleagueAsked', result.asked);
  return { participantId: result.participantId };
}

/**
 * A member of staff joining a call already under way (asked in from the directory, or a colleague
 * of the service stepping in): they become a participant, which is what lets them into its media
 * room, and the record says so. Returns the room.
 */
export async function joinAsStaff(ctx: ConsultationContext, actor: Actor, id: string): Promise<string> {
  const consultationId = requireId(id, 'consultation');
  if (actor.identity.role === 'guest') {
    await refuse(
      ctx,
      actor,
      'consultation.join',
      { type: 'consultation', id: consultationId },
      'guests join by their link',
    );
  }
  const { result } = await change(ctx, actor, 'consultation.join', consultationId, async (trx, c, at) => {
    if (c.status !== 'in_progress' || !c.room_id)
      throw new DomainError('conflict', 'This call is not under way any more.');
    const { created } = await ensureParticipant(trx, c.id, actor, at);
    if (created) {
      const details = { name: actor.name, role: actor.identity.role, user_id: actor.identity.id, via: 'joined' };
      await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'participant_added', at, details });
    }
    return c.room_id;
  });
  return result;
}
