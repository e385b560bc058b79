import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { FieldConflictAnswer, MdtOutcomeRoutes as O, OutcomeAnswer } from '../../contracts/http/mdt-outcomes';
import { pathOf, type HttpRoute } from '../../contracts/http/route';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { fhirSchemaErrors } from '../../domain/consultations/fhir-validation';
import { outcomeWorld, type OutcomeWorld } from '../../domain/mdt/test-support/outcome-world';
import type { Actor } from '../../domain/kernel/context';
import { issueInvite, redeemInvite } from '../../identity/invites';
import { apiServer, bearerFor } from '../test-support/api-server';

const ROUTES: HttpRoute[] = Object.values(O);
/** A body each route would accept, so that only who is asking decides the answer. */
const BODY = new Map<HttpRoute, unknown>([
  [O.editField, { value: 'Refer', baseVersion: 0 }],
  [O.signOff, {}],
  [O.amend, { reason: 'A reason' }],
]);

describeOnEachDatabase('the MDT outcome API: draft, conflicts, sign-off, amendments, exports, refusals', (t) => {
  let w: OutcomeWorld;
  let base = '';
  let close: () => Promise<void>;
  const auth: Record<string, Record<string, string>> = {};
  const bearer = (a: Actor) => bearerFor(w.demo.tokens, a);
  const call = (
    route: HttpRoute,
    headers: Record<string, string>,
    opts: { id?: string; field?: string; body?: unknown } = {},
  ) => {
    const id = opts.id ?? (route === O.meetingSummary ? w.meetingId : w.caseId);
    const body = route.method === 'GET' ? undefined : JSON.stringify(opts.body ?? BODY.get(route) ?? {});
    return fetch(`${base}${pathOf(route, { id, field: opts.field ?? 'recommendation' } as never)}`, {
      method: route.method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body,
    });
  };

  before(async () => {
    w = await outcomeWorld(t, 'http');
    ({ base, close } = await apiServer(t.db, w.demo.tokens));
    for (const [key, actor] of Object.entries({
      chair: w.chair,
      panellist: w.panellist,
      coordinator: w.coordinator,
      nurse: w.nurse,
      careHome: w.demo.careHome,
      prison: w.prison,
      otherTrust: w.otherTrust,
      hubNurse: w.demo.nurse,
    }))
      auth[key] = bearer(actor);
    const deps = { db: t.db, tokens: w.demo.tokens };
    const invite = await issueInvite(
      deps,
      { scope: { kind: 'service', id: w.demo.hub }, guestKind: 'patient' },
      { id: w.demo.clinician.identity.id, role: 'clinician' },
    );
    auth.guest = { authorization: `Bearer ${(await redeemInvite(deps, invite.token, 'Nosy Guest')).accessToken}` };
  });
  after(() => close());

  it('answers 401 on every outcome route without a sign-in', async () => {
    for (const route of ROUTES) assert.equal((await call(route, {})).status, 401, `${route.method} ${route.path}`);
  });

  it('edits field by field, answers a clash with 409 and the winner, lets only the chair sign, and exports', async () => {
    const first = await call(O.editField, auth.coordinator!, { body: { value: 'Lobectomy', baseVersion: 0 } });
    assert.equal(first.status, 200);
    const late = await call(O.editField, auth.panellist!, { body: { value: 'Radiotherapy', baseVersion: 0 } });
    assert.equal(late.status, 409);
    const clash = FieldConflictAnswer.parse(await late.json());
    assert.deepEqual(
      [clash.conflict.value, clash.conflict.version, clash.conflict.editedBy?.name],
      ['Lobectomy', 1, 'Ruth Ames'],
    );
    assert.match(clash.error.message, /Ruth Ames changed this field/);
    for (const [field, value] of [
      ['discussionStatus', 'discussed'],
      ['mdtType', 'lung'],
      ['carePlanIntent', 'Z'],
    ] as const)
      assert.equal(
        (await call(O.editField, auth.coordinator!, { field, body: { value, baseVersion: 0 } })).status,
        200,
      );
    assert.equal((await call(O.editField, auth.coordinator!, { field: 'nope' })).status, 404);

    assert.equal((await call(O.signOff, auth.panellist!)).status, 403, 'a panel member who is not the chair');
    assert.equal((await call(O.signOff, auth.nurse!)).status, 403);
    const signed = await call(O.signOff, auth.chair!);
    assert.equal(signed.status, 200);
    assert.equal(((await signed.json()) as { version: number }).version, 1);
    const after = await call(O.editField, auth.chair!, { body: { value: 'Changed', baseVersion: 1 } });
    assert.equal(after.status, 403, 'nobody edits a signed version');

    const outcome = OutcomeAnswer.parse(await (await call(O.outcome, auth.nurse!)).json());
    assert.deepEqual(
      [outcome.state, outcome.versions.length, outcome.fields.recommendation?.value],
      ['signed', 1, 'Lobectomy'],
    );
    const pdf = await call(O.letterPdf, auth.nurse!);
    assert.deepEqual([pdf.status, pdf.headers.get('content-type')], [200, 'application/pdf']);
    const fhir = await call(O.fhir, auth.chair!);
    assert.equal(fhir.status, 200);
    assert.deepEqual(fhirSchemaErrors((await fhir.json()) as { resourceType: string }), []);
    const summary = await call(O.meetingSummary, auth.coordinator!);
    assert.deepEqual([summary.status, summary.headers.get('content-type')], [200, 'application/pdf']);

    assert.equal((await call(O.amend, auth.panellist!, { body: { reason: 'Mine' } })).status, 403);
    assert.equal((await call(O.amend, auth.coordinator!, { body: { reason: 'Staging revised' } })).status, 200);
    assert.equal(
      (await call(O.editField, auth.chair!, { body: { value: 'Lobectomy after staging', baseVersion: 1 } })).status,
      200,
    );
    const v2 = await call(O.signOff, auth.chair!);
    assert.deepEqual(
      await v2
        .json()
        .then((v) => [(v as { version: number }).version, (v as { amendmentReason: string }).amendmentReason]),
      [2, 'Staging revised'],
    );
    const mine = await call(O.myActions, auth.nurse!);
    assert.equal(mine.status, 200);
  });

  it('refuses guests, care-home and prison staff and another trust on every outcome route (403, or nothing)', async () => {
    for (const who of ['guest', 'careHome', 'prison', 'otherTrust']) {
      for (const route of ROUTES) {
        const res = await call(route, auth[who]!);
        if (who === 'otherTrust' && route === O.myActions) {
          assert.equal(res.status, 200);
          assert.deepEqual(await res.json(), { actions: [] }, 'another trust sees none of these actions');
        } else assert.equal(res.status, 403, `${who}: ${route.method} ${route.path} answered ${res.status}`);
      }
    }
  });

  it("lists the caller's own open actions from signed outcomes only; someone on no MDT gets none, a guest 403", async () => {
    const id = await w.newCase('Whose actions?');
    const put = (field: string, value: unknown, who = auth.coordinator!) =>
      call(O.editField, who, { id, field, body: { value, baseVersion: 0 } });
    const action = (what: string, owner: Actor) => ({
      id: what,
      what,
      ownerUserId: owner.identity.id,
      due: '2030-03-01',
    });
    const outsider = await put('actions', [action('Phone the GP', w.otherTrust)]);
    assert.equal(outsider.status, 400, 'an owner from another trust is refused');
    assert.match(((await outsider.json()) as { error: { message: string } }).error.message, /“Phone the GP”/);
    for (const [field, value] of [
      ['discussionStatus', 'discussed'],
      ['mdtType', 'frailty'],
      ['recommendation', 'Falls clinic'],
      ['actions', [action('Book falls clinic', w.nurse), action('Write to the GP', w.panellist)]],
    ] as const)
      assert.equal((await put(field, value)).status, 200, field);
    const listed = async (who: string) => {
      const res = await call(O.myActions, auth[who]!);
      assert.equal(res.status, 200, who);
      const { actions } = O.myActions.response.parse(await res.json());
      return actions.filter((a) => a.caseId === id).map((a) => [a.action.what, a.patientName, a.nhsNumber]);
    };
    assert.deepEqual(await listed('nurse'), [], 'a draft has agreed nothing yet');
    assert.equal((await call(O.signOff, auth.chair!, { id })).status, 200);
    assert.deepEqual(await listed('nurse'), [['Book falls clinic', 'Zoë Ødegård', w.nhsNumber]]);
    assert.deepEqual(await listed('panellist'), [['Write to the GP', 'Zoë Ødegård', w.nhsNumber]]);
    assert.deepEqual(await listed('chair'), [], 'signing an outcome does not make its actions yours');
    const hub = await call(O.myActions, auth.hubNurse!);
    assert.deepEqual([hub.status, await hub.json()], [200, { actions: [] }], 'a nurse on no MDT has none');
    assert.equal((await call(O.myActions, auth.guest!)).status, 403);
  });
});
