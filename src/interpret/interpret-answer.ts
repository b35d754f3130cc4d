/**
 * Interprets a participant's reply to one check-in question.
 */
import type { AnswerValue, Lang, QuestionDef, ScaleQuestion } from "../domain/types.ts";
import { DEFAULT_QUESTIONS } from "./default-questions.ts";
import { type Item, type ValueItem, isValueItem } from "./items.ts";
import { MAX_TEXT_ANSWER_CHARS } from "./normalize.ts";
import { readReply } from "./read-reply.ts";
import { isSkipReply } from "./skip-reply.ts";

/** Why a reply could not be used as an answer. */
export type InvalidReason = "ambiguous" | "out_of_range" | "not_understood" | "empty";

/** The meaning of a reply to one question. */
export type Interpretation =
  | { kind: "value"; value: AnswerValue }
  /** "skip", "pass", "saltar", "paso" for any question; also "no", "nada"... for text ones. */
  | { kind: "skip" }
  | { kind: "invalid"; reason: InvalidReason };

const invalid = (reason: InvalidReason): Interpretation => ({ kind: "invalid", reason });

// C0/C1 controls other than tab and newline, and invisible zero-width spaces: binary junk
// must not reach the counselor's view. (The zero-width joiner stays: emoji sequences use it.)
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2060\ufeff]/g;

function interpretText(text: string): Interpretation {
  // Cap before cleaning so a 100 KB paste costs no more than a short note.
  const head = text.length > MAX_TEXT_ANSWER_CHARS * 4 ? text.slice(0, MAX_TEXT_ANSWER_CHARS * 4) : text;
  const cleaned = head.replace(CONTROL_CHARS, "").trim();
  if (cleaned === "") return invalid("empty");
  if (isSkipReply(cleaned, true)) return { kind: "skip" };
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const chars = Array.from(cleaned);
  return { kind: "value", value: chars.length > MAX_TEXT_ANSWER_CHARS ? chars.slice(0, MAX_TEXT_ANSWER_CHARS).join("").trimEnd() : cleaned };
}

/**
 * The values that may answer `q`: those a label tied to it, or else those tied to nothing.
 * Values labelled for another question ("craving 3" sent to the mood question) never count.
 */
function candidates(items: readonly Item[], q: QuestionDef): ValueItem[] {
  const values = items.filter(isValueItem);
  const own = values.filter((v) => v.boundTo === q.id);
  return own.length > 0 ? own : values.filter((v) => v.boundTo === undefined);
}

function scaleNumber(q: ScaleQuestion, v: ValueItem): number | undefined {
  if (v.kind === "num") return v.value;
  // "none", "nada", "no" mean 0 only on a scale that has a 0 (cravings, not mood).
  if (v.kind === "zero") return q.min <= 0 ? 0 : undefined;
  if (v.kind === "no") return v.zeroOk && q.min <= 0 ? 0 : undefined;
  return undefined;
}

function interpretScale(q: ScaleQuestion, items: readonly Item[]): Interpretation {
  if (items.some((it) => it.kind === "ambiguous" && !it.yesNoOnly)) return invalid("ambiguous");
  const numbers = new Set<number>();
  for (const v of candidates(items, q)) {
    const n = scaleNumber(q, v);
    if (n !== undefined) numbers.add(n);
  }
  // Two different numbers ("7 8", "4 this morning, 7 now") are never guessed between.
  if (numbers.size > 1) return invalid("ambiguous");
  const [value] = numbers;
  if (value === undefined) return invalid("not_understood");
  if (!Number.isInteger(value) || value < q.min || value > q.max) return invalid("out_of_range");
  return { kind: "value", value };
}

function interpretYesNo(q: QuestionDef, items: readonly Item[]): Interpretation {
  if (items.some((it) => it.kind === "ambiguous")) return invalid("ambiguous");
  const answers = new Set<boolean>();
  for (const v of candidates(items, q)) {
    if (v.kind === "yes") answers.add(true);
    else if (v.kind === "no") answers.add(false);
  }
  // "no, I did go": a no and a yes together is not an answer we can record.
  if (answers.size > 1) return invalid("ambiguous");
  const [value] = answers;
  return value === undefined ? invalid("not_understood") : { kind: "value", value };
}

function interpret(question: QuestionDef, text: string, lang: Lang): Interpretation {
  if (!/\S/.test(text)) return invalid("empty");
  if (question.type === "text") return interpretText(text);
  if (isSkipReply(text, false)) return { kind: "skip" };
  // The labels of the other standard questions are read too, so that an answer labelled
  // for another question ("cravings 3", "no cravings") is not taken for this one.
  const others = DEFAULT_QUESTIONS.filter((d) => d.id !== question.id);
  const items = readReply(text, [question, ...others], lang);
  return question.type === "scale" ? interpretScale(question, items) : interpretYesNo(question, items);
}

/**
 * Interprets `text` as the answer to `question`.
 *
 * - scale: a whole number in [min, max], as digits or a word in English or Spanish, possibly
 *   wrapped in words ("like a 6", "mood: 9", "6/10", "estoy en un 5"); on a 0-based scale
 *   "none", "no", "nada", "sin antojos" mean 0. Ranges, decimals, two different numbers and
 *   hedges ("maybe", "no sé") are `ambiguous`, never guessed.
 * - yesno: yes/no words and attendance phrases ("went to AA", "no fui", "missed it").
 * - text: the trimmed reply, at most 1000 characters; "no", "nothing", "nada" skip it.
 *
 * "skip", "pass", "saltar" or "paso" skip any question. Pure; never throws, whatever the
 * input, and only looks at the first 500 characters of a scale or yes/no reply.
 */
export function interpretAnswer(question: QuestionDef, text: string, lang: Lang): Interpretation {
  try {
    return interpret(question, typeof text === "string" ? text : "", lang === "es" ? "es" : "en");
  } catch {
    // Interpretation has no failure mode the participant could act on; a bug here must not
    // break the conversation, and "not understood" re-asks the question.
    return invalid("not_understood");
  }
}
