import type { RiskExplanation } from "../risk/index.ts";

/**
 * Prints why a text was or was not flagged (`steady assess --explain`): the normalized text,
 * the result, then one line per rule or screening cue that matched, with its category,
 * language and the matched span, and whether negation cancelled it.
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
}
