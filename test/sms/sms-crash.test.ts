import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { openApp } from "../../src/app.ts";
import { startFakeTwilioApi, type FakeTwilioApi } from "../support/fake-twilio-api.ts";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { captureLogText } from "../support/log-capture.ts";
import { programWithParticipants } from "../support/many-participants.ts";

const N = 1000;
const CHILD = path.join(import.meta.dirname, "../support/sms-dispatch-child.ts");

let fake: FakeTwilioApi | null = null;
let db: FreshDatabase | null = null;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
  await fake?.close();
  await db?.drop();
});

function run(baseIso: string): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, db!.url, fake!.url, String(N), baseIso, "400"], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then((code) => {
    captureLogText(err);
    if (code !== 0 && code !== null) console.error(err);
  });
  return { child, exited };
}

describe("a crash while sending", () => {
  it("SIGKILL while 1,000 prompts are going out, then a restart: every prompt reaches the API exactly once", async () => {
    db = freshSqlite();
    fake = await startFakeTwilioApi();
    // Plan tonight's check-ins ahead of time, as the running bot would have.
    const app = await openApp({ databaseUrl: db.url, program: programWithParticipants(N, { channel: "sms" }), channels: [new LocalChannel()], clock: () => new Date("2026-11-24T12:00:00-06:00") });
    await app.engine.dispatchDue();
    await app.close();

    const first = run("2026-11-24T18:00:00-06:00");
    while (fake.requests.length < 300) {
      if (first.child.exitCode !== null) throw new Error("the first process ended before the kill");
      await new Promise((r) => setTimeout(r, 10));
    }
    first.child.kill("SIGKILL");
    await first.exited;
    const atKill = fake.requests.length;
    expect(atKill).toBeLessThan(N);

    // Two minutes later (the dead process's claims have lapsed), a new process takes over.
    const second = run("2026-11-24T18:02:00-06:00");
    expect(await second.exited).toBe(0);

    const delivered = fake.delivered();
    const keys = new Set(delivered.map((r) => r.idempotencyKey));
    expect(delivered).toHaveLength(N);
    expect(keys.size).toBe(N);
    expect(new Set(delivered.map((r) => r.to)).size).toBe(N);
    // Only what was in flight at the kill can be resent, and the fake recognised each by its key.
    expect(fake.resends().length).toBeLessThanOrEqual(2);
    for (const r of fake.resends()) expect(keys.has(r.idempotencyKey)).toBe(true);

    const check = await openApp({ databaseUrl: db.url, program: programWithParticipants(N, { channel: "sms" }), sync: false, channels: [] });
    try {
      expect(await check.db.outbox.count({ where: { kind: "prompt", status: "sent" } })).toBe(N);
      expect(await check.db.outbox.count({ where: { kind: "prompt", providerId: null } })).toBe(0);
    } finally {
      await check.close();
    }
  }, 120_000);
});
