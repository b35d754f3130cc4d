import { defaultLabels } from "./default-questions.ts";
import { LEXICON } from "./lexicon.ts";
import { canonicalWord, normalizeForMatch, numberWordValue } from "./normalize.ts";

/** Filler that may stand between answers: "mood is 5", "6 out of 10 today", "mi animo 7". */
const FILLER = ["is", "was", "about", "out", "of", "today", "hoy", "my", "mi", "el", "la", "de", "to", "a", "im", "i", "am", "its", "skip", "saltar"];

/** Every word a bare check-in answer is made of, in the interpreter's normal form. */
const ANSWER_WORDS: ReadonlySet<string> = new Set([
  ...[...LEXICON.values()].flatMap((phrases) => phrases.flatMap((p) => p.words)),
  ...["mood", "craving", "meeting", "note"].flatMap(defaultLabels).flatMap((l) => normalizeForMatch(l).split(/[^\p{L}\p{N}]+/u)),
  ...["moods", "cravings", "urge", "urges", "meetings"],
  ...FILLER,
]);

function words(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^\p{L}\p{N}/]+/u)
    .filter((w) => w.length > 0)
    .map(canonicalWord);
}

function isAnswerWord(word: string): boolean {
  return /^\d{1,3}(?:\/10)?$/.test(word) || numberWordValue(word, "es") !== undefined || ANSWER_WORDS.has(word);
}

/** The words of a text that are not check-in answer words ("" for "6, 2, yes" or "siete"). */
export function extraWords(text: string): string {
  return words(text)
    .filter((w) => !isAnswerWord(w))
    .join(" ");
}

/**
 * True when a text is only check-in answer words ("7", "6, 2, yes", "mood 5", "siete", "no"):
 * read as an answer, it tells a person nothing more than the check-in does. With
 * `needNumber`, a bare "yes" or "no" does not count.
 */
export function isBareAnswer(text: string, needNumber = false): boolean {
  const all = words(text);
  if (all.length === 0) return false;
  if (needNumber && !all.some((w) => /\d/.test(w) || numberWordValue(w, "es") !== undefined)) return false;
  return all.every(isAnswerWord);
}
