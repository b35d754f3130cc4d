/**
 * Benchmarks on the SQLite default (npm run bench):
 *  1. check-in replies handled per second through the engine (goal >= 2,000/s on one core);
 *  2. time to dispatch 10,000 due check-in prompts to the local channel (goal <= 10 s),
 *     with peak memory (goal <= 200 MB RSS).
 * Figures are printed, never asserted.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApp } from "../src/app.ts";
import { migrateDatabase } from "../src/store/migrate-database.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function freshDb(name: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `steady-bench-${name}-`));
  const url = `file:${path.join(dir, "bench.db")}`;
  await migrateDatabase(url);
  return url;
}

async function dispatchPrompts(n: number) {
  const program = programWithParticipants(n);
  let now = new Date("2026-11-24T12:00:00-06:00");
  const app = await openApp({ databaseUrl: await freshDb("dispatch"), program, clock: () => now });
  await app.engine.dispatchDue(); // plans the day's rows
  now = new Date("2026-11-24T18:00:00-06:00");
  peakRss = process.memoryUsage().rss;
  const t0 = performance.now();
  const summary = await app.engine.dispatchDue();
  const ms = performance.now() - t0;
  const delivered = app.local.delivered.length;
  await app.close();
  return { n, ms, delivered, summary, peakRss };
}

async function replies(participants: number) {
  const program = programWithParticipants(participants);
  let now = new Date("2026-11-24T12:00:00-06:00");
  const app = await openApp({ databaseUrl: await freshDb("replies"), program, clock: () => now });
  await app.engine.dispatchDue();
  now = new Date("2026-11-24T18:00:00-06:00");
  await app.engine.dispatchDue();
  const answers = ["7", "2", "yes", "skip"];
  const ids = program.participants.map((p) => p.id);
  let count = 0;
  const t0 = performance.now();
  for (const a of answers) {
    for (const id of ids) {
      await app.local.receive(id, a);
      count++;
    }
  }
  const ms = performance.now() - t0;
  const complete = await app.db.checkIn.count({ where: { status: "complete" } });
  await app.close();
  return { count, ms, complete };
}

const r = await replies(Number(process.env.BENCH_REPLY_PARTICIPANTS ?? 1000));
console.log(`check-in replies through the engine: ${r.count} in ${(r.ms / 1000).toFixed(2)} s = ${Math.round(r.count / (r.ms / 1000))}/s (${r.complete} check-ins completed; goal >= 2,000/s)`);
const d = await dispatchPrompts(Number(process.env.BENCH_PROMPTS ?? 10_000));
console.log(`dispatch ${d.n} due prompts to the local channel: ${(d.ms / 1000).toFixed(2)} s, ${d.delivered} delivered (goal <= 10 s); peak RSS ${mb(d.peakRss)} (goal <= 200 MB)`);
clearInterval(sampler);
