import { sql } from 'kysely';
import { may } from '../../access/authorize';
import { serviceResource } from '../../access/resources';
import { normaliseNhsNumber } from '../../db/nhs-number';
import type { Patient } from '../../db/schema';
import type { Actor, DomainContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';

/** A patient as staff pick them for an invite: enough to tell two people of the same name apart. */
export interface PatientMatch {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber: string | null;
}

export const patientMatch = (p: Patient): PatientMatch => ({
  id: p.id,
  givenName: p.given_name,
  familyName: p.family_name,
  dateOfBirth: p.date_of_birth,
  nhsNumber: p.nhs_number,
});

/**
 * Whom staff may name on an invite to this service: the patients of the service's organisation.
 * Asked as `invite.create` on the service, because naming a patient is part of sending them a link.
 */
export async function patientsOrganisationFor(
  ctx: Pick<DomainContext, 'db' | 'audit'>,
  actor: Actor,
  serviceId: string,
): Promise<string> {
  const id = requireId(serviceId, 'service');
  const resource = await serviceResource(ctx.db, id);
  if (!resource) throw new DomainError('not_found', 'there is no such service');
  const decision = may(actor.identity, 'invite.create', resource);
  if (!decision.allowed) await refuse(ctx, actor, 'patient.search', { type: 'service', id }, decision.reason);
  const s = await ctx.db
    .selectFrom('services')
    .select('organisation_id')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return s.organisation_id;
}

/** Staff find the patient an invite is for, by NHS number (exact) or by name (any part of it). */
export async function searchPatients(
  ctx: Pick<DomainContext, 'db' | 'audit'>,
  actor: Actor,
  req: { serviceId: string; query: string },
): Promise<PatientMatch[]> {
  const organisationId = await patientsOrganisationFor(ctx, actor, req.serviceId);
  const query = req.query.trim();
  if (query.length < 2 || query.length > 80) throw new DomainError('bad_request', 'search with 2 to 80 characters');
  const nhs = normaliseNhsNumber(query);
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
  const rows = await ctx.db
    .selectFrom('patients')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where((eb) =>
      nhs ? eb('nhs_number', '=', nhs) : eb(sql<string>`lower(given_name || ' ' || family_name)`, 'like', like),
    )
    .orderBy('family_name')
    .orderBy('given_name')
    .limit(20)
    .execute();
  return rows.map(patientMatch);
}
