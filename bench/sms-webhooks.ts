/**
 * SMS benchmarks (part of npm run bench):
 *  1. signed webhook check-in replies handled per second over loopback HTTP, with p50/p99
 *     latency (goal >= 1,000/s, p99 <= 50 ms on the SQLite default), and the ratio to a bare
 *     Node server that only verifies the signature (goal >= 0.5); also the same bare server
 *     with one durable write per message (see sms-bot-child.ts), to show what that write
 *     alone costs next to the bare figure;
 *  2. outbound throughput through the twilio client at a 10 messages/second limit
 *     (goal >= 95% of the limit, never above it in any one-second window).
 * The bot runs in a child process; this process plays Twilio (the load and the fake API).
 */
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { SendRateLimiter } from "../src/channel/send-rate-limiter.ts";
import { SmsChannel } from "../adapters/sms/sms-channel.ts";
import { LocalChannel } from "../adapters/local/local-channel.ts";
import { openApp } from "../src/app.ts";
import { HttpServer } from "../src/http/http-server.ts";
import { createDb } from "../src/store/create-db.ts";
import { startFakeTwilioApi, type FakeTwilioApi } from "../test/support/fake-twilio-api.ts";
import { fictionalNumber, programWithParticipants } from "../test/support/many-participants.ts";
import { inboundSmsParams, signTwilioRequest, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "../test/support/signed-webhook.ts";
import { asStarted } from "./as-started.ts";
import { BENCH_PUBLIC_BASE } from "./bench-public-base.ts";

const CHILD = path.join(import.meta.dirname, "sms-bot-child.ts");

async function startChild(args: string[]) {
  // Both servers run as `npm start` runs the bot (bundled, same Node flags).
  const child = spawn(process.execPath, [...(await asStarted(CHILD)), ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`bench child exited with ${code}`)));
  });
  return { port, stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM"))) };
}

interface Load {
  path: string;
  body: string;
  signature: string;
}

/** Each participant's answers in order; participants run side by side, `concurrency` requests in flight. */
async function drive(port: number, perParticipant: Load[][], concurrency: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let failures = 0;
  const post = (l: Load) =>
    new Promise<void>((resolve, reject) => {
      const t = performance.now();
      const req = http.request({ host: "127.0.0.1", port, path: l.path, method: "POST", agent, headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": l.signature } }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode !== 200) failures++;
          latencies.push(performance.now() - t);
          resolve();
        });
      });
      req.on("error", reject);
      req.end(l.body);
    });
  const queue = perParticipant.slice();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) for (const l of next) await post(l);
    }),
  );
  const ms = performance.now() - t0;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return { count: latencies.length, ms, perSecond: latencies.length / (ms / 1000), p50: pct(50), p99: pct(99), failures };
}

function signedAnswers(n: number): Load[][] {
  return Array.from({ length: n }, (_, i) =>
    ["7", "2", "yes", "skip"].map((body) => {
      const params = inboundSmsParams({ from: fictionalNumber(i), body });
      return { path: "/sms/inbound", body: new URLSearchParams(params).toString(), signature: signTwilioRequest(TEST_AUTH_TOKEN, `${BENCH_PUBLIC_BASE}/sms/inbound`, params) };
    }),
  );
}

async function countInbound(dbUrl: string): Promise<number> {
  const db = await createDb(dbUrl);
  try {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT COUNT(*) AS n FROM "Inbound"');
    return Number(row!.n);
  } finally {
    await db.$disconnect();
  }
}

/** Waits until the fake API has taken `n` messages (a minute at most). */
async function promptsSent(fake: FakeTwilioApi, n: number) {
  const until = Date.now() + 60_000;
  while (fake.requests.length < n) {
    if (Date.now() > until) throw new Error(`the bot sent ${fake.requests.length} of ${n} prompts`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Webhook replies per second through Steady, the bare baseline and the bare server with one durable write (on `durableDbUrl`, a migrated empty database). */
export async function benchSmsWebhooks(dbUrl: string, durableDbUrl: string, participants: number, concurrency = 16) {
  const fake = await startFakeTwilioApi();
  const plan = await openApp({ databaseUrl: dbUrl, program: programWithParticipants(participants, { channel: "sms" }), clock: () => new Date("2026-11-24T12:00:00-06:00"), channels: [new LocalChannel()] });
  await plan.engine.dispatchDue();
  await plan.close();
  // Both servers first answer a tenth of the participants unmeasured, so that neither is timed
  // while its code is still being compiled; the rest is measured.
  const load = signedAnswers(participants);
  const warm = load.slice(0, Math.ceil(participants / 10));
  const measured = load.slice(warm.length);
  const steady = await startChild(["steady", dbUrl, fake.url, String(participants)]);
  // The bot sends tonight's prompts in the background as it starts; none of that is timed.
  await promptsSent(fake, participants);
  await drive(steady.port, warm, concurrency);
  const s = await drive(steady.port, measured, concurrency);
  await steady.stop();
  const bare = await startChild(["bare"]);
  await drive(bare.port, warm, concurrency);
  const b = await drive(bare.port, measured, concurrency);
  await bare.stop();
  const durable = await startChild(["durable", durableDbUrl]);
  await drive(durable.port, warm, concurrency);
  const d = await drive(durable.port, measured, concurrency);
  await durable.stop();
  const stored = await countInbound(durableDbUrl);
  if (stored !== participants * 4) throw new Error(`the durable server stored ${stored} of ${participants * 4} messages`);
  await fake.close();
  return { steady: s, bare: b, durable: d, ratio: s.perSecond / b.perSecond, durableRatio: d.perSecond / b.perSecond };
}

/** Outbound SMS at a messages-per-second limit: achieved rate and the busiest one-second window. */
export async function benchSmsOutbound(dbUrl: string, messages: number, limit = 10) {
  const fake = await startFakeTwilioApi();
  const server = new HttpServer();
  await server.listen(0, "127.0.0.1");
  let now = new Date("2026-11-24T12:00:00-06:00");
  const config = { accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN, sender: { from: TEST_STEADY_NUMBER }, publicBaseUrl: BENCH_PUBLIC_BASE, apiBaseUrl: fake.url, maxPerSecond: limit };
  const sms = new SmsChannel({ config, http: server, clock: () => now, limiter: new SendRateLimiter(limit) });
  const app = await openApp({ databaseUrl: dbUrl, program: programWithParticipants(messages, { channel: "sms" }), clock: () => now, channels: [sms] });
  await app.engine.dispatchDue();
  now = new Date("2026-11-24T18:00:30-06:00");
  await app.engine.dispatchDue();
  const at = fake.requests.map((r) => r.at).sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < at.length; i++) {
    while (at[i]! - at[j]! >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  const rate = (at.length - 1) / ((at.at(-1)! - at[0]!) / 1000);
  await app.close();
  await server.close();
  await fake.close();
  return { sent: at.length, limit, rate, busiest };
}
