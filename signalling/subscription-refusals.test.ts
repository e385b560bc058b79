import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startConvene, type RunningConvene } from '../server/app';
import { people } from '../server/test-support/people';
import { testConfig } from '../server/test-support/test-config';
import { PNG } from '../domain/consultations/test-support/samples';
import type { RequestError } from '../contracts/client/signalling-client';

const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A refused request must not leave the caller listening to someone else's consultation. */
describe('a refused request subscribes to nothing', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
  });
  after(() => app.close());

  it("a guest refused chat.send in another consultation never hears that consultation's chat or files", async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const eve = await nurse.patient('Eve');
    const patient = await nurse.patient('Margaret Hill');
    const staffSocket = await nurse.socket();
    await staffSocket.request('consultation.admit', { consultationId: patient.consultationId });

    const overheard: string[] = [];
    eve.client.on('chat.message', (m) => overheard.push(`chat: ${m.body}`));
    eve.client.on('file.shared', (f) => overheard.push(`file: ${f.filename}`));
    eve.client.on('waiting.status', (s) => s.consultationId === patient.consultationId && overheard.push('status'));
    for (let i = 0; i < 3; i++) {
      await assert.rejects(
        eve.client.request('chat.send', { consultationId: patient.consultationId, body: 'let me in' }),
        (e: RequestError) => e.code === 'forbidden',
      );
    }
    // An upper-case id names the same consultation: it must not slip past as another key.
    await assert.rejects(
      eve.client.request('chat.send', { consultationId: patient.consultationId.toUpperCase(), body: 'x' }),
      (e: RequestError) => e.code === 'forbidden',
    );

    const received = new Promise<string>((resolve) => patient.client.on('chat.message', (m) => resolve(m.body)));
    await staffSocket.request('chat.send', {
      consultationId: patient.consultationId,
      body: 'Your blood results are back',
    });
    assert.equal(await received, 'Your blood results are back', 'the patient in the consultation hears it');
    const upload = await fetch(
      `http://127.0.0.1:${app.port}/api/consultations/${patient.consultationId}/files?filename=x.png`,
      {
        method: 'POST',
        headers: { cookie: nurse.cookie, 'content-type': 'image/png' },
        body: PNG,
      },
    );
    assert.equal(upload.status, 201, await upload.text());
    await staffSocket.request('consultation.hold', { consultationId: patient.consultationId });
    await quiet(500);
    assert.deepEqual(overheard, [], 'Eve, refused, heard nothing of it');
    for (const c of [eve.client, patient.client, staffSocket]) c.close();
  });
});
