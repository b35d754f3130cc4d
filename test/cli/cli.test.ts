import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/store/migrate-database.ts";

/** Runs the real CLI as another process, the way other tools call it. */
function cli(args: string[], input = "", env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("the CLI contract", () => {
  it("interpret --jsonl answers each line in order", () => {
    const input = [
      { question: "mood", text: "seven" },
      { question: "craving", text: "no cravings" },
      { question: "meeting", text: "didn't make it" },
      { question: "mood", text: "5 or 6" },
      { question: "checkin", text: "mood 7 cravings 2 yes" },
      { question: "meeting", text: "sí fui", lang: "es" },
      { question: "checkin", text: "idk" },
    ].map((l) => JSON.stringify(l)).join("\n");
    const r = cli(["interpret", "--jsonl"], input + "\n");
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([{ value: 7 }, { value: 0 }, { value: false }, { value: null }, { value: { mood: 7, craving: 2, meeting: true } }, { value: true }, { value: null }]);
  });

  it("assess --jsonl answers each line in order", () => {
    const input = ["I want to die", "I'd kill for a cheeseburger", "I drank last night", "haven't used in 30 days"].map((text) => JSON.stringify({ text })).join("\n");
    const r = cli(["assess", "--jsonl"], input);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.level)).toEqual(["crisis", "none", "urgent", "none"]);
    expect(r.lines[0]!.reasons).toContain("suicidal");
    expect(r.lines[2]!.reasons).toEqual(["substance_use"]);
  });

  it("simulate runs the worked example and prints time-ordered events of the documented shapes", () => {
    const r = cli(["simulate", path.join("examples", "scenario.yaml")]);
    expect(r.code, r.stderr).toBe(0);
    const ats = r.lines.map((l) => String(l.at));
    expect([...ats].sort()).toEqual(ats);
    for (const l of r.lines) {
      if (l.type === "message") expect(Object.keys(l)).toEqual(["at", "type", "channel", "to", "text"]);
      else if (l.type === "checkin") expect(Object.keys(l)).toEqual(["at", "type", "participant", "date", "mood", "craving", "meeting", "complete"]);
      else expect(Object.keys(l)).toEqual(["at", "type", "participant", "level", "reasons", "notified", "status"]);
    }
    expect(r.lines).toContainEqual(expect.objectContaining({ type: "message", to: "p-201", at: "2026-11-25T00:00:00.000Z" }));
    expect(r.lines).toContainEqual(expect.objectContaining({ type: "checkin", participant: "p-201", date: "2026-11-24", mood: 6, craving: 3, meeting: true, complete: true }));
    expect(r.lines).toContainEqual(expect.objectContaining({ type: "escalation", participant: "p-202", level: "crisis", status: "open" }));
    const crisisReply = r.lines.find((l) => l.type === "message" && l.to === "p-202" && String(l.text).includes("988"));
    expect(crisisReply).toBeDefined();
    // The same scenario prints the same lines every time (seeded alert codes).
    expect(cli(["simulate", path.join("examples", "scenario.yaml")]).stdout).toBe(r.stdout);
  });

  it("unknown commands print usage and exit 2; a bad scenario names the line", () => {
    expect(cli(["frobnicate"]).code).toBe(2);
    const bad = cli(["simulate", path.join("test", "fixtures", "program.yaml")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/program\.yaml:\d+:/);
  });
});
