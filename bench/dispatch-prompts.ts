/**
 * Child process of bench/run.ts: a Steady process starting on a database that already holds
 * N participants and their planned check-ins, then dispatching all of tonight's prompts to
 * the local channel. Prints one JSON line with the time and memory figures.
 */
import { BOT_LOCAL_KEEP, LocalChannel } from "../adapters/local/local-channel.ts";
import { openApp } from "../src/app.ts";
import { warmRiskRules } from "../src/risk/warm-risk-rules.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";

/** The highest resident set size of this process so far. */
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

const [url, count] = process.argv.slice(2);
const n = Number(count);
let now = new Date("2026-11-24T18:00:00-06:00");
// As in main.ts: the risk rules are compiled before the app opens (what a bot that has read
// some texts holds anyway), the program is not held once the app has it, and the local
// channel keeps only the latest deliveries.
warmRiskRules();
const local = new LocalChannel(() => now, undefined, BOT_LOCAL_KEEP);
const app = await openApp({ databaseUrl: url!, program: programWithParticipants(n), clock: () => now, channels: [local] });
const rssBefore = process.memoryUsage().rss;
const peakOpenRssMb = maxRssMb();
const t0 = performance.now();
const summary = await app.engine.dispatchDue();
const ms = performance.now() - t0;
const delivered = local.deliveredCount;
await app.close();
process.stdout.write(
  JSON.stringify({ n, ms, delivered, summary, rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: maxRssMb(), peakOpenRssMb }) + "\n",
);
