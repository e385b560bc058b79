import assert from 'node:assert/strict';
import { it } from 'node:test';
import jwt from 'jsonwebtoken';
import { describeOnEachDatabase } from '../db/test-support/databases';
import { createOrganisation, createService } from '../db/records/organisations';
import { createPatient } from '../db/records/patients';
import { IdentityError, type IdentityErrorCode } from './identity-error';
import {
  issueInvite,
  redeemInvite,
  revokeInvite,
  WINDOW_GRACE_AFTER_MINUTES,
  WINDOW_GRACE_BEFORE_MINUTES,
} from './invites';
import { TokenService } from './tokens';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

async function refusedWith(promise: Promise<unknown>, code: IdentityErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof IdentityError, `expected an IdentityError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    if (message) assert.match(err.message, message);
    return true;
  });
}

describeOnEachDatabase('invite links for patients and guests', (t) => {
  const slotStart = new Date('2026-03-02T10:00:00Z');
  const slotEnd = new Date('2026-03-02T10:20:00Z');
  let clock = new Date('2026-03-02T08:00:00Z');
  const tokens = new TokenService(SECRET, () => clock);
  const deps = () => ({ db: t.db, tokens, now: () => clock });
  const at = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
  let actor = { id: '', role: 'clinician' };
  let consultationId = '';
  let otherConsultationId = '';
  let serviceId = '';
  let appointmentId = '';

  it('sets up a clinic, a patient, an appointment and two consultations', async () => {
    const org = await createOrganisation(t.db, { name: 'Clinic Trust', kind: 'trust' });
    const service = await createService(t.db, { organisationId: org.id, name: 'Clinic', kind: 'scheduled_clinic' });
    const patient = await createPatient(t.db, { givenName: 'P', familyName: 'Q', dateOfBirth: '1960-01-01' });
    const user = await t.db
      .insertInto('users')
      .values({
        organisation_id: org.id,
        username: 'dr.invite',
        display_name: 'Dr I',
        role: 'clinician',
        password_hash: 'x',
        locked_until: null,
        disabled_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const appointment = await t.db
      .insertInto('appointments')
      .values({
        service_id: service.id,
        patient_id: patient.id,
        starts_at: slotStart,
        ends_at: slotEnd,
        cancelled_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [c1, c2] = await t.db
      .insertInto('consultations')
      .values([
        { service_id: service.id, patient_id: patient.id, appointment_id: appointment.id },
        { service_id: service.id, patient_id: patient.id },
      ])
      .returning('id')
      .execute();
    actor = { id: user.id, role: 'clinician' };
    [consultationId, otherConsultationId, serviceId, appointmentId] = [c1!.id, c2!.id, service.id, appointment.id];
    assert.notEqual(consultationId, otherConsultationId);
  });

  it('redeems a consultation invite for a guest token scoped to that consultation, naming its invite and no room', async () => {
    const invite = await issueInvite(
      deps(),
      { scope: { kind: 'consultation', id: consultationId }, guestKind: 'relative', displayName: 'Sam' },
      actor,
    );
    const access = await redeemInvite(deps(), invite.token, 'Sam (daughter)', { ip: '192.0.2.4' });
    const claims = tokens.verifyAccess(access.accessToken);
    assert.deepEqual(
      [claims.role, claims.name, claims.scope, claims.rooms, claims.guest, claims.inv],
      ['guest', 'Sam (daughter)', { kind: 'consultation', id: consultationId }, undefined, 'relative', invite.jti],
    );
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'ip'])
      .where('resource_id', '=', invite.jti)
      .orderBy('id')
      .execute();
    assert.deepEqual(audit, [
      { action: 'invite.issue', ip: null },
      { action: 'invite.use', ip: '192.0.2.4' },
    ]);
  });

  it('refuses a single-use invite the second time, and lets exactly one of many simultaneous openings in', async () => {
    const once = await issueInvite(
      deps(),
      { scope: { kind: 'consultation', id: consultationId }, guestKind: 'patient' },
      actor,
    );
    await redeemInvite(deps(), once.token, null);
    await refusedWith(redeemInvite(deps(), once.token, null), 'used', /already been used/);

    const race = await issueInvite(
      deps(),
      { scope: { kind: 'consultation', id: consultationId }, guestKind: 'patient' },
      actor,
    );
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => redeemInvite(deps(), race.token, null)));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    for (const r of results) if (r.status === 'rejected') assert.equal((r.reason as IdentityError).code, 'used');
  });

  it('lets a multi-use invite in repeatedly, each guest with an identity of its own', async () => {
    const many = await issueInvite(
      deps(),
      { scope: { kind: 'service', id: serviceId }, guestKind: 'professional', singleUse: false },
      actor,
    );
    const a = await redeemInvite(deps(), many.token, 'A');
    const b = await redeemInvite(deps(), many.token, 'B');
    assert.notEqual(a.guest.id, b.guest.id);
    assert.equal(tokens.verifyAccess(a.accessToken).rooms, undefined, 'a guest token names no room');
  });

  it(`binds an appointment invite to the slot, ${WINDOW_GRACE_BEFORE_MINUTES} min early to ${WINDOW_GRACE_AFTER_MINUTES} min late`, async () => {
    const invite = await issueInvite(
      deps(),
      { scope: { kind: 'consultation', id: consultationId }, guestKind: 'patient', appointmentId, singleUse: false },
      actor,
    );
    assert.deepEqual(invite.window, {
      start: at(slotStart, -WINDOW_GRACE_BEFORE_MINUTES),
      end: at(slotEnd, WINDOW_GRACE_AFTER_MINUTES),
    });
    clock = at(slotStart, -WINDOW_GRACE_BEFORE_MINUTES - 1);
    await refusedWith(
      redeemInvite(deps(), invite.token, null),
      'outside_window',
      /This link works from 2 Mar 2026, 09:45 to 2 Mar 2026, 10:50/,
    );
    clock = at(slotStart, -WINDOW_GRACE_BEFORE_MINUTES + 1);
    await redeemInvite(deps(), invite.token, null);
    clock = at(slotEnd, WINDOW_GRACE_AFTER_MINUTES - 1);
    await redeemInvite(deps(), invite.token, null);
    clock = new Date('2026-03-02T08:00:00Z');
    const early = await issueInvite(
      deps(),
      {
        scope: { kind: 'consultation', id: consultationId },
        guestKind: 'patient',
        window: { start: at(clock, 60), end: at(clock, 90) },
      },
      actor,
    );
    await refusedWith(redeemInvite(deps(), early.token, null), 'outside_window');
  });

  it('refuses a link to a waiting area while it is closed, without using the link up', async () => {
    const org = await createOrganisation(t.db, { name: 'Evening Trust', kind: 'trust' });
    const service = await createService(t.db, {
      organisationId: org.id,
      name: 'Dermatology Clinic',
      kind: 'scheduled_clinic',
      openingHours: { timeZone: 'Europe/London', weekly: { mon: [['09:00', '12:00']] } },
    });
    clock = new Date('2026-03-02T08:00:00Z'); // Monday 08:00 in London
    const invite = await issueInvite(
      deps(),
      { scope: { kind: 'service', id: service.id }, guestKind: 'patient', singleUse: true },
      actor,
    );
    await refusedWith(
      redeemInvite(deps(), invite.token, null),
      'closed',
      /^Dermatology Clinic is closed\. It opens again on Monday 2 March at 09:00\.$/,
    );
    const row = await t.db.selectFrom('invites').select(['use_count', 'used_at']).where('jti', '=', invite.jti);
    assert.deepEqual(await row.executeTakeFirstOrThrow(), { use_count: 0, used_at: null });
    clock = new Date('2026-03-02T09:00:00Z');
    assert.equal((await redeemInvite(deps(), invite.token, null)).guest.scope.id, service.id);
    clock = new Date('2026-03-02T08:00:00Z');
  });

  it('refuses a revoked invite, and an expired one', async () => {
    const invite = await issueInvite(
      deps(),
      { scope: { kind: 'consultation', id: consultationId }, guestKind: 'interpreter' },
      actor,
    );
    await revokeInvite(deps(), invite.jti, actor);
    await refusedWith(redeemInvite(deps(), invite.token, null), 'revoked', /withdrawn/);
    await refusedWith(revokeInvite(deps(), invite.jti, actor), 'not_found');

    const expired = await issueInvite(
      deps(),
      { scope: { kind: 'consultation', id: consultationId }, guestKind: 'patient', expiresAt: at(clock, 60) },
      actor,
    );
    clock = at(clock, 61);
    await refusedWith(redeemInvite(deps(), expired.token, null), 'expired', /expired/);
    clock = new Date('2026-03-02T08:00:00Z');
  });

  it('refuses forged, alg:none, wrong-audience and unknown invites, and records the refusals', async () => {
    const claims = {
      jti: crypto.randomUUID(),
      scope: { kind: 'consultation', id: otherConsultationId },
      guest: 'patient',
    };
    const forged = jwt.sign(claims, 'not-the-secret-not-the-secret-not-the', {
      algorithm: 'HS256',
      issuer: 'convene',
      audience: 'convene:invite',
      expiresIn: 600,
    });
    await refusedWith(redeemInvite(deps(), forged, null), 'invalid', /not valid/);
    const none = jwt.sign(claims, '', {
      algorithm: 'none',
      issuer: 'convene',
      audience: 'convene:invite',
      expiresIn: 600,
    });
    await refusedWith(redeemInvite(deps(), none, null), 'invalid');
    const access = tokens.issueAccess({ sub: 'u', role: 'guest', name: 'X' });
    await refusedWith(redeemInvite(deps(), access, null), 'invalid');
    // Correctly signed, but never issued (no row): refused too.
    await refusedWith(redeemInvite(deps(), tokens.issueInvite(claims as never, at(clock, 10)), null), 'invalid');
    await refusedWith(redeemInvite(deps(), '', null), 'missing');
    const refusals = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'invite.refused')
      .execute();
    assert.ok(refusals.some((r) => r.details.reason === 'invalid'));
  });

  it('will not issue an invite for something that does not exist or has already passed', async () => {
    await refusedWith(
      issueInvite(deps(), { scope: { kind: 'consultation', id: crypto.randomUUID() }, guestKind: 'patient' }, actor),
      'not_found',
    );
    await refusedWith(
      issueInvite(
        deps(),
        { scope: { kind: 'service', id: serviceId }, guestKind: 'patient', expiresAt: at(clock, -1) },
        actor,
      ),
      'invalid',
    );
  });
});
