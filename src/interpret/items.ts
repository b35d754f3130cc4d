/**
 * The items a reply is made of (see extract-items.ts), and the reading state shared by the
 * functions that extract them.
 */
import type { Lang } from "../domain/types.ts";
import type { LabelEntry, LabelTable } from "./label-table.ts";
import { LEXICON, type PhraseCategory } from "./lexicon.ts";
import { numberWordValue } from "./normalize.ts";
import type { Token } from "./tokenize.ts";

/** A value found in a reply; `boundTo` is the question id a label (or phrase) tied it to. */
export type ValueItem =
  | { kind: "num"; value: number; chunk: number; boundTo?: string }
  | { kind: "zero"; chunk: number; boundTo?: string }
  | { kind: "yes"; chunk: number; boundTo?: string }
  /** zeroOk: also means 0 on a 0-based scale ("no", "nope"; not "didn't go", "not really"). */
  | { kind: "no"; zeroOk: boolean; chunk: number; boundTo?: string };

/** Everything extraction finds in a reply. */
export type Item =
  | ValueItem
  | { kind: "label"; qid: string; qtype: LabelEntry["qtype"]; chunk: number }
  /** yesNoOnly: a hedge that is fine on a scale ("kind of a 6") but not for yes/no. */
  | { kind: "ambiguous"; yesNoOnly: boolean; chunk: number };

/** True for value items (numbers, zero words, yes and no). */
export function isValueItem(item: Item): item is ValueItem {
  return item.kind === "num" || item.kind === "zero" || item.kind === "yes" || item.kind === "no";
}

/**
 * The state of reading one reply: its tokens, the labels in play, the items found so far
 * and the current chunk (answers are separated by commas, "and", new lines...).
 */
export interface Reading {
  readonly tokens: readonly Token[];
  readonly labels: LabelTable;
  readonly lang: Lang;
  /** Accepted denominators of "6/10", "6 out of 10": 10 and the max of each scale. */
  readonly denominators: ReadonlySet<number>;
  readonly items: Item[];
  chunk: number;
}

/** The word at token k, if that token is a word. */
export function wordAt(r: Reading, k: number): string | undefined {
  const t = r.tokens[k];
  return t?.t === "word" ? t.w : undefined;
}

/** A lexicon phrase matched at a token: its category and how many tokens it spans. */
export interface PhraseMatch {
  category: PhraseCategory;
  length: number;
}

/** True when the words of a phrase are the words at tokens k, k+1, ... */
function phraseAt(r: Reading, k: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (wordAt(r, k + j) !== words[j]) return false;
  return true;
}

/** The longest lexicon phrase starting at token k. */
export function matchPhrase(r: Reading, k: number): PhraseMatch | undefined {
  const first = wordAt(r, k);
  if (first === undefined) return undefined;
  const phrases = LEXICON.get(first);
  if (phrases === undefined) return undefined;
  for (const phrase of phrases) {
    if (phraseAt(r, k, phrase.words)) return { category: phrase.category, length: phrase.words.length };
  }
  return undefined;
}

/** A number read from the tokens, and the index of the token after it. */
export interface NumberRead {
  value: number;
  decimal: boolean;
  next: number;
}

/** A number at token k, as digits or a word, without a sign. */
export function readPlainNumber(r: Reading, k: number): NumberRead | undefined {
  const t = r.tokens[k];
  if (t?.t === "num") return { value: t.value, decimal: t.decimal, next: k + 1 };
  if (t?.t === "word") {
    const v = numberWordValue(t.w, r.lang);
    if (v !== undefined) return { value: v, decimal: false, next: k + 1 };
  }
  return undefined;
}

/** A number at token k, possibly after a minus sign that stands alone ("-3", not "5-6"). */
export function readSignedNumber(r: Reading, k: number): NumberRead | undefined {
  const t = r.tokens[k];
  if (t?.t === "dash" && t.negPrefix) {
    const n = readPlainNumber(r, k + 1);
    return n ? { ...n, value: -n.value } : undefined;
  }
  return readPlainNumber(r, k);
}
