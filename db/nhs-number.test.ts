import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidNhsNumber, nhsCheckDigit, normaliseNhsNumber } from './nhs-number';

describe('NHS number modulus-11 check', () => {
  it('accepts published valid examples, with or without spaces', () => {
    for (const n of ['9434765919', '943 476 5919', '4010232137', '9990000018'])
      assert.equal(isValidNhsNumber(n), true, n);
    assert.equal(normaliseNhsNumber('943 476 5919'), '9434765919');
  });

  it('refuses a wrong check digit, wrong lengths and non-digits', () => {
    for (const n of ['9434765918', '943476591', '94347659190', '943476591X', '', 'abcdefghij']) {
      assert.equal(isValidNhsNumber(n), false, n);
    }
  });

  it('refuses nine digits whose check digit would be 10, whatever the tenth', () => {
    // By hand: 6 × weight 3 = 18, 18 mod 11 = 7, 11 − 7 = 4.
    assert.equal(nhsCheckDigit('000000060'), 4);
    // A remainder of 1 would need check digit 10, so no tenth digit makes such a prefix valid.
    const impossible = Array.from({ length: 1000 }, (_, i) => `999000${String(i).padStart(3, '0')}`).find(
      (p) => nhsCheckDigit(p) === null,
    );
    assert.ok(impossible, 'some 999 test-range prefix has no valid check digit');
    for (let d = 0; d <= 9; d++) assert.equal(isValidNhsNumber(`${impossible}${d}`), false);
  });

  it('maps a remainder of 0 to check digit 0', () => {
    const zero = Array.from({ length: 1000 }, (_, i) => `999000${String(i).padStart(3, '0')}`).find((p) => {
      const sum = [...p].reduce((s, c, i) => s + Number(c) * (10 - i), 0);
      return sum % 11 === 0;
    });
    assert.ok(zero);
    assert.equal(nhsCheckDigit(zero), 0);
    assert.equal(isValidNhsNumber(`${zero}0`), true);
  });
});
