import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RequestError } from '../contracts/client/signalling-client';
import { startConvene, type RunningConvene } from './app';
import { next, nurseAndPatientInCall } from './test-support/calls';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

/** Room rights are decided at join and held; a change to the consultation decides them again for everyone in its room. */
describe('room grants', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
  });
  after(async () => {
    await app.close();
  });

  const inCall = () => nurseAndPatientInCall(app);

  it('are decided once at room.join, not on every media request', async () => {
    const { patient, staff } = await inCall();
    let asked = 0;
    const judge = app.consultations.roomJudgement.bind(app.consultations);
    app.consultations.roomJudgement = (...args) => {
      asked += 1;
      return judge(...args);
    };
    try {
      for (let i = 0; i < 3; i++) await patient.client.request('transport.create', { direction: 'recv' });
      await patient.client.request('transport.create', { direction: 'send' });
      assert.equal(asked, 0, 'media requests answered from the rights held since join');
    } finally {
      app.consultations.roomJudgement = judge;
      for (const c of [patient.client, staff]) c.close();
    }
  });

  it('a guest put on hold is taken out of the room at once, told why, and refused media', async () => {
    const { patient, staff, roomId } = await inCall();
    const closed = next(patient.client, 'room.closed');
    const left = next(staff, 'peer.left');
    await staff.request('consultation.hold', { consultationId: patient.consultationId, message: 'One moment' });
    assert.deepEqual(await closed, { roomId, reason: 'you are on hold in the waiting area' });
    assert.ok((await left).peerId, 'the nurse sees the patient leave the call');
    await assert.rejects(
      patient.client.request('transport.create', { direction: 'recv' }),
      (e: RequestError) => e.code === 'out_of_order',
    );
    await assert.rejects(patient.client.request('room.join', { roomId }), (e: RequestError) => e.code === 'forbidden');
    for (const c of [patient.client, staff]) c.close();
  });

  it('ending the consultation takes everyone out of its room, staff included', async () => {
    const { patient, staff, roomId } = await inCall();
    const closedForStaff = next(staff, 'room.closed');
    const closedForGuest = next(patient.client, 'room.closed');
    await staff.request('consultation.end', { consultationId: patient.consultationId });
    assert.match((await closedForStaff).reason, /ended/);
    assert.equal((await closedForGuest).roomId, roomId);
    await assert.rejects(staff.request('room.join', { roomId }), (e: RequestError) => e.code === 'forbidden');
    for (const c of [patient.client, staff]) c.close();
  });

  it("an MDT meeting's room admits its service's team and nobody else", async () => {
    const meeting = await app.db.selectFrom('mdt_meetings').select('id').executeTakeFirstOrThrow();
    const roomId = `mdt-${meeting.id}`;
    const chair = await (await people(app).staff('demo.clinician')).socket();
    const outsider = await (await people(app).staff('demo.nurse')).socket();
    const forbidden = (e: RequestError) => e.code === 'forbidden';
    await assert.rejects(outsider.request('room.join', { roomId }), forbidden, 'a nurse outside the MDT service');
    await assert.rejects(chair.request('room.join', { roomId: `mdt-${crypto.randomUUID()}` }), forbidden);
    const joined = await chair.request('room.join', { roomId });
    assert.ok(joined.peerId, 'the MDT service member is in the room');
    await chair.request('transport.create', { direction: 'send' });
    for (const c of [chair, outsider]) c.close();
  });
});
