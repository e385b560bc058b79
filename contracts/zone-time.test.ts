import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localTime, ukInstant, UK_ZONE } from './zone-time';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('UK wall-clock time', () => {
  it('reads a UK date and time as the instant it is, in GMT and in BST', () => {
    assert.equal(iso(ukInstant({ year: 2026, month: 12, day: 17 }, '12:30')), '2026-12-17T12:30:00.000Z');
    assert.equal(iso(ukInstant({ year: 2027, month: 6, day: 10 }, '12:30')), '2027-06-10T11:30:00.000Z');
    assert.equal(iso(ukInstant({ year: 2027, month: 3, day: 28 }, '09:00')), '2027-03-28T08:00:00.000Z');
  });

  it('has no instant for the hour skipped when the clocks go forward, and the first of the repeated one', () => {
    assert.equal(ukInstant({ year: 2027, month: 3, day: 28 }, '01:30'), null);
    assert.equal(iso(ukInstant({ year: 2027, month: 10, day: 31 }, '01:30')), '2027-10-31T00:30:00.000Z');
    assert.equal(ukInstant({ year: 2027, month: 2, day: 30 }, '12:00'), null, 'no 30 February');
  });

  it('tells the UK date and time of an instant, whatever the zone the code runs in', () => {
    assert.deepEqual(localTime(new Date('2027-06-10T23:30:00Z'), UK_ZONE), {
      year: 2027,
      month: 6,
      day: 11,
      weekday: 'fri',
      hhmm: '00:30',
    });
  });
});
