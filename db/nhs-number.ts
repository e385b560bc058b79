/**
 * NHS numbers: ten digits, the last a modulus-11 check digit over the first nine (weights 10 down
 * to 2). People write them with spaces ("943 476 5919"); those are accepted and removed.
 */

/** The check digit for the first nine digits, or null when no tenth digit can make them valid. */
export function nhsCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) throw new RangeError('an NHS number check digit needs exactly nine digits');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

/** The ten digits without spaces when `value` is a valid NHS number, else null. */
export function normaliseNhsNumber(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? digits : null;
}

export function isValidNhsNumber(value: string): boolean {
  return normaliseNhsNumber(value) !== null;
}
