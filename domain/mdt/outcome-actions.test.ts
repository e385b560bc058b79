import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { createService } from '../../db/records/organisations';
import { createStaffUser } from '../../identity/staff-users';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { editOutcomeField } from './outcome-edit';
import { actionsOwnedBy, outcomeWithVersions } from './outcome-read';
import { signOff } from './outcome-sign-off';
import { outcomeWorld, type OutcomeWorld } from './test-support/outcome-world';

const DUE = '2030-02-01';
const ownerRefused = (what: string) => (e: unknown) =>
  e instanceof DomainError &&
  e.code === 'bad_request' &&
  e.message === `the owner of “${what}” is not a member of this MDT's team: choose someone from the team`;

describeOnEachDatabase('MDT actions: who may own one, and whose dashboard lists it', (t) => {
  let w: OutcomeWorld;
  /** A clinician of the same trust on its clinic, not on the MDT; and an MDT member whose account is disabled. */
  let clinicClinician: string;
  let leaver: string;
  before(async () => {
    w = await outcomeWorld(t, 'act');
    const trustId = w.chair.identity.organisationId!;
    const clinic = await createService(t.db, {
      organisationId: trustId,
      name: 'Chest clinic',
      kind: 'scheduled_clinic',
    });
    const user = (username: string, serviceId: string) =>
      createStaffUser(
        t.db,
        {
          organisationId: trustId,
          username: `${username}.act`,
          displayName: username,
          role: 'clinician',
          password: 'a-long-test-password-1',
          serviceIds: [serviceId],
        },
        { id: 'test', role: 'system' },
      );
    clinicClinician = (await user('clinic.clinician', clinic.id)).id;
    leaver = (await user('mdt.leaver', w.serviceId)).id;
  });
  const edit = (actor: Actor, caseId: string, value: unknown, baseVersion: number) =>
    editOutcomeField(w.ctx, actor, { caseId, field: 'actions', value, baseVersion });
  const action = (id: string, what: string, ownerUserId: string) => ({ id, what, ownerUserId, due: DUE, done: false });
  const stored = async (caseId: string) => (await outcomeWithVersions(w.ctx, w.chair, caseId)).draft.fields.actions;

  it("refuses an owner from the same trust who is not on the MDT's team, naming the action, and stores nothing", async () => {
    const caseId = await w.newCase('Owner outside the team?');
    const refused = edit(w.coordinator, caseId, [action('a', 'Book EBUS', clinicClinician)], 0);
    await assert.rejects(refused, ownerRefused('Book EBUS'));
    assert.equal((await stored(caseId)).version, 0, 'nothing was written');
  });

  it('refuses a disabled member as a new owner, but keeps their action editable once it is theirs', async () => {
    const caseId = await w.newCase('A leaver?');
    const theirs = action('l1', 'Review histology', leaver);
    assert.ok((await edit(w.coordinator, caseId, [theirs], 0)).applied, 'an active member may own an action');
    await t.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', leaver).execute();
    const more = [theirs, action('n1', 'Call the patient', w.nurse.identity.id)];
    const added = await edit(w.coordinator, caseId, more, 1);
    assert.ok(added.applied, "one leaver's action does not stop the team editing the others");
    await assert.rejects(
      edit(w.coordinator, caseId, [action('l2', 'Repeat CT', leaver), ...more], 2),
      ownerRefused('Repeat CT'),
    );
    const reassigned = [
      { ...theirs, ownerUserId: leaver },
      { ...more[1]!, ownerUserId: leaver },
    ];
    await assert.rejects(edit(w.coordinator, caseId, reassigned, 2), ownerRefused('Call the patient'));
    const { value, version } = await stored(caseId);
    assert.deepEqual([version, (value as { id: string }[]).map((a) => a.id)], [2, ['l1', 'n1']]);
  });

  it('stores an owner id in one spelling, so the owner sees it however the browser wrote it', async () => {
    const caseId = await w.newCase('Upper case id?');
    const shouted = action('u1', 'Refer to oncology', w.nurse.identity.id.toUpperCase());
    const done = await edit(w.coordinator, caseId, [shouted], 0);
    assert.ok(done.applied);
    assert.equal((done.field.value as { ownerUserId: string }[])[0]!.ownerUserId, w.nurse.identity.id);
    for (const [field, value] of [
      ['discussionStatus', 'discussed'],
      ['mdtType', 'frailty'],
      ['recommendation', 'Refer to oncology'],
    ] as const)
      await editOutcomeField(w.ctx, w.coordinator, { caseId, field, value, baseVersion: 0 });
    await signOff(w.ctx, w.chair, caseId);
    const mine = (await actionsOwnedBy(w.ctx, w.nurse)).filter((a) => a.caseId === caseId);
    assert.deepEqual(
      mine.map((a) => [a.action.what, a.patientName, a.nhsNumber, a.meetingTitle]),
      [['Refer to oncology', 'Zoë Ødegård', w.nhsNumber, 'Thursday lung MDT']],
    );
    assert.deepEqual(
      (await actionsOwnedBy(w.ctx, w.chair)).filter((a) => a.caseId === caseId),
      [],
      "the chair who signed it is not shown the nurse's action",
    );
  });
});
