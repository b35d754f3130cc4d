/**
 * The normalised form and the tokens of a reply, remembered for the last few replies: one
 * inbound message is read several times in a row (all-in-one check-in, again for the open
 * questions, then as the answer to the current question), always from the same text.
 */
import { normalizeForMatch } from "./normalize.ts";
import { RecentCache } from "./recent-cache.ts";
import { type Token, tokenize } from "./tokenize.ts";

/** Texts remembered; a message needs one, a few more cover a retry or a keyword check. */
const RECENT = 4;

const normalized = new RecentCache<string>(RECENT);
const tokens = new RecentCache<readonly Token[]>(RECENT);

/** `normalizeForMatch(text)` with the default length cap. */
export function normalizedReply(text: string): string {
  return normalized.get(text, (t) => normalizeForMatch(t));
}

/** The tokens of `normalizedReply(text)`. Frozen: the same array is handed to every reader. */
export function replyTokens(text: string): readonly Token[] {
  return tokens.get(text, (t) => Object.freeze(tokenize(normalizedReply(t)).map((token) => Object.freeze(token))));
}
