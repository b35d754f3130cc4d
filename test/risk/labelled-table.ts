/**
 * The labelled table of test/risk/labelled/: texts written from public sources by authors who
 * had not seen the rules, each with its expected level, category, language and source, plus
 * the few label corrections (corrections.jsonl), applied here so that every change to an
 * author's label is visible. Shared by the table test and the CLI test.
 */
import fs from "node:fs";
import path from "node:path";
import type { RiskLevel } from "../../src/domain/types.ts";

/** One labelled text. `corrected` holds the reason when corrections.jsonl changed its label. */
export interface LabelledText {
  text: string;
  level: RiskLevel;
  category: string;
  lang: "en" | "es";
  source: string;
  file: string;
  corrected?: string;
}

const DIR = path.join(import.meta.dirname, "labelled");
const FILES = ["en.jsonl", "es.jsonl"] as const;

function jsonLines(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(path.join(DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Every text of the table, with corrections applied. Throws when a correction names no text. */
export function loadLabelledTable(): LabelledText[] {
  const rows: LabelledText[] = FILES.flatMap((file) => jsonLines(file).map((r) => ({ ...(r as unknown as LabelledText), file })));
  for (const c of jsonLines("corrections.jsonl")) {
    const row = rows.find((r) => r.file === c.file && r.text === c.text);
    if (!row) throw new Error(`corrections.jsonl names a text that is not in ${String(c.file)}: ${JSON.stringify(c.text)}`);
    if (typeof c.reason !== "string" || c.reason.trim() === "") throw new Error(`a correction without a reason: ${JSON.stringify(c.text)}`);
    Object.assign(row, { level: c.level, category: c.category, corrected: c.reason });
  }
  return rows;
}
