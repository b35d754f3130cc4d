/**
 * Recognises replies that decline to answer ("skip", "paso") rather than answer.
 */
import { SKIP_REPLIES, TEXT_SKIP_REPLIES } from "./lexicon.ts";
import { canonicalWord } from "./normalize.ts";
import { normalizedReply } from "./reply-tokens.ts";

// A skip is a few words; anything longer is an answer (or a note) and is not compared.
const MAX_SKIP_CHARS = 60;

/** The words of a short reply, normalised and joined by single spaces ("Skip!" → "skip"). */
function skipKey(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_SKIP_CHARS) return undefined;
  return normalizedReply(trimmed)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0)
    .map(canonicalWord)
    .join(" ");
}

/**
 * True when the whole reply asks to skip the question. Free-text questions (an optional
 * note) also take "no", "nothing", "nada", "no gracias" as a skip, since "no" is not a note.
 */
export function isSkipReply(text: string, freeText: boolean): boolean {
  const key = skipKey(text);
  if (key === undefined || key === "") return false;
  return SKIP_REPLIES.has(key) || (freeText && TEXT_SKIP_REPLIES.has(key));
}
