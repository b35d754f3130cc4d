/**
 * Question labels ("mood", "antojos", "AA") prepared for matching against reply tokens.
 */
import type { QuestionDef } from "../domain/types.ts";
import { defaultLabels } from "./default-questions.ts";
import { canonicalWord, normalizeForMatch } from "./normalize.ts";
import type { Token } from "./tokenize.ts";

/** One label of one question, as normalised words. */
export interface LabelEntry {
  words: readonly string[];
  qid: string;
  qtype: QuestionDef["type"];
}

/** Labels by first word, longest first; build with {@link buildLabelTable}. */
export type LabelTable = ReadonlyMap<string, readonly LabelEntry[]>;

/**
 * Every word that labels a question: its own labels, the default labels of a standard id
 * (so a program that lists only "mood" still understands "ánimo") and the id itself when it
 * is a plain word.
 */
export function labelsFor(q: QuestionDef): string[] {
  const own = Array.isArray(q.labels) ? q.labels.filter((l): l is string => typeof l === "string") : [];
  const id = typeof q.id === "string" && /^\p{L}+$/u.test(q.id) ? [q.id] : [];
  return [...own, ...defaultLabels(q.id), ...id];
}

function labelWords(label: string): string[] {
  return normalizeForMatch(label)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(canonicalWord);
}

/**
 * Builds the label table for a list of questions. When two questions share a label the
 * earlier question keeps it, so callers list the question that should win first.
 */
export function buildLabelTable(questions: readonly QuestionDef[]): LabelTable {
  // Every reply is read against the same few question lists: build each table once.
  const memoKey = JSON.stringify(questions.map((q) => [q.id, q.type, q.labels ?? []]));
  const cached = tableMemo.get(memoKey);
  if (cached) return cached;
  const table = new Map<string, LabelEntry[]>();
  const claimed = new Set<string>();
  for (const q of questions) {
    for (const label of labelsFor(q)) {
      const words = labelWords(label);
      const key = words.join(" ");
      const first = words[0];
      if (first === undefined || claimed.has(key)) continue;
      claimed.add(key);
      const list = table.get(first) ?? [];
      list.push({ words, qid: q.id, qtype: q.type });
      table.set(first, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  if (tableMemo.size >= 256) tableMemo.clear();
  tableMemo.set(memoKey, table);
  return table;
}

const tableMemo = new Map<string, LabelTable>();

// A one-word label also matches its plural and possessive: "urges", "reuniones", "mood's"
// (normalised to "moods").
function wordMatches(labelWord: string, word: string, single: boolean): boolean {
  if (word === labelWord) return true;
  return single && (word === `${labelWord}s` || word === `${labelWord}es`);
}

/** The longest label starting at token `i`, with the number of tokens it spans. */
export function matchLabel(table: LabelTable, tokens: readonly Token[], i: number): { entry: LabelEntry; length: number } | undefined {
  const tok = tokens[i];
  if (tok?.t !== "word") return undefined;
  const candidates = [...(table.get(tok.w) ?? [])];
  // Plural forms are not keys of the table: also try the word without "s"/"es".
  for (const stem of [tok.w.replace(/s$/, ""), tok.w.replace(/es$/, "")]) {
    if (stem !== tok.w) for (const e of table.get(stem) ?? []) if (e.words.length === 1) candidates.push(e);
  }
  candidates.sort((a, b) => b.words.length - a.words.length);
  for (const entry of candidates) {
    const single = entry.words.length === 1;
    const ok = entry.words.every((lw, k) => {
      const t = tokens[i + k];
      return t?.t === "word" && wordMatches(lw, t.w, single);
    });
    if (ok) return { entry, length: entry.words.length };
  }
  return undefined;
}

