/**
 * Several instances on one PostgreSQL database (part of npm run bench), beside one instance on
 * the SQLite default. For each setup (SQLite x1, PostgreSQL x1, x2, x4), on a fresh database
 * holding the same participants and tonight's planned check-ins, it starts that many bot
 * processes (bench/cluster-bot-child.ts, run as `npm start` runs the bot) with the Twilio
 * stand-in, and measures:
 *  1. the time to dispatch tonight's prompts (10,000 by default): every instance starts one
 *     routine pass at the same moment, as their ticks would; timed until all have returned;
 *  2. signed SMS webhook check-in replies per second over loopback HTTP, p50 and p99, sent
 *     round-robin across the instances (a person's answers in order, so they land on
 *     different instances, as behind a load balancer); a tenth of the load first, unmeasured;
 *  3. CPU seconds per 1,000 webhooks (and per 1,000 prompts) summed over the bot processes
 *     (process.cpuUsage in each, over IPC), and, where /proc shows them, of the PostgreSQL
 *     server processes connected to the bench database;
 *  4. what doubled: a prompt sent twice to one person, a resend of an idempotency key at the
 *     stand-in, a crisis paged twice; and what was lost (prompts not sent, webhooks not stored).
 * With two instances on PostgreSQL it also sends crisis texts (one every 100 ms, alternating
 * instances) while a background webhook load runs, and times each from the request to the
 * counselor's alert arriving at the stand-in. Figures are printed, never asserted.
 *
 *   npx tsx bench/cluster.ts [--quick]
 * Sizes: BENCH_CLUSTER_PROMPTS (10,000), BENCH_CLUSTER_PARTICIPANTS (2,000 answering 4 times),
 * BENCH_CLUSTER_CRISIS (100), BENCH_CLUSTER_SMS_RATE (the sender's limit, 1,000/s); --quick
 * makes the defaults 1,000 / 300 / 20. BENCH_POSTGRES_URL: where databases are created.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { LocalChannel } from "../adapters/local/local-channel.ts";
import { openApp } from "../src/app.ts";
import type { DispatchSummary } from "../src/engine/create-engine.ts";
import { createDb } from "../src/store/create-db.ts";
import { startFakeTwilioApi, type FakeTwilioApi } from "../test/support/fake-twilio-api.ts";
import { fictionalNumber, programWithParticipants } from "../test/support/many-participants.ts";
import { inboundSmsParams, signTwilioRequest, TEST_AUTH_TOKEN } from "../test/support/signed-webhook.ts";
import { asStarted } from "./as-started.ts";
import { BENCH_PUBLIC_BASE } from "./bench-public-base.ts";
import type { ClusterCommand } from "./cluster-bot-child.ts";
import { freshBenchDb, removeBenchDb } from "./fresh-bench-db.ts";
import { backendPids, freshBenchPostgres, removeBenchPostgres, type BenchPostgres } from "./fresh-bench-postgres.ts";

const CHILD = path.join(import.meta.dirname, "cluster-bot-child.ts");
/** The on-call counselor's number in programWithParticipants: where crisis alerts go. */
const COUNSELOR = "+13125550101";
const participantId = (i: number) => `p-${String(i).padStart(5, "0")}`;

/** How big the run is. */
export interface ClusterOptions {
  prompts: number;
  /** Participants who answer their check-in (4 webhooks each); the first ones of `prompts`. */
  participants: number;
  crisisTexts: number;
  smsPerSecond: number;
  concurrency: number;
}

/** Sizes from the environment; `quick` makes the defaults small. */
export function clusterOptions(quick: boolean): ClusterOptions {
  const size = (name: string, full: number, small: number) => Number(process.env[name] ?? (quick ? small : full));
  const o = {
    prompts: size("BENCH_CLUSTER_PROMPTS", 10_000, 1_000),
    participants: size("BENCH_CLUSTER_PARTICIPANTS", 2_000, 300),
    crisisTexts: size("BENCH_CLUSTER_CRISIS", 100, 20),
    smsPerSecond: size("BENCH_CLUSTER_SMS_RATE", 1_000, 1_000),
    concurrency: 16,
  };
  if (o.participants + o.crisisTexts > o.prompts) throw new Error("BENCH_CLUSTER_PROMPTS must cover the participants who answer and those who send crisis texts");
  return o;
}

/** One setup's figures. */
export interface SetupFigures {
  label: string;
  instances: number;
  dispatch: { ms: number; sent: number; botCpuPer1000: number };
  webhooks: { count: number; perSecond: number; p50: number; p99: number; failures: number; botCpuPer1000: number; dbCpuPer1000: number | null; apiSends: number };
  doubled: number;
  lost: number;
  crisis?: CrisisFigures;
}

/** Crisis text to counselor alert at the stand-in. */
export interface CrisisFigures {
  texts: number;
  alerted: number;
  p50: number;
  p99: number;
  max: number;
  doubled: number;
  withoutCrisisLines: number;
  backgroundWebhooks: number;
}

interface Instance {
  port: number;
  ask<T>(command: ClusterCommand): Promise<T>;
  stop(): Promise<void>;
}

async function startInstance(dbUrl: string, apiUrl: string, participants: number, perSecond: number): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, [...(await asStarted(CHILD)), dbUrl, apiUrl, String(participants), String(perSecond)], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`cluster bench child exited with ${code}`)));
  });
  return {
    port,
    ask: <T>(command: ClusterCommand) =>
      new Promise<T>((resolve, reject) => {
        child.once("message", (m: T & { failed?: string }) => (m.failed ? reject(new Error(`instance failed: ${m.failed}`)) : resolve(m)));
        child.send(command);
      }),
    stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM"))),
  };
}

/** CPU seconds (user + system) of all the instances so far. */
async function botCpu(instances: Instance[]): Promise<number> {
  const all = await Promise.all(instances.map((i) => i.ask<{ cpu: NodeJS.CpuUsage }>("cpu")));
  return all.reduce((s, { cpu }) => s + (cpu.user + cpu.system) / 1e6, 0);
}

/** CPU seconds of one process from /proc (Linux; USER_HZ is 100 there), or null where it cannot be read. */
function procCpu(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime
  } catch {
    return null;
  }
}

/**
 * CPU of the PostgreSQL server processes connected to the bench database: call before the
 * measured work, then call what it returns after it. Processes that connect during the work
 * count from zero; ones that close during it are missed, so this is a lower bound.
 */
async function dbCpuMeter(db: BenchPostgres | null): Promise<() => Promise<number | null>> {
  if (!db) return async () => null;
  const before = new Map((await backendPids(db.name)).map((pid) => [pid, procCpu(pid)]));
  if ([...before.values()].some((c) => c === null)) return async () => null;
  return async () => {
    let total = 0;
    for (const pid of await backendPids(db.name)) {
      const now = procCpu(pid);
      if (now === null) return null;
      total += now - (before.get(pid) ?? 0);
    }
    return total;
  };
}

interface Load {
  body: string;
  signature: string;
  /** The participant's index, for crisis texts. */
  who: number;
}

const signed = (who: number, body: string): Load => {
  const params = inboundSmsParams({ from: fictionalNumber(who), body });
  return { body: new URLSearchParams(params).toString(), signature: signTwilioRequest(TEST_AUTH_TOKEN, `${BENCH_PUBLIC_BASE}/sms/inbound`, params), who };
};

/** Posts signed webhooks round-robin over `ports`. */
function poster(ports: number[], concurrency: number) {
  const agents = ports.map(() => new http.Agent({ keepAlive: true, maxSockets: concurrency }));
  let next = 0;
  const post = (l: Load, port = next++ % ports.length) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port: ports[port], path: "/sms/inbound", method: "POST", agent: agents[port], headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": l.signature } },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (body += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end(l.body);
    });
  return { post, close: () => agents.forEach((a) => a.destroy()) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Each participant's answers in order, `concurrency` in flight; stops early once `stop()` is true. */
async function drive(ports: number[], perParticipant: Load[][], concurrency: number, stop: () => boolean = () => false) {
  const { post, close } = poster(ports, concurrency);
  const latencies: number[] = [];
  let failures = 0;
  const queue = perParticipant.slice();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next && !stop(); next = queue.shift())
        for (const l of next) {
          const t = performance.now();
          if ((await post(l)).status !== 200) failures++;
          latencies.push(performance.now() - t);
        }
    }),
  );
  const ms = performance.now() - t0;
  close();
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, ms, perSecond: latencies.length / (ms / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures };
}

/** Plans the participants' check-ins for tonight, as the bot does at noon. */
async function seed(url: string, n: number): Promise<void> {
  const now = new Date("2026-11-24T12:00:00-06:00");
  const app = await openApp({ databaseUrl: url, program: programWithParticipants(n, { channel: "sms" }), clock: () => now, channels: [new LocalChannel(() => now)] });
  await app.engine.dispatchDue();
  await app.close();
}

async function countInbound(url: string): Promise<number> {
  const db = await createDb(url);
  try {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT COUNT(*) AS n FROM "Inbound"');
    return Number(row!.n);
  } finally {
    await db.$disconnect();
  }
}

/**
 * What doubled at the stand-in: requests that repeat an idempotency key (the same outbox row
 * sent twice, by two instances or after a lapsed claim), and people prompted more than once.
 */
function doubles(fake: FakeTwilioApi, prompts: FakeTwilioApi["requests"]): number {
  const fresh = prompts.filter((r) => !r.resend);
  return fake.resends().length + fresh.length - new Set(fresh.map((r) => r.to)).size;
}

/** Crisis texts, one every `everyMs` alternating instances, under a background webhook load; each timed to its alert at the stand-in. */
async function crisisUnderLoad(ports: number[], fake: FakeTwilioApi, o: ClusterOptions, everyMs = 100): Promise<CrisisFigures> {
  let done = false;
  // Participants who already completed their check-in write again: a steady load that keeps every instance busy.
  const background = drive(ports, Array.from({ length: o.participants }, (_, i) => ["thanks", "see you tomorrow"].map((b) => signed(i, b))), o.concurrency, () => done);
  const { post, close } = poster(ports, 4);
  const senders = Array.from({ length: o.crisisTexts }, (_, k) => o.prompts - 1 - k);
  const alertFor = (who: number) => fake.requests.find((r) => r.to === COUNSELOR && r.body.includes(`for ${participantId(who)}.`));
  let withoutCrisisLines = 0;
  const latencies = await Promise.all(
    senders.map(async (who, k) => {
      await new Promise((resolve) => setTimeout(resolve, k * everyMs));
      const t = performance.now();
      const answer = await post(signed(who, "I want to kill myself"), k % ports.length);
      if (answer.status !== 200 || !answer.body.includes("988")) withoutCrisisLines++;
      for (const until = t + 10_000; performance.now() < until; await new Promise((resolve) => setTimeout(resolve, 2))) {
        const alert = alertFor(who);
        if (alert) return alert.at - t;
      }
      return null;
    }),
  );
  done = true;
  const b = await background;
  close();
  await new Promise((resolve) => setTimeout(resolve, 1000)); // time for a second page to show
  const alerts = fake.requests.filter((r) => r.to === COUNSELOR);
  const doubled = senders.reduce((s, who) => s + Math.max(0, alerts.filter((r) => r.body.includes(`for ${participantId(who)}.`)).length - 1), 0);
  const timed = latencies.filter((l): l is number => l !== null).sort((a, b) => a - b);
  return { texts: senders.length, alerted: timed.length, p50: percentile(timed, 50), p99: percentile(timed, 99), max: timed.at(-1) ?? Number.NaN, doubled, withoutCrisisLines, backgroundWebhooks: b.count };
}

/** One setup: `instances` bots on the database at `url` (seeded), measured as the file comment says. */
async function runSetup(label: string, url: string, pgDb: BenchPostgres | null, instances: number, o: ClusterOptions, crisis: boolean): Promise<SetupFigures> {
  const fake = await startFakeTwilioApi();
  const bots = await Promise.all(Array.from({ length: instances }, () => startInstance(url, fake.url, o.prompts, o.smsPerSecond)));
  const ports = bots.map((b) => b.port);
  try {
    let cpu0 = await botCpu(bots);
    const t0 = performance.now();
    await Promise.all(bots.map((b) => b.ask<{ dispatched: DispatchSummary }>("dispatch")));
    const dispatchMs = performance.now() - t0;
    const dispatchCpu = (await botCpu(bots)) - cpu0;
    const prompts = fake.requests.slice();
    const promptsSent = prompts.filter((r) => !r.resend).length;

    const load = Array.from({ length: o.participants }, (_, i) => ["7", "2", "yes", "skip"].map((b) => signed(i, b)));
    const warm = load.slice(0, Math.ceil(o.participants / 10));
    await drive(ports, warm, o.concurrency);
    const sendsBefore = fake.requests.length;
    const dbMeter = await dbCpuMeter(pgDb);
    cpu0 = await botCpu(bots);
    const w = await drive(ports, load.slice(warm.length), o.concurrency);
    const webhookCpu = (await botCpu(bots)) - cpu0;
    const dbCpu = await dbMeter();
    const apiSends = fake.requests.length - sendsBefore;
    const stored = await countInbound(url);

    const c = crisis ? await crisisUnderLoad(ports, fake, o) : undefined;
    return {
      label,
      instances,
      dispatch: { ms: dispatchMs, sent: promptsSent, botCpuPer1000: (1000 * dispatchCpu) / prompts.length },
      webhooks: { ...w, botCpuPer1000: (1000 * webhookCpu) / w.count, dbCpuPer1000: dbCpu === null ? null : (1000 * dbCpu) / w.count, apiSends },
      doubled: doubles(fake, prompts) + (c?.doubled ?? 0),
      lost: Math.max(0, o.prompts - promptsSent) + Math.max(0, o.participants * 4 - stored),
      crisis: c,
    };
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await fake.close();
  }
}

/** SQLite x1, then PostgreSQL x1, x2 and x4, each on a fresh copy of one seeded database. */
export async function benchCluster(o: ClusterOptions, counts = [1, 2, 4]): Promise<SetupFigures[]> {
  const figures: SetupFigures[] = [];
  const sqlite = await freshBenchDb("cluster");
  try {
    await seed(sqlite, o.prompts);
    figures.push(await runSetup("SQLite x1", sqlite, null, 1, o, false));
  } finally {
    removeBenchDb(sqlite);
  }
  const template = await freshBenchPostgres("seed");
  try {
    await seed(template.url, o.prompts);
    for (const n of counts) {
      const db = await freshBenchPostgres(`x${n}`, template);
      try {
        figures.push(await runSetup(`PostgreSQL x${n}`, db.url, db, n, o, n === 2));
      } finally {
        await removeBenchPostgres(db);
      }
    }
  } finally {
    await removeBenchPostgres(template);
  }
  return figures;
}

/** The table, the ratios to one PostgreSQL instance, and the crisis line. */
export function clusterReport(figures: SetupFigures[], o: ClusterOptions): string[] {
  const f1 = (x: number) => x.toFixed(1);
  const f3 = (x: number) => x.toFixed(3);
  const rows = [
    ["setup", "replies/s", "p50 ms", "p99 ms", "non-200", "bot CPU s/1k webhooks", "db CPU s/1k webhooks", "dispatch s", "bot CPU s/1k prompts", "doubled", "lost"],
    ...figures.map((s) => [
      s.label,
      String(Math.round(s.webhooks.perSecond)),
      f1(s.webhooks.p50),
      f1(s.webhooks.p99),
      String(s.webhooks.failures),
      f3(s.webhooks.botCpuPer1000),
      s.webhooks.dbCpuPer1000 === null ? "-" : f3(s.webhooks.dbCpuPer1000),
      (s.dispatch.ms / 1000).toFixed(2),
      f3(s.dispatch.botCpuPer1000),
      String(s.doubled),
      String(s.lost),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = [
    `several instances: ${o.participants} participants answering 4 times each (${o.concurrency} in flight, round-robin over the instances), ` +
      `${o.prompts} prompts at a ${o.smsPerSecond}/s sender limit (floor ${(o.prompts / o.smsPerSecond).toFixed(1)} s)`,
    ...rows.map((r) => "  " + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")),
  ];
  const one = figures.find((s) => s.label === "PostgreSQL x1");
  for (const s of figures.filter((x) => x.label.startsWith("PostgreSQL") && x !== one && one)) {
    lines.push(
      `  ${s.label} / PostgreSQL x1: replies/s ${f3(s.webhooks.perSecond / one!.webhooks.perSecond)}, p99 ${f3(s.webhooks.p99 / one!.webhooks.p99)}, ` +
        `bot CPU per webhook ${f3(s.webhooks.botCpuPer1000 / one!.webhooks.botCpuPer1000)} (goal <= 1.25)` +
        (s.webhooks.dbCpuPer1000 !== null && one!.webhooks.dbCpuPer1000 ? `, db CPU per webhook ${f3(s.webhooks.dbCpuPer1000 / one!.webhooks.dbCpuPer1000)}` : "") +
        `, dispatch time ${f3(s.dispatch.ms / one!.dispatch.ms)}; doubled ${s.doubled} (goal 0)`,
    );
  }
  for (const s of figures) {
    if (s.webhooks.apiSends > 0) lines.push(`  ${s.label}: ${s.webhooks.apiSends} replies went by the API instead of the TwiML answer (late, not doubled)`);
    const c = s.crisis;
    if (!c) continue;
    lines.push(
      `crisis text -> counselor alert at the Twilio stand-in, ${s.label}, ${c.texts} texts every 100 ms under a webhook load (${c.backgroundWebhooks} webhooks): ` +
        `p50 ${f1(c.p50)} ms, p99 ${f1(c.p99)} ms, max ${f1(c.max)} ms (goal p99 <= 500 ms); ${c.alerted}/${c.texts} alerted within 10 s, ` +
        `${c.doubled} paged twice, ${c.withoutCrisisLines} answers without the crisis lines`,
    );
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const o = clusterOptions(process.argv.includes("--quick"));
  for (const line of clusterReport(await benchCluster(o), o)) console.log(line);
}
