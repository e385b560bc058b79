import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startConvene, type RunningConvene } from '../server/app';
import { people, type Staff } from '../server/test-support/people';
import { testConfig } from '../server/test-support/test-config';
import type { RequestError } from '../contracts/client/signalling-client';

/** A guest over the raw protocol, trying what only staff may do: each refused, nothing changed. */
describe('guests are refused staff actions over the protocol', () => {
  let app: RunningConvene;
  let clinician: Staff;
  let hubId = '';
  const guest = (name: string) => clinician.patient(name);

  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    clinician = await people(app).staff('demo.clinician');
    hubId = clinician.hub;
  });
  after(() => app.close());

  it('a guest cannot read the queue, admit itself or another, hold, transfer or end', async () => {
    const a = await guest('Guest A');
    const b = await guest('Guest B');
    const refusals: [string, () => Promise<unknown>][] = [
      ['queue.watch', () => a.client.request('queue.watch', { serviceId: hubId })],
      ['admit itself', () => a.client.request('consultation.admit', { consultationId: a.consultationId })],
      ['admit another', () => a.client.request('consultation.admit', { consultationId: b.consultationId })],
      ['hold', () => a.client.request('consultation.hold', { consultationId: b.consultationId })],
      [
        'transfer',
        () => a.client.request('consultation.transfer', { consultationId: a.consultationId, toServiceId: hubId }),
      ],
      ['end another', () => a.client.request('consultation.end', { consultationId: b.consultationId })],
      [
        'message another',
        () => a.client.request('waiting.sendMessage', { consultationId: b.consultationId, text: 'hi' }),
      ],
      [
        'chat in another consultation',
        () => a.client.request('chat.send', { consultationId: b.consultationId, body: 'hi' }),
      ],
      [
        'bring a colleague into its own consultation',
        () =>
          a.client.request('consultation.askColleague', {
            consultationId: a.consultationId,
            userId: crypto.randomUUID(),
          }),
      ],
      [
        'join its own call as staff would',
        () => a.client.request('consultation.join', { consultationId: a.consultationId }),
      ],
      [
        'join the call room before being admitted',
        () => a.client.request('room.join', { roomId: `consult-${a.consultationId}` }),
      ],
    ];
    for (const [what, attempt] of refusals) {
      await assert.rejects(attempt(), (e: RequestError) => e.code === 'forbidden', `${what} must be refused`);
    }
    // Nothing changed: both still wait in the queue the clinician sees.
    const staff = await clinician.socket();
    const { entries } = await staff.request('queue.watch', { serviceId: hubId });
    assert.deepEqual(
      entries.filter((e) => [a.consultationId, b.consultationId].includes(e.consultationId)).map((e) => e.status),
      ['waiting', 'waiting'],
    );
    for (const c of [a.client, b.client, staff]) c.close();
  });
});
