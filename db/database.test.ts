import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { sql } from 'kysely';
import { recordOutcome } from '../domain/mdt/outcomes';
import { createOrganisation, createService } from './records/organisations';
import { createPatient, InvalidPatientError } from './records/patients';
import { DatabaseInUseError } from './embedded-lock';
import { migrateToLatest } from './migrator';
import { openDatabase } from './open-database';
import type { Database } from './schema';
import { describeOnEachDatabase } from './test-support/databases';

const TABLES: (keyof Database)[] = [
  'appointments',
  'audit_chain_head',
  'audit_events',
  'chat_messages',
  'consultation_events',
  'consultation_participants',
  'consultations',
  'files',
  'fixed_link_arrivals',
  'fixed_links',
  'invites',
  'mdt_attendance',
  'mdt_case_discussions',
  'mdt_cases',
  'mdt_external_attendance',
  'mdt_external_invites',
  'mdt_meeting_invitees',
  'mdt_meeting_live',
  'mdt_meetings',
  'mdt_member_roles',
  'mdt_outcome_drafts',
  'mdt_outcome_fields',
  'mdt_outcomes',
  'mdt_settings',
  'organisations',
  'patients',
  'service_members',
  'services',
  'sessions',
  'sign_in_attempts',
  'users',
];

describeOnEachDatabase('the data layer', (t) => {
  it('migrates an empty database to every table of the model, and a second run changes nothing', async () => {
    const rows = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
      order by table_name`.execute(t.db);
    assert.deepEqual(
      rows.rows.map((r) => r.table_name),
      TABLES,
    );
    const again = await migrateToLatest(t.db);
    assert.deepEqual(again.results, []);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(t.db);
    assert.deepEqual(
      applied.rows.map((r) => r.name),
      [
        '0001_initial',
        '0002_consultation_flow',
        '0003_sign_in_attempts',
        '0004_invite_patients_fixed_links',
        '0005_mdt_setup',
        '0006_mdt_outcomes',
        '0007_mdt_live',
        '0008_mdt_external_invites',
      ],
    );
  });

  it('gives the same JavaScript types on both engines: date strings, numeric bigints, parsed JSON, bytes', async () => {
    const org = await createOrganisation(t.db, { name: 'Types Trust', kind: 'trust' });
    const service = await createService(t.db, {
      organisationId: org.id,
      name: 'Clinic',
      kind: 'scheduled_clinic',
      openingHours: { timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] } },
    });
    assert.deepEqual(service.opening_hours, { timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] } });
    assert.ok(service.created_at instanceof Date);
    const patient = await createPatient(t.db, {
      givenName: 'Ada',
      familyName: 'Test',
      dateOfBirth: '1931-02-28',
      nhsNumber: '999 000 0018',
    });
    assert.equal(patient.date_of_birth, '1931-02-28');
    assert.equal(patient.nhs_number, '9990000018');
    const { n } = await t.db
      .selectFrom('patients')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(typeof n, 'number');

    const consultation = await t.db
      .insertInto('consultations')
      .values({ service_id: service.id, patient_id: patient.id })
      .returning(['id', 'status'])
      .executeTakeFirstOrThrow();
    assert.equal(consultation.status, 'waiting');
    const content = new Uint8Array([0, 1, 2, 250, 255]);
    const file = await t.db
      .insertInto('files')
      .values({
        consultation_id: consultation.id,
        mdt_case_id: null,
        uploaded_by: 'test',
        filename: 'x.bin',
        content_type: 'application/octet-stream',
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        storage_path: null,
      })
      .returning('content')
      .executeTakeFirstOrThrow();
    assert.deepEqual([...file.content!], [...content]);
  });

  it('refuses an invalid NHS number before and in the database, and bad opening hours', async () => {
    await assert.rejects(
      createPatient(t.db, { givenName: 'B', familyName: 'C', dateOfBirth: '1950-01-01', nhsNumber: '9990000019' }),
      InvalidPatientError,
    );
    await assert.rejects(
      t.db
        .insertInto('patients')
        .values({
          given_name: 'B',
          family_name: 'C',
          date_of_birth: '1950-01-01',
          nhs_number: '99900',
          organisation_id: null,
        })
        .execute(),
      /check constraint/,
    );
    const org = await createOrganisation(t.db, { name: 'Hours Trust', kind: 'trust' });
    await assert.rejects(
      createService(t.db, {
        organisationId: org.id,
        name: 'X',
        kind: 'mdt',
        openingHours: { weekly: { mon: [['18:00', '09:00']] } },
      }),
    );
  });

  it('rolls a failed transaction back whole, while other work on the same database goes on', async () => {
    const before = await t.db.selectFrom('organisations').select('id').execute();
    const failing = t.db.transaction().execute(async (trx) => {
      await createOrganisation(trx, { name: 'Half-made Trust', kind: 'trust' });
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('second step failed');
    });
    const meanwhile = createOrganisation(t.db, { name: 'Meanwhile Hub', kind: 'hub' });
    await assert.rejects(failing, /second step failed/);
    await meanwhile;
    const names = (await t.db.selectFrom('organisations').select('name').execute()).map((r) => r.name);
    assert.equal(names.length, before.length + 1);
    assert.ok(names.includes('Meanwhile Hub'));
    assert.ok(!names.includes('Half-made Trust'));
  });

  it('versions MDT outcomes for panel members only: each change is a new (case, version) row and rows cannot be updated', async () => {
    const org = await createOrganisation(t.db, { name: 'MDT Trust', kind: 'trust' });
    const service = await createService(t.db, { organisationId: org.id, name: 'Lung MDT', kind: 'mdt' });
    const patient = await createPatient(t.db, { givenName: 'D', familyName: 'E', dateOfBirth: '1940-05-05' });
    const clinician = await t.db
      .insertInto('users')
      .values({
        organisation_id: org.id,
        username: `chair-${t.engine.toLowerCase()}`,
        display_name: 'Chair',
        role: 'clinician',
        password_hash: 'x',
        locked_until: null,
        disabled_at: null,
      })
      .returning(['id', 'role'])
      .executeTakeFirstOrThrow();
    const meeting = await t.db
      .insertInto('mdt_meetings')
      .values({
        service_id: service.id,
        title: 'Thursday',
        starts_at: new Date(),
        ends_at: new Date(Date.now() + 3600_000),
        chair_user_id: clinician.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mdtCase = await t.db
      .insertInto('mdt_cases')
      .values({
        meeting_id: meeting.id,
        patient_id: patient.id,
        position: 1,
        question: 'Staging?',
        presenter_user_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const panellist = { id: clinician.id, role: 'clinician' as const, serviceIds: [service.id] };
    const outsider = { ...panellist, serviceIds: [] };
    await assert.rejects(
      recordOutcome(t.db, { caseId: mdtCase.id, summary: 'x', recordedBy: outsider }),
      (e: Error & { code?: string }) => e.code === 'forbidden',
      'not a member of the MDT: refused',
    );
    const scribe = { ...panellist, role: 'coordinator' as const };
    await assert.rejects(
      recordOutcome(t.db, { caseId: mdtCase.id, summary: 'x', recordedBy: scribe, signOff: true }),
      (e: Error & { code?: string }) => e.code === 'forbidden',
      'a coordinator scribes but does not sign off',
    );
    const [a, b] = await Promise.all([
      recordOutcome(t.db, { caseId: mdtCase.id, summary: 'Refer for PET-CT', recordedBy: panellist }),
      recordOutcome(t.db, { caseId: mdtCase.id, summary: 'Refer for PET-CT and biopsy', recordedBy: panellist }),
    ]);
    assert.deepEqual([a.version, b.version].sort(), [1, 2]);
    const signed = await recordOutcome(t.db, {
      caseId: mdtCase.id,
      summary: 'Agreed',
      recordedBy: panellist,
      signOff: true,
    });
    assert.equal(signed.version, 3);
    assert.equal(signed.signed_off_by, clinician.id);

    await assert.rejects(
      t.db
        .insertInto('mdt_outcomes')
        .values({
          case_id: mdtCase.id,
          version: 2,
          summary: 'dup',
          actions: '[]',
          recorded_by: clinician.id,
          signed_off_by: null,
          signed_off_at: null,
        })
        .execute(),
      /duplicate key|unique/,
    );
    await assert.rejects(sql`update mdt_outcomes set summary = 'rewritten'`.execute(t.db), /append-only/);
    await assert.rejects(sql`delete from mdt_outcomes`.execute(t.db), /append-only/);
  });

  it('refuses a second opener of the embedded database while it is open; PostgreSQL takes many', async () => {
    const second = openDatabase({ ...t.location, migrate: false });
    if (t.engine === 'PGlite') {
      await assert.rejects(
        second,
        (err: unknown) => err instanceof DatabaseInUseError && /in use by process/.test(err.message),
      );
    } else {
      const other = await second;
      assert.ok(Array.isArray(await other.db.selectFrom('organisations').select('id').execute()));
      await other.close();
    }
  });

  it('keeps its data across a restart', async () => {
    const org = await createOrganisation(t.db, { name: 'Persistent Trust', kind: 'trust' });
    await t.close();
    await t.open();
    const found = await t.db.selectFrom('organisations').selectAll().where('id', '=', org.id).executeTakeFirst();
    assert.equal(found?.name, 'Persistent Trust');
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(t.db);
    const files = readdirSync(join(import.meta.dirname, 'migrations')).filter((f) => /^\d{4}_[\w-]+\.ts$/.test(f));
    assert.equal(applied.rows.length, files.length, 'the migration records survived too');
  });
});
