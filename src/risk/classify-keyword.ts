/**
 * classifyKeyword: carrier compliance keywords (STOP / START / HELP), English and Spanish.
 *
 * Rules:
 *   - A crisis message is never an opt-out: "I want it all to stop" must reach a human, not
 *     unsubscribe the participant. assessRisk runs first and a crisis returns null.
 *   - Bare keywords count only as the entire message (trimmed, case-insensitive, trailing
 *     punctuation ignored), so "stop" inside a sentence is not an opt-out.
 *   - Plain-language opt-outs ("please stop texting me") are anchored whole sentences; they
 *     also count as one sentence of a longer message ("I'm moving. Stop texting me.").
 *   - Messages longer than 80 characters are never keywords except for such a sentence.
 */
import { assessRisk } from "./assess-risk.ts";
import { HELP_WORDS, OPT_OUT_SENTENCES, START_WORDS, STOP_WORDS } from "./keyword-patterns.ts";

export type KeywordIntent = "stop" | "start" | "help";

/** Longer messages are conversation, not keywords (only opt-out sentences still count). */
export const MAX_KEYWORD_LENGTH = 80;

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents/apostrophes removed, separators as single spaces, edges trimmed of non-letters. */
export function normalizeKeywordText(text: string): string {
  // NFD and mark stripping change nothing in ASCII text, which most messages are.
  const unaccented = ASCII.test(text) ? text : text.normalize("NFD").replace(/\p{M}+/gu, "");
  return unaccented
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`´]/g, "")
    .replace(/[-_/]+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

function exactKeyword(normalized: string): KeywordIntent | null {
  const compact = normalized.replace(/ /g, "");
  if (STOP_WORDS.has(normalized) || STOP_WORDS.has(compact)) return "stop";
  if (START_WORDS.has(normalized) || START_WORDS.has(compact)) return "start";
  if (HELP_WORDS.has(normalized)) return "help";
  return null;
}

function isOptOutSentence(sentence: string): boolean {
  const s = normalizeKeywordText(sentence).replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/ +/g, " ").trim();
  return s.length > 0 && OPT_OUT_SENTENCES.some((re) => re.test(s));
}

export function classifyKeyword(text: string): KeywordIntent | null {
  if (typeof text !== "string") return null;
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  const intent = keywordIntent(trimmed);
  // Crisis wins: "make it stop" / "I want everything to end" go to the crisis flow. Checked
  // only when a keyword matched, since assessing risk costs more than the keyword match.
  if (intent && assessRisk(trimmed).level === "crisis") return null;
  return intent;
}

function keywordIntent(trimmed: string): KeywordIntent | null {
  if (trimmed.length <= MAX_KEYWORD_LENGTH) {
    const keyword = exactKeyword(normalizeKeywordText(trimmed));
    if (keyword) return keyword;
    if (isOptOutSentence(trimmed)) return "stop";
  }
  // Any length: one sentence of the message is a clear opt-out request.
  const sentences = trimmed.split(/[.!?;\n\r]+/);
  if (sentences.length > 1 && sentences.some(isOptOutSentence)) return "stop";
  if (trimmed.length > MAX_KEYWORD_LENGTH && isOptOutSentence(trimmed)) return "stop";
  return null;
}
