/**
 * Benchmarks on the SQLite default (npm run bench):
 *  1. check-in replies handled per second through the engine, one at a time and 16 participants
 *     side by side (goal >= 2,000/s on one core);
 *  2. time to dispatch 10,000 due check-in prompts to the local channel (goal <= 10 s),
 *     with peak memory (goal <= 200 MB RSS), measured in a fresh process that starts on a
 *     database already holding the participants, as a restarted bot would;
 *  3. CPU per inbound text of risk triage plus check-in interpretation (no database);
 *  4. the SMS figures of bench/sms-webhooks.ts;
 *  5. several instances on one PostgreSQL database beside one on SQLite (bench/cluster.ts):
 *     webhook replies/s and p99, CPU per 1,000 webhooks, time to dispatch 10,000 prompts,
 *     what doubled, and crisis text to counselor alert with two instances. `--quick`
 *     (npm run bench -- --quick) makes its sizes small.
 * Everything Steady runs is measured in child processes started as `npm start` starts the bot
 * (bundled, with its Node flags; see as-started.ts). Figures are printed, never asserted.
 */
import path from "node:path";
import { runAsStarted } from "./as-started.ts";
import { benchCluster, clusterOptions } from "./cluster.ts";
import { clusterReport } from "./cluster-report.ts";
import { benchDispatch } from "./dispatch-memory.ts";
import { freshBenchDb, removeBenchDb } from "./fresh-bench-db.ts";
import { benchRiskInterpret } from "./risk-interpret.ts";
import { benchSmsOutbound, benchSmsWebhooks } from "./sms-webhooks.ts";

/** Check-in replies through the engine, in a child process started as the bot is (check-in-replies.ts). */
async function replies(participants: number, inFlight: number) {
  const url = await freshBenchDb("replies");
  try {
    return await runAsStarted<{ count: number; ms: number; complete: number }>(path.join(import.meta.dirname, "check-in-replies.ts"), [url, String(participants), String(inFlight)]);
  } finally {
    removeBenchDb(url);
  }
}

// Read first, so that sizes that do not fit together stop the run before it starts.
const clusterSizes = clusterOptions(process.argv.includes("--quick"));

const ri = await benchRiskInterpret();
console.log(
  `risk triage + answer interpretation per message: ${ri.perMessageMicros.toFixed(1)} µs (assessRisk ${ri.riskMicros.toFixed(1)} µs, ` +
    `interpretation ${ri.interpretMicros.toFixed(1)} µs, keyword ${ri.keywordMicros.toFixed(1)} µs); one 100 KB message ${(ri.largeMessageMicros / 1000).toFixed(1)} ms`,
);
for (const inFlight of [1, 16]) {
  const r = await replies(Number(process.env.BENCH_REPLY_PARTICIPANTS ?? 1000), inFlight);
  console.log(
    `check-in replies through the engine, ${inFlight === 1 ? "one at a time" : `${inFlight} participants side by side`}: ` +
      `${r.count} in ${(r.ms / 1000).toFixed(2)} s = ${Math.round(r.count / (r.ms / 1000))}/s (${r.complete} check-ins completed; goal >= 2,000/s)`,
  );
}
const d = await benchDispatch(Number(process.env.BENCH_PROMPTS ?? 10_000));
console.log(
  `dispatch ${d.n} due prompts to the local channel: ${(d.ms / 1000).toFixed(2)} s, ${d.delivered} delivered (goal <= 10 s); ` +
    `peak RSS of the dispatching process ${d.peakRssMb.toFixed(0)} MB, ${d.rssBeforeMb.toFixed(0)} MB before the dispatch began, ${d.peakOpenRssMb.toFixed(0)} MB peak while opening (goal <= 200 MB)`,
);

const webhookDbs = [await freshBenchDb("sms-webhooks"), await freshBenchDb("sms-durable")] as const;
const w = await benchSmsWebhooks(...webhookDbs, Number(process.env.BENCH_SMS_PARTICIPANTS ?? 2000));
webhookDbs.forEach(removeBenchDb);
console.log(
  `signed SMS webhook replies over loopback HTTP: ${w.steady.count} in ${(w.steady.ms / 1000).toFixed(2)} s = ${Math.round(w.steady.perSecond)}/s, ` +
    `p50 ${w.steady.p50.toFixed(1)} ms, p99 ${w.steady.p99.toFixed(1)} ms, ${w.steady.failures} non-200 (goal >= 1,000/s, p99 <= 50 ms)`,
);
console.log(
  `  bare Node server that only verifies the signature: ${Math.round(w.bare.perSecond)}/s, p99 ${w.bare.p99.toFixed(1)} ms; ratio ${w.ratio.toFixed(3)} (goal >= 0.5)`,
);
console.log(
  `  the same bare server committing each message to SQLite before answering: ${Math.round(w.durable.perSecond)}/s, p99 ${w.durable.p99.toFixed(1)} ms, ` +
    `${w.durable.failures} non-200; ${w.durableRatio.toFixed(3)} of the bare figure (reference, no goal)`,
);
const outboundDb = await freshBenchDb("sms-outbound");
const o = await benchSmsOutbound(outboundDb, Number(process.env.BENCH_SMS_OUTBOUND ?? 100));
removeBenchDb(outboundDb);
console.log(
  `outbound SMS at a ${o.limit}/s limit: ${o.sent} sent at ${o.rate.toFixed(2)}/s = ${((100 * o.rate) / o.limit).toFixed(1)}% of the limit; busiest one-second window ${o.busiest} (goal >= 95%, never above ${o.limit})`,
);

for (const line of clusterReport(await benchCluster(clusterSizes), clusterSizes)) console.log(line);
