import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { describeOnEachDatabase } from '../db/test-support/databases';
import { appendAudit, auditHash } from './audit-log';
import { verifyAuditChain } from './verify-chain';

const root = join(import.meta.dirname, '..');

/** What someone with direct database access could do: switch the guard off and change rows. */
async function tamper(db: Kysely<Database>, statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
  });
}

async function runVerifyCli(env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'audit:verify'], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describeOnEachDatabase('the audit trail', (t) => {
  const actor = { id: 'u-1', role: 'clinician' };

  it('chains each event to the one before and verifies whole', async () => {
    const first = await appendAudit(t.db, {
      actor,
      action: 'test.first',
      resource: { type: 'thing', id: '1' },
      ip: '10.0.0.1',
    });
    const second = await appendAudit(t.db, { action: 'test.second', details: { b: 2, a: [1, { z: null, y: 'é' }] } });
    assert.equal(first.id, 1);
    assert.equal(second.id, 2);
    assert.equal(second.prev_hash, first.hash);
    assert.match(second.hash, /^[0-9a-f]{64}$/);
    assert.deepEqual(await verifyAuditChain(t.db), { intact: true, count: 2, headHash: second.hash });
  });

  it('keeps one unforked chain under many concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => appendAudit(t.db, { actor, action: 'test.concurrent', details: { i } })),
    );
    const report = await verifyAuditChain(t.db);
    assert.equal(report.intact, true, JSON.stringify(report));
    assert.equal(report.count, 42);
  });

  it('rolls an event back with the transaction it belongs to', async () => {
    await assert.rejects(
      t.db.transaction().execute(async (trx) => {
        await appendAudit(trx, { actor, action: 'test.rolled_back' });
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    const report = await verifyAuditChain(t.db);
    assert.deepEqual([report.intact, report.count], [true, 42]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the ordinary path', async () => {
    await assert.rejects(sql`update audit_events set action = 'x' where id = 1`.execute(t.db), /append-only/);
    await assert.rejects(sql`delete from audit_events where id = 1`.execute(t.db), /append-only/);
    await assert.rejects(sql`truncate audit_events`.execute(t.db), /append-only/);
  });

  it('names an edited event', async () => {
    const original = await t.db.selectFrom('audit_events').selectAll().where('id', '=', 7).executeTakeFirstOrThrow();
    await tamper(t.db, sql`update audit_events set actor_id = 'someone-else' where id = 7`);
    const report = await verifyAuditChain(t.db);
    assert.deepEqual(
      [report.intact, 'id' in report && report.id, 'problem' in report && report.problem],
      [false, 7, 'edited'],
    );
    await tamper(t.db, sql`update audit_events set actor_id = ${original.actor_id} where id = 7`);
    assert.equal((await verifyAuditChain(t.db)).intact, true);
  });

  it('names an event edited and re-hashed, by the broken link after it', async () => {
    const e = await t.db.selectFrom('audit_events').selectAll().where('id', '=', 9).executeTakeFirstOrThrow();
    const forged = { ...e, details: { i: 999 } };
    await tamper(
      t.db,
      sql`update audit_events set details = ${JSON.stringify(forged.details)}::jsonb, hash = ${auditHash(forged)} where id = 9`,
    );
    const report = await verifyAuditChain(t.db);
    assert.deepEqual(
      [report.intact, 'id' in report && report.id, 'problem' in report && report.problem],
      [false, 10, 'relinked'],
    );
    await tamper(
      t.db,
      sql`update audit_events set details = ${JSON.stringify(e.details)}::jsonb, hash = ${e.hash} where id = 9`,
    );
    assert.equal((await verifyAuditChain(t.db)).intact, true);
  });

  it('names a deleted event, in the middle or at the end', async () => {
    await tamper(t.db, sql`delete from audit_events where id = 20`);
    const middle = await verifyAuditChain(t.db);
    assert.deepEqual(
      [middle.intact, 'id' in middle && middle.id, 'problem' in middle && middle.problem],
      [false, 20, 'deleted'],
    );
    assert.equal(middle.count, 19);
    await tamper(t.db, sql`delete from audit_events where id > 40`);
    const end = await verifyAuditChain(t.db);
    assert.equal('id' in end && end.id, 20, 'the first gap is still the one reported');
  });

  it('npm run audit:verify exits 0 with the count when whole, 1 naming the event when not', async () => {
    const fresh = await appendAudit(t.db, { action: 'test.cli' });
    await tamper(t.db, sql`delete from audit_events`);
    await tamper(t.db, sql`update audit_chain_head set last_id = 0, last_hash = ${'0'.repeat(64)}`);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(t.db);
    for (let i = 0; i < 3; i++) await appendAudit(t.db, { action: 'test.cli', details: { i } });
    assert.ok(fresh.id > 3);
    // Only one process may open the embedded database, so the CLI gets it to itself.
    await t.close();
    const whole = await runVerifyCli(t.env());
    assert.equal(whole.code, 0, whole.out);
    assert.match(whole.out, /audit chain intact: 3 events/);
    await t.open();
    await tamper(t.db, sql`update audit_events set ip = '203.0.113.9' where id = 2`);
    await t.close();
    const broken = await runVerifyCli(t.env());
    assert.equal(broken.code, 1, broken.out);
    assert.match(broken.out, /BROKEN at event 2 \(edited\)/);
    await t.open();
  });
});
