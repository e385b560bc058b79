import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SignallingClient } from '../contracts/client/signalling-client';
import type { NotificationData } from '../contracts/protocol/notifications';
import { startConvene, type RunningConvene } from './app';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

type Heard = NotificationData<'presence.changed'>;

/** Everything a socket is told about presence, and a way to wait for one particular thing. */
function listen(client: SignallingClient) {
  const heard: Heard[] = [];
  const waiters: { want: Heard; resolve: () => void }[] = [];
  client.on('presence.changed', (p) => {
    heard.push(p);
    for (const w of waiters.filter((x) => x.want.userId === p.userId && x.want.presence === p.presence)) w.resolve();
  });
  const until = (userId: string, presence: Heard['presence']) =>
    new Promise<void>((resolve) => {
      if (heard.some((h) => h.userId === userId && h.presence === presence)) return resolve();
      waiters.push({ want: { userId, presence }, resolve });
    });
  return { heard, until };
}

/** Colleagues see one another online, in a call and offline as it happens; only colleagues do. */
describe('presence in the staff directory', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
  });
  after(() => app.close());

  it('follows a colleague online, into a call, out of it and out through sign-out, telling only their services', async () => {
    const p = people(app);
    // The coordinator works the clinic and the MDT, not the hub: they share nothing with the nurse.
    const coordinator = await p.staff('demo.coordinator');
    const clinician = await p.staff('demo.clinician');
    const nurse = await p.staff('demo.nurse');
    const nurseId = String((await p.api('/api/me', undefined, nurse.cookie)).body.id);
    const clinicianId = String((await p.api('/api/me', undefined, clinician.cookie)).body.id);
    const directoryPresence = async (userId: string) => {
      const { body } = await p.api('/api/directory', undefined, clinician.cookie);
      return (body.staff as { userId: string; presence: string }[]).find((c) => c.userId === userId)?.presence;
    };
    assert.equal(await directoryPresence(nurseId), 'offline', 'not connected yet');

    const otherService = listen(await coordinator.socket());
    const clinicianSocket = await clinician.socket();
    const sameService = listen(clinicianSocket);
    await otherService.until(clinicianId, 'online');

    const nurseSocket = await nurse.socket();
    await sameService.until(nurseId, 'online');

    const patient = await nurse.patient('Margaret Hill');
    const { roomId } = await nurseSocket.request('consultation.admit', { consultationId: patient.consultationId });
    await nurseSocket.request('room.join', { roomId });
    await sameService.until(nurseId, 'in_call');
    // The directory read over HTTP says what the socket said: the same board answers both.
    assert.equal(await directoryPresence(nurseId), 'in_call');

    await nurseSocket.request('room.leave', {});
    await sameService.until(nurseId, 'online');

    assert.equal((await p.api('/api/auth/logout', {}, nurse.cookie)).status, 200);
    await sameService.until(nurseId, 'offline');
    assert.equal(await directoryPresence(nurseId), 'offline');
    assert.deepEqual(
      sameService.heard.filter((h) => h.userId === nurseId).map((h) => h.presence),
      ['online', 'in_call', 'online', 'offline'],
    );

    // A change the coordinator does hear, made after all of the nurse's: by then theirs would have come.
    const lateCoordinator = listen(await coordinator.socket());
    clinicianSocket.close();
    await otherService.until(clinicianId, 'offline');
    await lateCoordinator.until(clinicianId, 'offline');
    assert.deepEqual(
      [...otherService.heard, ...lateCoordinator.heard].filter((h) => h.userId === nurseId),
      [],
      'the coordinator shares no service with the nurse and hears nothing of her',
    );
    patient.client.close();
  });
});
