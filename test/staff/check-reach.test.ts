import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { ChannelName } from "../../src/channel/channel-registry.ts";
import { createLogger } from "../../src/log/logger.ts";
import { loadProgram } from "../../src/program/load-program.ts";
import { reportReach } from "../../src/staff/check-reach.ts";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { syncProgram } from "../../src/store/sync-program.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";

const EXAMPLE = readFileSync(new URL("../../examples/program.yaml", import.meta.url), "utf8");
const example = (edit: (yaml: string) => string = (y) => y) => loadProgram(edit(EXAMPLE), "program.yaml").program;
const NOW = new Date("2026-11-24T10:00:00-06:00");
/** What `npm start` runs with Twilio configured: SMS only, in a build with the SMS and local adapters. */
const SMS_ONLY = { running: ["sms"] as ChannelName[], available: ["sms", "local"] as ChannelName[], office: example().program };
/** What it runs with no provider: the local channel, standing in for SMS. */
const LOCAL = { running: ["local"] as ChannelName[], available: ["sms", "local"] as ChannelName[], office: example().program };

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function open(database: FreshDatabase): Promise<Db> {
  const db = await createDb(database.url);
  cleanup.push(() => db.$disconnect());
  return db;
}

async function fresh(): Promise<FreshDatabase> {
  const database = freshSqlite();
  cleanup.push(() => database.drop());
  return database;
}

/** The staff notices about who cannot be reached, as queued: who is told, and what. */
async function notices(db: Db) {
  const rows = await db.outbox.findMany({ where: { idempotencyKey: { startsWith: "unreachable-setup:" } }, orderBy: { idempotencyKey: "asc" } });
  return rows.map((r) => ({ to: r.recipientId, channel: r.channel, text: r.text }));
}

describe("who no running channel reaches, at each sync", () => {
  it("names the example's Discord-only participant and Slack/Discord group channels, and tells the counselor once across two syncs and a restart", async () => {
    const database = await fresh();
    const logs: string[] = [];
    const logger = createLogger({ write: (l) => logs.push(l), now: () => NOW });
    let db = await open(database);
    await syncProgram(db, example(), NOW);
    const first = await reportReach(db, { ...SMS_ONLY, now: NOW, logger });
    expect(first.found.map((u) => `${u.kind} ${u.id} ${u.cause} ${u.channels.join("+")}`)).toEqual([
      "participant p-105 no_running_channel discord",
      "group g-mwf-morning group_channel_not_running slack",
      "group g-tue-thu group_channel_not_running slack+discord",
    ]);
    expect(first.warning.join("\n")).toContain("participant p-105: no running channel for their contacts (discord)");
    // Log lines carry ids and codes, never a name or a number.
    expect(logs.join("\n")).not.toMatch(/Avery|\+1\d{10}|100000000000000115/);
    expect(await notices(db)).toEqual([{ to: "c-rivera", channel: "sms", text: "Steady: p-105 gets no messages: no contact on a channel Steady runs (has discord). Please add one." }]);

    // A second sync of the same file, then a restart on the same database: nothing told again.
    await syncProgram(db, example(), NOW);
    await reportReach(db, { ...SMS_ONLY, now: NOW, logger });
    await db.$disconnect();
    db = await open(database);
    await syncProgram(db, example(), new Date(NOW.getTime() + 3_600_000));
    const again = await reportReach(db, { ...SMS_ONLY, now: new Date(NOW.getTime() + 3_600_000), logger });
    expect(again.found).toEqual(first.found);
    expect(await notices(db)).toHaveLength(1);
  });

  it("tells again on a new cause, never of an opt-out, and the next on the ladder when the counselor cannot be reached", async () => {
    const db = await open(await fresh());
    await syncProgram(db, example(), NOW);
    await reportReach(db, { ...SMS_ONLY, now: NOW, logger: createLogger({ write: () => {} }) });
    // p-105 gets an SMS number but no consent for it: a new cause, told again.
    const noConsent = example((y) => y.replace('contacts: { discord: "100000000000000115" }', 'contacts: { discord: "100000000000000115", sms: "+13125550115" }'));
    await syncProgram(db, noConsent, NOW);
    const r = await reportReach(db, { ...SMS_ONLY, now: NOW, logger: createLogger({ write: () => {} }) });
    expect(r.found.filter((u) => u.kind === "participant").map((u) => u.cause)).toEqual(["no_consent"]);
    // p-101 opts out of SMS: named, as their choice, and nobody is told.
    await db.address.updateMany({ where: { ownerKind: "participant", ownerId: "p-101" }, data: { optedOutAt: NOW } });
    const stopped = await reportReach(db, { ...SMS_ONLY, now: NOW, logger: createLogger({ write: () => {} }) });
    expect(stopped.found.find((u) => u.id === "p-101")).toMatchObject({ cause: "opted_out" });
    expect(stopped.warning.join("\n")).toContain("participant p-101: opted out on sms: their choice, so their counselor is not told");
    expect((await notices(db)).map((n) => n.text)).toEqual([
      "Steady: p-105 gets no check-ins or reminders: no consent recorded for sms. Please record it.",
      "Steady: p-105 gets no messages: no contact on a channel Steady runs (has discord). Please add one.",
    ]);

    // Vega only on Discord: alerts cannot reach her. Her supervisor is told, loudly in the
    // terminal; her participant no channel reaches is told to the next on the ladder (on call first).
    const vegaOffline = example((y) =>
      y
        .replace('contacts: { sms: "+13125550102", discord: "100000000000000102" }', 'contacts: { discord: "100000000000000102" }')
        .replace(/(- id: p-105[\s\S]*?counselor: )c-rivera/, "$1c-vega"),
    );
    const fresh2 = await open(await fresh());
    await syncProgram(fresh2, vegaOffline, NOW);
    const v = await reportReach(fresh2, { ...SMS_ONLY, now: NOW, logger: createLogger({ write: () => {} }) });
    expect(v.warning[0]).toMatch(/^WARNING \(safety\): alerts cannot reach counselor c-vega/);
    expect(await notices(fresh2)).toEqual([
      { to: "c-okafor", channel: "sms", text: "Steady: alerts can't reach c-vega: no contact on a channel Steady runs (has discord). Please add one." },
      { to: "c-rivera", channel: "sms", text: "Steady: p-105 gets no messages: no contact on a channel Steady runs (has discord). Please add one." },
    ]);
  });

  it("a participant's setup notice waits for the office to open; a counselor alerts cannot reach is told at once", async () => {
    const db = await open(await fresh());
    const vegaOffline = example((y) => y.replace('contacts: { sms: "+13125550102", discord: "100000000000000102" }', 'contacts: { discord: "100000000000000102" }'));
    await syncProgram(db, vegaOffline, NOW);
    const night = new Date("2026-11-25T02:00:00-06:00"); // a restart at 2 AM on a Wednesday
    await reportReach(db, { ...SMS_ONLY, now: night, logger: createLogger({ write: () => {} }) });
    const rows = await db.outbox.findMany({ where: { idempotencyKey: { startsWith: "unreachable-setup:" } }, orderBy: { idempotencyKey: "asc" } });
    expect(rows.map((r) => [r.idempotencyKey, r.dueAt.toISOString()])).toEqual([
      ["unreachable-setup:c-vega:counselor_unreachable", night.toISOString()],
      ["unreachable-setup:p-105:no_running_channel", new Date("2026-11-25T08:30:00-06:00").toISOString()],
    ]);
  });

  it("in a local run, names who would get nothing live and tells the counselor on the local channel", async () => {
    const db = await open(await fresh());
    await syncProgram(db, example(), NOW);
    const r = await reportReach(db, { ...LOCAL, now: NOW, logger: createLogger({ write: () => {} }) });
    expect(r.checked).toEqual(["sms"]);
    expect(r.found.map((u) => u.id)).toEqual(["p-105", "g-mwf-morning", "g-tue-thu"]);
    expect(await notices(db)).toMatchObject([{ to: "c-rivera", channel: "local" }]);
  });

  it("two instances syncing at once on PostgreSQL tell the counselor once", async () => {
    const database = await freshPostgres();
    cleanup.push(() => database.drop());
    const a = await open(database);
    const b = await open(database);
    await syncProgram(a, example(), NOW);
    await Promise.all([a, b].map((db) => reportReach(db, { ...SMS_ONLY, now: NOW, logger: createLogger({ write: () => {} }) })));
    expect(await notices(a)).toHaveLength(1);
  });
});
