import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { openApp } from "../../src/app.ts";
import { startFakeTwilioApi, type FakeTwilioApi } from "../support/fake-twilio-api.ts";
import { freshPostgres, type FreshDatabase } from "../support/fresh-database.ts";
import { programWithParticipants } from "../support/many-participants.ts";

const N = 60;
const CHILD = path.join(import.meta.dirname, "../support/sms-dispatch-child.ts");
/** The processes' clocks run this much faster than real time: a 60 s claim lapses in 2 s. */
const SPEED = 30;
const EVENING = new Date("2026-11-24T18:00:00-06:00").getTime();

let fake: FakeTwilioApi | null = null;
let db: FreshDatabase | null = null;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) {
    c.kill("SIGCONT");
    c.kill("SIGKILL");
  }
  await fake?.close();
  await db?.drop();
});

function run(baseMs: number): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, db!.url, fake!.url, String(N), new Date(baseMs).toISOString(), "10", String(SPEED)], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then((code) => code !== 0 && code !== null && console.error(err));
  return { child, exited };
}

describe("an instance stalled while sending (SIGSTOP), past its claim", () => {
  it("another takes its prompts over; resumed (SIGCONT), it sends none of them: nobody gets a prompt twice", async () => {
    db = await freshPostgres();
    fake = await startFakeTwilioApi();
    const app = await openApp({ databaseUrl: db.url, program: programWithParticipants(N, { channel: "sms" }), channels: [new LocalChannel()], clock: () => new Date("2026-11-24T12:00:00-06:00") });
    await app.engine.dispatchDue();
    await app.close();

    const startedAt = Date.now();
    const first = run(EVENING);
    while (fake.requests.length < 10) {
      if (first.child.exitCode !== null) throw new Error("the first process ended before the stall");
      await new Promise((r) => setTimeout(r, 10));
    }
    // Stopped between two sends, while it waits for the sender's next slot (one each 100 ms).
    await new Promise((r) => setTimeout(r, 40));
    first.child.kill("SIGSTOP");
    // Three seconds, 90 s on the processes' clocks: the stalled one's claims (60 s) lapse.
    await new Promise((r) => setTimeout(r, 3_000));
    const second = run(EVENING + SPEED * (Date.now() - startedAt));
    expect(await second.exited).toBe(0);
    const beforeResume = fake.requests.length;

    first.child.kill("SIGCONT");
    expect(await first.exited).toBe(0);
    // Everything went out before the resume; the resumed process sent nothing more.
    expect(fake.requests.length).toBe(beforeResume);
    const delivered = fake.delivered();
    expect(delivered).toHaveLength(N);
    expect(new Set(delivered.map((r) => r.to)).size).toBe(N);
    // Only a request in flight at the stall can have been sent again, recognised by its key.
    expect(fake.resends().length).toBeLessThanOrEqual(1);
  }, 120_000);
});
