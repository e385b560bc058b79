import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { nhsCheckDigit } from '../../db/nhs-number';
import type { Database, StaffRole } from '../../db/schema';
import { appendAudit } from '../../audit/audit-log';
import { createStaffUser } from '../../identity/staff-users';
import { createOrganisation, createService } from '../../db/records/organisations';
import { createPatient } from '../../db/records/patients';
import { seedDemoMdt } from './demo-mdt';

export interface DemoLogin {
  username: string;
  password: string;
  role: StaffRole;
  name: string;
  organisation: string;
}

const SEEDER = { id: 'demo-seed', role: 'system' };

/** Synthetic NHS numbers from the 999 range, which the NHS reserves for testing. */
function* testNhsNumbers(): Generator<string> {
  for (let n = 1; ; n++) {
    const first9 = `999${String(n).padStart(6, '0')}`;
    const check = nhsCheckDigit(first9);
    if (check !== null) yield `${first9}${check}`;
  }
}

const minutes = (d: Date, n: number): Date => new Date(d.getTime() + n * 60_000);

/** The next half hour from now, so the demo clinic's slots are always upcoming. */
function nextHalfHour(now: Date): Date {
  const d = new Date(now);
  d.setUTCSeconds(0, 0);
  d.setUTCMinutes(d.getUTCMinutes() < 30 ? 30 : 60);
  return d;
}

async function organisations(trx: Transaction<Database>) {
  const trust = await createOrganisation(trx, {
    name: 'Northfield Teaching Hospitals NHS Trust (demo)',
    kind: 'trust',
  });
  const hubOrg = await createOrganisation(trx, { name: 'Northfield Clinical Hub (demo)', kind: 'hub' });
  const careHome = await createOrganisation(trx, { name: 'Willow Court Care Home (demo)', kind: 'care_home' });
  const prison = await createOrganisation(trx, { name: 'HMP Northfield (demo)', kind: 'prison' });
  const hub = await createService(trx, {
    organisationId: hubOrg.id,
    name: '24/7 Care Home Support Hub',
    kind: 'on_demand_hub',
  });
  const weekdays = {
    timeZone: 'Europe/London',
    weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])),
  };
  const clinic = await createService(trx, {
    organisationId: trust.id,
    name: 'Respiratory Outpatient Clinic',
    kind: 'scheduled_clinic',
    openingHours: weekdays,
  });
  const mdt = await createService(trx, {
    organisationId: trust.id,
    name: 'Lung Cancer MDT',
    kind: 'mdt',
    openingHours: { timeZone: 'Europe/London', weekly: { thu: [['12:30', '14:30']] } },
  });
  return { trust, hubOrg, careHome, prison, hub, clinic, mdt };
}

/** Fills an empty database with a small, plausible, entirely synthetic deployment. */
export async function seedDemoData(db: Kysely<Database>, now = new Date()): Promise<DemoLogin[]> {
  return db.transaction().execute(async (trx) => {
    const o = await organisations(trx);
    const people: [string, string, StaffRole, { id: string; name: string }, string[]][] = [
      ['demo.clinician', 'Dr Asha Patel', 'clinician', o.trust, [o.hub.id, o.clinic.id, o.mdt.id]],
      ['demo.nurse', 'Tom Reid', 'nurse', o.hubOrg, [o.hub.id]],
      ['demo.coordinator', 'Grace Okafor', 'coordinator', o.trust, [o.clinic.id, o.mdt.id]],
      ['demo.admin', 'Sam Lee', 'admin', o.trust, []],
      ['demo.carehome', 'Beth Morgan', 'care_home_staff', o.careHome, []],
      ['demo.prison', 'Chris Doyle', 'prison_staff', o.prison, []],
    ];
    const logins: DemoLogin[] = [];
    const ids: Record<string, string> = {};
    for (const [username, name, role, org, serviceIds] of people) {
      const password = randomBytes(12).toString('base64url');
      const user = await createStaffUser(
        trx,
        { organisationId: org.id, username, displayName: name, role, password, serviceIds },
        SEEDER,
      );
      ids[username] = user.id;
      logins.push({ username, password, role, name, organisation: org.name });
    }

    const nhs = testNhsNumbers();
    const patient = (
      givenName: string,
      familyName: string,
      dateOfBirth: string,
      organisationId: string | null = null,
    ) => createPatient(trx, { givenName, familyName, dateOfBirth, nhsNumber: nhs.next().value, organisationId });
    const margaret = await patient('Margaret', 'Hill', '1938-04-12', o.careHome.id);
    await patient('Arthur', 'Pike', '1941-09-30', o.careHome.id);
    const daniel = await patient('Daniel', 'Shaw', '1987-02-03', o.prison.id);
    const priya = await patient('Priya', 'Nair', '1972-11-19');
    const john = await patient('John', 'Fenwick', '1956-06-07');
    const elaine = await patient('Elaine', 'Brooks', '1949-01-25');

    await trx
      .insertInto('consultations')
      .values({
        service_id: o.hub.id,
        patient_id: margaret.id,
        requested_by: ids['demo.carehome']!,
        requester_organisation_id: o.careHome.id,
        reason: 'Found on the floor overnight; new confusion this morning',
      })
      .execute();
    const first = nextHalfHour(now);
    for (const [p, start] of [
      [priya, first],
      [daniel, minutes(first, 30)],
    ] as const) {
      const appointment = await trx
        .insertInto('appointments')
        .values({
          service_id: o.clinic.id,
          patient_id: p.id,
          starts_at: start,
          ends_at: minutes(start, 20),
          cancelled_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('consultations')
        .values({
          service_id: o.clinic.id,
          patient_id: p.id,
          appointment_id: appointment.id,
          requester_organisation_id: p.organisation_id,
        })
        .execute();
    }
    const ian = await patient('Ian', 'Marsh', '1951-03-14', o.trust.id);
    const mdt = { mdtServiceId: o.mdt.id, chairId: ids['demo.clinician']!, coordinatorId: ids['demo.coordinator']! };
    await seedDemoMdt(trx, { ...mdt, patients: [john, elaine, ian] }, now);
    await appendAudit(trx, { actor: SEEDER, action: 'demo.seed', details: { users: logins.map((l) => l.username) } });
    return logins;
  });
}
