import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { checkInvite } from '../../identity/invites';
import { Consultations } from '../consultations/consultations';
import { pdfText } from '../consultations/test-support/pdf-text';
import { PRECHECK } from '../consultations/test-support/world';
import { DomainError } from '../kernel/domain-error';
import { searchPatients } from '../patients/search';
import { createInvite } from './invites';
import { inviteWorld, type InviteWorld } from './test-support/invite-world';

/** A weekday morning, when the demo clinic is open, moving a minute per reading. */
function clock(start = Date.parse('2026-11-23T10:00:00Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

const forbidden = (err: unknown) => err instanceof DomainError && err.code === 'forbidden';

describeOnEachDatabase('patients on invites', (t) => {
  let w: InviteWorld;
  before(async () => {
    w = await inviteWorld(t, clock());
    await w.patientOf(w.clinic, 'Olive', 'Stanton', '9990777004');
    await w.patientOf(w.hub, 'Olivia', 'Hubbard');
  });

  it('finds patients of the service organisation by name or NHS number, and no one else', async () => {
    const byName = await searchPatients(w.ctx, w.coordinator, { serviceId: w.clinic, query: 'oliv' });
    assert.deepEqual(
      byName.map((p) => `${p.givenName} ${p.familyName}`),
      ['Olive Stanton'],
      'the hub organisation patient is not shown to the clinic',
    );
    const byNumber = await searchPatients(w.ctx, w.coordinator, { serviceId: w.clinic, query: '999 077 7004' });
    assert.equal(byNumber[0]?.nhsNumber, '9990777004');
  });

  it('refuses the search to staff of another organisation and to guests', async () => {
    // The nurse works only for the hub, in another organisation than the clinic.
    await assert.rejects(searchPatients(w.ctx, w.nurse, { serviceId: w.clinic, query: 'Olive' }), forbidden);
    const guest = await w.guest({ kind: 'service', id: w.clinic }, 'patient', 'Someone');
    await assert.rejects(searchPatients(w.ctx, guest, { serviceId: w.clinic, query: 'Olive' }), forbidden);
  });

  it('refuses an invite naming a patient of another organisation', async () => {
    const hubPatient = await w.patientOf(w.hub, 'Ivy', 'Elsewhere');
    await assert.rejects(
      createInvite(w.ctx, w.coordinator, {
        scope: { kind: 'service', id: w.clinic },
        guestKind: 'patient',
        patient: { id: hubPatient },
      }),
      (err: unknown) => err instanceof DomainError && err.code === 'not_found',
    );
  });

  it('refuses a new patient with an NHS number that fails its check digit', async () => {
    await assert.rejects(
      createInvite(w.ctx, w.coordinator, {
        scope: { kind: 'service', id: w.clinic },
        guestKind: 'patient',
        patient: { givenName: 'Nell', familyName: 'Wrong', dateOfBirth: '1960-01-01', nhsNumber: '9990777005' },
      }),
      (err: unknown) => err instanceof DomainError && err.code === 'bad_request' && /NHS number/.test(err.message),
    );
    const kept = await t.db.selectFrom('patients').select('id').where('family_name', '=', 'Wrong').execute();
    assert.equal(kept.length, 0);
  });

  it('carries a new patient from the invite to the consultation, its record and its PDF', async () => {
    const invite = await createInvite(w.ctx, w.coordinator, {
      scope: { kind: 'service', id: w.clinic },
      guestKind: 'patient',
      patient: { givenName: 'Rosa', familyName: 'Lind', dateOfBirth: '1944-03-02', nhsNumber: '999 077 7012' },
    });
    const check = await checkInvite(w.ctx, invite.token);
    assert.deepEqual(check, { status: 'valid', guestKind: 'patient', name: 'Rosa Lind', fixedLink: false });
    const guest = await w.guestByToken(invite.token, 'Rosa Lind');
    const domain = new Consultations({ db: t.db, now: w.ctx.now! });
    const arrived = await domain.arrive(guest, { displayName: 'Rosa Lind', precheck: PRECHECK });
    const record = await domain.record(w.coordinator, arrived.consultationId);
    assert.equal(record.patient?.givenName, 'Rosa');
    assert.equal(record.patient?.nhsNumber, '9990777012');
    const pdf = await pdfText(await domain.exportPdf(w.coordinator, arrived.consultationId));
    assert.match(pdf, /Rosa Lind/);
    assert.match(pdf, /999 077 7012/);
  });

  it('carries an existing patient found by search', async () => {
    const [olive] = await searchPatients(w.ctx, w.coordinator, { serviceId: w.clinic, query: 'Stanton' });
    const invite = await createInvite(w.ctx, w.coordinator, {
      scope: { kind: 'service', id: w.clinic },
      guestKind: 'patient',
      patient: { id: olive!.id },
    });
    const guest = await w.guestByToken(invite.token, 'Olive S');
    const domain = new Consultations({ db: t.db, now: w.ctx.now! });
    const arrived = await domain.arrive(guest, { displayName: 'Olive S', precheck: PRECHECK });
    const record = await domain.record(w.coordinator, arrived.consultationId);
    assert.equal(record.patient?.id, olive!.id);
  });
});
