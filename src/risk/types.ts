import type { RiskLevel } from "../domain/types.ts";

/**
 * Crisis categories, after the Columbia scale's ideation and behaviour items plus the
 * emergencies an outpatient program meets. Any one of them makes the level `crisis`.
 */
export type CrisisReason =
  | "suicidal_ideation"
  | "suicidal_intent"
  | "suicidal_plan"
  | "preparatory_act"
  | "suicide_attempt"
  | "self_harm"
  | "overdose"
  | "overdose_other_person"
  | "harm_to_others"
  | "abuse"
  | "medical_emergency";

/**
 * Urgent categories: a person should see the text soon, but not page the on-call ladder.
 * `craving_high` is the reason a high craving number raises too; in words it is a craving at
 * its worst or a high-risk moment (craving-rules.ts).
 */
export type UrgentReason = "substance_use" | "distress" | "craving_high";

/** Why a text was flagged: the category of the rule that matched. */
export type RiskReason = CrisisReason | UrgentReason;

/** The language a rule is written for. Both languages run on every text. */
export type RuleLang = "en" | "es";

export const CRISIS_REASONS: readonly CrisisReason[] = [
  "suicidal_ideation",
  "suicidal_intent",
  "suicidal_plan",
  "preparatory_act",
  "suicide_attempt",
  "self_harm",
  "overdose",
  "overdose_other_person",
  "harm_to_others",
  "abuse",
  "medical_emergency",
];

/** True for the reasons that make a text `crisis`. */
export function isCrisisReason(reason: RiskReason): reason is CrisisReason {
  return reason !== "substance_use" && reason !== "distress" && reason !== "craving_high";
}

/**
 * Result of `assessRisk`: `reasons` is sorted and unique, and empty when `level` is "none".
 * `screen` is true when the text is below crisis but carries distress or means/death cues, so
 * the bot should ask the direct screening question; it is always false for a crisis.
 */
export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
  screen: boolean;
}

/**
 * One detection rule. `re` runs on normalized text (see normalize-text.ts): lower case,
 * no accents, no apostrophes, single spaces, one clause per line.
 */
export interface RiskRule {
  id: string;
  reason: RiskReason;
  lang: RuleLang;
  re: RegExp;
  /** When true, a match near program-life words (program-life.ts) does not count. */
  unlessProgramLife?: boolean;
  /** When true, a text that frames the behaviour as past recovery history (recovery-history.ts) does not count. */
  unlessHistory?: boolean;
  /** When true, a text that tells the behaviour as a past recovery story (isRecoveryStory in recovery-history.ts) does not count. */
  unlessStory?: boolean;
  /** When true, a threat against someone close, in a text that laughs and says nothing serious (joke-frame.ts), does not count. */
  unlessJoke?: boolean;
  /** When true, a wish to die followed by a laugh about a small mishap, with nothing serious (isLaughingWish in joke-frame.ts), does not count. */
  unlessLaughingWish?: boolean;
}

/** Marks a farewell or affairs-in-order rule or cue as not firing near program-life words. */
export function unlessProgramLife<T extends { re: RegExp }>(r: T): T & { unlessProgramLife: true } {
  return { ...r, unlessProgramLife: true };
}

/** Marks a rule of past behaviour (an overdose, self-harm) as not firing in a text told as recovery history. */
export function unlessHistory<T extends { re: RegExp }>(r: T): T & { unlessHistory: true } {
  return { ...r, unlessHistory: true };
}

/** Marks a rule of a past act (an attempt) as not firing in a text told as a recovery story with a past time and a milestone or a retelling. */
export function unlessStory<T extends { re: RegExp }>(r: T): T & { unlessStory: true } {
  return { ...r, unlessStory: true };
}

/** Marks a threat against others as not firing when told laughing about someone close, with nothing serious (joke-frame.ts). */
export function unlessJoke<T extends { re: RegExp }>(r: T): T & { unlessJoke: true } {
  return { ...r, unlessJoke: true };
}

/** Marks a wish to die as not firing when laughed off right after, about a small mishap, with nothing serious (joke-frame.ts). */
export function unlessLaughingWish<T extends { re: RegExp }>(r: T): T & { unlessLaughingWish: true } {
  return { ...r, unlessLaughingWish: true };
}

/**
 * Builds a rule. The source is wrapped in word boundaries so "relapse" never matches inside
 * "relapsed"; a rule that wants a word stem says so itself ("suicid[a-z]*").
 * Flags: `g` to visit every match (each one is checked for negation on its own), `m` so
 * `$` means "end of this clause".
 */
export function rule(id: string, reason: RiskReason, lang: RuleLang, source: string): RiskRule {
  return { id, reason, lang, re: new RegExp(`\\b(?:${source})(?![a-z0-9])`, "gm") };
}

/** Joins alternatives into one non-capturing group. */
export function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join("|")})`;
}

/**
 * One rule per alternative, `id/1`, `id/2`, ...: a rule built from a long list of acts would
 * otherwise be one large regex that runs whenever any of its acts' words occurs and is slow
 * to run; split, each part is small and the prefilter skips it unless its own words occur.
 */
export function ruleEach(id: string, reason: RiskReason, lang: RuleLang, alternatives: readonly string[], source: (alternative: string) => string): RiskRule[] {
  return alternatives.map((alt, i) => rule(`${id}/${i + 1}`, reason, lang, source(alt)));
}
