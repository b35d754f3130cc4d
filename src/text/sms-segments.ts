/**
 * How many SMS segments a text costs.
 *
 * Carriers bill per segment, and a single character outside the GSM-7
 * alphabet (an emoji, "á", a curly quote) switches the whole message to
 * UCS-2, cutting a segment from 160 characters to 70.
 */
import { GSM_BASIC, GSM_EXTENSION } from "./gsm-charset.ts";

/** The encoding an SMS is sent in. */
export type SmsEncoding = "GSM-7" | "UCS-2";

/** Size of a text as an SMS. */
export type SmsSegments = {
  /** GSM-7 if every character is in the GSM 03.38 alphabet, else UCS-2. */
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extension characters count 2); UTF-16 code units for UCS-2. */
  units: number;
  /** Number of SMS parts; 0 for the empty text, which nothing needs to be sent for. */
  segments: number;
};

/** Units that fit a single, unsplit message. */
const SINGLE = { "GSM-7": 160, "UCS-2": 70 } as const;
/** Units per part of a multi-part message (the rest of 140 bytes holds the concatenation header). */
const PART = { "GSM-7": 153, "UCS-2": 67 } as const;

/**
 * Whether every character of `text` is in the GSM 03.38 basic or extension
 * table, i.e. the text can be sent as GSM-7. The empty text is GSM-7.
 */
export function isGsm7(text: string): boolean {
  for (const char of text) {
    if (!GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)) return false;
  }
  return true;
}

/**
 * Encoding, size and segment count of `text` sent as one SMS.
 *
 * GSM-7: extension characters (`{ } [ ] ~ \ | ^ €` and form feed) cost 2
 * units; one segment holds 160 units, a multi-part message 153 per part.
 * UCS-2: units are UTF-16 code units (an emoji outside the BMP is a surrogate
 * pair, 2 units); one segment holds 70, a multi-part message 67 per part.
 *
 * Parts are packed greedily without splitting an escape pair or a surrogate
 * pair, as phones do; this can leave a part one unit short, so the count is
 * exact for such splits rather than a naive `ceil(units / 153)`, which would
 * under-count.
 *
 * The empty text is `{ encoding: "GSM-7", units: 0, segments: 0 }`: there is
 * nothing to send, and callers summing costs should not pay for it.
 *
 * @example smsSegments("See you at 6:00 PM") // { encoding: "GSM-7", units: 18, segments: 1 }
 */
export function smsSegments(text: string): SmsSegments {
  const encoding: SmsEncoding = isGsm7(text) ? "GSM-7" : "UCS-2";
  // Cost of each indivisible piece: for GSM-7 a character (1 or 2 septets); for
  // UCS-2 a code point (1 or 2 code units; `for...of` keeps surrogate pairs together).
  const costs: number[] = [];
  for (const char of text) {
    costs.push(encoding === "GSM-7" ? (GSM_EXTENSION.has(char) ? 2 : 1) : char.length);
  }
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  if (units === 0) return { encoding, units, segments: 0 };
  if (units <= SINGLE[encoding]) return { encoding, units, segments: 1 };

  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > PART[encoding]) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, units, segments };
}
