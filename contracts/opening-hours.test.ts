import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OpeningHours } from '../db/schema';
import { openingState, whenItOpens } from './opening-hours';

const WEEKDAYS_9_TO_5: OpeningHours = {
  timeZone: 'Europe/London',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])),
};

const opensAt = (hours: OpeningHours, at: string): string | null => {
  const state = openingState(hours, new Date(at));
  assert.equal(state.open, false, `expected closed at ${at}`);
  return state.open ? null : (state.opensAt?.toISOString() ?? null);
};
const isOpen = (hours: OpeningHours, at: string): boolean => openingState(hours, new Date(at)).open;

describe('opening hours', () => {
  it('a service open always is open at any instant', () => {
    assert.equal(isOpen({ always: true }, '2026-12-25T03:00:00Z'), true);
  });

  it('is open inside a range and closed at its end (London, winter)', () => {
    assert.equal(isOpen(WEEKDAYS_9_TO_5, '2026-12-01T09:00:00Z'), true); // Tuesday 09:00 GMT
    assert.equal(isOpen(WEEKDAYS_9_TO_5, '2026-12-01T16:59:59Z'), true);
    assert.equal(isOpen(WEEKDAYS_9_TO_5, '2026-12-01T17:00:00Z'), false);
    assert.equal(isOpen(WEEKDAYS_9_TO_5, '2026-12-01T08:59:00Z'), false);
  });

  it('reads the wall clock of the zone in summer time', () => {
    // Monday 1 June 2026: 08:30 UTC is 09:30 BST, 07:30 UTC is 08:30 BST.
    assert.equal(isOpen(WEEKDAYS_9_TO_5, '2026-06-01T08:30:00Z'), true);
    assert.equal(opensAt(WEEKDAYS_9_TO_5, '2026-06-01T07:30:00Z'), '2026-06-01T08:00:00.000Z');
    assert.equal(opensAt(WEEKDAYS_9_TO_5, '2026-06-01T16:00:00Z'), '2026-06-02T08:00:00.000Z');
  });

  it('finds the next opening the same evening, over a weekend and across a clock change', () => {
    assert.equal(opensAt(WEEKDAYS_9_TO_5, '2026-12-01T18:28:00Z'), '2026-12-02T09:00:00.000Z');
    assert.equal(opensAt(WEEKDAYS_9_TO_5, '2026-12-04T17:00:00Z'), '2026-12-07T09:00:00.000Z');
    // Clocks go forward on Sunday 29 March 2026: Friday evening is GMT, Monday morning BST.
    assert.equal(opensAt(WEEKDAYS_9_TO_5, '2026-03-27T17:30:00Z'), '2026-03-30T08:00:00.000Z');
    // And back on Sunday 25 October 2026.
    assert.equal(opensAt(WEEKDAYS_9_TO_5, '2026-10-23T16:30:00Z'), '2026-10-26T09:00:00.000Z');
  });

  it('takes several ranges a day, an end of 24:00 and zones with half-hour offsets', () => {
    const split: OpeningHours = {
      timeZone: 'Europe/London',
      weekly: {
        sat: [
          ['20:00', '24:00'],
          ['08:00', '12:00'],
        ],
      },
    };
    assert.equal(isOpen(split, '2026-12-05T23:59:00Z'), true);
    assert.equal(opensAt(split, '2026-12-05T13:00:00Z'), '2026-12-05T20:00:00.000Z');
    assert.equal(opensAt(split, '2026-12-05T06:00:00Z'), '2026-12-05T08:00:00.000Z');
    // A week on when today's only opening has passed.
    assert.equal(opensAt(split, '2026-12-06T00:00:00Z'), '2026-12-12T08:00:00.000Z');
    const kolkata: OpeningHours = { timeZone: 'Asia/Kolkata', weekly: { mon: [['09:00', '10:00']] } };
    assert.equal(opensAt(kolkata, '2026-12-07T03:00:00Z'), '2026-12-07T03:30:00.000Z');
    assert.equal(isOpen(kolkata, '2026-12-07T03:30:00Z'), true);
  });

  it('says when it opens in the service’s own words and zone, or that no hours are set', () => {
    const at = new Date('2026-03-27T17:30:00Z');
    assert.equal(
      whenItOpens(WEEKDAYS_9_TO_5, openingState(WEEKDAYS_9_TO_5, at)),
      'It opens again on Monday 30 March at 09:00.',
    );
    const never: OpeningHours = { timeZone: 'Europe/London', weekly: {} };
    assert.deepEqual(openingState(never, at), { open: false, opensAt: null });
    assert.equal(whenItOpens(never, openingState(never, at)), 'It has no opening hours set at the moment.');
  });
});
