/**
 * Ties labelled values to their question: "mood 7", "7/10 mood", "cravings: none".
 */
import type { QuestionDef } from "../domain/types.ts";
import { type Item, type ValueItem, isValueItem } from "./items.ts";

/**
 * Whether a value can answer a question: numbers and zero words answer scales (a "no" or
 * "none" only a scale that starts at 0), yes and no answer yes/no questions. Text
 * questions take no values here.
 */
export function valueFits(q: QuestionDef, item: ValueItem): boolean {
  if (q.type === "scale") {
    if (item.kind === "num") return true;
    if (item.kind === "zero") return q.min <= 0;
    if (item.kind === "no") return item.zeroOk && q.min <= 0;
    return false;
  }
  if (q.type === "yesno") return item.kind === "yes" || item.kind === "no";
  return false;
}

/**
 * Binds each label to the nearest fitting value in its chunk, setting `boundTo` on the
 * value (items are mutated; they belong to one interpretation). A label never reaches past
 * another label or out of its comma-separated chunk.
 *
 * Replies put labels either before their values ("mood 7 cravings 2") or after them
 * ("7 mood 2 cravings", "7/10 mood"). The first label-and-value pair of the reply decides
 * which way is tried first; the other way is the fallback ("7/10 mood, craving: 2").
 */
export function bindLabels(items: Item[], questions: ReadonlyMap<string, QuestionDef>): void {
  const open = items.filter((it) => it.kind === "label" || (isValueItem(it) && it.boundTo === undefined));
  const [first, second] = open;
  const backward = first !== undefined && second !== undefined && first.kind !== "label" && second.kind === "label" && first.chunk === second.chunk;
  const preferred = backward ? -1 : 1;

  items.forEach((label, at) => {
    if (label.kind !== "label") return;
    const q = questions.get(label.qid);
    if (!q) return;
    if (!bindInDirection(items, at, q, preferred)) bindInDirection(items, at, q, -preferred);
  });
}

/** Binds the label at `at` to the first fitting value found stepping by `step`; false when none. */
function bindInDirection(items: Item[], at: number, q: QuestionDef, step: number): boolean {
  const label = items[at];
  if (label?.kind !== "label") return false;
  for (let j = at + step; j >= 0 && j < items.length; j += step) {
    const it = items[j];
    if (it === undefined || it.chunk !== label.chunk || it.kind === "label") return false;
    if (isValueItem(it) && it.boundTo === undefined && valueFits(q, it)) {
      it.boundTo = label.qid;
      return true;
    }
  }
  return false;
}
