import type { RiskLevel } from "../domain/types.ts";

/** Why a text was flagged. Every reason except `substance_use` means the level is `crisis`. */
export type RiskReason =
  | "suicidal"
  | "self_harm"
  | "overdose"
  | "harm_to_others"
  | "emergency"
  | "abuse"
  | "substance_use";

/** Result of `assessRisk`: `reasons` is sorted and unique, and empty when `level` is "none". */
export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
  /** Below crisis but with distress or means/death cues: the bot asks the screening question. */
  screen: boolean;
}

/**
 * One detection rule. `re` runs on normalized text (see normalize-text.ts): lower case,
 * no accents, no apostrophes, single spaces, one clause per line.
 */
export interface RiskRule {
  id: string;
  reason: RiskReason;
  re: RegExp;
}

/**
 * Builds a rule. The source is wrapped in word boundaries so "relapse" never matches inside
 * "relapsed"; a rule that wants a word stem says so itself ("suicid[a-z]*").
 * Flags: `g` to visit every match (each one is checked for negation on its own), `m` so
 * `$` means "end of this clause".
 */
export function rule(id: string, reason: RiskReason, source: string): RiskRule {
  return { id, reason, re: new RegExp(`\\b(?:${source})(?![a-z0-9])`, "gm") };
}

/** Joins alternatives into one non-capturing group. */
export function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join("|")})`;
}
