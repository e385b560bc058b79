import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';
import { startConvene, type RunningConvene } from './app';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

const refused = (e: RequestError) => e.code === 'forbidden';

/** Nobody reaches a consultation's audio and video by naming its room: access comes from the consultation. */
describe('development tokens and consultation rooms', () => {
  let app: RunningConvene;
  let devApp: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    devApp = await startConvene(testConfig({ CONVENE_DEV_TOKENS: 'true' }), { web: false });
  });
  after(async () => {
    await app.close();
    await devApp.close();
  });

  const devToken = (a: RunningConvene, room: string) =>
    fetch(`http://127.0.0.1:${a.port}/api/dev/token?room=${room}&name=Eve&role=clinician`);

  it('are not served unless CONVENE_DEV_TOKENS is set', async () => {
    const res = await devToken(app, 'dev-practice');
    assert.equal(res.status, 404);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /not enabled/);
  });

  it('when enabled, are given only for practice rooms, as a guest, and open nothing else', async () => {
    const p = people(devApp);
    const nurse = await p.staff('demo.nurse');
    const patient = await nurse.patient('Margaret Hill');
    const staff = await nurse.socket();
    const { roomId } = await staff.request('consultation.admit', { consultationId: patient.consultationId });
    await staff.request('room.join', { roomId });

    assert.equal((await devToken(devApp, roomId)).status, 400, 'no token for a consultation room');
    const res = await devToken(devApp, 'dev-practice');
    assert.equal(res.status, 200);
    const { token } = (await res.json()) as { token: string };
    assert.equal(devApp.tokens.verifyAccess(token).role, 'guest', 'whatever role was asked for');
    const eve = await SignallingClient.connect(p.wsUrl, token, WebSocket as never);
    await assert.rejects(eve.request('room.join', { roomId }), refused);
    await eve.request('room.join', { roomId: 'dev-practice' });
    for (const c of [eve, staff, patient.client]) c.close();
  });

  it('a token naming a consultation room, even a staff one, is not let into it', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const patient = await nurse.patient('Margaret Hill');
    const staff = await nurse.socket();
    const { roomId } = await staff.request('consultation.admit', { consultationId: patient.consultationId });
    // What yesterday's development endpoint minted for anyone who asked.
    const forged = app.tokens.issueAccess({ sub: 'dev-eve', role: 'clinician', name: 'Eve', rooms: [roomId] });
    const eve = await SignallingClient.connect(p.wsUrl, forged, WebSocket as never);
    await assert.rejects(eve.request('room.join', { roomId }), refused);
    await assert.rejects(
      eve.request('transport.create', { direction: 'recv' }),
      (e: RequestError) => e.code === 'out_of_order',
    );
    eve.close();
    staff.close();
    patient.client.close();
  });

  it('a colleague of the same service is not in the call until they join it; a guest shows by their link’s name; a held guest is out', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const doctor = await p.staff('demo.clinician');
    const patient = await nurse.patient('Margaret Hill');
    const nurseSocket = await nurse.socket();
    const { roomId } = await nurseSocket.request('consultation.admit', { consultationId: patient.consultationId });
    const doctorSocket = await doctor.socket();
    await assert.rejects(
      doctorSocket.request('room.join', { roomId }),
      (e: RequestError) => refused(e) && /not joined/.test(e.message),
    );
    // The patient joins claiming a clinician's name: the tile shows the invite's name, marked as a guest.
    await patient.client.request('room.join', { roomId, displayName: 'Dr Asha Patel, Consultant' } as never);
    await doctorSocket.request('consultation.join', { consultationId: patient.consultationId });
    const { peers } = await doctorSocket.request('room.join', { roomId });
    assert.deepEqual(
      peers.map((x) => x.displayName),
      ['Margaret Hill (guest, patient)'],
      'staff see who the link was redeemed by, never a name the client sends',
    );
    await patient.client.request('room.leave', {});

    await nurseSocket.request('consultation.hold', { consultationId: patient.consultationId });
    await assert.rejects(patient.client.request('room.join', { roomId }), (e: RequestError) =>
      /on hold/.test(e.message),
    );
    for (const c of [nurseSocket, doctorSocket, patient.client]) c.close();
  });
});
