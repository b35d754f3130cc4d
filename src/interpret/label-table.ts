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
  return recentTable(questions) ?? memoTable(questions);
}

// Every reply is read against the same few question lists: each table is built once and
// kept under a key of what it depends on (ids, types, labels).
function memoTable(questions: readonly QuestionDef[]): LabelTable {
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
  if (tableMemo.size >= 256) {
    tableMemo.clear();
    recent.length = 0;
  }
  tableMemo.set(memoKey, table);
  return table;
}

const tableMemo = new Map<string, LabelTable>();

/** What the memo key of one question holds, when every part of it is a plain string. */
interface QuestionShape {
  id: string;
  type: string;
  labels: readonly string[];
}

/**
 * The shape of a question list, or undefined when some id, type or label is not a string
 * (then only the JSON key above can tell lists apart). `labels ?? []` as in the key.
 */
function shapeOf(questions: readonly QuestionDef[]): QuestionShape[] | undefined {
  const shapes: QuestionShape[] = [];
  for (const q of questions) {
    const labels: unknown = q.labels;
    if (typeof q.id !== "string" || typeof q.type !== "string") return undefined;
    if (labels === undefined) {
      shapes.push({ id: q.id, type: q.type, labels: [] });
      continue;
    }
    if (!Array.isArray(labels)) return undefined;
    const copy: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      const label: unknown = labels[i];
      if (typeof label !== "string") return undefined;
      copy.push(label);
    }
    shapes.push({ id: q.id, type: q.type, labels: copy });
  }
  return shapes;
}

/** True when `questions` has exactly `shapes` (so its JSON key is the same string). */
function sameShape(questions: readonly QuestionDef[], shapes: readonly QuestionShape[]): boolean {
  if (questions.length !== shapes.length) return false;
  for (let i = 0; i < shapes.length; i++) {
    const q = questions[i] as QuestionDef;
    const shape = shapes[i] as QuestionShape;
    if (q.id !== shape.id || q.type !== shape.type) return false;
    const labels: unknown = q.labels;
    if (labels === undefined) {
      if (shape.labels.length !== 0) return false;
      continue;
    }
    if (!Array.isArray(labels) || labels.length !== shape.labels.length) return false;
    for (let k = 0; k < labels.length; k++) if (labels[k] !== shape.labels[k]) return false;
  }
  return true;
}

/**
 * The last few tables handed out, with the shape of their question lists. Comparing shapes
 * is much cheaper than building the JSON key, and equal shapes mean equal keys, so this
 * returns exactly what the memo would. Cleared together with the memo.
 */
const recent: { shapes: QuestionShape[]; table: LabelTable }[] = [];
const RECENT_TABLES = 8;

function recentTable(questions: readonly QuestionDef[]): LabelTable | undefined {
  for (const entry of recent) if (sameShape(questions, entry.shapes)) return entry.table;
  const shapes = shapeOf(questions);
  if (shapes === undefined) return undefined;
  const table = memoTable(questions);
  if (recent.length >= RECENT_TABLES) recent.shift();
  recent.push({ shapes, table });
  return table;
}

// A one-word label also matches its plural and possessive: "urges", "reuniones", "mood's"
// (normalised to "moods").
function wordMatches(labelWord: string, word: string, single: boolean): boolean {
  if (word === labelWord) return true;
  return single && (word === `${labelWord}s` || word === `${labelWord}es`);
}

function entryMatches(entry: LabelEntry, tokens: readonly Token[], i: number): boolean {
  const single = entry.words.length === 1;
  for (let k = 0; k < entry.words.length; k++) {
    const t = tokens[i + k];
    if (t?.t !== "word" || !wordMatches(entry.words[k] as string, t.w, single)) return false;
  }
  return true;
}

/** The longest label starting at token `i`, with the number of tokens it spans. */
export function matchLabel(table: LabelTable, tokens: readonly Token[], i: number): { entry: LabelEntry; length: number } | undefined {
  const tok = tokens[i];
  if (tok?.t !== "word") return undefined;
  const w = tok.w;
  const direct = table.get(w);
  // Plural forms are not keys of the table: also try the word without "s"/"es".
  const stemS = w.endsWith("s") ? table.get(w.slice(0, -1)) : undefined;
  const stemEs = w.endsWith("es") ? table.get(w.slice(0, -2)) : undefined;
  if (stemS === undefined && stemEs === undefined) {
    // Table lists are already longest first.
    if (direct) for (const entry of direct) if (entryMatches(entry, tokens, i)) return { entry, length: entry.words.length };
    return undefined;
  }
  const candidates = [...(direct ?? [])];
  for (const stem of [stemS, stemEs]) for (const e of stem ?? []) if (e.words.length === 1) candidates.push(e);
  candidates.sort((a, b) => b.words.length - a.words.length);
  for (const entry of candidates) if (entryMatches(entry, tokens, i)) return { entry, length: entry.words.length };
  return undefined;
}
