import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { readProgramFile } from "../../src/program/read-program-file.ts";
import { createDb } from "../../src/store/create-db.ts";
import { isOfficeOpen, nextOfficeOpening } from "../../src/time/office-hours.ts";
import { startFakeTwilioApi } from "../support/fake-twilio-api.ts";
import { freshSqlite } from "../support/fresh-database.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "../support/signed-webhook.ts";

// src/main.ts started as its own process, the way `npm start` runs it, on the example program.

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.once("error", reject);
  });
}

/** The example program, its discharge dates left out: the bot runs on the real clock. */
function exampleProgramFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-example-"));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "program.yaml");
  fs.writeFileSync(file, fs.readFileSync(path.join(PROJECT_ROOT, "examples", "program.yaml"), "utf8").replace(/^ +endDate: .*\n/gm, ""));
  return file;
}

/** The example program's zone and office hours. */
const EXAMPLE = readProgramFile(path.join(PROJECT_ROOT, "examples", "program.yaml")).program.program;
const officeOpen = () => isOfficeOpen(new Date(), EXAMPLE.timeZone, EXAMPLE.officeHours);

/** What the bot printed so far. */
interface Printed {
  stdout: string;
  stderr: string;
}

/** Waits until `test` holds of what the bot printed (checked every 100 ms, for up to 30 s). */
async function until(out: Printed, test: (o: Printed) => boolean): Promise<void> {
  for (let i = 0; i < 300 && !test(out); i++) await new Promise((r) => setTimeout(r, 100));
  expect(test(out), out.stdout + out.stderr).toBe(true);
}

/** Starts the bot, waits for its start-up to be printed, runs `during`, stops it with SIGTERM; what it printed. */
async function startAndStop(env: Record<string, string>, during?: (out: Printed) => Promise<void>): Promise<Printed> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  cleanup.push(() => void child.kill("SIGKILL"));
  const out: Printed = { stdout: "", stderr: "" };
  child.stdout.on("data", (d) => (out.stdout += d));
  child.stderr.on("data", (d) => (out.stderr += d));
  await until(out, (o) => /see what is due/.test(o.stdout) || child.exitCode !== null);
  // The warning block follows the banner at once.
  await new Promise((r) => setTimeout(r, 300));
  await during?.(out);
  child.kill("SIGTERM");
  expect(await exited, out.stderr).toBe(0);
  return out;
}

it("with only the local channel, start-up names the Discord-only participant and the Slack/Discord group channels, and tells the counselor once per cause across a reload and a restart", { timeout: 120_000 }, async () => {
  const db = freshSqlite();
  cleanup.push(() => db.drop());
  const programFile = exampleProgramFile();
  const env = { DATABASE_URL: db.url, PROGRAM_FILE: programFile };
  // While it runs, p-105 gets an SMS number without consent: the reload names the new cause,
  // and the counselor is told of it (a new cause is told again).
  const first = await startAndStop(env, async (out) => {
    fs.writeFileSync(programFile, fs.readFileSync(programFile, "utf8").replace('contacts: { discord: "100000000000000115" }', 'contacts: { discord: "100000000000000115", sms: "+13125550115" }'));
    await until(out, (o) => o.stdout.includes("program file reloaded") && o.stderr.includes("participant p-105: no consent recorded for sms"));
    // A participant's setup notice goes out in office hours (this runs on the real clock).
    if (officeOpen()) await until(out, (o) => o.stdout.includes("to c-rivera (local): Steady: p-105 gets no check-ins or reminders: no consent recorded for sms."));
  });
  expect(first.stdout).toContain("channel: local (no provider configured)");
  expect(first.stderr).toContain(
    [
      "warning: no running channel reaches these 3 (channels that reach people: sms, for which the local channel stands in here):",
      "  participant p-105: no running channel for their contacts (discord): nothing reaches them",
      "  group g-mwf-morning: its slack channel gets nothing: no adapter for it is running",
      "  group g-tue-thu: its slack, discord channels get nothing: no adapter for them is running",
    ].join("\n"),
  );
  // The counselor's notice went out on the local channel, once (at the office's next opening when it is closed now).
  if (officeOpen()) expect(first.stdout).toContain("to c-rivera (local): Steady: p-105 gets no messages: no contact on a channel Steady runs (has discord). Please add one.");
  else expect(first.stdout).not.toContain("to c-rivera (local): Steady: p-105");
  const again = await startAndStop(env);
  expect(again.stderr).toContain("  participant p-105: no consent recorded for sms, the running channel they have: nothing routine reaches them");
  expect(again.stdout).not.toContain("to c-rivera (local): Steady: p-105");
  const check = await createDb(db.url);
  try {
    const notices = await check.outbox.findMany({ where: { recipientId: "c-rivera", kind: "system" }, orderBy: { idempotencyKey: "asc" } });
    expect(notices.map((n) => n.idempotencyKey)).toEqual(["unreachable-setup:p-105:no_consent", "unreachable-setup:p-105:no_running_channel"]);
    for (const n of notices) expect(n.dueAt.getTime(), n.idempotencyKey).toBe(nextOfficeOpening(n.createdAt, EXAMPLE.timeZone, EXAMPLE.officeHours).getTime());
  } finally {
    await check.$disconnect();
  }
});

it("with SMS (and a Slack token no adapter runs), the banner says what really runs and start-up names the same participant and groups", { timeout: 120_000 }, async () => {
  const twilio = await startFakeTwilioApi();
  cleanup.push(() => twilio.close());
  const db = freshSqlite();
  cleanup.push(() => db.drop());
  const { stdout, stderr } = await startAndStop({
    DATABASE_URL: db.url,
    PROGRAM_FILE: exampleProgramFile(),
    TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_FROM_NUMBER: TEST_STEADY_NUMBER,
    TWILIO_API_BASE_URL: twilio.url,
    PUBLIC_BASE_URL: "https://steady.example.org",
    SLACK_BOT_TOKEN: "xoxb-fake",
  });
  expect(stdout).not.toContain("channel: local");
  expect(stdout).toContain("console: off");
  expect(stdout).toContain("channel: sms via");
  expect(stdout).toContain("channel: slack not running (SLACK_BOT_TOKEN is set, but this build has no adapter for it): nothing goes by slack");
  expect(stderr).toContain("warning: no running channel reaches these 3 (channels that reach people: sms):\n  participant p-105: no running channel for their contacts (discord)");
  expect(stderr).toMatch(/group g-tue-thu: its slack, discord channels get nothing/);
  // Nothing but ids in what it printed about them.
  expect(stderr).not.toMatch(/Avery|100000000000000115/);
});
