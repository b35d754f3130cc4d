/**
 * The features the statistical screen reader (screen-reader.ts) reads a text by: its words,
 * its word pairs, and the 3- to 5-letter pieces of its words. Pieces carry what a word list
 * cannot: inflections ("matarme", "matando"), misspellings and words run together, so a
 * wording the rules were never shown can still resemble texts that were.
 *
 * Input is normalized text (normalize-text.ts): lower case, no accents, letters, digits,
 * spaces and line breaks. Letter runs are cut to two ("soooo" reads as "soo"). Each feature
 * counts once per text.
 */
const RUNS = /([a-z])\1{2,}/g;

/** The words of a normalized text, as the reader sees them. */
export function readerWords(normalized: string): string[] {
  return normalized.replace(RUNS, "$1$1").split(/\s+/).filter((w) => w !== "");
}

/** The features of one word: the word and its 3- to 5-letter pieces, edges marked by spaces. */
export function wordFeatures(word: string): string[] {
  const features = [`w:${word}`];
  const padded = ` ${word} `;
  for (let n = 3; n <= 5; n++) {
    for (let at = 0; at + n <= padded.length; at++) features.push(`c:${padded.slice(at, at + n)}`);
  }
  return features;
}

export function readerFeatures(normalized: string): string[] {
  const words = readerWords(normalized);
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const f of wordFeatures(words[i] as string)) features.add(f);
    if (i + 1 < words.length) features.add(`b:${words[i] as string} ${words[i + 1] as string}`);
  }
  return [...features];
}
