/**
 * The common first step of both interpreters: normalise, tokenise, extract items and bind
 * labels, for a given set of questions.
 */
import type { Lang, QuestionDef } from "../domain/types.ts";
import { bindLabels } from "./bind-labels.ts";
import { extractItems } from "./extract-items.ts";
import type { Item } from "./items.ts";
import { buildLabelTable } from "./label-table.ts";
import { replyTokens } from "./reply-tokens.ts";

/**
 * Reads the items of a reply against `questions` (earlier questions win shared labels).
 * Only the first MAX_SCAN_CHARS characters are looked at, so any input is cheap.
 */
export function readReply(text: string, questions: readonly QuestionDef[], lang: Lang): Item[] {
  const denominators = new Set<number>();
  denominators.add(10);
  const byId = new Map<string, QuestionDef>();
  for (const q of questions) {
    if (q.type === "scale" && Number.isInteger(q.max)) denominators.add(q.max);
    if (!byId.has(q.id)) byId.set(q.id, q);
  }
  const tokens = replyTokens(text);
  const items = extractItems(tokens, { lang, labels: buildLabelTable(questions), denominators });
  bindLabels(items, byId);
  return items;
}
