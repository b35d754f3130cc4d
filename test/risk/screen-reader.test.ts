import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assessRisk, explainRisk } from "../../src/risk/index.ts";
import { normalizeForRisk } from "../../src/risk/normalize-text.ts";
import { readScreen, SCREEN_READER } from "../../src/risk/screen-reader.ts";
import { crossValidate, MAX_BENIGN_SCREEN, modelSource, readerExamples, trainScreenReader } from "../../src/risk/train-screen-reader.ts";
import { loadLabelledTable } from "./labelled-table.ts";
import { RISK_CASES } from "./risk-cases.ts";

const MODEL_FILE = path.join(import.meta.dirname, "../../src/risk/screen-reader-model.ts");
const examples = readerExamples([...loadLabelledTable(), ...RISK_CASES]);
const cv = crossValidate(examples);

describe("the screen reader's model", () => {
  it("is stored as the labelled table and the case table train it (else run npm run train:reader)", () => {
    const trained = modelSource(trainScreenReader(examples), cv, examples.length);
    const stored = fs.readFileSync(MODEL_FILE, "utf8");
    expect(trained === stored, "src/risk/screen-reader-model.ts is not what the tables train: run npm run train:reader").toBe(true);
  });

  it("trains the same weights every time", () => {
    const a = trainScreenReader(examples.slice(0, 300));
    const b = trainScreenReader(examples.slice(0, 300));
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
  });

  it(`screens at most ${MAX_BENIGN_SCREEN * 100}% of benign texts it was not trained on, and finds a share of crisis texts`, () => {
    const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
    console.log(
      `screen reader, ${cv.folds}-fold cross-validation on ${examples.length} texts at threshold ${cv.threshold}: ` +
        `crisis ${cv.crisis.found}/${cv.crisis.texts} (${pct(cv.crisis.found, cv.crisis.texts)}), benign screened ${cv.benign.screened}/${cv.benign.texts} ` +
        `(${pct(cv.benign.screened, cv.benign.texts)}), urgent screened ${cv.urgent.screened}/${cv.urgent.texts}`,
    );
    expect(cv.benign.screened / cv.benign.texts).toBeLessThanOrEqual(MAX_BENIGN_SCREEN);
    // A floor, not a goal: a reader that finds fewer than a quarter of unseen crisis texts is broken.
    expect(cv.crisis.found / cv.crisis.texts).toBeGreaterThanOrEqual(0.25);
    expect(cv.threshold).toBe(SCREEN_READER.threshold);
  });
});

describe("the screen reader in assessRisk", () => {
  // Worded so that no rule and no screening cue matches them: only the reader can ask.
  const unruled = ["i want to go to sleep and stay asleep tonight", "ya tengo todo lo que necesito para esta noche"];

  it.each(unruled)("asks the screening question for a worrying text no rule reads: %j", (text) => {
    const e = explainRisk(text);
    expect(e.matches).toEqual([]);
    expect(e.reader.screen).toBe(true);
    expect(e.reader.strongest.length).toBeGreaterThan(0);
    expect(assessRisk(text)).toEqual({ level: "none", reasons: [], screen: true });
  });

  it("leaves a crisis phrase that negation cancelled to the rules", () => {
    for (const text of ["im not going to kill myself tonight", "no voy a matarme esta noche"]) {
      expect(readScreen(normalizeForRisk(text)).screen, text).toBe(true);
      expect(assessRisk(text), text).toEqual({ level: "none", reasons: [], screen: false });
    }
  });

  it("does not screen answers to the check-in questions", () => {
    const answers = [...Array.from({ length: 11 }, (_, i) => String(i)), "yes", "no", "y", "n", "si", "sí", "ok", "yeah", "nope", "went to a meeting", "fui a una reunión", "mood 3", "cravings 8", "8/10", "stop", "help"];
    expect(answers.filter((a) => assessRisk(a).screen)).toEqual([]);
  });
});
