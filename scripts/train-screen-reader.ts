/**
 * Trains the statistical screen reader on the labelled table and the case table and writes
 * src/risk/screen-reader-model.ts (npm run train:reader). Run it after changing the table.
 */
import fs from "node:fs";
import path from "node:path";
import { crossValidate, modelSource, readerExamples, trainScreenReader } from "../src/risk/train-screen-reader.ts";
import { loadLabelledTable } from "../test/risk/labelled-table.ts";
import { RISK_CASES } from "../test/risk/risk-cases.ts";

const examples = readerExamples([...loadLabelledTable(), ...RISK_CASES]);
const cv = crossValidate(examples);
const model = trainScreenReader(examples);
const out = path.join(import.meta.dirname, "../src/risk/screen-reader-model.ts");
fs.writeFileSync(out, modelSource(model, cv, examples.length));
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(
  `screen reader: ${examples.length} texts, ${model.weights.size} weights; threshold ${cv.threshold} by ${cv.folds}-fold cross-validation: ` +
    `crisis found ${cv.crisis.found}/${cv.crisis.texts} (${pct(cv.crisis.found, cv.crisis.texts)}), ` +
    `benign screened ${cv.benign.screened}/${cv.benign.texts} (${pct(cv.benign.screened, cv.benign.texts)}), ` +
    `urgent screened ${cv.urgent.screened}/${cv.urgent.texts}`,
);
