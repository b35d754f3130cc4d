import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { CRISIS_DEADLINE_MS } from "../../src/inbound/answer-crisis.ts";
import { PG_QUERY_TIMEOUT_MS } from "../../src/store/postgres-pool.ts";
import { freshPostgres } from "../support/fresh-database.ts";
import { startSilentProxy, type SilentProxy } from "../support/silent-proxy.ts";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { twimlTexts } from "../support/twiml-texts.ts";

const SAM = "+13125550111";
const RIVERA = "+13125550101";
const LEE = "+13125550102";
const OKAFOR = "+13125550103";
const CRISIS = "I want to kill myself";

let h: SmsHarness | null = null;
let proxy: SilentProxy | null = null;
let dir: string | null = null;
afterEach(async () => {
  proxy?.resume();
  await h?.dispose();
  await proxy?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  h = proxy = dir = null;
});

/** The bot on PostgreSQL behind a proxy the test can silence, with the inbound spool the running bot has. */
async function start(): Promise<{ h: SmsHarness; proxy: SilentProxy }> {
  proxy = await startSilentProxy({ host: "127.0.0.1", port: 5432 });
  const database = await freshPostgres();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-sms-crisis-"));
  h = await startSmsHarness({
    at: "2026-11-24T10:00:00-06:00",
    database: { url: proxy.via(database.url), drop: database.drop },
    inboundSpoolFile: path.join(dir, "inbound-spool.jsonl"),
    crisisDeadlineMs: CRISIS_DEADLINE_MS, // the running bot's
  });
  return { h, proxy };
}

/** Sends the crisis text with the database silent: the reply is in the response within 2 s, and the three pages reach the provider. */
async function crisisWhileSilent(h: SmsHarness, proxy: SilentProxy): Promise<void> {
  // Connections stay open, and new ones are accepted, but nothing is answered.
  proxy.silence();
  const started = performance.now();
  const r = await h.text({ from: SAM, body: CRISIS });
  const tookMs = performance.now() - started;
  expect(r.status).toBe(200);
  const [reply] = twimlTexts(r.body);
  expect(reply).toContain("988");
  expect(reply).toContain("741741");
  expect(tookMs).toBeLessThan(2_000); // the time a crisis reply is due in
  // The pages reach the provider from memory while the database still says nothing.
  await until(() => [RIVERA, LEE, OKAFOR].every((n) => h.textsTo(n).length > 0), 15_000);
  for (const n of [RIVERA, LEE, OKAFOR]) expect(h.textsTo(n)).toEqual([expect.stringMatching(/^Steady: crisis alert for p-001\. Please reach out now/)]);
}

/** Once the database answers: the message, its escalation, one crisis reply and each counselor's one page, stored once. */
async function expectStoredOnce(h: SmsHarness) {
  const db = h.app.db;
  expect(await db.inbound.count()).toBe(1);
  const escalations = await db.escalation.findMany();
  expect(escalations).toHaveLength(1);
  const escalation = escalations[0]!;
  expect(escalation).toMatchObject({ participantId: "p-001", level: "crisis", status: "open", step: 0 });
  // One crisis reply, on record as given from memory; none by the API.
  const crisisRows = await db.outbox.findMany({ where: { recipientId: "p-001", kind: "crisis" } });
  expect(crisisRows).toEqual([expect.objectContaining({ status: "sent", providerId: expect.stringMatching(/^fallback:SM/) })]);
  expect(h.textsTo(SAM)).toEqual([]);
  // Step 0 is on record as sent, and nobody got a second page for it.
  const alerts = await db.outbox.findMany({ where: { escalationId: escalation.id } });
  expect(alerts.length).toBeGreaterThan(0);
  expect(alerts.every((a) => a.status === "sent" && a.providerId?.startsWith("fallback:"))).toBe(true);
  for (const n of [RIVERA, LEE, OKAFOR]) expect(h.textsTo(n)).toHaveLength(1);
  return escalation;
}

/** Waits (real time) until `done` holds, or fails after `ms`. */
async function until(done: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("a crisis text while PostgreSQL hangs", () => {
  it("gets the crisis reply in the webhook response and pages from memory; once the database answers it is stored once and acknowledged as usual", async () => {
    const { h, proxy } = await start();
    await crisisWhileSilent(h, proxy);

    // The stored path was waiting on the silent server; it completes now (or the spool has it).
    proxy.resume();
    await h.app.engine.idle();
    await h.app.tick();
    await h.app.engine.idle();
    const escalation = await expectStoredOnce(h);

    // Nobody acknowledged: re-escalation carries the code, and ACK works as usual.
    await h.app.advanceTo("2026-11-24T10:05:30-06:00");
    await h.app.engine.idle();
    expect(h.textsTo(OKAFOR).at(-1)).toMatch(new RegExp(`ACK ${escalation.code}\\.$`));
    const ack = await h.text({ from: RIVERA, body: `ACK ${escalation.code}` });
    expect(twimlTexts(ack.body)[0]).toMatch(new RegExp(`Acknowledged alert ${escalation.code}`));
    expect(await h.app.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-rivera" });
  }, 60_000);

  it("silent for longer than the query timeout: the stored path fails, the text waits in the spool, and is recorded once when the database is back", async () => {
    const { h, proxy } = await start();
    await crisisWhileSilent(h, proxy);
    // Past the client's query timeout, the hang is a failure: the text is kept on disk as answered.
    await sleep(PG_QUERY_TIMEOUT_MS + 1_000);
    await h.app.engine.idle();
    const spooled = fs.readFileSync(path.join(dir!, "inbound-spool.jsonl"), "utf8");
    expect(spooled.trim().split("\n").map((l) => JSON.parse(l) as { answered?: boolean })).toEqual([expect.objectContaining({ answered: true })]);

    proxy.resume();
    await h.app.tick(); // replays the spool
    await h.app.engine.idle();
    await expectStoredOnce(h);
  }, 90_000);
});
