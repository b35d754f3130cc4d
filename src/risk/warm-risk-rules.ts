import { assessRisk } from "./assess-risk.ts";
import { RISK_RULES } from "./risk-rules.ts";
import { SCREEN_CUES } from "./screen-cues.ts";

/**
 * A few texts in each language that take assessRisk through its lazily made parts (the
 * prefilter, the screen reader, the negation and history frames) once.
 */
const SAMPLES = [
  "ok thanks see you tuesday",
  "im not suicidal, years ago i tried to kill myself",
  "i drank last night and the cravings are bad",
  "gracias, nos vemos el martes",
  "no me quiero morir, hace anos me tome unas pastillas",
  "7",
];

/**
 * Compiles every risk rule and screening cue before the first message comes. V8 compiles a
 * regular expression when it first runs, and again to machine code when it runs a second
 * time; the rules a crisis text needs are large and run on few texts, so on a process that
 * has not met one yet the first crisis text paid for compiling them (a few hundred
 * milliseconds on a loaded machine) before it could be answered. Run once at start, before
 * the process takes messages; returns how many patterns it ran, each twice.
 */
export function warmRiskRules(): number {
  const patterns = [...RISK_RULES.map((r) => r.re), ...SCREEN_CUES.map((c) => c.re)];
  for (const re of patterns) {
    for (let i = 0; i < 2; i++) {
      re.lastIndex = 0;
      re.exec("warming up the rules");
    }
    re.lastIndex = 0;
  }
  for (const text of SAMPLES) assessRisk(text);
  return patterns.length;
}
