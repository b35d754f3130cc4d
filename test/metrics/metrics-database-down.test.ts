import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { HttpServer } from "../../src/http/http-server.ts";
import { SteadyMetrics } from "../../src/metrics/steady-metrics.ts";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { startSilentProxy, type SilentProxy } from "../support/silent-proxy.ts";
import { sample, scrape, serveMetrics } from "./scrape.ts";

let proxy: SilentProxy | null = null;
let database: FreshDatabase | null = null;
let db: Db | null = null;
let server: HttpServer | null = null;
afterEach(async () => {
  proxy?.resume();
  await server?.close();
  await db?.$disconnect();
  await proxy?.close();
  await database?.drop();
  proxy = database = db = server = null;
});

const clock = () => new Date("2026-11-24T16:00:00Z");

/** Scrapes, and how long it took in ms. */
async function timedScrape(url: string) {
  const started = performance.now();
  const samples = await scrape(url);
  return { samples, ms: performance.now() - started };
}

describe("/metrics while the database fails", () => {
  it("answers within a few seconds with steady_database_up 0 when the SQLite file is gone, and the gauges read NaN", async () => {
    database = freshSqlite();
    db = await createDb(database.url);
    const metrics = new SteadyMetrics({ processMetrics: false });
    metrics.readFrom(db, clock);
    const s = await serveMetrics(metrics);
    server = s.http;
    expect(sample((await scrape(s.url)), "steady_database_up")).toBe(1);

    await db.$disconnect();
    const file = database.url.slice("file:".length);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    fs.mkdirSync(file); // where the database was, nothing SQLite can open
    const { samples, ms } = await timedScrape(s.url);
    expect(ms).toBeLessThan(3_000);
    expect(sample(samples, "steady_database_up")).toBe(0);
    expect(sample(samples, "steady_outbox_depth")).toBeNaN();
    expect(sample(samples, "steady_escalations_open", { level: "crisis" })).toBeNaN();
    fs.rmdirSync(file);
  }, 30_000);

  it("answers within a few seconds with steady_database_up 0 when PostgreSQL hangs, without piling up queries, and 1 again when it answers", async () => {
    proxy = await startSilentProxy({ host: "127.0.0.1", port: 5432 });
    database = await freshPostgres();
    db = await createDb(proxy.via(database.url));
    await db.$queryRawUnsafe("SELECT 1"); // the pool's first connection, outside the scrape's 2 s
    const metrics = new SteadyMetrics({ processMetrics: false });
    metrics.readFrom(db, clock);
    const s = await serveMetrics(metrics);
    server = s.http;
    let r = await timedScrape(s.url);
    expect(sample(r.samples, "steady_database_up")).toBe(1);
    expect(sample(r.samples, "steady_outbox_depth")).toBe(0);

    proxy.silence();
    const accepted = proxy.accepted;
    for (let i = 0; i < 3; i++) {
      r = await timedScrape(s.url);
      expect(r.ms).toBeLessThan(5_000);
      expect(sample(r.samples, "steady_database_up")).toBe(0);
      expect(sample(r.samples, "steady_outbox_oldest_due_age_seconds")).toBeNaN();
    }
    // The later scrapes waited on the first one's queries instead of opening more connections.
    expect(proxy.accepted - accepted).toBeLessThanOrEqual(3);

    proxy.resume();
    let up = 0;
    for (let i = 0; i < 20 && up !== 1; i++) up = sample((await scrape(s.url)), "steady_database_up")!;
    expect(up).toBe(1);
  }, 60_000);
});
