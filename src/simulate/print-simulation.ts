import type { Scenario } from "../program/scenario-schema.ts";
import { formatTextLine } from "./format-text-line.ts";
import { runSimulation } from "./run-simulation.ts";
import type { SimulationLine } from "./simulation-line.ts";
import { formatSummary, summarizeDays } from "./summarize-days.ts";

/** How `simulate` prints: JSON lines or aligned text, each event or a table per day. */
export interface PrintOptions {
  format: "json" | "text";
  summary: boolean;
}

/** `simulate`'s arguments: `<scenario.yaml> [--format text|json] [--summary]`, in any order. */
export function simulateArgs(args: readonly string[]): { file?: string; format?: "json" | "text"; summary: boolean } | { error: string } {
  const out: { file?: string; format?: "json" | "text"; summary: boolean } = { summary: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--summary") out.summary = true;
    else if (a === "--format" || a.startsWith("--format=")) {
      const v = a === "--format" ? args[++i] : a.slice("--format=".length);
      if (v !== "json" && v !== "text") return { error: `--format takes text or json, not ${JSON.stringify(v ?? "")}` };
      out.format = v;
    } else if (a.startsWith("--")) return { error: `simulate has no option ${a}: use --format text|json or --summary` };
    else out.file ??= a;
  }
  return out;
}

/**
 * Runs a scenario and prints it: every event as a JSON line or an aligned text line, or with
 * `summary` only the table per day (in JSON, one object a day).
 */
export async function printSimulation(scenario: Scenario, o: PrintOptions, print: (line: string) => void): Promise<void> {
  const lines: SimulationLine[] = [];
  await runSimulation(scenario, (l) => {
    if (o.summary) lines.push(l);
    else print(o.format === "json" ? JSON.stringify(l) : formatTextLine(scenario.program, l));
  });
  if (!o.summary) return;
  const days = summarizeDays(scenario.program, lines);
  if (o.format === "json") for (const d of days) print(JSON.stringify(d));
  else for (const row of formatSummary(days)) print(row);
}
