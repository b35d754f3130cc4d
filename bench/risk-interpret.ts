/**
 * CPU cost of reading one inbound text (npx tsx bench/risk-interpret.ts): risk triage plus
 * check-in interpretation, called the way the engine calls them for a participant's reply:
 * assessRisk once, then, as in stepCheckin, interpretCheckin for all questions, again for
 * the open ones, and interpretAnswer for the current question. classifyKeyword, which also
 * runs on every participant text, is timed separately.
 *
 * The mix cycles through more distinct texts than the interpreters remember (a few recent
 * texts), so a message never reuses work from an earlier message, only from its own reads.
 * Figures are printed, never asserted.
 */
import path from "node:path";
import type { Lang, QuestionDef } from "../src/domain/types.ts";
import { DEFAULT_QUESTIONS, interpretAnswer, interpretCheckin } from "../src/interpret/index.ts";
import { assessRisk, classifyKeyword } from "../src/risk/index.ts";

/** A realistic mix of participant texts: check-in answers, chatter, Spanish and one crisis. */
const MIX: readonly { text: string; lang: Lang }[] = [
  ...["7", "yes", "no", "2", "8", "0", "10", "y", "n", "skip", "mood 7 cravings 2 yes", "7, 2, yes", "6/10", "about a 5",
    "no cravings", "went to my NA meeting", "didn't make it today", "mood 4 craving 6 no", "nope", "yeah i went",
    "feeling ok today", "pretty good actually", "thanks!", "ok", "had a rough day but ok, mood 5", "I'm at a 3 today 😔",
    "idk maybe 6", "stressed about work but no cravings", "going to group tonight", "👍", "can we talk tomorrow?",
    "slept badly, 4", "I want to die"].map((text) => ({ text, lang: "en" as const })),
  ...["sí", "no fui", "ánimo 6 antojos 1 sí", "estoy bien", "más o menos, un 5", "sin antojos", "fui a la reunión de AA",
    "hoy no", "me siento triste pero estoy bien", "gracias"].map((text) => ({ text, lang: "es" as const })),
];

/** A 100 KB message: a long paste of ordinary text. */
const LARGE = "mood 7 cravings 2 went to my meeting and had dinner with family. ".repeat(1540);

/** The questions a program without its own list asks (a copy, as a loaded program has). */
const QUESTIONS: QuestionDef[] = structuredClone(DEFAULT_QUESTIONS);

/** What stepCheckin asks of the interpreters when `text` arrives at question `step`. */
function interpretLikeStep(text: string, lang: Lang, step: number): unknown {
  const q = QUESTIONS[step];
  if (!q) return null;
  if (q.type !== "text") {
    const whole = interpretCheckin(text, QUESTIONS, lang);
    const answersAll = whole !== null && QUESTIONS.every((x) => x.type === "text" || x.id in whole);
    const all = answersAll ? whole : interpretCheckin(text, QUESTIONS.slice(step), lang);
    if (all && Object.keys(all).length >= 2) return all;
  }
  return interpretAnswer(q, text, lang);
}

/** Median over `rounds` of the per-call microseconds of `run(i)` for i in [0, calls). */
function microsPerCall(calls: number, rounds: number, run: (i: number) => void): number {
  for (let i = 0; i < calls; i++) run(i); // warm up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) run(i);
    samples.push(((performance.now() - t0) * 1000) / calls);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** Per-message microseconds of risk triage and interpretation (medians of several rounds). */
export async function benchRiskInterpret(): Promise<{
  /** assessRisk plus the interpretation a check-in reply gets: the per-message figure. */
  perMessageMicros: number;
  riskMicros: number;
  interpretMicros: number;
  /** classifyKeyword alone (runs on every participant text too). */
  keywordMicros: number;
  /** assessRisk plus interpretation of one 100 KB message. */
  largeMessageMicros: number;
  messages: number;
}> {
  const n = MIX.length;
  const message = (i: number) => MIX[i % n] as { text: string; lang: Lang };
  const calls = n * 200;
  const risk = (i: number) => void assessRisk(message(i).text);
  const interpret = (i: number) => void interpretLikeStep(message(i).text, message(i).lang, i % 3);
  const perMessageMicros = microsPerCall(calls, 9, (i) => {
    risk(i);
    interpret(i);
  });
  const riskMicros = microsPerCall(calls, 9, risk);
  const interpretMicros = microsPerCall(calls, 9, interpret);
  const keywordMicros = microsPerCall(calls, 9, (i) => void classifyKeyword(message(i).text));
  const largeMessageMicros = microsPerCall(3, 5, () => {
    assessRisk(LARGE);
    interpretLikeStep(LARGE, "en", 0);
  });
  return { perMessageMicros, riskMicros, interpretMicros, keywordMicros, largeMessageMicros, messages: n };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const r = await benchRiskInterpret();
  console.log(
    `risk + interpretation per message: ${r.perMessageMicros.toFixed(1)} µs ` +
      `(assessRisk ${r.riskMicros.toFixed(1)} µs, interpretation ${r.interpretMicros.toFixed(1)} µs; ${r.messages} distinct texts, median of 9 rounds)`,
  );
  console.log(`classifyKeyword per message: ${r.keywordMicros.toFixed(1)} µs`);
  console.log(`one 100 KB message (assessRisk + interpretation): ${(r.largeMessageMicros / 1000).toFixed(2)} ms`);
}
