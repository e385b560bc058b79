import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AuthRoutes, LoginBody } from './auth';
import { ConsultationRoutes } from './consultations';
import { pathOf } from './route';
import { Instant } from './shapes';

describe('the HTTP contracts', () => {
  it('fills a path in from its params, percent-encoded, and refuses to leave one out', () => {
    assert.equal(pathOf(ConsultationRoutes.record, { id: 'a/b c' }), '/api/consultations/a%2Fb%20c/record');
    assert.equal(pathOf(AuthRoutes.me, {}), '/api/me');
    assert.throws(() => pathOf(ConsultationRoutes.record, {} as never), /needs :id/);
  });

  it('sends an instant as its ISO string whether the server holds a Date or a string', () => {
    const at = '2026-03-01T09:30:00.000Z';
    assert.equal(Instant.parse(new Date(at)), at);
    assert.equal(Instant.parse(at), at);
    assert.equal(Instant.safeParse('1 March 2026').success, false);
  });

  it('refuses a malformed sign-in, saying which field', () => {
    const refused = LoginBody.safeParse({ username: '  ' });
    assert.equal(refused.success, false);
    assert.deepEqual(refused.error?.issues.map((i) => i.path[0]).sort(), ['password', 'username']);
  });
});
