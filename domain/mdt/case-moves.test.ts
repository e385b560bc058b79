import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { HTML, PNG } from '../consultations/test-support/samples';
import { attachToCase, listAttachments, readAttachment } from './attachments';
import { editCase } from './case-list';
import { markNotDiscussed, rollOverCase } from './case-moves';
import { reorderCases } from './case-order';
import { scheduleMeeting } from './meetings';
import { readMeeting } from './meeting-view';
import { mdtWorld, type MdtWorld } from './test-support/mdt-world';

const DAY = 24 * 3_600_000;
const CASE = { question: 'Staging?', referrer: { name: 'Dr A Referrer', organisation: 'Northfield Road Surgery' } };

describeOnEachDatabase('MDT case list moves: reorder, roll over, not discussed, attachments', (t) => {
  let w: MdtWorld;
  before(async () => {
    w = await mdtWorld(t);
  });

  it("edits a case's summary; a performance status outside 0–4 is refused", async () => {
    const [first] = await w.caseIds();
    const summary = { diagnosis: 'NSCLC', tnm: 'cT2a N1 M0', performanceStatus: 0, investigations: ['PET-CT'] };
    const edited = await editCase(w.ctx(), w.coordinator, first!, { ...CASE, summary });
    assert.deepEqual(
      [edited.summary.tnm, edited.summary.performanceStatus, edited.summary.stage],
      ['cT2a N1 M0', 0, ''],
    );
    const wrong = { ...CASE, summary: { performanceStatus: 5 } };
    await assert.rejects(editCase(w.ctx(), w.coordinator, first!, wrong), /pre-MDT summary/);
    await assert.rejects(editCase(w.ctx(), w.nurse, first!, CASE), { code: 'forbidden' });
    assert.deepEqual((await w.audited(first!)).slice(-2), ['mdt.case.edit', 'access.refused']);
  });

  it('reorders the list to exactly the order sent, and refuses a list that is not exactly its cases', async () => {
    const ids = await w.caseIds();
    const reversed = [...ids].reverse();
    const cases = await reorderCases(w.ctx(), w.coordinator, w.meeting.id, reversed);
    assert.deepEqual(
      cases.map((c) => [c.id, c.position]),
      reversed.map((id, i) => [id, i + 1]),
    );
    const stranger = await t.db
      .selectFrom('mdt_cases')
      .select('id')
      .where('meeting_id', '<>', w.meeting.id)
      .executeTakeFirst();
    const foreign = [...reversed.slice(0, -1), stranger?.id ?? '00000000-0000-4000-8000-000000000000'];
    for (const wrong of [foreign, reversed.slice(1), [...reversed, reversed[0]!]])
      await assert.rejects(
        reorderCases(w.ctx(), w.coordinator, w.meeting.id, wrong),
        /send every case on this meeting's list exactly once/,
      );
    await assert.rejects(reorderCases(w.ctx(), w.nurse, w.meeting.id, ids), { code: 'forbidden' });
    assert.deepEqual(await w.caseIds(), reversed, 'the refused orders changed nothing');
    assert.deepEqual(
      (await w.audited(w.meeting.id)).filter((a) => a !== 'mdt.meeting.read'),
      ['mdt.case.reorder', 'access.refused'],
    );
  });

  it('attaches a picture or PDF to a case for the team to read, and refuses other files', async () => {
    const [caseId] = await w.caseIds();
    const png = await attachToCase(w.ctx(), w.coordinator, caseId!, { filename: 'ct-slice.png', bytes: PNG });
    assert.deepEqual([png.contentType, png.sizeBytes], ['image/png', PNG.length]);
    assert.deepEqual(
      (await listAttachments(w.ctx(), w.nurse, caseId!)).map((a) => a.filename),
      ['ct-slice.png'],
    );
    const file = await readAttachment(w.ctx(), w.nurse, png.id);
    assert.ok(file.bytes.equals(PNG));
    await assert.rejects(attachToCase(w.ctx(), w.coordinator, caseId!, { filename: 'x.html', bytes: HTML }), {
      code: 'unsupported_type',
    });
    await assert.rejects(attachToCase(w.ctx(), w.nurse, caseId!, { filename: 'a.png', bytes: PNG }), {
      code: 'forbidden',
    });
    assert.deepEqual(await w.audited(png.id), ['mdt.attachment.read']);
  });

  it('refuses to roll a case over when the MDT has no later meeting, saying what to do', async () => {
    const [caseId] = await w.caseIds();
    await assert.rejects(rollOverCase(w.ctx(), w.coordinator, caseId!), {
      code: 'conflict',
      message: /no later meeting of this MDT to roll the case over to: schedule one first/,
    });
  });

  it('rolls a case over to the next meeting with its summary and attachments; the old row points to it', async () => {
    const [caseId] = await w.caseIds();
    const startsAt = new Date(w.meeting.starts_at.getTime() + 7 * DAY);
    const next = await scheduleMeeting(w.ctx(), w.coordinator, {
      serviceId: w.mdt,
      title: 'Lung MDT (next week)',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      inviteeUserIds: [],
    });
    const { from, to } = await rollOverCase(w.ctx(), w.coordinator, caseId!);
    assert.deepEqual([from.status, from.rolledOverToCaseId, from.attachments.length], ['rolled_over', to.id, 0]);
    assert.deepEqual([to.meetingId, to.position, to.rolledFromCaseId, to.status], [next.id, 1, from.id, 'listed']);
    assert.deepEqual([to.question, to.summary, to.attachments.length], [from.question, from.summary, 1]);
    assert.equal((await readMeeting(w.ctx(), w.nurse, w.meeting.id)).meeting.caseCount, 2);
    await assert.rejects(rollOverCase(w.ctx(), w.coordinator, caseId!), /was rolled over to a later meeting/);
    await assert.rejects(
      editCase(w.ctx(), w.coordinator, caseId!, { question: 'x', referrer: { name: 'y', organisation: '' } }),
      {
        code: 'conflict',
      },
    );
    // The nurse's refused upload (above) is on this case's trail too.
    assert.deepEqual(await w.audited(caseId!), ['mdt.attachment.add', 'access.refused', 'mdt.case.roll_over']);
  });

  it('marks a case "standard of care — not discussed", after which it no longer moves', async () => {
    const [, caseId] = await w.caseIds();
    await assert.rejects(markNotDiscussed(w.ctx(), w.nurse, caseId!), { code: 'forbidden' });
    const marked = await markNotDiscussed(w.ctx(), w.coordinator, caseId!);
    assert.equal(marked.status, 'not_discussed_standard_of_care');
    await assert.rejects(rollOverCase(w.ctx(), w.coordinator, caseId!), /was passed as standard of care/);
    assert.deepEqual(await w.audited(caseId!), ['access.refused', 'mdt.case.not_discussed']);
  });
});
