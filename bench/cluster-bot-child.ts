/**
 * Child process of bench/cluster.ts: one Steady instance with the SMS adapter on a database
 * it may share with other instances (PostgreSQL), or alone (SQLite). The database already
 * holds the participants and tonight's planned check-ins (synced by the parent, so starting
 * N instances does not time N syncs). Its clock starts at 18:00:30, when the prompts are
 * due, and runs at real speed. It does not tick on its own: the parent asks each instance
 * for one routine pass, as a tick's routine lane runs it, so the dispatch is timed from one
 * moment for all instances.
 *
 * Prints "ready <port>" once it listens. IPC messages from the parent:
 *  - "dispatch": runs engine.dispatchDue() and answers { dispatched: DispatchSummary };
 *  - "cpu": answers { cpu: process.cpuUsage() } (every thread of the process: the Prisma
 *    query compiler, the database driver and the HTTP server all run in it).
 * Stops on SIGTERM.
 *
 *   cluster-bot-child <databaseUrl> <apiUrl> <participants> <perSecond>
 * (bundled and run as `npm start` runs the bot; see as-started.ts)
 */
import { SmsChannel } from "../adapters/sms/sms-channel.ts";
import { openApp } from "../src/app.ts";
import { warmRiskRules } from "../src/risk/warm-risk-rules.ts";
import { HttpServer } from "../src/http/http-server.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "../test/support/signed-webhook.ts";
import { BENCH_PUBLIC_BASE } from "./bench-public-base.ts";

/** A message from bench/cluster.ts. */
export type ClusterCommand = "dispatch" | "cpu";

const [databaseUrl, apiUrl, n, perSecond] = process.argv.slice(2);
const base = new Date("2026-11-24T18:00:30-06:00").getTime();
const t0 = performance.now();
const clock = () => new Date(base + (performance.now() - t0));
const server = new HttpServer();
const sms = new SmsChannel({
  config: { accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN, sender: { from: TEST_STEADY_NUMBER }, publicBaseUrl: BENCH_PUBLIC_BASE, apiBaseUrl: apiUrl!, maxPerSecond: Number(perSecond) },
  http: server,
  clock,
});
// As main does before it takes messages.
warmRiskRules();
const app = await openApp({ databaseUrl: databaseUrl!, program: programWithParticipants(Number(n), { channel: "sms" }), clock, channels: [sms], sync: false });
const port = await server.listen(0, "127.0.0.1");

process.on("message", (command: ClusterCommand) => {
  if (command === "cpu") process.send!({ cpu: process.cpuUsage() });
  else if (command === "dispatch")
    app.engine.dispatchDue().then(
      (summary) => process.send!({ dispatched: summary }),
      (e: unknown) => process.send!({ failed: e instanceof Error ? e.message : String(e) }),
    );
});
process.once("SIGTERM", async () => {
  await server.close();
  await app.close();
  process.exit(0);
});
console.log(`ready ${port}`);
