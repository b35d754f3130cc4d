/**
 * Every risk rule, in the order assessRisk runs them, and the prefilter built over them and
 * the screening cues. One scan of a text's literals tells which rules can match it at all;
 * the others are never run, which keeps a text at a few microseconds.
 */
import { CRAVING_RULES } from "./craving-rules.ts";
import { ABSENCE_RULES } from "./crisis-absence.ts";
import { ATTEMPT_RULES, INTENT_RULES, PLAN_RULES, PREPARATORY_RULES } from "./crisis-acts.ts";
import { ASSAULT_RULES } from "./crisis-assault.ts";
import { ABUSE_FORM_RULES } from "./crisis-abuse-forms.ts";
import { CONTROL_RULES } from "./crisis-control.ts";
import { ABUSE_RULES, MEDICAL_RULES } from "./crisis-emergency.ts";
import { FAREWELL_RULES } from "./crisis-farewell.ts";
import { HARM_TO_OTHERS_RULES, SELF_HARM_RULES } from "./crisis-harm.ts";
import { HARM_INTENT_RULES } from "./crisis-harm-intent.ts";
import { IDEATION_RULES } from "./crisis-ideation.ts";
import { SIGN_RULES } from "./crisis-medical.ts";
import { MEANS_ACT_RULES } from "./crisis-means-acts.ts";
import { SELF_INJURY_FORMS, SELF_INJURY_RULES } from "./crisis-self-injury.ts";
import { SELF_INJURY_TOOL_RULES } from "./crisis-self-injury-tools.ts";
import { OVERDOSE_RULES } from "./crisis-overdose.ts";
import { OVERDOSE_SIGN_RULES } from "./crisis-overdose-signs.ts";
import { PASSIVE_WISH_RULES } from "./crisis-passive-wish.ts";
import { PLAN_TOLD_RULES } from "./crisis-plans-told.ts";
import { REVENGE_RULES } from "./crisis-revenge.ts";
import { VIOLENT_ACT_RULES } from "./crisis-violent-acts.ts";
import { DISTRESS_RULES } from "./distress-rules.ts";
import { buildRegexPrefilter } from "./regex-prefilter.ts";
import { SCREEN_CUES } from "./screen-cues.ts";
import type { RiskRule } from "./types.ts";
import { USE_RULES_EN } from "./use-patterns-en.ts";
import { USE_RULES_ES } from "./use-patterns-es.ts";
import { USE_REFERENCE_RULES } from "./use-references.ts";

/** Rules whose reason makes a text `crisis`. */
export const CRISIS_RULES: readonly RiskRule[] = [
  ...IDEATION_RULES,
  ...PASSIVE_WISH_RULES,
  ...INTENT_RULES,
  ...PLAN_RULES,
  ...PREPARATORY_RULES,
  ...FAREWELL_RULES,
  ...ABSENCE_RULES,
  ...ATTEMPT_RULES,
  ...MEANS_ACT_RULES,
  ...PLAN_TOLD_RULES,
  ...SELF_HARM_RULES,
  ...SELF_INJURY_RULES,
  ...SELF_INJURY_FORMS,
  ...SELF_INJURY_TOOL_RULES,
  ...OVERDOSE_RULES,
  ...OVERDOSE_SIGN_RULES,
  ...HARM_TO_OTHERS_RULES,
  ...HARM_INTENT_RULES,
  ...VIOLENT_ACT_RULES,
  ...REVENGE_RULES,
  ...MEDICAL_RULES,
  ...SIGN_RULES,
  ...ABUSE_RULES,
  ...CONTROL_RULES,
  ...ABUSE_FORM_RULES,
  ...ASSAULT_RULES,
];

/** Rules of the urgent tier: distress (negated like crisis phrases), substance use and cravings (negated like use). */
export { DISTRESS_RULES };
export const USE_RULES: readonly RiskRule[] = [...USE_RULES_EN, ...USE_RULES_ES, ...USE_REFERENCE_RULES, ...CRAVING_RULES];

/** Every rule, crisis first. */
export const RISK_RULES: readonly RiskRule[] = [...CRISIS_RULES, ...DISTRESS_RULES, ...USE_RULES];

// Entry i of the prefilter is RISK_RULES[i], then the screening cues follow.
const PREFILTERED: readonly RegExp[] = [...RISK_RULES.map((r) => r.re), ...SCREEN_CUES.map((c) => c.re)];
export const PREFILTER = buildRegexPrefilter(PREFILTERED);
/** Offsets of each list in the prefilter's flags. */
export const OFFSET = {
  crisis: 0,
  distress: CRISIS_RULES.length,
  use: CRISIS_RULES.length + DISTRESS_RULES.length,
  screen: RISK_RULES.length,
} as const;

// Matches are walked with exec and lastIndex, which only advances on a global regex.
for (const re of PREFILTERED) if (!re.global) throw new Error(`risk rule without the g flag: /${re.source}/`);
const ids = new Set<string>();
for (const r of [...RISK_RULES, ...SCREEN_CUES]) {
  if (ids.has(r.id)) throw new Error(`duplicate risk rule id: ${r.id}`);
  ids.add(r.id);
}
