import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { Consultations } from './consultations';
import { DomainError } from '../kernel/domain-error';
import { claimedType, cleanFilename, sniffType } from './file-types';
import { MAX_FILE_BYTES } from './files';
import { HTML, JPEG, PDF, PNG } from './test-support/samples';
import { demoWorld, recordEvents, type World } from './test-support/world';

const PRECHECK = { passed: true, summary: 'all OK' };

const code = (c: string) => (err: unknown) => err instanceof DomainError && err.code === c;

describe('file types, by content', () => {
  it('knows PNG, JPEG and PDF by their bytes and nothing else', () => {
    assert.equal(sniffType(PNG), 'image/png');
    assert.equal(sniffType(JPEG), 'image/jpeg');
    assert.equal(sniffType(PDF), 'application/pdf');
    assert.equal(sniffType(HTML), null);
    assert.equal(sniffType(PNG.subarray(0, 20)), null, 'a PNG cut short has no IEND');
    assert.equal(sniffType(Buffer.concat([Buffer.from('<html>'), PDF])), null, 'no junk before %PDF');
  });

  it('reads the type a name claims and cleans names', () => {
    assert.equal(claimedType('Wound.PNG'), 'image/png');
    assert.equal(claimedType('letter.pdf'), 'application/pdf');
    assert.equal(claimedType('notes.txt'), null);
    assert.equal(cleanFilename('../../etc/passwd'), 'passwd');
    assert.equal(cleanFilename('C:\\Users\\a\\x"y\r\n.png'), 'xy.png');
    assert.equal(cleanFilename('..'), 'file');
    // Bidirectional overrides would show `scan\u202Egnp.exe` as `scanexe.png`; they are removed.
    assert.equal(cleanFilename('scan\u202Egnp.exe'), 'scangnp.exe');
    assert.equal(cleanFilename('a\u2066b\u200f.pdf'), 'ab.pdf');
    // The extension follows what the bytes are.
    assert.equal(cleanFilename('scan\u202Egnp.exe', 'image/png'), 'scangnp.png');
    assert.equal(cleanFilename('wound photo', 'image/jpeg'), 'wound photo.jpg');
    assert.equal(cleanFilename('letter.PDF', 'application/pdf'), 'letter.PDF');
    assert.equal(cleanFilename('photo.jpeg', 'image/jpeg'), 'photo.jpeg');
  });
});

describeOnEachDatabase('chat and files of a consultation', (t) => {
  let w: World;
  before(async () => {
    w = await demoWorld(t);
  });

  it('keeps chat and files with the consultation, across closing and reopening the database', async () => {
    let domain = new Consultations({ db: t.db });
    const events = recordEvents(domain);
    const guest = await w.guest({ kind: 'service', id: w.hub }, 'patient', 'Pat');
    const { consultationId: id } = await domain.arrive(guest, { displayName: 'Pat Jones', precheck: PRECHECK });
    await domain.admit(w.nurse, id);
    const hello = await domain.postChat(w.nurse, id, 'Hello Pat, can you show me the wound?');
    await domain.postChat(guest, id, 'Yes, sending a picture now');
    const shared = await domain.attachFile(guest, id, { filename: 'wound.png', bytes: PNG });
    assert.equal(shared.contentType, 'image/png');
    assert.equal(shared.sha256, createHash('sha256').update(PNG).digest('hex'));
    assert.equal(shared.from, 'Pat Jones');
    const letter = await domain.attachFile(w.nurse, id, { filename: 'advice.pdf', bytes: PDF });

    const chat = events.filter((e) => e.event === 'chatMessage').map((e) => e.payload);
    assert.deepEqual(
      chat.map((m) => [m.from, m.body]),
      [
        ['Tom Reid', 'Hello Pat, can you show me the wound?'],
        ['Pat Jones', 'Yes, sending a picture now'],
      ],
    );
    assert.equal(chat[0]!.messageId, hello.messageId);
    assert.deepEqual(events.find((e) => e.event === 'fileShared')?.payload, {
      consultationId: id,
      fileId: shared.fileId,
      filename: 'wound.png',
      contentType: 'image/png',
      sizeBytes: PNG.length,
      from: 'Pat Jones',
    });

    await t.close();
    await t.open();
    domain = new Consultations({ db: t.db });
    assert.deepEqual(
      (await domain.chatHistory(guest, id)).map((m) => [m.from, m.body]),
      chat.map((m) => [m.from, m.body]),
    );
    const file = await domain.readFile(w.nurse, shared.fileId);
    assert.deepEqual(file, { filename: 'wound.png', contentType: 'image/png', bytes: PNG });
    const record = await domain.record(w.clinician, id);
    assert.deepEqual(
      record.files.map((f) => [f.filename, f.contentType, f.sizeBytes, f.from]),
      [
        ['wound.png', 'image/png', PNG.length, 'Pat Jones'],
        ['advice.pdf', 'application/pdf', PDF.length, 'Tom Reid'],
      ],
    );
    assert.deepEqual(
      record.timeline.map((e) => e.kind),
      ['arrived', 'admitted', 'file_shared', 'file_shared'],
    );
    const audited = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where((eb) =>
        eb.or([
          eb('resource_id', '=', id),
          eb('resource_id', '=', shared.fileId),
          eb('resource_id', '=', letter.fileId),
        ]),
      )
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audited.map((a) => a.action),
      [
        'consultation.arrived',
        'consultation.admitted',
        'chat.send',
        'chat.send',
        'consultation.file_shared',
        'consultation.file_shared',
        'file.read',
        'consultation.record.read',
      ],
    );
  });

  it('refuses a file that is not what it claims, one of no allowed type, and one over the limit', async () => {
    const domain = new Consultations({ db: t.db });
    const guest = await w.guest({ kind: 'service', id: w.hub }, 'patient', 'Pat');
    const { consultationId: id } = await domain.arrive(guest, { displayName: 'Pat Two', precheck: PRECHECK });
    await assert.rejects(
      domain.attachFile(guest, id, { filename: 'x.png', bytes: PNG }),
      code('conflict'),
      'not yet in the call',
    );
    await domain.admit(w.nurse, id);
    await assert.rejects(
      domain.attachFile(guest, id, { filename: 'photo.png', bytes: HTML }),
      (err: unknown) =>
        code('unsupported_type')(err) && /named as a PNG picture but is not one/.test((err as Error).message),
    );
    await assert.rejects(
      domain.attachFile(guest, id, { filename: 'photo.png', bytes: JPEG }),
      (err: unknown) => code('unsupported_type')(err) && /is a JPEG/.test((err as Error).message),
    );
    await assert.rejects(
      domain.attachFile(guest, id, { filename: 'page.html', bytes: HTML }),
      code('unsupported_type'),
    );
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_FILE_BYTES + 1 - PNG.length)]);
    await assert.rejects(domain.attachFile(guest, id, { filename: 'big.png', bytes: huge }), code('too_large'));
    await assert.rejects(
      domain.attachFile(guest, id, { filename: 'empty.png', bytes: Buffer.alloc(0) }),
      code('bad_request'),
    );
    // A guest may open what is shared in their own consultation (authorize.ts); others' staff may not.
    const ok = await domain.attachFile(guest, id, { filename: 'ok.jpg', bytes: JPEG });
    assert.ok((await domain.readFile(guest, ok.fileId)).bytes.equals(JPEG));
    await assert.rejects(domain.readFile(w.coordinator, ok.fileId), code('forbidden'), 'staff of another service');
    const stored = await t.db.selectFrom('files').select('filename').where('consultation_id', '=', id).execute();
    assert.deepEqual(
      stored.map((f) => f.filename),
      ['ok.jpg'],
      'nothing refused was stored',
    );
  });
});
