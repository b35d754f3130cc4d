import type { RiskExplanation } from "../risk/index.ts";
import { SCREEN_READER } from "../risk/screen-reader.ts";

/**
 * Prints why a text was or was not flagged (`steady assess --explain`): the normalized text,
 * the result, then one line per rule or screening cue that matched, with its category,
 * language and the matched span, and whether negation cancelled it; last, what the screen
 * reader made of it.
 */
export function printExplanation(e: RiskExplanation, print: (line: string) => void): void {
  print(`text:    ${JSON.stringify(e.normalized)}`);
  print(`result:  ${e.level}${e.reasons.length > 0 ? ` (${e.reasons.join(", ")})` : ""}${e.screen ? "; screening question" : ""}`);
  if (e.matches.length === 0) print("  no rule or screening cue matched");
  const width = Math.max(0, ...e.matches.map((m) => m.id.length));
  const catWidth = Math.max(0, ...e.matches.map((m) => m.category.length));
  for (const m of e.matches) {
    const kind = m.category === "screen" ? "cue " : "rule";
    const note = m.negated ? "  (cancelled: negation, topic or someone else)" : m.category === "screen" && e.level === "crisis" ? "  (not used: crisis)" : "";
    print(`  ${kind} ${m.id.padEnd(width)}  ${m.category.padEnd(catWidth)}  ${m.lang}  ${JSON.stringify(m.span)}${note}`);
  }
  const r = e.reader;
  const used = e.level === "crisis" ? "not used on a crisis" : r.screen ? "at or above: the screening question" : "below";
  print(`  reader: crisis probability ${r.probability.toFixed(2)}, threshold ${SCREEN_READER.threshold} (${used})${r.strongest.length > 0 ? `; strongest: ${r.strongest.map((f) => JSON.stringify(f)).join(" ")}` : ""}`);
}
