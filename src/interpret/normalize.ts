/**
 * Text normalisation shared by the answer interpreters.
 *
 * Matching happens on a simplified form of the text: lower case, accents removed (so "sí"
 * and "si", "reunión" and "reunion" are the same word), curly quotes and dashes unified,
 * control characters dropped and whitespace collapsed. The original text is never changed
 * for storage; this form only decides what an answer means.
 */

import type { Lang } from "../domain/types.ts";

/**
 * How many characters of a reply are looked at when interpreting a scale or yes/no answer.
 * A real answer is a few words; capping keeps a pasted 100 KB message as cheap as "7".
 */
export const MAX_SCAN_CHARS = 500;

/** Longest free-text answer kept (a note for the counselor), in characters. */
export const MAX_TEXT_ANSWER_CHARS = 1000;

// Emoji that carry a yes/no meaning are turned into words before symbols are dropped, so
// "👍" can answer "did you go to a meeting?". Everything else that is not a letter or digit
// becomes an "other" token and carries no meaning.
const EMOJI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u{1F44D}/gu, " thumbsup "], // 👍
  [/\u{2705}|\u{2714}|\u{2611}/gu, " thumbsup "], // ✅ ✔ ☑
  [/\u{1F44E}/gu, " thumbsdown "], // 👎
  [/\u{274C}|\u{274E}|\u{2716}/gu, " thumbsdown "], // ❌ ❎ ✖
];

/**
 * Lower-cases and strips accents from a string, without any other change. Used for labels
 * and phrase lists so they compare equal to normalised replies.
 */
export function foldCase(text: string): string {
  // NFKD splits "í" into "i" + a combining accent and turns full-width or superscript digits
  // into plain ones; dropping the combining marks (\p{M}) also removes emoji variation
  // selectors and the keycap mark, so "7️⃣" reads as "7".
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Printable ASCII without the quote characters normalisation rewrites (' and `). */
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5f\x61-\x7e]*$/;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Normalises a reply for matching: caps its length, maps yes/no emoji to words, folds case
 * and accents, unifies apostrophes and dashes, removes apostrophes inside words
 * ("didn't" → "didnt", "I'm" → "im") and collapses whitespace. Never throws.
 */
export function normalizeForMatch(text: string, maxChars: number = MAX_SCAN_CHARS): string {
  let s = text.length > maxChars ? text.slice(0, maxChars) : text;
  // Most replies are plain printable ASCII ("7", "mood 7 cravings 2 yes"): no emoji, accents,
  // quotes, dashes or control characters to handle, so only case and spaces change.
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(/ {2,}/g, " ").trim();
  if (ASCII.test(s)) {
    // No emoji, no accents and no wide digits, so emoji mapping and NFKD change nothing.
    s = s.toLowerCase();
  } else {
    for (const [re, word] of EMOJI_WORDS) s = s.replace(re, word);
    s = foldCase(s);
  }
  s = s
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    // Newlines separate answers like commas do; keep one as a marker before collapsing.
    .replace(/\r\n?|\u2028|\u2029/g, "\n")
    // Control characters (binary junk, NUL) and zero-width characters carry no meaning.
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff]/g, " ")
    .replace(/(?<=\p{L})'(?=\p{L})/gu, "")
    .replace(/'/g, " ")
    .replace(/[ \t]*\n[ \t\n]*/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .trim();
  return s;
}

/**
 * Maps elongated or slangy spellings of yes/no words to one form ("yesss" → "yes",
 * "nooo" → "noo", "nopee" → "nope"), so the phrase lists stay short. Other words are
 * returned unchanged.
 */
export function canonicalWord(word: string): string {
  // Every spelling below starts with "y", "s" or "n".
  const first = word.charCodeAt(0);
  if (first !== 0x79 && first !== 0x73 && first !== 0x6e) return word;
  if (/^y+e+s+$/.test(word)) return "yes";
  if (/^y+e+a+h*$/.test(word) || /^y+a+h+$/.test(word) || word === "yeh") return "yeah";
  if (/^y+e+p+$/.test(word)) return "yep";
  if (/^y+u+p+$/.test(word)) return "yup";
  if (/^y+a+s+$/.test(word)) return "yas";
  if (/^s+i+p+$/.test(word)) return "sip";
  // Bare "no" and "si" need context (Spanish "si" also means "if", "no" also means "not a"),
  // but a stretched "noooo" or "siii" is always an answer.
  if (/^n+o+$/.test(word) && word !== "no") return "noo";
  if (/^s+i+$/.test(word) && word !== "si") return "sii";
  if (/^n+o+p+e*s*$/.test(word)) return "nope";
  if (/^n+a+h+$/.test(word)) return "nah";
  if (/^n+a+w+$/.test(word)) return "naw";
  if (/^n+e+l+$/.test(word)) return "nel";
  return word;
}

/** Number words 0-10 (and a few larger ones, so "eleven" is out of range, not gibberish). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["cero", 0],
  ["one", 1], ["uno", 1],
  ["two", 2], ["dos", 2],
  ["three", 3], ["tres", 3],
  ["four", 4], ["cuatro", 4],
  ["five", 5], ["cinco", 5],
  ["six", 6], ["seis", 6],
  ["seven", 7], ["siete", 7],
  ["eight", 8], ["ocho", 8],
  ["nine", 9], ["nueve", 9],
  ["ten", 10], ["diez", 10],
  ["eleven", 11], ["twelve", 12], ["doce", 12],
  ["twenty", 20], ["veinte", 20],
  ["hundred", 100], ["cien", 100],
]);

/**
 * The value of a number word in either language, or undefined. Both languages are accepted
 * whatever the participant's language (people mix them), except "once", which is eleven in
 * Spanish but an ordinary word in English.
 */
export function numberWordValue(word: string, lang: Lang): number | undefined {
  if (word === "once") return lang === "es" ? 11 : undefined;
  return NUMBER_WORDS.get(word);
}

/**
 * Parses a run of digits, treating anything longer than six digits as a huge number (it is
 * out of range for every scale either way, and this avoids precision surprises).
 */
export function parseDigits(digits: string): number {
  if (digits.length > 6) return Number.MAX_SAFE_INTEGER;
  return Number.parseInt(digits, 10);
}
