/**
 * Turns the tokens of a reply into items (items.ts): the numbers, yes/no words, zero words,
 * labels and signs of uncertainty it contains, each tagged with its chunk. Both
 * interpreters work on items, so "7/10", "siete", "no cravings" and "went to AA" are
 * recognised the same way everywhere.
 */
import type { Lang } from "../domain/types.ts";
import { type Item, type Reading, matchPhrase, readSignedNumber } from "./items.ts";
import { type LabelTable, matchLabel } from "./label-table.ts";
import { BARE_FOLLOWERS, type PhraseCategory } from "./lexicon.ts";
import { readNegator, readWent } from "./read-attendance.ts";
import { readNumber } from "./read-number.ts";
import type { Token } from "./tokenize.ts";

/** What extraction needs to know besides the tokens. */
export interface ExtractOptions {
  lang: Lang;
  labels: LabelTable;
  /** Accepted denominators of "6/10", "6 out of 10": 10 and the max of each scale. */
  denominators: ReadonlySet<number>;
}

// Phrase categories that are answers in themselves.
const VALUE_CATEGORIES: ReadonlySet<PhraseCategory> = new Set(["yes", "bareYes", "no", "noSoft", "bareNo", "negator", "went", "zero"]);

// Zero words that can stand before a label ("ningún antojo", "not any cravings"); "none" and
// "nada" cannot: "cravings none meeting yes" is two answers.
const ZERO_DETERMINERS: ReadonlySet<string> = new Set(["ningun", "ninguna", "ninguno", "ningunos", "ningunas", "not"]);

/**
 * A bare "no"/"si"/"y"/"n" (ending before token k) is an answer only when nothing follows it
 * in its chunk, or, for "no"/"si" (not `strict`), when what follows is itself an answer or a
 * polite filler: "no thanks", "si claro", but not "no problem", "si puedo".
 */
function standsAlone(r: Reading, k: number, strict: boolean): boolean {
  const t = r.tokens[k];
  if (t === undefined || t.t === "sep" || t.t === "other" || t.t === "dash") return true;
  if (strict || t.t !== "word") return false;
  if (BARE_FOLLOWERS.has(t.w)) return true;
  // "cravings no meeting yes": the "no" answers the label before it and the next label
  // starts the next answer. (With no label before, as in "no cravings 3", it is dropped.)
  const prev = r.items[r.items.length - 1];
  if (prev?.kind === "label" && prev.chunk === r.chunk && matchLabel(r.labels, r.tokens, k)) return true;
  const next = matchPhrase(r, k);
  return next !== undefined && next.category !== "ignore" && next.category !== "without";
}

/** Whether token k starts a value: a number or an answer word ("yes", "none"), maybe after ":". */
function startsValue(r: Reading, k: number): boolean {
  let j = k;
  while (r.tokens[j]?.t === "other") j++;
  if (readSignedNumber(r, j)) return true;
  const category = matchPhrase(r, j)?.category;
  return category !== undefined && VALUE_CATEGORIES.has(category);
}

/**
 * "no cravings", "sin antojos", "ninguna reunión": pushes a zero (scale) or a no (yes/no)
 * bound to the label at token k and returns the index after the label. Does nothing when
 * there is no label or the label has a value of its own: in "cravings no meeting yes" the
 * "no" answers cravings, it is not "no meeting".
 */
function bindPrefix(r: Reading, k: number): number | undefined {
  const label = matchLabel(r.labels, r.tokens, k);
  if (!label || startsValue(r, k + label.length)) return undefined;
  const { qid, qtype } = label.entry;
  if (qtype === "yesno") r.items.push({ kind: "no", zeroOk: true, chunk: r.chunk, boundTo: qid });
  else if (qtype === "scale") r.items.push({ kind: "zero", chunk: r.chunk, boundTo: qid });
  else return undefined;
  return k + label.length;
}

/** Pushes `item` and returns `end`. */
function pushItem(r: Reading, item: Item, end: number): number {
  r.items.push(item);
  return end;
}

/** Reads the phrase of category `category` spanning tokens [i, end); returns the next index. */
function readPhrase(r: Reading, category: PhraseCategory, word: string, end: number): number {
  const chunk = r.chunk;
  switch (category) {
    case "yes":
      return pushItem(r, { kind: "yes", chunk }, end);
    case "bareYes":
      if (standsAlone(r, end, word === "y")) return pushItem(r, { kind: "yes", chunk }, end);
      // Spanish "y" between two answers is "and": "ánimo 6 y antojos 1".
      if (word === "y" && r.lang === "es") r.chunk++;
      return end;
    case "no":
      return bindPrefix(r, end) ?? pushItem(r, { kind: "no", zeroOk: true, chunk }, end);
    case "noSoft":
      return pushItem(r, { kind: "no", zeroOk: false, chunk }, end);
    case "bareNo": {
      const bound = word === "no" ? bindPrefix(r, end) : undefined;
      if (bound !== undefined) return bound;
      return standsAlone(r, end, word === "n") ? pushItem(r, { kind: "no", zeroOk: true, chunk }, end) : end;
    }
    case "negator":
      return readNegator(r, end);
    case "went":
      return readWent(r, end);
    case "ambiguous":
    case "ambiguousYesNo":
      return pushItem(r, { kind: "ambiguous", yesNoOnly: category === "ambiguousYesNo", chunk }, end);
    case "zero":
      return (ZERO_DETERMINERS.has(word) ? bindPrefix(r, end) : undefined) ?? pushItem(r, { kind: "zero", chunk }, end);
    case "without":
      return bindPrefix(r, end) ?? end;
    case "sep":
      r.chunk++;
      return end;
    case "ignore":
      return end;
  }
}

/**
 * Extracts the items of a tokenised reply. Linear in the number of tokens: each step
 * consumes at least one token and look-ahead is bounded by the longest phrase.
 */
export function extractItems(tokens: readonly Token[], opts: ExtractOptions): Item[] {
  const r: Reading = { tokens, labels: opts.labels, lang: opts.lang, denominators: opts.denominators, items: [], chunk: 0 };
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok === undefined) break;
    if (tok.t === "sep") {
      r.chunk++;
      i++;
      continue;
    }
    const num = readSignedNumber(r, i);
    if (num) {
      i = readNumber(r, num);
      continue;
    }
    if (tok.t !== "word") {
      i++;
      continue;
    }
    const phrase = matchPhrase(r, i);
    const label = matchLabel(r.labels, tokens, i);
    // A label wins only when longer: answer words matter more than a label that happens to
    // share them.
    if (label && (!phrase || label.length > phrase.length)) {
      // Whatever follows a note's label is the note itself: free text, no answers in it.
      if (label.entry.qtype === "text") break;
      r.items.push({ kind: "label", qid: label.entry.qid, qtype: label.entry.qtype, chunk: r.chunk });
      i += label.length;
      continue;
    }
    i = phrase ? readPhrase(r, phrase.category, tok.w, i + phrase.length) : i + 1;
  }
  return r.items;
}
