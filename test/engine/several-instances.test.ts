import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { openApp } from "../../src/app.ts";
import { startFakeTwilioApi, type FakeAcceptedRequest, type FakeTwilioApi } from "../support/fake-twilio-api.ts";
import { freshPostgres, type FreshDatabase } from "../support/fresh-database.ts";
import { captureSentTexts } from "../support/log-capture.ts";
import { fictionalNumber, programWithParticipants } from "../support/many-participants.ts";
import { startSilentProxy } from "../support/silent-proxy.ts";
import { go, inboundParams, kill, killAllInstances, postInbound, postUntilAnswered, startInstances, stopAll, type Instance } from "../support/sms-instances.ts";
import { twimlTexts } from "../support/twiml-texts.ts";

// Several real Steady processes (test/support/sms-instance-child.ts, wired as `main` wires the
// bot) on one PostgreSQL database, taking Twilio's webhooks on their own ports and sending to
// one fake Twilio API, while instances die, the provider fails and the database goes away.

const COUNSELOR = "+13125550101";
const EVENING = "2026-11-24T18:00:00-06:00";

let fake: FakeTwilioApi | null = null;
const databases: FreshDatabase[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await killAllInstances();
  await fake?.close();
  fake = null;
  for (const d of databases.splice(0)) await d.drop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function spoolFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-instances-"));
  dirs.push(dir);
  return path.join(dir, "inbound-spool.jsonl");
}

async function database(): Promise<FreshDatabase> {
  const db = await freshPostgres();
  databases.push(db);
  return db;
}

/** Plans the day's check-ins at noon, as the running bot would have, and stops. */
async function planDay(url: string, n: number, options: { welcome?: boolean; startDate?: string } = {}): Promise<void> {
  const program = programWithParticipants(n, { channel: "sms", ...options });
  const app = await openApp({ databaseUrl: url, program, channels: [new LocalChannel()], clock: () => new Date("2026-11-24T12:00:00-06:00") });
  await app.engine.dispatchDue();
  await app.close();
}

/** A copy of `db` (nobody connected to it) as a new database. */
async function copyOf(db: FreshDatabase): Promise<FreshDatabase> {
  const from = new URL(db.url).pathname.slice(1);
  const name = `${from.slice(0, 40)}_copy`;
  await query(db.url.replace(/\/[^/]+$/, "/postgres"), `CREATE DATABASE "${name}" TEMPLATE "${from}"`);
  const url = db.url.replace(/\/[^/]+$/, `/${name}`);
  const copy = { url, drop: () => query(db.url.replace(/\/[^/]+$/, "/postgres"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => {}) };
  databases.push(copy);
  return copy;
}

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function count(url: string, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await query<{ n: string }>(url, sql, params);
  return Number(row!.n);
}

async function waitFor(what: string, done: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Requests the fake accepted, first deliveries only, grouped by recipient. */
function deliveredTo(f: FakeTwilioApi): Map<string, FakeAcceptedRequest[]> {
  const by = new Map<string, FakeAcceptedRequest[]>();
  for (const r of f.delivered()) by.set(r.to, [...(by.get(r.to) ?? []), r]);
  return by;
}

const isPrompt = (r: FakeAcceptedRequest) => r.idempotencyKey?.startsWith("prompt:") ?? false;

describe("several instances on one PostgreSQL database", () => {
  it("two, then four instances send 5,000 due prompts: each participant gets theirs once", async () => {
    const N = 5000;
    fake = await startFakeTwilioApi();
    const planned = await database();
    await planDay(planned.url, N);
    const copy = await copyOf(planned);
    for (const [instances, url] of [[2, planned.url], [4, copy.url]] as const) {
      fake.clear();
      const running = await startInstances(instances, { databaseUrl: url, apiUrl: fake.url, participants: N, baseIso: EVENING, spoolFile: spoolFile() });
      go(running);
      await waitFor(`${N} prompts from ${instances} instances`, async () => fake!.requests.length >= N && (await count(url, `SELECT count(*) AS n FROM "Outbox" WHERE status = 'pending'`)) === 0, 120_000);
      expect(await stopAll(running)).toEqual(running.map(() => 0));
      // Every request the stand-in got is a first delivery: nobody got a prompt twice.
      expect(fake.requests).toHaveLength(N);
      expect(fake.resends()).toHaveLength(0);
      const by = deliveredTo(fake);
      expect(by.size).toBe(N);
      expect([...by.values()].every((rs) => rs.length === 1 && isPrompt(rs[0]!))).toBe(true);
      expect(await count(url, `SELECT count(*) AS n FROM "Outbox" WHERE kind = 'prompt' AND status = 'sent' AND "providerId" IS NOT NULL`)).toBe(N);
    }
  }, 240_000);
});

describe("the provider failing for a stretch", () => {
  it("500s, then timeouts: messages wait and retry with backoff, then all arrive, each participant's in order", async () => {
    const N = 20;
    fake = await startFakeTwilioApi();
    const db = await database();
    // Everyone starts today: a welcome text at once (17:58), then the check-in at 18:00.
    const day = { welcome: true, startDate: "2026-11-24" };
    const failing = fake.failWhen(() => true, "server-error");
    // 30 times real time: a minute of the instances' clock in two real seconds.
    const running = await startInstances(2, { databaseUrl: db.url, apiUrl: fake.url, participants: N, ...day, baseIso: "2026-11-24T17:58:00-06:00", speed: 30, apiTimeoutMs: 500, spoolFile: spoolFile() });
    go(running);
    // Eight seconds (four minutes on the instances' clocks) of 500s, then eight of no answer.
    // The welcome is tried at 0, 1, 3, 7 and 15 s, the check-in at 4, 5, 7 and 11 s: when the
    // provider is back, the check-in's next try (19 s) comes before the welcome's (31 s).
    // Each stretch lasts until its failure was met (the instances start at their own pace,
    // and their backoff can put every try of a stretch just past it).
    const hangs = () => fake!.rejected.filter((r) => r.status === null).length;
    await new Promise((r) => setTimeout(r, 8_000));
    await waitFor("the 500s", () => fake!.rejected.filter((r) => r.status === 500).length >= 2 * N, 30_000);
    failing();
    const hanging = fake.failWhen(() => true, { hang: 5_000 });
    await new Promise((r) => setTimeout(r, 8_000));
    await waitFor("a request left unanswered", () => hangs() > 0, 60_000);
    hanging();
    await waitFor("every welcome and prompt", async () => fake!.delivered().length >= 2 * N && (await count(db.url, `SELECT count(*) AS n FROM "Outbox" WHERE status = 'pending'`)) === 0, 60_000);
    expect(await stopAll(running)).toEqual([0, 0]);

    expect(fake.rejected.filter((r) => r.status === 500).length).toBeGreaterThanOrEqual(2 * N);
    expect(fake.rejected.filter((r) => r.status === null).length).toBeGreaterThan(0);
    const by = deliveredTo(fake);
    expect(by.size).toBe(N);
    for (let i = 0; i < N; i++) {
      // The welcome first, then the check-in: never the other way round.
      expect(by.get(fictionalNumber(i))!.map((r) => r.idempotencyKey!.split(":")[0])).toEqual(["welcome", "prompt"]);
    }
    // Tried again later each time: the gaps between one message's tries grow.
    const tries = new Map<string, number[]>();
    for (const r of fake.rejected) tries.set(r.idempotencyKey!, [...(tries.get(r.idempotencyKey!) ?? []), r.at]);
    const gaps = [...tries.values()].filter((t) => t.length >= 3).map((t) => t.slice(1).map((at, k) => at - t[k]!));
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g.at(-1)!).toBeGreaterThan(g[0]!);
  }, 120_000);
});

describe("an instance killed (SIGKILL) in the middle of the work", () => {
  it("while prompts go out and a burst of webhooks comes in: the others finish, every text answered once, every prompt sent once", async () => {
    const N = 300;
    const TEXTERS = 150;
    fake = await startFakeTwilioApi();
    const db = await database();
    await planDay(db.url, N);
    // 30 times real time: the dead instance's claims (60 s) lapse in two seconds.
    const running = await startInstances(3, { databaseUrl: db.url, apiUrl: fake.url, participants: N, baseIso: EVENING, speed: 30, perSecond: 40, spoolFile: spoolFile() });
    const victim = running[1]!;
    go(running);
    await waitFor("the first prompts", () => fake!.requests.length >= 30, 30_000);

    // Each participant texts HELP once; Twilio spreads the webhooks over the instances in turn.
    const inFlight = running.map(() => 0);
    const answers = new Map<string, { body: string; tries: number }>();
    let next = 0;
    const sender = async () => {
      while (next < TEXTERS) {
        const i = next++;
        const from = fictionalNumber(i);
        const target = i % running.length;
        inFlight[target]!++;
        const { response, tries } = await postUntilAnswered(running, target, inboundParams(from, "HELP")).finally(() => inFlight[target]!--);
        expect(response.status).toBe(200);
        answers.set(from, { body: response.body, tries });
        await new Promise((r) => setTimeout(r, 15));
      }
    };
    const burst = Promise.all(Array.from({ length: 6 }, sender));
    await waitFor("the burst under way, a webhook in flight on the victim", () => answers.size >= TEXTERS / 3 && inFlight[1]! > 0, 30_000);
    await kill(victim);
    const promptsAtKill = fake.delivered().filter(isPrompt).length;
    const answeredAtKill = answers.size;
    await burst;
    expect(promptsAtKill).toBeLessThan(N);
    expect(answeredAtKill).toBeLessThan(TEXTERS);

    await waitFor("every prompt, and nothing left to send", async () => fake!.delivered().filter(isPrompt).length >= N && (await count(db.url, `SELECT count(*) AS n FROM "Outbox" WHERE status = 'pending'`)) === 0, 60_000);
    expect(await stopAll(running)).toEqual([0, 0]);

    // A webhook the victim had in hand died with it and was sent again to a live instance.
    expect([...answers.values()].some((a) => a.tries > 1)).toBe(true);
    const by = deliveredTo(fake);
    for (let i = 0; i < N; i++) {
      const got = by.get(fictionalNumber(i)) ?? [];
      expect(got.filter(isPrompt)).toHaveLength(1);
      if (i >= TEXTERS) continue;
      // One answer to the HELP: in the webhook's TwiML, or (the victim stored it and died
      // before answering) by the API from another instance once its hold lapsed.
      const inline = twimlTexts(answers.get(fictionalNumber(i))!.body);
      const sent = got.filter((r) => !isPrompt(r)).map((r) => r.body);
      expect([...inline, ...sent]).toEqual([expect.stringContaining("Reply STOP to opt out")]);
    }
    // Only a request in flight at the kill can have gone out again, recognised by its key.
    expect(fake.resends().length).toBeLessThanOrEqual(1);
    expect(await count(db.url, `SELECT count(*) AS n FROM "Inbound"`)).toBe(TEXTERS);
  }, 120_000);
});

describe("one participant's texts on two instances", () => {
  it("each text sent once the previous was answered, alternating instances: handled in that order", async () => {
    const N = 12;
    fake = await startFakeTwilioApi();
    const db = await database();
    await planDay(db.url, N);
    const running = await startInstances(2, { databaseUrl: db.url, apiUrl: fake.url, participants: N, baseIso: EVENING, spoolFile: spoolFile() });
    go(running);
    await waitFor("the check-ins", () => fake!.delivered().filter(isPrompt).length >= N, 30_000);
    const answers = ["7", "2", "yes"];
    captureSentTexts(answers);
    await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        for (const [k, text] of answers.entries()) {
          const r = await postInbound(running[(i + k) % 2]!, inboundParams(fictionalNumber(i), text));
          expect(r.status).toBe(200);
          expect(twimlTexts(r.body)).toHaveLength(1);
        }
      }),
    );
    const rows = await query<{ participantId: string; mood: number; craving: number; meeting: boolean }>(db.url, `SELECT "participantId", mood, craving, meeting FROM "CheckIn" WHERE "localDate" = '2026-11-24' ORDER BY "participantId"`);
    expect(rows).toHaveLength(N);
    // Mood first, then cravings, then the meeting: in the order they were sent.
    for (const r of rows) expect(r).toMatchObject({ mood: 7, craving: 2, meeting: true });
    expect(await stopAll(running)).toEqual([0, 0]);
  }, 90_000);
});

/** What happened to the texts sent during a database outage. */
interface Outage {
  db: FreshDatabase;
  fake: FakeTwilioApi;
  crises: { i: number; body: string; ms: number }[];
  texts: { i: number; bodies: string[] }[];
}

/**
 * Two instances reach PostgreSQL through a proxy that refuses connections for 10 seconds, then
 * hangs for 20, then passes them again (the shared server itself stays up for everyone else);
 * one spool, as from one directory. Participants 0-2 text a crisis: while refused, then twice
 * while hanging. Participants 3-7 send `answers` to their open check-in, one after the other,
 * the first while refused and the rest while hanging, alternating instances. Resolves once the
 * crises are stored and nothing is left to send. Its own database, proxy, fake API and
 * instances, closed by `cleanup`: two outages can run side by side.
 */
async function textsDuringOutage(answers: string[], CRISIS: string, tickMs: number, cleanup: (() => Promise<unknown>)[]): Promise<Outage> {
  const N = 8;
  captureSentTexts([CRISIS, ...answers]);
  const fake = await startFakeTwilioApi();
  cleanup.push(() => fake.close());
  const db = await freshPostgres();
  cleanup.push(() => db.drop());
  await planDay(db.url, N);
  const proxy = await startSilentProxy({ host: "127.0.0.1", port: Number(new URL(db.url).port || 5432) });
  cleanup.push(() => proxy.close());
  const running = await startInstances(2, { databaseUrl: proxy.via(db.url), apiUrl: fake.url, participants: N, baseIso: EVENING, spoolFile: spoolFile(), tickMs });
  cleanup.push(() => Promise.all(running.map(kill)));
  go(running);
  await waitFor("the check-ins", () => fake.delivered().filter(isPrompt).length >= N, 30_000);

  proxy.refuse();
  const t0 = Date.now();
  const at = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, t0 + ms - Date.now())));
  const phases = (async () => {
    await at(10_000);
    proxy.silence();
    await at(30_000);
    proxy.resume();
  })();
  const crises = [2_000, 12_000, 20_000].map(async (when, i) => {
    await at(when);
    const started = Date.now();
    const r = await postInbound(running[i % 2]!, inboundParams(fictionalNumber(i), CRISIS));
    expect(r.status).toBe(200);
    return { i, body: r.body, ms: Date.now() - started };
  });
  const texts = [3, 4, 5, 6, 7].map(async (i) => {
    const bodies: string[] = [];
    for (const [k, text] of answers.entries()) {
      await at([1_000, 13_000, 21_000][k]! + 200 * i);
      const r = await postInbound(running[(i + k) % 2]!, inboundParams(fictionalNumber(i), text));
      expect(r.status).toBe(200);
      bodies.push(r.body);
    }
    return { i, bodies };
  });
  const outage = { db, fake, crises: await Promise.all(crises), texts: await Promise.all(texts) };
  await phases;
  await waitFor("the crises stored and nothing left to send", async () => {
    const escalations = await count(db.url, `SELECT count(*) AS n FROM "Escalation" WHERE level = 'crisis'`);
    const pending = await count(db.url, `SELECT count(*) AS n FROM "Outbox" WHERE status = 'pending'`);
    return escalations >= 3 && pending === 0;
  }, 60_000);
  // Time for a second page or a second answer, were one coming.
  await new Promise((r) => setTimeout(r, 3_000));
  expect(await stopAll(running)).toEqual([0, 0]);
  return outage;
}

describe("PostgreSQL unavailable for 30 seconds while texts arrive", () => {
  const CRISIS = "I want to kill myself tonight";
  const answers = ["7", "2", "yes"];
  // The two outages the tests below check (ticks two seconds apart, and 250 ms apart) run side
  // by side, each on its own database, proxy, fake API and instances: most of each is waiting
  // out the outage's fixed timeline. A failed run fails only the test that reads it.
  const cleanup: (() => Promise<unknown>)[] = [];
  let slowTicks: Promise<Outage>;
  let fastTicks: Promise<Outage>;
  beforeAll(async () => {
    // Ticks two seconds apart: a spooled text holds its sender's later ones back for 20 failed
    // replays, 40 s here (five minutes at the default TICK_SECONDS), longer than the outage.
    slowTicks = textsDuringOutage(answers, CRISIS, 2_000, cleanup);
    fastTicks = textsDuringOutage(answers, CRISIS, 250, cleanup);
    await Promise.allSettled([slowTicks, fastTicks]);
  }, 180_000);
  afterAll(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  }, 60_000);

  it("refused, then hanging: every crisis text answered at once and paged once, stored once it is back; every other text handled once, in order", async () => {
    const { db, fake, crises, texts } = await slowTicks;
    for (const { body, ms } of crises) {
      // The crisis reply, in the webhook's answer, within a few seconds of the text.
      expect(twimlTexts(body).join(" ")).toContain("988");
      expect(ms).toBeLessThan(5_000);
    }
    // Each crisis stored once with its escalation, and its counselor paged once: from memory
    // during the outage, not again when it was recorded.
    expect(await query(db.url, `SELECT "participantId", level FROM "Escalation" ORDER BY "participantId"`)).toEqual([0, 1, 2].map((i) => ({ participantId: `p-0000${i}`, level: "crisis" })));
    expect(fake.delivered().filter((r) => r.to === COUNSELOR)).toHaveLength(3);
    const by = deliveredTo(fake);
    for (const i of [0, 1, 2]) expect((by.get(fictionalNumber(i)) ?? []).filter((r) => !isPrompt(r))).toEqual([]);
    // Every other text stored once and taken in the order sent: mood, cravings, the meeting.
    expect(await count(db.url, `SELECT count(*) AS n FROM "Inbound"`)).toBe(3 + 5 * answers.length);
    const rows = await query(db.url, `SELECT "participantId", mood, craving, meeting FROM "CheckIn" WHERE "localDate" = '2026-11-24' AND "participantId" >= 'p-00003' ORDER BY "participantId"`);
    expect(rows).toEqual([3, 4, 5, 6, 7].map((i) => ({ participantId: `p-0000${i}`, mood: 7, craving: 2, meeting: true })));
    // And each answered once: in the webhook's TwiML, or (kept through the outage) by the API
    // once the database was back: the cravings question, the meeting question, the thanks.
    for (const { i, bodies } of texts) {
      const replies = [...bodies.flatMap(twimlTexts), ...(by.get(fictionalNumber(i)) ?? []).filter((r) => !isPrompt(r)).map((r) => r.body)];
      expect(replies).toHaveLength(answers.length);
      expect(replies[0]).toContain("urges");
    }
  }, 150_000);

  // The same outage with ticks 250 ms apart: 20 failed replays of the first text come 5 s into
  // the outage (at the default TICK_SECONDS, five minutes). Replays that fail because the
  // database does not answer are not counted toward the hold, so the sender's later texts keep
  // waiting behind the first, and all are handled once, in order, when it is back.
  it("a long outage: a sender's later texts keep waiting behind the first, and are handled once each, in order", async () => {
    const { db } = await fastTicks;
    expect(await count(db.url, `SELECT count(*) AS n FROM "Inbound"`)).toBe(3 + 5 * answers.length);
    const rows = await query(db.url, `SELECT "participantId", mood, craving, meeting FROM "CheckIn" WHERE "localDate" = '2026-11-24' AND "participantId" >= 'p-00003' ORDER BY "participantId"`);
    expect(rows).toEqual([3, 4, 5, 6, 7].map((i) => ({ participantId: `p-0000${i}`, mood: 7, craving: 2, meeting: true })));
  }, 150_000);
});
