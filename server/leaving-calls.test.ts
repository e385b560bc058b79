import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RequestError } from '../contracts/client/signalling-client';
import { startConvene, type RunningConvene } from './app';
import { next, nurseAndPatientInCall } from './test-support/calls';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

/** Nobody is stranded: leaving a call, or losing the connection, never leaves a guest alone in it. */
describe('leaving a call', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig({ CALL_ABSENCE_GRACE_SECONDS: '1' }), { web: false });
  });
  after(async () => {
    await app.close();
  });

  const inCall = () => nurseAndPatientInCall(app);

  it('the last clinician leaving puts the guest on hold, and a colleague finds the call and takes it back', async () => {
    const { nurse, patient, staff, roomId, consultationId } = await inCall();
    const colleague = await (await people(app).staff('demo.clinician')).socket();
    const watched = await colleague.request('queue.watch', { serviceId: nurse.hub });
    const mine = watched.calls.find((c) => c.consultationId === consultationId);
    assert.deepEqual([mine?.status, mine?.youAreIn, mine?.people.length], ['in_progress', false, 2]);

    const held = next(patient.client, 'waiting.status');
    const out = next(patient.client, 'room.closed');
    const staffOut = next(staff, 'room.closed');
    const listed = next(colleague, 'queue.updated', (q) => q.calls.some((c) => c.status === 'on_hold'));
    await staff.request('consultation.leave', { consultationId });
    const status = await held;
    assert.equal(status.status, 'on_hold');
    assert.match(status.message ?? '', /left the call/);
    assert.equal((await out).roomId, roomId);
    assert.equal((await staffOut).roomId, roomId, 'the clinician who left no longer holds the room');
    const call = (await listed).calls.find((c) => c.consultationId === consultationId);
    assert.deepEqual([call?.status, call?.displayName, call?.people], ['on_hold', 'Margaret Hill', ['Margaret Hill']]);

    const back = next(patient.client, 'waiting.status', (s) => s.status === 'in_progress');
    await colleague.request('consultation.admit', { consultationId });
    assert.equal((await back).roomId, roomId);
    await colleague.request('room.join', { roomId });
    await patient.client.request('room.join', { roomId });
    for (const c of [patient.client, staff, colleague]) c.close();
  });

  it('a guest who leaves can come back into the call with their link', async () => {
    const { patient, staff, roomId, consultationId } = await inCall();
    const gone = next(staff, 'peer.left');
    const out = next(patient.client, 'room.closed');
    await patient.client.request('consultation.leave', { consultationId });
    assert.equal((await out).roomId, roomId, 'the server takes the guest out of the room it left');
    await gone;
    const again = await patient.client.request('waiting.enter', {
      displayName: 'Margaret Hill',
      precheck: { passed: true, summary: 'ok' },
    });
    assert.deepEqual([again.status, again.roomId], ['in_progress', roomId]);
    const seen = next(staff, 'peer.joined');
    await patient.client.request('room.join', { roomId });
    assert.match((await seen).peer.displayName, /Margaret Hill/);
    for (const c of [patient.client, staff]) c.close();
  });

  it('a clinician whose connection drops and does not come back: the guest is held after the grace period', async () => {
    const { patient, staff } = await inCall();
    const held = next(patient.client, 'waiting.status');
    staff.close();
    const status = await held;
    assert.equal(status.status, 'on_hold');
    assert.match(status.message ?? '', /disconnected/);
    patient.client.close();
  });

  it('a clinician whose connection drops after transferring the call leaves no refusal in the audit trail', async () => {
    const { patient, staff, consultationId } = await inCall();
    const clinic = await app.db
      .selectFrom('services')
      .select('id')
      .where('kind', '=', 'scheduled_clinic')
      .executeTakeFirstOrThrow();
    await staff.request('consultation.transfer', { consultationId, toServiceId: clinic.id });
    staff.close();
    await new Promise((r) => setTimeout(r, 1500)); // past the 1 s grace period the absence watch waits
    const refusals = await app.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'access.refused')
      .where('resource_id', '=', consultationId)
      .execute();
    assert.deepEqual(refusals, [], 'the nurse refused nothing: her call had simply moved on');
    patient.client.close();
  });

  it('a clinician who reloads and rejoins within the grace period keeps the call going', async () => {
    const { nurse, patient, staff, roomId, consultationId } = await inCall();
    let held = false;
    patient.client.on('waiting.status', () => (held = true));
    staff.close();
    const reloaded = await nurse.socket();
    const { calls } = await reloaded.request('queue.watch', { serviceId: nurse.hub });
    assert.ok(
      calls.find((c) => c.consultationId === consultationId)?.youAreIn,
      'the reloaded dashboard finds its call',
    );
    assert.equal((await reloaded.request('consultation.join', { consultationId })).roomId, roomId);
    await reloaded.request('room.join', { roomId });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(held, false, 'the guest was not sent back to wait');
    for (const c of [patient.client, reloaded]) c.close();
  });

  it('nobody leaves a call on someone else’s behalf: another patient and a coordinator outside the hub are refused', async () => {
    const { nurse, patient, staff, consultationId } = await inCall();
    const eve = await nurse.patient('Eve Intruder');
    const coordinator = await (await people(app).staff('demo.coordinator')).socket();
    const forbidden = (e: RequestError) => e.code === 'forbidden';
    await assert.rejects(eve.client.request('consultation.leave', { consultationId }), forbidden);
    await assert.rejects(coordinator.request('consultation.leave', { consultationId }), forbidden);
    const { calls } = await staff.request('queue.watch', { serviceId: nurse.hub });
    const call = calls.find((c) => c.consultationId === consultationId);
    assert.deepEqual([call?.status, call?.people.length], ['in_progress', 2], 'the call goes on as it was');
    for (const c of [patient.client, staff, eve.client, coordinator]) c.close();
  });
});
