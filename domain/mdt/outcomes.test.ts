import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { editOutcomeField } from './outcome-edit';
import { actionsOwnedBy, outcomeWithVersions } from './outcome-read';
import { amend, signOff } from './outcome-sign-off';
import { recordOutcome } from './outcomes';
import { outcomeWorld, type OutcomeWorld } from './test-support/outcome-world';

const refusedWith = (code: string) => (e: unknown) => e instanceof DomainError && e.code === code;
const DUE = '2030-01-15';

describeOnEachDatabase('MDT outcomes: live draft, field versions, chair sign-off, amendments', (t) => {
  let w: OutcomeWorld;
  before(async () => {
    w = await outcomeWorld(t, 'dom');
  });
  const edit = (actor: Actor, caseId: string, field: string, value: unknown, baseVersion: number) =>
    editOutcomeField(w.ctx, actor, { caseId, field, value, baseVersion });
  /** A draft filled in enough to sign, for a lung (cancer) MDT. */
  async function filled(caseId: string, by: Actor = w.coordinator) {
    await edit(by, caseId, 'discussionStatus', 'discussed', 0);
    await edit(by, caseId, 'mdtType', 'lung', 0);
    await edit(by, caseId, 'carePlanIntent', 'C', 0);
    await edit(by, caseId, 'plannedTreatments', ['01', '05'], 0);
    await edit(by, caseId, 'recommendation', 'Refer for lobectomy; radiotherapy if unfit.', 0);
    const action = { id: 'a1', what: 'Book PET-CT', ownerUserId: w.nurse.identity.id, due: DUE };
    await edit(by, caseId, 'actions', [action], 0);
  }
  const refusals = (resourceId: string, action: string) =>
    t.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'access.refused')
      .where('resource_id', '=', resourceId)
      .execute()
      .then((rows) => rows.filter((r) => (r.details as { action?: string }).action === action));

  it('writes each field on the version its author saw, and numbers every write', async () => {
    const caseId = await w.newCase('Versions?');
    const first = await edit(w.coordinator, caseId, 'recommendation', 'Refer', 0);
    assert.ok(first.applied && first.field.version === 1);
    const second = await edit(w.panellist, caseId, 'recommendation', 'Refer for surgery', 1);
    assert.ok(second.applied && second.field.version === 2);
    const { draft, versions } = await outcomeWithVersions(w.ctx, w.nurse, caseId);
    assert.deepEqual(draft.fields.recommendation.value, 'Refer for surgery');
    assert.equal(draft.fields.recommendation.editedBy?.name, 'Dr Sam Okoro');
    assert.equal(draft.fields.carePlanIntent.version, 0, 'a field nobody wrote is at version 0');
    assert.deepEqual(versions, []);
  });

  it('of two edits of one field on the same version, applies exactly one and tells the other who won', async () => {
    const caseId = await w.newCase('Clash?');
    await edit(w.coordinator, caseId, 'recommendation', 'Start', 0);
    const [a, b] = await Promise.all([
      edit(w.coordinator, caseId, 'recommendation', 'Surgery', 1),
      edit(w.panellist, caseId, 'recommendation', 'Radiotherapy', 1),
    ]);
    const applied = [a, b].filter((e) => e.applied);
    const clashed = [a, b].filter((e) => !e.applied);
    assert.equal(applied.length, 1);
    assert.equal(clashed.length, 1);
    const winner = applied[0]!.applied ? applied[0]!.field : undefined;
    const conflict = !clashed[0]!.applied ? clashed[0]!.conflict : undefined;
    assert.equal(conflict?.value, winner?.value, "the loser is shown the winner's value");
    assert.equal(conflict?.version, 2);
    assert.equal(conflict?.editedBy?.name, winner?.editedBy?.name);
    const { draft } = await outcomeWithVersions(w.ctx, w.chair, caseId);
    assert.equal(draft.fields.recommendation.value, winner?.value, 'nothing was silently overwritten');
  });

  it('applies edits of different fields made at the same moment, both', async () => {
    const caseId = await w.newCase('Both?');
    const [a, b] = await Promise.all([
      edit(w.coordinator, caseId, 'recommendation', 'Surgery', 0),
      edit(w.panellist, caseId, 'performanceStatus', '1', 0),
    ]);
    assert.ok(a.applied && b.applied);
    const { draft } = await outcomeWithVersions(w.ctx, w.chair, caseId);
    assert.deepEqual([draft.fields.recommendation.value, draft.fields.performanceStatus.value], ['Surgery', '1']);
  });

  it('refuses a value outside the COSD value set, and an action owner outside the MDT', async () => {
    await assert.rejects(edit(w.coordinator, w.caseId, 'carePlanIntent', 'Q', 0), refusedWith('bad_request'));
    const stranger = { id: 'x', what: 'Call', ownerUserId: w.otherTrust.identity.id, due: DUE };
    await assert.rejects(edit(w.coordinator, w.caseId, 'actions', [stranger], 0), refusedWith('bad_request'));
    await assert.rejects(edit(w.coordinator, w.caseId, 'nonsense', 'x', 0), refusedWith('not_found'));
  });

  it("lets only the meeting's chair sign: another clinician is refused, audited, and nothing is signed", async () => {
    const caseId = await w.newCase('Who signs?');
    await filled(caseId);
    await assert.rejects(signOff(w.ctx, w.panellist, caseId), refusedWith('forbidden'));
    await assert.rejects(signOff(w.ctx, w.coordinator, caseId), refusedWith('forbidden'));
    await assert.rejects(signOff(w.ctx, w.nurse, caseId), refusedWith('forbidden'));
    const refused = await refusals(caseId, 'mdt.outcome.signoff');
    assert.deepEqual(
      refused.map((r) => r.actor_id).sort(),
      [w.panellist, w.coordinator, w.nurse].map((a) => a.identity.id).sort(),
    );
    const { draft, versions } = await outcomeWithVersions(w.ctx, w.chair, caseId);
    assert.deepEqual([draft.state, versions.length], ['editing', 0]);
  });

  it('will not sign a cancer outcome without its care plan intent', async () => {
    const caseId = await w.newCase('Incomplete?');
    await edit(w.coordinator, caseId, 'discussionStatus', 'discussed', 0);
    await edit(w.coordinator, caseId, 'mdtType', 'lung', 0);
    await edit(w.coordinator, caseId, 'recommendation', 'Surgery', 0);
    await assert.rejects(signOff(w.ctx, w.chair, caseId), (e: Error) => /care plan intent/.test(e.message));
    await edit(w.coordinator, caseId, 'mdtType', 'frailty', 1);
    assert.equal((await signOff(w.ctx, w.chair, caseId)).version, 1, 'a non-cancer MDT is not asked for it');
  });

  it('freezes the signed version: nobody can edit it; an amendment is version 2 with its reason, version 1 unchanged', async () => {
    const caseId = w.caseId;
    await filled(caseId);
    const v1 = await signOff(w.ctx, w.chair, caseId);
    assert.equal(v1.version, 1);
    assert.equal(v1.signedBy.id, w.chair.identity.id);
    const listed = await w.ctx.db.selectFrom('mdt_cases').select('status').where('id', '=', caseId).executeTakeFirst();
    assert.equal(listed?.status, 'discussed', 'the case list shows it discussed');
    for (const actor of [w.chair, w.coordinator])
      await assert.rejects(
        edit(actor, caseId, 'recommendation', 'Changed', 1),
        (e: Error) => refusedWith('forbidden')(e) && /signed off/.test(e.message),
      );
    await assert.rejects(signOff(w.ctx, w.chair, caseId), refusedWith('conflict'));
    await assert.rejects(amend(w.ctx, w.panellist, caseId, 'Typo'), refusedWith('forbidden'));
    await assert.rejects(amend(w.ctx, w.coordinator, caseId, '   '), refusedWith('bad_request'));
    await amend(w.ctx, w.coordinator, caseId, 'Histology came back: adenocarcinoma');
    const reopened = await outcomeWithVersions(w.ctx, w.chair, caseId);
    assert.equal(reopened.draft.state, 'editing');
    assert.equal(reopened.draft.fields.recommendation.value, v1.values.recommendation, 'reopened on the signed values');
    await edit(w.chair, caseId, 'recommendation', 'Lobectomy, then adjuvant chemotherapy.', 1);
    await edit(w.chair, caseId, 'plannedTreatments', ['01', '02'], 1);
    const v2 = await signOff(w.ctx, w.chair, caseId);
    assert.equal(v2.version, 2);
    assert.equal(v2.amendmentReason, 'Histology came back: adenocarcinoma');
    const { versions } = await outcomeWithVersions(w.ctx, w.nurse, caseId);
    assert.deepEqual(versions[0], v1, 'version 1 reads as it was signed');
    assert.equal(versions[1]!.values.recommendation, 'Lobectomy, then adjuvant chemotherapy.');
    const trail = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', caseId)
      .where('action', 'like', 'mdt.outcome.%')
      .execute();
    const actions = trail.map((e) => e.action);
    for (const a of ['mdt.outcome.field.edit', 'mdt.outcome.signoff', 'mdt.outcome.amend', 'mdt.outcome.read'])
      assert.ok(actions.includes(a), `${a} is audited`);
  });

  it('treats a version recorded whole (before drafts) as signed: edits refused, an amendment reopens it on its values', async () => {
    const caseId = await w.newCase('Recorded whole?');
    await assert.rejects(
      recordOutcome(t.db, { caseId, summary: 'x', recordedBy: w.panellist.identity, signOff: true }),
      refusedWith('forbidden'),
      'only the chair signs, on this path too',
    );
    await recordOutcome(t.db, { caseId, summary: 'Watch and wait', recordedBy: w.chair.identity, signOff: true });
    await assert.rejects(edit(w.coordinator, caseId, 'recommendation', 'Changed', 0), refusedWith('forbidden'));
    await amend(w.ctx, w.chair, caseId, 'Now on the structured form');
    const { draft, versions } = await outcomeWithVersions(w.ctx, w.chair, caseId);
    assert.deepEqual(
      [draft.state, draft.fields.recommendation.value, versions[0]?.values.recommendation],
      ['editing', 'Watch and wait', 'Watch and wait'],
    );
  });

  it("lists each open action on its owner's dashboard, and nobody else's", async () => {
    const mine = await actionsOwnedBy(w.ctx, w.nurse);
    const booked = mine.filter((a) => a.caseId === w.caseId);
    assert.deepEqual(
      booked.map((a) => [a.action.what, a.action.due, a.version, a.patientName]),
      [['Book PET-CT', DUE, 2, 'Zoë Ødegård']],
    );
    assert.deepEqual(await actionsOwnedBy(w.ctx, w.panellist), []);
    assert.deepEqual(await actionsOwnedBy(w.ctx, w.otherTrust), []);
  });

  it('lets no guest, care-home or prison staff, or other trust read or touch any of it (each refusal audited)', async () => {
    const guest = await w.demo.guest({ kind: 'service', id: w.demo.hub }, 'patient', 'Curious Guest');
    for (const outsider of [guest, w.demo.careHome, w.prison, w.otherTrust]) {
      const who = outsider.identity.role;
      await assert.rejects(outcomeWithVersions(w.ctx, outsider, w.caseId), refusedWith('forbidden'), who);
      await assert.rejects(edit(outsider, w.caseId, 'recommendation', 'x', 3), refusedWith('forbidden'), who);
      await assert.rejects(signOff(w.ctx, outsider, w.caseId), refusedWith('forbidden'), who);
      await assert.rejects(amend(w.ctx, outsider, w.caseId, 'x'), refusedWith('forbidden'), who);
      if (outsider !== w.otherTrust)
        await assert.rejects(actionsOwnedBy(w.ctx, outsider), refusedWith('forbidden'), who);
    }
    const refused = await refusals(w.caseId, 'mdt.outcome.read');
    assert.ok(refused.some((r) => r.actor_id === w.otherTrust.identity.id));
  });
});
