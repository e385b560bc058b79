import { PatientRoutes } from '../../contracts/http/patients';
import { appendAudit } from '../../audit/audit-log';
import { searchPatients } from '../../domain/patients/search';
import { actorOf } from './actor';
import { serve } from './http-json';
import type { Route } from './route';

/** Staff finding the patient an invite is for; the domain authorises (and audits a refusal). */
export const patientRoutes: Route[] = [
  serve(PatientRoutes.search, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const patients = await searchPatients({ db: ctx.deps.db, audit: appendAudit }, actor, await read());
    reply(200, { patients });
  }),
];
