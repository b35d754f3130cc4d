/**
 * assessRisk: pure, deterministic, language-independent risk triage of one inbound text.
 *
 *   crisis  - a Columbia-scale ideation or behaviour category (suicidal_ideation,
 *             suicidal_intent, suicidal_plan, preparatory_act, suicide_attempt), self_harm,
 *             overdose, overdose_other_person, harm_to_others, abuse, medical_emergency;
 *   urgent  - substance_use (a lapse), or distress: pleas for help and statements of not
 *             coping with no crisis rule;
 *   none    - everything else.
 * `screen` is set on a text below crisis that carries distress or means/death cues
 * (screen-cues.ts), or that the statistical screen reader (screen-reader.ts) reads as a
 * likely crisis the rules missed: the bot then asks the direct screening question. The reader
 * only ever adds the question; levels and reasons come from the rules alone.
 *
 * English and Spanish rules both run on every text: participants switch languages mid-thread.
 * Asymmetry: a missed crisis is the worst error, so crisis wins over everything (a text can
 * be crisis + substance_use), negation cancels only the phrase it scopes (negation.ts), and
 * ambiguity resolves to crisis or to the screen, never to none.
 *
 * HELP and the ambiguous middle, decided by that rule:
 *   - "HELP", "AYUDA", "INFO" alone: none. They are the carrier's info keyword, which the
 *     keyword handler answers with the info reply (that reply names 988); turning every such
 *     request into an alert would teach counselors to ignore the alert.
 *   - "help me", "please help", "I need help", "ayúdame", "ayuda por favor", "necesito
 *     ayuda": urgent, distress, screen. Most are pleas; the screening question sorts them at
 *     once (anything but a clear no takes the crisis path) and a person sees the text.
 *     "help me with the app" / "ayúdame con el horario" name a task and stay none.
 *   - A call for help now, to anyone ("someone help", "help me now", "auxilio", "socorro",
 *     "necesito ayuda ya"): crisis, medical_emergency (911 first).
 */
import type { RiskLevel } from "../domain/types.ts";
import { isCrisisDenied, isHedged, isUseDenied } from "./negation.ts";
import { isLaughingThreat, isLaughingWish } from "./joke-frame.ts";
import { isProgramLife } from "./program-life.ts";
import { riskVariants } from "./normalize-text.ts";
import { isRecoveryHistory, isRecoveryStory, isRetoldAttempt } from "./recovery-history.ts";
import { CRISIS_RULES, DISTRESS_RULES, OFFSET, PREFILTER, USE_RULES } from "./risk-rules.ts";
import { SCREEN_CUES, type ScreenCue } from "./screen-cues.ts";
import { readScreen, strongestWords, type ScreenReading } from "./screen-reader.ts";
import { isCrisisReason, type RiskAssessment, type RiskReason, type RiskRule, type RuleLang } from "./types.ts";

export type { RiskAssessment, RiskReason } from "./types.ts";

/** One match of a rule or screening cue, as explainRisk reports it. */
export interface RiskMatch {
  /** Rule or cue id ("act-intent", "screen-means"). */
  id: string;
  /** The rule's category, or "screen" for a screening cue. */
  category: RiskReason | "screen";
  lang: RuleLang;
  /** The matched text, in normalized form (see normalize-text.ts). */
  span: string;
  /** Which normalized variant it was found in: 0 is the text as normalized. */
  variant: number;
  /** True when negation cancelled this match ("I'm not suicidal"), program-life words near a rule marked unlessProgramLife, a recovery-history frame (unlessHistory), a recovery story (unlessStory, and any crisis word inside a past attempt it retells), a laughing threat against someone close (unlessJoke), or a wish to die laughed off about a small mishap (unlessLaughingWish). */
  negated: boolean;
}

/** assessRisk's answer together with every match that led to it. */
export interface RiskExplanation extends RiskAssessment {
  normalized: string;
  matches: RiskMatch[];
  /**
   * The screen reader's reading of the text and the words that weighed most in it. It is used
   * only below crisis, when no rule or cue asked the question and no crisis phrase was negated.
   */
  reader: ScreenReading & { strongest: string[] };
}

type Kind = "crisis" | "distress" | "use" | "screen";
type Matcher = Pick<RiskRule, "id" | "lang" | "re" | "unlessProgramLife" | "unlessHistory" | "unlessStory" | "unlessJoke" | "unlessLaughingWish"> & { reason?: RiskReason };

type Outcome = "fired" | "denied" | "absent";

/** Whether `negated` applies to a match of a rule of `kind` at `index`. */
function isNegated(kind: Kind, text: string, index: number, matched: string): boolean {
  return kind === "use" ? isUseDenied(text, index, matched) : isCrisisDenied(text, index, matched);
}

/**
 * "fired" if `m` has a match in `text` that negation does not cancel; "denied" if all matches
 * were negated. With `record` (explainRisk), every match is recorded instead of stopping at
 * the first that fires.
 */
function evaluate(m: Matcher, text: string, kind: Kind, record?: { variant: number; into: RiskMatch[] }): Outcome {
  const re = m.re;
  re.lastIndex = 0;
  let outcome: Outcome = "absent";
  try {
    for (let match = re.exec(text); match !== null; match = re.exec(text)) {
      // Step past an empty match, as matchAll would.
      if (match[0] === "") re.lastIndex++;
      const negated =
        isNegated(kind, text, match.index, match[0]) ||
        (m.unlessProgramLife === true && isProgramLife(text, match.index, match[0])) ||
        (m.unlessHistory === true && isRecoveryHistory(text)) ||
        (m.unlessStory === true && isRecoveryStory(text)) ||
        (m.unlessJoke === true && isLaughingThreat(text, match[0])) ||
        (m.unlessLaughingWish === true && isLaughingWish(text, match.index, match[0])) ||
        (kind !== "use" && isRetoldAttempt(text, match.index, match[0])) ||
        // A recovery story with nothing of now is neither a lapse nor needs the screening question.
        ((kind === "screen" || kind === "use") && isRecoveryStory(text));
      if (record) record.into.push({ id: m.id, category: m.reason ?? "screen", lang: m.lang, span: match[0], variant: record.variant, negated });
      if (!negated) {
        if (!record) return "fired";
        outcome = "fired";
      } else if (outcome === "absent") outcome = "denied";
    }
    return outcome;
  } finally {
    re.lastIndex = 0;
  }
}

interface Scan {
  variants: string[];
  candidates: Uint8Array[];
}

/**
 * Runs `list` over every variant, skipping rules the prefilter rules out, and adds the reason
 * (or cue id) of each rule that fires to `fired`. With `into` set, records every match
 * (explain) instead of stopping at the first firing per reason.
 */
function run(list: readonly Matcher[], offset: number, kind: Kind, scan: Scan, fired: Set<string>, into?: RiskMatch[], denied?: Set<string>): void {
  const { variants, candidates } = scan;
  for (let i = 0; i < list.length; i++) {
    // Most rules are ruled out by the prefilter: check that first, it is the cheapest test.
    let candidate = false;
    for (let v = 0; v < candidates.length && !candidate; v++) candidate = (candidates[v] as Uint8Array)[offset + i] === 1;
    if (!candidate) continue;
    const m = list[i] as Matcher;
    const key = m.reason ?? m.id;
    if (!into && fired.has(key)) continue; // one firing per reason is enough
    for (let v = 0; v < variants.length; v++) {
      if ((candidates[v] as Uint8Array)[offset + i] === 0) continue;
      const text = variants[v] as string;
      const outcome = evaluate(m, text, kind, into && { variant: v, into });
      // A denied crisis phrase that the text then takes back ("...but I think about it") counts.
      if (outcome === "fired" || (kind === "crisis" && outcome === "denied" && isHedged(text))) {
        fired.add(key);
        if (!into) break;
      } else if (outcome === "denied") denied?.add(key);
    }
  }
}

type Assessed = RiskAssessment & { normalized: string; reader?: ScreenReading };

function assess(text: unknown, into?: RiskMatch[]): Assessed {
  const variants = riskVariants(text).filter((v) => v.length > 0);
  if (variants.length === 0) return { level: "none", reasons: [], screen: false, normalized: "" };
  const scan: Scan = { variants, candidates: variants.map((v) => PREFILTER.candidates(v)) };
  const reasons = new Set<string>();
  const denied = new Set<string>();
  run(CRISIS_RULES, OFFSET.crisis, "crisis", scan, reasons, into, denied);
  run(USE_RULES, OFFSET.use, "use", scan, reasons, into);
  const crisis = [...reasons].some((r) => isCrisisReason(r as RiskReason));
  // Distress counts only below crisis; the screen is asked only below crisis.
  if (!crisis || into) run(DISTRESS_RULES, OFFSET.distress, "distress", scan, reasons, into);
  const cues = new Set<string>();
  if (!crisis || into) run(SCREEN_CUES as readonly ScreenCue[], OFFSET.screen, "screen", scan, cues, into);
  if (crisis) reasons.delete("distress");
  const sorted = [...reasons].sort() as RiskReason[];
  const level: RiskLevel = crisis ? "crisis" : sorted.length > 0 ? "urgent" : "none";
  const normalized = variants[0] as string;
  const ruled = !crisis && (reasons.has("distress") || cues.size > 0);
  // The reader reads what the rules did not: not a text flagged for the question already, nor
  // one whose crisis phrase a rule found and negation cancelled ("im not going to hurt myself"),
  // which the reader, blind to negation, would read as the phrase. explainRisk always reads it.
  const unread = !crisis && !ruled && denied.size === 0;
  const reader = unread || into ? readScreen(normalized) : undefined;
  const screen = ruled || (unread && reader?.screen === true);
  return { level, reasons: sorted, screen, normalized, reader };
}

export function assessRisk(text: string): RiskAssessment {
  try {
    const { level, reasons, screen } = assess(text);
    return { level, reasons, screen };
  } catch {
    // Defensive only: the rules are static and tested, and no input is known to reach this.
    // A triage function must never throw, and returning "none" could hide a crisis, so an
    // unexpected error fails safe: crisis (the 988 reply and a page), so a human reads the text.
    return { level: "crisis", reasons: ["suicidal_ideation"], screen: false };
  }
}

/**
 * assessRisk with its reasons shown: every rule and screening cue that matched, with its
 * category, language and the matched span of the normalized text, including matches that
 * negation cancelled. Slower than assessRisk (nothing is skipped once found); for review.
 */
export function explainRisk(text: string): RiskExplanation {
  const matches: RiskMatch[] = [];
  const { level, reasons, screen, normalized, reader } = assess(text, matches);
  return { level, reasons, screen, normalized, matches, reader: { ...(reader ?? readScreen(normalized)), strongest: strongestWords(normalized) } };
}
