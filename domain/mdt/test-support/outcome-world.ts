import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../../../db/schema';
import { createOrganisation, createService } from '../../../db/records/organisations';
import { createPatient } from '../../../db/records/patients';
import { createStaffUser } from '../../../identity/staff-users';
import { demoWorld, type World } from '../../consultations/test-support/world';
import type { Actor } from '../../kernel/context';
import { outcomeContext, type OutcomeContext } from '../outcome-context';

/**
 * An MDT of its own for the outcome tests, beside the demo deployment (for guests and its care
 * home): a trust's lung MDT with a chair, a second clinician on the panel, a coordinator and a
 * nurse; a meeting chaired by the chair with one case (a patient named "Zoë Ødegård"); and, to be
 * refused, another trust's MDT clinician and prison staff.
 */
export interface OutcomeWorld {
  demo: World;
  ctx: OutcomeContext;
  serviceId: string;
  meetingId: string;
  caseId: string;
  nhsNumber: string;
  chair: Actor;
  panellist: Actor;
  coordinator: Actor;
  nurse: Actor;
  otherTrust: Actor;
  prison: Actor;
  /** Another case on the same meeting, for tests that need a fresh outcome. */
  newCase(question: string): Promise<string>;
}

const SYSTEM = { id: 'test', role: 'system' };

/** Builds the world on the test database; `tag` keeps its usernames and names apart from other suites'. */
export async function outcomeWorld(source: { readonly db: Kysely<Database> }, tag: string): Promise<OutcomeWorld> {
  const db = source.db;
  const demo = await demoWorld(source);
  const trust = await createOrganisation(db, { name: `Fjord Trust ${tag}`, kind: 'trust' });
  const other = await createOrganisation(db, { name: `Other Trust ${tag}`, kind: 'trust' });
  const prisonOrg = await createOrganisation(db, { name: `HMP ${tag}`, kind: 'prison' });
  const mdt = await createService(db, { organisationId: trust.id, name: 'Lung MDT', kind: 'mdt' });
  const otherMdt = await createService(db, { organisationId: other.id, name: 'Other Lung MDT', kind: 'mdt' });
  const staff = async (username: string, name: string, role: StaffRole, orgId: string, services: string[]) => {
    const u = await createStaffUser(
      db,
      {
        organisationId: orgId,
        username: `${username}.${tag}`,
        displayName: name,
        role,
        password: 'a-long-test-password-1',
        serviceIds: services,
      },
      SYSTEM,
    );
    return { identity: { id: u.id, role, organisationId: orgId, serviceIds: services }, name, ip: '192.0.2.20' };
  };
  const chair = await staff('chair', 'Dr Ingrid Bjørnstad', 'clinician', trust.id, [mdt.id]);
  const panellist = await staff('panel', 'Dr Sam Okoro', 'clinician', trust.id, [mdt.id]);
  const coordinator = await staff('coord', 'Ruth Ames', 'coordinator', trust.id, [mdt.id]);
  const nurse = await staff('nurse', 'Nia Evans', 'nurse', trust.id, [mdt.id]);
  const otherTrust = await staff('other', 'Dr Far Away', 'clinician', other.id, [otherMdt.id]);
  const prison = await staff('prison', 'Pat Warden', 'prison_staff', prisonOrg.id, []);
  const start = new Date(Date.now() + 86_400_000);
  const meeting = await db
    .insertInto('mdt_meetings')
    .values({
      service_id: mdt.id,
      title: 'Thursday lung MDT',
      starts_at: start,
      ends_at: new Date(start.getTime() + 7_200_000),
      chair_user_id: chair.identity.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nhsNumber = '9434765919';
  const patient = await createPatient(db, {
    givenName: 'Zoë',
    familyName: 'Ødegård',
    dateOfBirth: '1950-03-14',
    nhsNumber,
  });
  let position = 0;
  const newCase = async (question: string) => {
    const c = await db
      .insertInto('mdt_cases')
      .values({
        meeting_id: meeting.id,
        patient_id: patient.id,
        position: ++position,
        question,
        presenter_user_id: chair.identity.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return c.id;
  };
  const caseId = await newCase('CT: 2.4 cm right upper lobe mass. Staging and next steps?');
  return {
    demo,
    ctx: outcomeContext(db),
    serviceId: mdt.id,
    meetingId: meeting.id,
    caseId,
    nhsNumber,
    chair,
    panellist,
    coordinator,
    nurse,
    otherTrust,
    prison,
    newCase,
  };
}
