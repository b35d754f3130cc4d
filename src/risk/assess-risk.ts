/**
 * assessRisk: pure, deterministic, language-independent risk triage of one inbound text.
 *
 *   crisis  - suicidal thoughts, self-harm, overdose/medical emergency, danger to others,
 *             abuse or any emergency;
 *   urgent  - reported substance use or a lapse;
 *   none    - everything else.
 *
 * English and Spanish rules both run on every text: participants switch languages mid-thread.
 * Asymmetry: a missed crisis is the worst error, so crisis wins over everything (a text can
 * be crisis + substance_use), negation cancels only the phrase it scopes (negation.ts), and
 * ambiguity is left to resolve as crisis.
 */
import type { RiskLevel } from "../domain/types.ts";
import { ABUSE_RULES, EMERGENCY_RULES, OVERDOSE_RULES } from "./crisis-emergency.ts";
import { HARM_TO_OTHERS_RULES, SELF_HARM_RULES } from "./crisis-harm.ts";
import { SUICIDAL_RULES } from "./crisis-suicidal.ts";
import { isCrisisDenied, isHedged, isUseDenied } from "./negation.ts";
import { riskVariants } from "./normalize-text.ts";
import { buildRegexPrefilter } from "./regex-prefilter.ts";
import type { RiskAssessment, RiskReason, RiskRule } from "./types.ts";
import { USE_RULES_EN } from "./use-patterns-en.ts";
import { USE_RULES_ES } from "./use-patterns-es.ts";

export type { RiskAssessment, RiskReason } from "./types.ts";

const CRISIS_RULES: readonly RiskRule[] = [
  ...SUICIDAL_RULES,
  ...SELF_HARM_RULES,
  ...OVERDOSE_RULES,
  ...HARM_TO_OTHERS_RULES,
  ...EMERGENCY_RULES,
  ...ABUSE_RULES,
];
const USE_RULES: readonly RiskRule[] = [...USE_RULES_EN, ...USE_RULES_ES];

// One scan of a text tells which rules can possibly match it; the others are not run. Rule
// i of CRISIS_RULES is entry i of the candidate flags, rule j of USE_RULES is entry
// CRISIS_RULES.length + j.
const PREFILTERED: readonly RegExp[] = [...CRISIS_RULES, ...USE_RULES].map((r) => r.re);
const PREFILTER = buildRegexPrefilter(PREFILTERED);
// evaluate() walks matches with exec and lastIndex, which only advances on a global regex.
for (const re of PREFILTERED) if (!re.global) throw new Error(`risk rule without the g flag: /${re.source}/`);

type Outcome = "fired" | "denied" | "absent";

/** "fired" if `rule` has a match in `text` that negation does not cancel; "denied" if all matches were negated. */
function evaluate(rule: RiskRule, text: string, isCrisis: boolean): Outcome {
  const re = rule.re;
  re.lastIndex = 0;
  let outcome: Outcome = "absent";
  try {
    for (let match = re.exec(text); match !== null; match = re.exec(text)) {
      // Step past an empty match, as matchAll would.
      if (match[0] === "") re.lastIndex++;
      const denied = isCrisis ? isCrisisDenied(text, match.index, match[0]) : isUseDenied(text, match.index);
      if (!denied) return "fired";
      outcome = "denied";
    }
    return outcome;
  } finally {
    re.lastIndex = 0;
  }
}

function collect(
  rules: readonly RiskRule[],
  offset: number,
  variants: readonly string[],
  candidates: readonly Uint8Array[],
  isCrisis: boolean,
  into: Set<RiskReason>,
): void {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as RiskRule;
    if (into.has(rule.reason)) continue; // one firing per reason is enough
    for (let v = 0; v < variants.length; v++) {
      // Skipped only when the rule needs a literal that this text does not contain (and is
      // still the regex the prefilter was built from).
      if (candidates[v]?.[offset + i] === 0 && rule.re === PREFILTERED[offset + i]) continue;
      const text = variants[v] as string;
      const outcome = evaluate(rule, text, isCrisis);
      // A denied crisis phrase that the text then takes back ("...but I think about it") counts.
      if (outcome === "fired" || (isCrisis && outcome === "denied" && isHedged(text))) {
        into.add(rule.reason);
        break;
      }
    }
  }
}

export function assessRisk(text: string): RiskAssessment {
  try {
    const variants = riskVariants(text).filter((v) => v.length > 0);
    if (variants.length === 0) return { level: "none", reasons: [], screen: false };
    const candidates = variants.map((v) => PREFILTER.candidates(v));
    const reasons = new Set<RiskReason>();
    collect(CRISIS_RULES, 0, variants, candidates, true, reasons);
    collect(USE_RULES, CRISIS_RULES.length, variants, candidates, false, reasons);
    const sorted = [...reasons].sort();
    const level: RiskLevel = sorted.some((r) => r !== "substance_use")
      ? "crisis"
      : sorted.length > 0
        ? "urgent"
        : "none";
    return { level, reasons: sorted, screen: false };
  } catch {
    // Defensive only: the rules are static and tested, and no input is known to reach this.
    // A triage function must never throw, and returning "none" could hide a crisis, so an
    // unexpected error fails safe: crisis, so a human reads the text.
    return { level: "crisis", reasons: ["emergency"], screen: false };
  }
}
