import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { createDb } from "../../src/store/create-db.ts";

/** Runs the real CLI as another process, with only the settings given (no provider unless set). */
function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bin/cli.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SMS = {
  TWILIO_ACCOUNT_SID: "ACFEEDFACEFEEDFACEFEEDFACEFEEDFACE",
  TWILIO_AUTH_TOKEN: "feedc0defeedc0defeedc0defeedc0de",
  TWILIO_FROM_NUMBER: "+13125550199",
  PUBLIC_BASE_URL: "https://steady.example.org/",
};

it("sync and status name the example's participant and group channels no running channel reaches", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-cli-"));
  const url = `file:${path.join(dir, "cli.db")}`;
  // The example program, its discharge dates left out: the CLI runs on the real clock.
  const programFile = path.join(dir, "program.yaml");
  fs.writeFileSync(programFile, fs.readFileSync(path.join(PROJECT_ROOT, "examples", "program.yaml"), "utf8").replace(/^ +endDate: .*\n/gm, ""));
  const env = { DATABASE_URL: url, PROGRAM_FILE: programFile };
  try {
    // With no provider, the local channel runs and stands in for SMS.
    const sync = cli(["sync"], env);
    expect(sync.code, sync.stderr).toBe(0);
    expect(sync.stderr).toContain("warning: no running channel reaches these 3 (channels that reach people: sms, for which the local channel stands in here):");
    expect(sync.stderr).toContain("  participant p-105: no running channel for their contacts (discord): nothing reaches them");
    expect(sync.stderr).toContain("  group g-mwf-morning: its slack channel gets nothing");
    expect(sync.stderr).toContain("  group g-tue-thu: its slack, discord channels get nothing");
    // Terminal warnings carry ids only.
    expect(sync.stderr).not.toMatch(/Avery|morning group|\+1312/);

    const status = cli(["status"], env);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain(
      [
        "Unreachable (channels that reach people: sms; the local channel stands in for sms):",
        "  participant p-105 (Avery): no running channel for their contacts (discord): nothing reaches them",
        "  group g-mwf-morning (Monday/Wednesday/Friday morning group): its slack channel gets nothing: no adapter for it is running",
        "  group g-tue-thu (Tuesday/Thursday evening group): its slack, discord channels get nothing: no adapter for them is running",
      ].join("\n"),
    );

    // With SMS configured it is the same people, and no stand-in.
    const live = cli(["status"], { ...env, ...SMS });
    expect(live.code, live.stderr).toBe(0);
    expect(live.stdout).toContain("Unreachable (channels that reach people: sms):\n  participant p-105 (Avery):");

    // A second sync tells nobody again: one notice, to p-105's counselor, on the local channel.
    expect(cli(["sync"], env).code).toBe(0);
    const db = await createDb(url);
    try {
      const rows = await db.outbox.findMany({ where: { kind: "system" } });
      expect(rows.map((r) => [r.recipientId, r.channel, r.text])).toEqual([["c-rivera", "local", "Steady: p-105 gets no messages: no contact on a channel Steady runs (has discord). Please add one."]]);
    } finally {
      await db.$disconnect();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000); // four CLI processes, each starting tsx
