import { normalizeKeywordText } from "../risk/classify-keyword.ts";

/** Words a bare check-in answer is made of: numbers, yes/no, the default questions' labels. */
const ANSWER_WORD =
  /^(?:\d{1,2}(?:\/10)?|mood|moods|craving|cravings|urge|urges|meeting|meetings|went|yes|yeah|yep|no|nope|y|n|si|animo|ganas|antojos?|reunion|fui|and|out of|de|of|today|hoy|is|was|about|skip|saltar)$/;

/** The words of a text that are not check-in answer words ("" for "6, 2, yes"). */
export function extraWords(text: string): string {
  return normalizeKeywordText(text)
    .replace(/[^\p{L}\p{N}/ ]+/gu, " ")
    .split(" ")
    .filter((t) => t.length > 0 && !ANSWER_WORD.test(t))
    .join(" ");
}

/**
 * True when a text is only check-in answer words ("7", "6, 2, yes", "mood 5", "no"): read as
 * an answer, it tells a person nothing more than the check-in does. With `needNumber`, a bare
 * "yes" or "no" does not count.
 */
export function isBareAnswer(text: string, needNumber = false): boolean {
  const words = normalizeKeywordText(text).replace(/[^\p{L}\p{N}/ ]+/gu, " ").replace(/ +/g, " ").trim();
  if (words.length === 0) return false;
  const tokens = words.split(" ");
  if (needNumber && !tokens.some((t) => /\d/.test(t))) return false;
  return tokens.every((t) => ANSWER_WORD.test(t));
}
