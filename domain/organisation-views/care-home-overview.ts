import type { CareHomeOverview } from '../../contracts/http/organisation-views';
import { auditActor, type Actor } from '../kernel/context';
import type { OrganisationViewContext } from './context';
import { ownOrganisation } from './own-organisation';
import { callStage } from './stage';

/** Enough for any care home; a longer list would need a search, not a page. */
const MAX_RESIDENTS = 500;
/** The requests a home needs to follow up; older ones are in the hub's records. */
const MAX_REQUESTS = 50;

/**
 * The care home's own page: its residents and the calls it has asked for, newest first. The home
 * is the caller's own organisation (from their sign-in); the reading is audited with the residents
 * shown, since a list of patients is patient data.
 */
export async function careHomeOverview(ctx: OrganisationViewContext, actor: Actor): Promise<CareHomeOverview> {
  const home = await ownOrganisation(ctx, actor, { action: 'care_home.overview.read', kind: 'care_home' });
  return ctx.db.transaction().execute(async (trx) => {
    const residents = await trx
      .selectFrom('patients')
      .select(['id', 'given_name', 'family_name', 'date_of_birth', 'nhs_number'])
      .where('organisation_id', '=', home.id)
      .orderBy('family_name')
      .orderBy('given_name')
      .limit(MAX_RESIDENTS)
      .execute();
    const requests = await trx
      .selectFrom('consultations as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .leftJoin('patients as p', 'p.id', 'c.patient_id')
      .select([
        'c.id',
        'c.reason',
        'c.status',
        'c.appointment_id',
        'c.waiting_since',
        'c.created_at',
        's.name as service',
      ])
      .select(['p.given_name', 'p.family_name'])
      .where('c.requester_organisation_id', '=', home.id)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .limit(MAX_REQUESTS)
      .execute();
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: 'care_home.overview.read',
      resource: { type: 'organisation', id: home.id },
      ip: actor.ip ?? null,
      details: { residents: residents.map((r) => r.id), requests: requests.map((r) => r.id) },
      at: ctx.now(),
    });
    return {
      home: { name: home.name },
      residents: residents.map((r) => ({
        id: r.id,
        givenName: r.given_name,
        familyName: r.family_name,
        dateOfBirth: r.date_of_birth,
        nhsNumber: r.nhs_number,
      })),
      requests: requests.map((r) => ({
        id: r.id,
        resident: r.given_name ? `${r.given_name} ${r.family_name}` : null,
        reason: r.reason,
        service: r.service,
        stage: callStage({ status: r.status, booked: r.appointment_id !== null, waitingSince: r.waiting_since }),
        requestedAt: r.created_at,
      })),
    };
  });
}
