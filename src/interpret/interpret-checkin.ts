/**
 * Interprets an all-in-one check-in reply: "mood 7 cravings 2 yes", "7, 2, y",
 * "ánimo 6 antojos 1 sí".
 */
import type { AnswerValue, Lang, QuestionDef } from "../domain/types.ts";
import { type ValueItem, isValueItem } from "./items.ts";
import { readReply } from "./read-reply.ts";

/** The value a labelled item gives its question, or undefined when it cannot answer it. */
function boundValue(q: QuestionDef, v: ValueItem): AnswerValue | undefined {
  if (q.type === "scale") {
    if (v.kind === "num") return v.value;
    if (v.kind === "zero" || (v.kind === "no" && v.zeroOk)) return 0;
    return undefined;
  }
  if (q.type === "yesno") {
    if (v.kind === "yes") return true;
    if (v.kind === "no") return false;
  }
  return undefined;
}

const inRange = (q: QuestionDef, value: AnswerValue): boolean =>
  q.type !== "scale" || (typeof value === "number" && Number.isInteger(value) && value >= q.min && value <= q.max);

/**
 * Records `value` for `q`. Any disagreement (the same question answered twice differently, a
 * value that does not fit) makes the whole reply unusable: false, and the caller then asks
 * one question at a time.
 */
function setAnswer(result: Map<string, AnswerValue>, q: QuestionDef, value: AnswerValue | undefined): boolean {
  if (value === undefined || !inRange(q, value)) return false;
  const before = result.get(q.id);
  if (before !== undefined && before !== value) return false;
  result.set(q.id, value);
  return true;
}

function interpret(text: string, questions: readonly QuestionDef[], lang: Lang): Record<string, AnswerValue> | null {
  const asked = questions.filter((q) => q.type !== "text");
  if (asked.length < 2 || !/\S/.test(text)) return null;
  const items = readReply(text, questions, lang);
  if (items.some((it) => it.kind === "ambiguous")) return null;

  const byId = new Map<string, QuestionDef>();
  for (const q of asked) byId.set(q.id, q);
  const result = new Map<string, AnswerValue>();

  const values = items.filter(isValueItem);
  for (const v of values) {
    if (v.boundTo === undefined) continue;
    const q = byId.get(v.boundTo);
    if (q && !setAnswer(result, q, boundValue(q, v))) return null;
  }

  const free = values.filter((v) => v.boundTo === undefined);
  const openScales = asked.filter((q) => q.type === "scale" && !result.has(q.id));
  const yesNo = asked.find((q) => q.type === "yesno" && !result.has(q.id)) ?? asked.find((q) => q.type === "yesno");
  const yesNoSlots = yesNo && !result.has(yesNo.id) ? 1 : 0;

  // Bare yes/no words answer the first yes/no question. When there are more of them than
  // that, an earlier plain "no" is a 0 for a scale: "7, no, no" is mood 7, craving 0,
  // meeting no. The last ones are kept for the yes/no question.
  const yesNoWords = free.filter((v) => v.kind === "yes" || v.kind === "no");
  const asZero = new Set<ValueItem>();
  for (const v of yesNoWords.slice(0, Math.max(0, yesNoWords.length - yesNoSlots))) {
    if (v.kind === "no" && v.zeroOk) asZero.add(v);
  }
  const answers = new Set<boolean>();
  for (const v of yesNoWords) if (!asZero.has(v)) answers.add(v.kind === "yes");
  if (answers.size > 1) return null;
  const [answer] = answers;
  if (answer !== undefined && (!yesNo || !setAnswer(result, yesNo, answer))) return null;

  // Unlabelled numbers fill the scales not yet answered, in question order.
  const numbers = free.filter((v) => v.kind === "num" || v.kind === "zero" || asZero.has(v));
  if (numbers.length > openScales.length) return null;
  for (let k = 0; k < numbers.length; k++) {
    const v = numbers[k] as ValueItem;
    const q = openScales[k];
    if (!q || !setAnswer(result, q, v.kind === "num" ? v.value : 0)) return null;
  }

  if (result.size < 2) return null;
  // Keys in question order, whatever order the reply used.
  const ordered: [string, AnswerValue][] = [];
  for (const q of asked) {
    const value = result.get(q.id);
    if (value !== undefined) ordered.push([q.id, value]);
  }
  // fromEntries, not assignment, so an id like "__proto__" stays an ordinary key.
  return Object.fromEntries(ordered);
}

/**
 * Interprets an all-in-one reply to the whole check-in. Values tied to a label ("mood 7",
 * "no cravings", "went to AA") answer their question; unlabelled numbers fill the remaining
 * scale questions in order and an unlabelled yes/no answers the first yes/no question.
 * Text questions do not take part (whatever follows a note label is ignored).
 *
 * Returns the answers understood, or null when fewer than two questions are answered or
 * when anything is ambiguous, contradictory or out of range; the caller then interprets
 * the reply as an answer to the current question only. Pure; never throws.
 */
export function interpretCheckin(text: string, questions: QuestionDef[], lang: Lang): Record<string, AnswerValue> | null {
  try {
    if (typeof text !== "string" || !Array.isArray(questions)) return null;
    return interpret(text, questions, lang === "es" ? "es" : "en");
  } catch {
    // A bug must not break the conversation; null falls back to one question at a time.
    return null;
  }
}
