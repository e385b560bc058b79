import type { PrisonToday } from '../../contracts/http/organisation-views';
import { auditActor, type Actor } from '../kernel/context';
import type { OrganisationViewContext } from './context';
import { londonDay } from './london-day';
import { ownOrganisation } from './own-organisation';
import { callStage } from './stage';

/**
 * Today's appointments for people held at the caller's prison, by time: where to bring whom, and
 * when. Only what an officer needs (time, clinic, name, where the call stands), never the reason
 * or notes; the prison is the caller's own organisation, and the reading is audited.
 */
export async function prisonToday(ctx: OrganisationViewContext, actor: Actor): Promise<PrisonToday> {
  const prison = await ownOrganisation(ctx, actor, { action: 'prison.today.read', kind: 'prison' });
  const day = londonDay(ctx.now());
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('appointments as a')
      .innerJoin('patients as p', 'p.id', 'a.patient_id')
      .innerJoin('services as s', 's.id', 'a.service_id')
      .leftJoin('consultations as c', 'c.appointment_id', 'a.id')
      .select(['a.id', 'a.starts_at', 'a.cancelled_at', 's.name as clinic', 'p.given_name', 'p.family_name'])
      .select(['c.status', 'c.waiting_since'])
      .where('a.starts_at', '>=', day.from)
      .where('a.starts_at', '<', day.to)
      .where((eb) =>
        eb.or([eb('p.organisation_id', '=', prison.id), eb('c.requester_organisation_id', '=', prison.id)]),
      )
      .orderBy('a.starts_at')
      .orderBy('a.id')
      .orderBy('c.created_at', 'desc')
      .execute();
    // An appointment called more than once has a consultation for each call: the newest says where it stands.
    const appointments = rows.filter((r, i) => i === 0 || rows[i - 1]!.id !== r.id);
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: 'prison.today.read',
      resource: { type: 'organisation', id: prison.id },
      ip: actor.ip ?? null,
      details: { date: day.date, appointments: appointments.map((a) => a.id) },
      at: ctx.now(),
    });
    return {
      prison: { name: prison.name },
      date: day.date,
      appointments: appointments.map((a) => ({
        id: a.id,
        startsAt: a.starts_at,
        clinic: a.clinic,
        patient: `${a.given_name} ${a.family_name}`,
        stage: callStage({
          status: a.status,
          booked: true,
          waitingSince: a.waiting_since,
          cancelledAt: a.cancelled_at,
        }),
      })),
    };
  });
}
