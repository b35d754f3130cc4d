import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readProgramFile } from "../../src/program/read-program-file.ts";
import { loadScenario } from "../../src/program/scenario-schema.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { printSimulation } from "../../src/simulate/print-simulation.ts";

const FILE = "examples/scenarios/first-week.yaml";
const read = (rel: string) => fs.readFileSync(path.join(PROJECT_ROOT, rel), "utf8");

/** The ```text blocks of docs/simulation.md, line by line. */
function docBlocks(): string[][] {
  return [...read("docs/simulation.md").matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!.trimEnd().split("\n"));
}

describe(FILE, () => {
  const scenario = loadScenario(read(FILE), FILE);

  it("runs the example program itself", () => {
    expect(scenario.program).toEqual(readProgramFile(path.join(PROJECT_ROOT, "examples/program.yaml")).program);
  });

  it("prints what docs/simulation.md shows, lines and summary", async () => {
    const text: string[] = [];
    await printSimulation(scenario, { format: "text", summary: false }, (l) => text.push(l));
    const summary: string[] = [];
    await printSimulation(scenario, { format: "text", summary: true }, (l) => summary.push(l));
    const [sample, table] = docBlocks();
    // Each line of the sample is printed, in the sample's order.
    const at = sample!.filter((l) => l !== "...").map((line) => [line, text.indexOf(line)] as const);
    expect(at.filter(([, i]) => i < 0).map(([line]) => line)).toEqual([]);
    expect(at.map(([, i]) => i)).toEqual([...at.map(([, i]) => i)].sort((a, b) => a - b));
    expect(table).toEqual(summary);

    // What a clinic checks: each person on their channel, the duplicate handled once, the
    // unknown number answered without being printed, both STOP and START confirmed.
    expect(text.filter((l) => /-> p-103 Jordan +(\S+)/.exec(l)?.[1] !== undefined).every((l) => / slack {4}/.test(l))).toBe(true);
    expect(text.filter((l) => l.includes("<- p-102 Lucía") && l.includes("5, 2, si")).map((l) => l.slice(21, 35).trim())).toEqual(["inbound", "duplicate"]);
    expect(text.join("\n")).not.toContain("+13125550199");
    expect(text.some((l) => l.includes(" opt-out ") && l.includes("p-101"))).toBe(true);
    expect(text.some((l) => l.includes(" opt-in ") && l.includes("p-101"))).toBe(true);
  }, 300_000);
});
