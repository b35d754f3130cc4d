/**
 * The statistical screen reader: a second, different reading of a text the rules rated below
 * crisis. The rules find the wordings they were written for; a crisis worded in a way no rule
 * foresaw often still shares words and word pieces with the crisis texts of the labelled
 * table. The reader is logistic regression over those features (reader-features.ts), trained
 * on the table (train-screen-reader.ts, stored in screen-reader-model.ts), deterministic and
 * pure like the rules.
 *
 * It can only raise `screen` (assess-risk.ts): the bot then asks the direct screening
 * question, and the person's own answer decides; it never sets or lowers a level, so a
 * mistake by the reader costs one question, never a missed rule. Its threshold is chosen by
 * cross-validation so that it screens at most 5% of the table's benign texts, which are
 * chosen to be hard (idioms, dark jokes, recovery history, other people's news).
 */
import { readerWords, wordFeatures } from "./reader-features.ts";
import { BIAS, THRESHOLD, WEIGHTS } from "./screen-reader-model.ts";
import { readerProbability, type ReaderModel } from "./train-screen-reader.ts";

/** The stored model, parsed once. */
export const SCREEN_READER: ReaderModel & { threshold: number } = {
  threshold: THRESHOLD,
  bias: BIAS,
  weights: new Map(
    WEIGHTS.split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        const tab = line.lastIndexOf("\t");
        return [line.slice(0, tab), Number(line.slice(tab + 1))] as const;
      }),
  ),
};

/** What the reader made of a text: its probability of a crisis, and whether that reaches the threshold. */
export interface ScreenReading {
  probability: number;
  screen: boolean;
}

export function readScreen(normalized: string, model = SCREEN_READER): ScreenReading {
  const probability = readerProbability(model, normalized);
  return { probability, screen: probability >= model.threshold };
}

/**
 * Up to five words that weigh most towards a crisis, strongest first, by each word's own
 * weight (the word and its pieces): why the reader read a text as it did (explainRisk).
 */
export function strongestWords(normalized: string, model = SCREEN_READER): string[] {
  const byWord = new Map<string, number>();
  for (const word of readerWords(normalized)) {
    if (byWord.has(word)) continue;
    byWord.set(word, [...new Set(wordFeatures(word))].reduce((sum, f) => sum + (model.weights.get(f) ?? 0), 0));
  }
  return [...byWord]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([word]) => word);
}
