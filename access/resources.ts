import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ConsultationResource, ServiceResource } from './authorize';

/** The facts `may` needs about a consultation, or undefined when there is none with that id. */
export async function consultationResource(
  db: Kysely<Database>,
  id: string,
): Promise<ConsultationResource | undefined> {
  const c = await db
    .selectFrom('consultations')
    .select(['id', 'service_id', 'requester_organisation_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) return undefined;
  const participants = await db
    .selectFrom('consultation_participants')
    .select('user_id')
    .where('consultation_id', '=', id)
    .where('user_id', 'is not', null)
    .execute();
  return {
    type: 'consultation',
    id: c.id,
    serviceId: c.service_id,
    requesterOrganisationId: c.requester_organisation_id,
    participantUserIds: participants.map((p) => p.user_id!),
  };
}

/** The facts `may` needs about a service, or undefined when there is none with that id. */
export async function serviceResource(db: Kysely<Database>, id: string): Promise<ServiceResource | undefined> {
  const s = await db.selectFrom('services').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
  return s && { type: 'service', id: s.id, kind: s.kind };
}
