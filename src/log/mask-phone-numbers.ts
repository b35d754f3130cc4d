/**
 * Anything in a string that reads as a phone number: E.164 (`+13125550101`), North American
 * forms (`312-555-0101`, `(312) 555-0101`, `1 312 555 0101`, `3125550101`) and a bare local
 * `555-0101`. Digits inside a longer run of letters and digits (an id, a hash) do not count,
 * and neither do dates and times (their groups are too short or too long).
 * Compiled once; used on string values only.
 */
const PHONE_NUMBER = /(?<![\w+])(?:\+[1-9]\d{7,14}|(?:\+?1[-. ]?)?(?:\(\d{3}\)[-. ]?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}|\d{3}[-. ]\d{4})(?!\w)/g;

/** What a phone number found in a value becomes. */
export const MASKED_PHONE = "[phone]";

/** The string with every phone-number-like run replaced; the same string when there is none. */
export function maskPhoneNumbers(value: string): string {
  // Too short to hold a 7-digit number with its dash: most ids and codes stop here.
  if (value.length < 8) return value;
  return value.replace(PHONE_NUMBER, MASKED_PHONE);
}
