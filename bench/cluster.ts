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
 *     different instances, as behind a load balancer); each instance first answers as many
 *     other participants as a tenth of the measured load, unmeasured;
 *  3. CPU seconds per 1,000 webhooks (and per 1,000 prompts) summed over the bot processes
 *     (process.cpuUsage in each, over IPC), and, where /proc shows them, of the PostgreSQL
 *     server processes connected to the bench database;
 *  3b. the same bot CPU per webhook at a paced load (a fixed rate, well below what any setup
 *     answers): N instances sharing the rate, and one instance carrying the rate, a half and a
 *     quarter of it. A process's CPU per request grows as its load drops (its event loop
 *     sleeps between requests, and its caches go cold), whatever else runs, so N instances
 *     sharing a load spend more per webhook than one carrying all of it even with nothing to
 *     coordinate; one instance at an N-th of the rate takes that apart from coordination;
 *  4. what doubled: a prompt sent twice to one person, a resend of an idempotency key at the
 *     stand-in, a crisis paged twice; and what was lost (prompts not sent, webhooks not stored).
 * With two instances on PostgreSQL it also sends crisis texts (one every 100 ms, alternating
 * instances) while a background webhook load runs, and times each from the request to the
 * counselor's alert arriving at the stand-in. Figures are printed, never asserted.
 *
 *   npx tsx bench/cluster.ts [--quick]
 * Sizes: BENCH_CLUSTER_PROMPTS (10,000), BENCH_CLUSTER_PARTICIPANTS (1,000 answering 4 times),
 * BENCH_CLUSTER_CRISIS (100), BENCH_CLUSTER_SMS_RATE (the sender's limit, 1,000/s); --quick
 * makes the defaults 1,000 / 300 / 20. BENCH_POSTGRES_URL: where databases are created.
 */
import path from "node:path";
import { LocalChannel } from "../adapters/local/local-channel.ts";
import { openApp } from "../src/app.ts";
import type { DispatchSummary } from "../src/engine/create-engine.ts";
import { createDb } from "../src/store/create-db.ts";
import { startFakeTwilioApi, type FakeTwilioApi } from "../test/support/fake-twilio-api.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";
import { botCpu, dbCpuMeter, startInstance } from "./cluster-instance.ts";
import { clusterReport, CRISIS_GOAL_MS } from "./cluster-report.ts";
import { countDoubles } from "./count-doubles.ts";
import { freshBenchDb, removeBenchDb } from "./fresh-bench-db.ts";
import { dropLeftoverBenchDatabases, freshBenchPostgres, removeBenchPostgres, type BenchPostgres } from "./fresh-bench-postgres.ts";
import { drive, percentile, poster, signed } from "./round-robin-load.ts";

/** The on-call counselor's number in programWithParticipants: where crisis alerts go. */
const COUNSELOR = "+13125550101";
const participantId = (i: number) => `p-${String(i).padStart(5, "0")}`;
/** Where the run is, on stderr: the whole takes minutes. */
const progress = (line: string) => process.stderr.write(`cluster bench: ${line}\n`);

/** The most instances a setup runs. */
const MOST_INSTANCES = 4;

/**
 * Participants whose answers warm the instances up, unmeasured: a tenth of the measured ones
 * for each instance, so that every instance has handled as many before it is timed as a
 * single one has (otherwise four instances would be timed while their code is still less
 * compiled than one's). They come after the measured participants, so every setup times the
 * same answers.
 */
const warmParticipants = (o: ClusterOptions, instances: number) => Math.ceil(o.participants / 10) * instances;

/** The rates one instance is paced at, as fractions of ClusterOptions.pacedPerSecond: the whole, and what each of 2 and 4 instances carries. */
const PACED_SHARES = [1, 2, MOST_INSTANCES];

/** How big the run is. */
export interface ClusterOptions {
  prompts: number;
  /** Participants who answer their check-in (4 webhooks each); the first ones of `prompts`. */
  participants: number;
  /** Participants who answer at the paced load, in each paced round (after the warm-up ones). */
  pacedParticipants: number;
  /** The paced load, webhooks per second over all instances. */
  pacedPerSecond: number;
  crisisTexts: number;
  smsPerSecond: number;
  concurrency: number;
}

/** Sizes from the environment; `quick` makes the defaults small. */
export function clusterOptions(quick: boolean): ClusterOptions {
  const size = (name: string, full: number, small: number) => Number(process.env[name] ?? (quick ? small : full));
  const o = {
    prompts: size("BENCH_CLUSTER_PROMPTS", 10_000, 1_000),
    participants: size("BENCH_CLUSTER_PARTICIPANTS", 1_000, 300),
    crisisTexts: size("BENCH_CLUSTER_CRISIS", 100, 20),
    smsPerSecond: size("BENCH_CLUSTER_SMS_RATE", 1_000, 1_000),
    pacedParticipants: size("BENCH_CLUSTER_PACED_PARTICIPANTS", 300, 100),
    pacedPerSecond: size("BENCH_CLUSTER_PACED_RATE", 120, 120),
    concurrency: 16,
  };
  if (pacedStart(o) + PACED_SHARES.length * o.pacedParticipants + o.crisisTexts > o.prompts)
    throw new Error("BENCH_CLUSTER_PROMPTS must cover the participants who answer, those who warm the instances up, those who answer at the paced load and those who send crisis texts");
  return o;
}

/** The first participant of the paced rounds: after those who answer at full speed and those who warm four instances up. */
const pacedStart = (o: ClusterOptions) => o.participants + warmParticipants(o, MOST_INSTANCES);

/** One setup's figures. */
export interface SetupFigures {
  label: string;
  instances: number;
  dispatch: { ms: number; sent: number; botCpuPer1000: number };
  webhooks: { count: number; perSecond: number; p50: number; p99: number; failures: number; botCpuPer1000: number; dbCpuPer1000: number | null; apiSends: number };
  /** Bot CPU per 1,000 webhooks at a paced load: all instances sharing `perSecond`. */
  paced: PacedFigures[];
  doubled: number;
  lost: number;
  crisis?: CrisisFigures;
}

/** One paced round. */
export interface PacedFigures {
  /** Webhooks per second offered, over all the setup's instances. */
  perSecond: number;
  count: number;
  failures: number;
  botCpuPer1000: number;
}

/** Crisis text to counselor alert at the stand-in. */
export interface CrisisFigures {
  texts: number;
  alerted: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Texts alerted later than the goal (500 ms), or not at all: with 100 texts the p99 is the slowest one, so this says whether it stood alone. */
  late: number;
  doubled: number;
  withoutCrisisLines: number;
  backgroundWebhooks: number;
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

/** Crisis texts, one every `everyMs` alternating instances, under a background webhook load; each timed to its alert at the stand-in. */
async function crisisUnderLoad(ports: number[], fake: FakeTwilioApi, o: ClusterOptions, everyMs = 100): Promise<CrisisFigures> {
  let done = false;
  // Participants who already completed their check-in write again: a steady load that keeps every instance busy.
  const background = drive(ports, Array.from({ length: o.participants }, (_, i) => ["thanks", "see you tomorrow"].map((b) => signed(i, b))), o.concurrency, () => done);
  const { post, close } = poster(ports, 4);
  const senders = Array.from({ length: o.crisisTexts }, (_, k) => o.prompts - 1 - k);
  const alertFor = (who: number) => fake.requests.find((r) => r.to === COUNSELOR && r.body.includes(`crisis alert for ${participantId(who)}`));
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
  const doubled = senders.reduce((s, who) => s + Math.max(0, alerts.filter((r) => r.body.includes(`crisis alert for ${participantId(who)}`)).length - 1), 0);
  const timed = latencies.filter((l): l is number => l !== null).sort((a, b) => a - b);
  const late = senders.length - timed.filter((ms) => ms <= CRISIS_GOAL_MS).length;
  return { texts: senders.length, alerted: timed.length, p50: percentile(timed, 50), p90: percentile(timed, 90), p99: percentile(timed, 99), max: timed.at(-1) ?? Number.NaN, late, doubled, withoutCrisisLines, backgroundWebhooks: b.count };
}

/** One setup: `instances` bots on the database at `url` (seeded), measured as the file comment says. */
async function runSetup(label: string, url: string, pgDb: BenchPostgres | null, instances: number, o: ClusterOptions, crisis: boolean): Promise<SetupFigures> {
  const fake = await startFakeTwilioApi();
  const bots = await Promise.all(Array.from({ length: instances }, () => startInstance(url, fake.url, o.prompts, o.smsPerSecond)));
  const ports = bots.map((b) => b.port);
  try {
    progress(`${label}: dispatching ${o.prompts} prompts`);
    let cpu0 = await botCpu(bots);
    const t0 = performance.now();
    await Promise.all(bots.map((b) => b.ask<{ dispatched: DispatchSummary }>("dispatch")));
    const dispatchMs = performance.now() - t0;
    const dispatchCpu = (await botCpu(bots)) - cpu0;
    const prompts = fake.requests.slice();
    const promptsSent = prompts.filter((r) => !r.resend).length;

    progress(`${label}: webhooks`);
    const answers = (i: number) => ["7", "2", "yes", "skip"].map((b) => signed(i, b));
    await drive(ports, Array.from({ length: warmParticipants(o, instances) }, (_, k) => answers(o.participants + k)), o.concurrency);
    const sendsBefore = fake.requests.length;
    const dbMeter = await dbCpuMeter(pgDb);
    cpu0 = await botCpu(bots);
    const w = await drive(ports, Array.from({ length: o.participants }, (_, i) => answers(i)), o.concurrency);
    const webhookCpu = (await botCpu(bots)) - cpu0;
    const dbCpu = await dbMeter();
    const apiSends = fake.requests.length - sendsBefore;

    // PostgreSQL x1 is paced at every share of the rate (see the file comment); N instances at the whole of it.
    const shares = pgDb && instances === 1 ? PACED_SHARES : pgDb ? [1] : [];
    const paced: PacedFigures[] = [];
    for (const [round, share] of shares.entries()) {
      const perSecond = o.pacedPerSecond / share;
      progress(`${label}: webhooks at ${perSecond.toFixed(0)}/s`);
      const first = pacedStart(o) + round * o.pacedParticipants;
      const start = await botCpu(bots);
      const p = await drive(ports, Array.from({ length: o.pacedParticipants }, (_, i) => answers(first + i)), o.concurrency, undefined, perSecond);
      paced.push({ perSecond, count: p.count, failures: p.failures, botCpuPer1000: (1000 * ((await botCpu(bots)) - start)) / p.count });
    }
    const stored = await countInbound(url);
    const expectedInbound = (o.participants + warmParticipants(o, instances) + shares.length * o.pacedParticipants) * 4;

    if (crisis) progress(`${label}: crisis texts`);
    const c = crisis ? await crisisUnderLoad(ports, fake, o) : undefined;
    return {
      label,
      instances,
      dispatch: { ms: dispatchMs, sent: promptsSent, botCpuPer1000: (1000 * dispatchCpu) / prompts.length },
      webhooks: { ...w, botCpuPer1000: (1000 * webhookCpu) / w.count, dbCpuPer1000: dbCpu === null ? null : (1000 * dbCpu) / w.count, apiSends },
      paced,
      doubled: countDoubles(fake.requests, prompts) + (c?.doubled ?? 0),
      lost: Math.max(0, o.prompts - promptsSent) + Math.max(0, expectedInbound - stored),
      crisis: c,
    };
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await fake.close();
  }
}

/** SQLite x1, then PostgreSQL x1, x2 and x4, each on a fresh copy of one seeded database. */
export async function benchCluster(o: ClusterOptions, counts = [1, 2, MOST_INSTANCES]): Promise<SetupFigures[]> {
  const figures: SetupFigures[] = [];
  const sqlite = await freshBenchDb("cluster");
  try {
    progress(`seeding ${o.prompts} participants on SQLite`);
    await seed(sqlite, o.prompts);
    figures.push(await runSetup("SQLite x1", sqlite, null, 1, o, false));
  } finally {
    removeBenchDb(sqlite);
  }
  await dropLeftoverBenchDatabases();
  const template = await freshBenchPostgres("seed");
  try {
    progress(`seeding ${o.prompts} participants on PostgreSQL`);
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

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const o = clusterOptions(process.argv.includes("--quick"));
  for (const line of clusterReport(await benchCluster(o), o)) console.log(line);
}
