import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import pino from 'pino';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { Consultations } from '../../domain/consultations/consultations';
import { fhirSchemaErrors } from '../../domain/consultations/fhir-validation';
import { MAX_FILE_BYTES } from '../../domain/consultations/files';
import { HTML, PNG } from '../../domain/consultations/test-support/samples';
import { demoWorld, type World } from '../../domain/consultations/test-support/world';
import { createApi } from './api';

const PRECHECK = { passed: true, summary: 'all OK' };

describeOnEachDatabase('the consultation API: files, record, notes, exports, directory', (t) => {
  let w: World;
  let domain: Consultations;
  let server: Server;
  let base = '';
  let id = '';
  const bearer: Record<string, { authorization: string }> = {};

  before(async () => {
    w = await demoWorld(t);
    domain = new Consultations({ db: t.db });
    const api = createApi({
      db: t.db,
      tokens: w.tokens,
      logger: pino({ level: 'silent' }),
      secureCookies: false,
      publicUrl: () => 'http://convene.test',
      consultations: domain,
    });
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (api.handles(path)) return void api.handle(req, res);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Tokens as sign-in issues them (without a session, which these routes do not need to see).
    for (const [key, actor] of Object.entries({ nurse: w.nurse, coordinator: w.coordinator })) {
      const { id: sub, role, serviceIds, organisationId } = actor.identity;
      const token = w.tokens.issueAccess({
        sub,
        role,
        name: actor.name,
        services: [...(serviceIds ?? [])],
        org: organisationId,
      });
      bearer[key] = { authorization: `Bearer ${token}` };
    }
    const guest = await w.guest({ kind: 'service', id: w.hub }, 'patient', 'Pat');
    ({ consultationId: id } = await domain.arrive(guest, { displayName: 'Pat Lane', precheck: PRECHECK }));
    await domain.admit(w.nurse, id);
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const upload = (body: BodyInit, filename: string, headers: Record<string, string> = bearer.nurse!) =>
    fetch(`${base}/api/consultations/${id}/files?filename=${encodeURIComponent(filename)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
  const errorOf = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string } }).error.code];

  it('takes a picture as a raw body and gives it back only as a sandboxed download', async () => {
    const res = await upload(PNG, 'wound photo.png');
    assert.equal(res.status, 201);
    const file = (await res.json()) as { fileId: string; contentType: string; sizeBytes: number };
    assert.deepEqual([file.contentType, file.sizeBytes], ['image/png', PNG.length]);

    const got = await fetch(`${base}/api/files/${file.fileId}`, { headers: bearer.nurse });
    assert.equal(got.status, 200);
    assert.equal(got.headers.get('content-type'), 'image/png');
    assert.equal(
      got.headers.get('content-disposition'),
      `attachment; filename="wound photo.png"; filename*=UTF-8''wound%20photo.png`,
    );
    assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
    assert.match(got.headers.get('content-security-policy') ?? '', /^sandbox/);
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), PNG);

    assert.deepEqual(await errorOf(await fetch(`${base}/api/files/${file.fileId}`, { headers: bearer.coordinator })), [
      403,
      'forbidden',
    ]);
    assert.deepEqual(await errorOf(await fetch(`${base}/api/files/${file.fileId}`)), [401, 'unauthenticated']);
    assert.deepEqual(await errorOf(await fetch(`${base}/api/files/not-a-file`, { headers: bearer.nurse })), [
      404,
      'not_found',
    ]);
  });

  it('refuses a fake PNG, a file over the limit (declared or streamed), and a form-encoded body', async () => {
    assert.deepEqual(await errorOf(await upload(HTML, 'photo.png')), [415, 'unsupported_type']);
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_FILE_BYTES + 1 - PNG.length)]);
    assert.deepEqual(await errorOf(await upload(huge, 'big.png')), [413, 'too_large']);
    // Chunked, with no length declared: the limit is kept while reading.
    const chunks = (function* () {
      for (let sent = 0; sent <= MAX_FILE_BYTES; sent += 1024 * 1024) yield new Uint8Array(1024 * 1024);
    })();
    const stream = new ReadableStream({
      pull(controller) {
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    });
    assert.deepEqual(await errorOf(await upload(stream, 'stream.png')), [413, 'too_large']);
    const form = await fetch(`${base}/api/consultations/${id}/files?filename=x.png`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...bearer.nurse },
      body: PNG,
    });
    assert.deepEqual(await errorOf(form), [415, 'unsupported_media_type']);
    const stored = await t.db.selectFrom('files').select('filename').where('consultation_id', '=', id).execute();
    assert.deepEqual(
      stored.map((f) => f.filename),
      ['wound photo.png'],
    );
  });

  it('serves the record, takes notes from the clinician only, and exports PDF and FHIR', async () => {
    const put = (headers: Record<string, string>) =>
      fetch(`${base}/api/consultations/${id}/notes`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ text: 'Wound healing well.' }),
      });
    assert.equal((await put(bearer.nurse!)).status, 200);
    assert.deepEqual(await errorOf(await put(bearer.coordinator!)), [403, 'forbidden']);

    const record = await fetch(`${base}/api/consultations/${id}/record`, { headers: bearer.nurse });
    assert.equal(record.status, 200);
    const body = (await record.json()) as { notes: { text: string }; timeline: { kind: string; at: string }[] };
    assert.equal(body.notes.text, 'Wound healing well.');
    assert.deepEqual(
      body.timeline.map((e) => e.kind),
      ['arrived', 'admitted', 'file_shared', 'notes_updated'],
    );
    assert.ok(body.timeline.every((e) => !Number.isNaN(Date.parse(e.at))));

    const pdf = await fetch(`${base}/api/consultations/${id}/export.pdf`, { headers: bearer.nurse });
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.match(pdf.headers.get('content-disposition') ?? '', /^attachment; filename="consultation-/);
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );

    const fhir = await fetch(`${base}/api/consultations/${id}/export.fhir.json`, { headers: bearer.nurse });
    assert.match(fhir.headers.get('content-type') ?? '', /^application\/fhir\+json/);
    const bundle = (await fhir.json()) as { resourceType: string };
    assert.equal(bundle.resourceType, 'Bundle');
    assert.deepEqual(fhirSchemaErrors(bundle), []);
    assert.deepEqual(
      await errorOf(await fetch(`${base}/api/consultations/${id}/record`, { headers: bearer.coordinator })),
      [403, 'forbidden'],
    );
  });

  it('lists colleagues on the caller’s services with their presence', async () => {
    const res = await fetch(`${base}/api/directory`, { headers: bearer.coordinator });
    const { staff } = (await res.json()) as { staff: { name: string; presence: string; onCall: boolean }[] };
    assert.deepEqual(
      staff.map((s) => [s.name, s.presence, s.onCall]),
      [['Dr Asha Patel', 'offline', false]],
    );
  });
});
