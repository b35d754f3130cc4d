/**
 * The dispatch benchmark of bench/run.ts on its own: plans N participants' check-ins in a
 * fresh SQLite database, then dispatches tonight's prompts in a fresh child process
 * (bench/dispatch-prompts.ts, run as `npm start` runs the bot: see as-started.ts) and returns
 * its time and memory figures.
 *
 *   npx tsx bench/dispatch-memory.ts [N]      (N: BENCH_PROMPTS or 10,000)
 *
 * DISPATCH_NODE_FLAGS="--max-old-space-size=128" passes more Node flags to the child, for experiments.
 */
import path from "node:path";
import { LocalChannel } from "../adapters/local/local-channel.ts";
import { openApp } from "../src/app.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";
import { runAsStarted } from "./as-started.ts";
import { freshBenchDb, removeBenchDb } from "./fresh-bench-db.ts";

/** What the dispatching child reports. */
export interface DispatchFigures {
  n: number;
  ms: number;
  delivered: number;
  summary: { planned: number; jobs: number; sent: number };
  /** Resident set size just after the app opened, before the dispatch began. */
  rssBeforeMb: number;
  /** Highest resident set size of the child over its whole life. */
  peakRssMb: number;
  /** Highest resident set size up to the end of opening. */
  peakOpenRssMb: number;
}

/** Plans N participants' check-ins in this process, then dispatches them in a fresh one. */
export async function benchDispatch(n: number, nodeFlags: string[] = []): Promise<DispatchFigures> {
  const url = await freshBenchDb("dispatch");
  const now = new Date("2026-11-24T12:00:00-06:00");
  const app = await openApp({ databaseUrl: url, program: programWithParticipants(n), clock: () => now, channels: [new LocalChannel(() => now)] });
  await app.engine.dispatchDue();
  await app.close();
  try {
    return await runAsStarted<DispatchFigures>(path.join(import.meta.dirname, "dispatch-prompts.ts"), [url, String(n)], nodeFlags);
  } finally {
    removeBenchDb(url);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const n = Number(process.argv[2] ?? process.env.BENCH_PROMPTS ?? 10_000);
  const flags = (process.env.DISPATCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const d = await benchDispatch(n, flags);
  console.log(
    `dispatch ${d.n} due prompts to the local channel: ${(d.ms / 1000).toFixed(2)} s, ${d.delivered} delivered (goal <= 10 s); ` +
      `peak RSS ${d.peakRssMb.toFixed(0)} MB (goal <= 200 MB); ${d.rssBeforeMb.toFixed(0)} MB before the dispatch began, ` +
      `${d.peakOpenRssMb.toFixed(0)} MB peak while opening`,
  );
}
