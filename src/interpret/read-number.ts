/**
 * Reads a number and what may follow it: a range ("5 or 6", "5-6", "de 5 a 6") or the
 * scale it is on ("6/10", "6 out of 10", "6 de 10").
 */
import { type NumberRead, type Reading, readPlainNumber, readSignedNumber, wordAt } from "./items.ts";
import { OUT_OF_WORDS, RANGE_WORDS } from "./lexicon.ts";

/** The index of the denominator in "6/10" or "6 out of 10", if one follows token k. */
function denominatorAt(r: Reading, k: number): number | undefined {
  if (r.tokens[k]?.t === "slash") return k + 1;
  for (const words of OUT_OF_WORDS) {
    if (words.every((w, j) => wordAt(r, k + j) === w) && readPlainNumber(r, k + words.length)) return k + words.length;
  }
  return undefined;
}

/** Pushes an ambiguous item and returns `next`. */
function ambiguous(r: Reading, next: number): number {
  r.items.push({ kind: "ambiguous", yesNoOnly: false, chunk: r.chunk });
  return next;
}

/**
 * Pushes the item for a number already read (`first`) and returns the index after it and
 * its range or denominator. Decimals and ranges become "ambiguous": they are never rounded
 * or guessed between.
 */
export function readNumber(r: Reading, first: NumberRead): number {
  if (first.decimal) return ambiguous(r, first.next);

  const k = first.next;
  const conn = r.tokens[k];
  if (conn?.t === "dash" || (conn?.t === "word" && RANGE_WORDS.has(conn.w))) {
    // After a dash the next number is the end of a range, never negative: "5-6", "5 -6".
    const second = conn.t === "dash" ? readPlainNumber(r, k + 1) : readSignedNumber(r, k + 1);
    if (second) return ambiguous(r, second.next);
  }

  const at = denominatorAt(r, k);
  const denom = at === undefined ? undefined : readPlainNumber(r, at);
  if (denom) {
    // "6/10" is six; "3/5" on a 1-10 scale, or a date like "7/2", cannot be scored without guessing.
    if (denom.decimal || !r.denominators.has(denom.value)) return ambiguous(r, denom.next);
    r.items.push({ kind: "num", value: first.value, chunk: r.chunk });
    return denom.next;
  }
  r.items.push({ kind: "num", value: first.value, chunk: r.chunk });
  return first.next;
}
