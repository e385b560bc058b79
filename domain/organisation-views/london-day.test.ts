import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonDay } from './london-day';

/** "Today" on the prison's page is the day on a London clock, whatever the server's own zone. */
describe("the prison page's today", () => {
  const iso = (d: { date: string; from: Date; to: Date }) => [d.date, d.from.toISOString(), d.to.toISOString()];

  it('runs from midnight to midnight UK time, in winter (GMT) and in summer (BST)', () => {
    assert.deepEqual(iso(londonDay(new Date('2026-01-15T12:00:00Z'))), [
      '2026-01-15',
      '2026-01-15T00:00:00.000Z',
      '2026-01-16T00:00:00.000Z',
    ]);
    assert.deepEqual(iso(londonDay(new Date('2026-07-15T12:00:00Z'))), [
      '2026-07-15',
      '2026-07-14T23:00:00.000Z',
      '2026-07-15T23:00:00.000Z',
    ]);
  });

  it('is already tomorrow at 23:30 UTC in summer, and is 23 or 25 hours long on the days the clocks change', () => {
    assert.equal(londonDay(new Date('2026-07-15T23:30:00Z')).date, '2026-07-16');
    const spring = londonDay(new Date('2026-03-29T12:00:00Z'));
    const autumn = londonDay(new Date('2026-10-25T12:00:00Z'));
    assert.equal(spring.to.getTime() - spring.from.getTime(), 23 * 3_600_000);
    assert.equal(autumn.to.getTime() - autumn.from.getTime(), 25 * 3_600_000);
  });
});
