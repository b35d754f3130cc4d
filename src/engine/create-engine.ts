import { randomUUID } from "node:crypto";
import type { Channel, ChannelServices } from "../channel/channel.ts";
import { URGENT_KINDS, type DeliveryOutcome, type DeliveryUpdate, type InboundMessage, type InboundResult } from "../domain/messages.ts";
import { CrisisFallback } from "../inbound/crisis-fallback.ts";
import { handleInbound } from "../inbound/handle-inbound.ts";
import { InboundSpool } from "../inbound/inbound-spool.ts";
import { CRISIS_DEADLINE_MS } from "../inbound/answer-crisis.ts";
import { UrgentFirst } from "../inbound/urgent-first.ts";
import { OpenScreens } from "../safety/open-screens.ts";
import { silentLogger, type Logger } from "../log/logger.ts";
import { noMetrics, type Metrics } from "../metrics/metrics.ts";
import { CLAIM_MS, deliverDue } from "../outbox/deliver-outbox.ts";
import { recordDelivery } from "../outbox/record-delivery.ts";
import { sendSlotWait } from "../outbox/reserve-send-slot.ts";
import { BackgroundTasks } from "./background-tasks.ts";
import type { Program } from "../program/program-schema.ts";
import { planSchedule } from "../schedule/plan-schedule.ts";
import { runDueJobs, URGENT_JOB_KINDS } from "../schedule/run-due-jobs.ts";
import type { Db } from "../store/create-db.ts";
import { Leases } from "../store/lease.ts";
import type { EngineContext } from "./engine-context.ts";
import type { EngineEvent } from "./engine-event.ts";
import { nextTurn } from "./next-turn.ts";
import { databaseAnswers } from "../store/database-answers.ts";

/** What the engine needs from its host. Time, randomness and channels are injected. */
export interface EngineOptions {
  db: Db;
  program: Program;
  channels: Channel[];
  clock?: () => Date;
  logger?: Logger;
  /** Where the engine records what it does (see SteadyMetrics); nothing by default. */
  metrics?: Metrics;
  random?: () => number;
  onEvent?: (event: EngineEvent) => void;
  instanceId?: string;
  /** False runs everything through Prisma; see EngineContext.fastPaths. */
  fastPaths?: boolean;
  /** Outbox claim length (default 60 s): how soon a crashed dispatcher's rows are taken over. */
  claimMs?: number;
  /** Due jobs and outbox rows claimed at a time by dispatchDue (default 500); tests use small pages. */
  dispatchPage?: number;
  /** Where inbound messages wait while the database is failing (see InboundSpool); none: they are refused. */
  inboundSpoolFile?: string;
  /**
   * How long (real time) a crisis text waits for the database before it is answered and paged
   * from memory (default CRISIS_DEADLINE_MS, see answer-crisis.ts), and the longest other
   * messages wait to start while a crisis is in hand (see UrgentFirst). Infinity waits as long as
   * the database takes: for simulations and tests that compare runs, where nobody waits and a
   * slow machine must not change the outcome.
   */
  crisisDeadlineMs?: number;
  /** Days message text is kept (RETENTION_DAYS): a daily job blanks older text. Unset keeps it all. */
  retentionDays?: number | null;
}

/** What one dispatch pass did. */
export interface DispatchSummary {
  planned: number;
  jobs: number;
  sent: number;
}

/** The conversation engine: transport-free, driven by inbound messages and by dispatchDue ticks. */
export interface Engine {
  readonly ctx: EngineContext;
  /** See InboundHandler: resolves once the message is durable, with its replies held for `settle`. */
  handleInbound(message: InboundMessage): Promise<InboundResult>;
  /** Applies a provider's delivery report (status callback) to its outbox row. */
  recordDelivery(update: DeliveryUpdate): Promise<DeliveryOutcome>;
  /** What channels get besides the handlers (see ChannelServices). */
  readonly services: ChannelServices;
  /** Resolves once follow-up work started in the background (alerts after inline replies) is done. */
  idle(): Promise<void>;
  /** Plans what is coming, runs due jobs and sends due outbox rows, until nothing is due now. */
  dispatchDue(): Promise<DispatchSummary>;
  /**
   * Only what is about someone's safety: due re-escalations, crisis replies and alerts waiting
   * for a retry. The host runs it on every tick, even while a dispatchDue pass is still busy
   * (a page of SMS prompts at one per second takes minutes): paging a counselor never waits
   * behind the evening's prompts.
   */
  dispatchUrgent(): Promise<DispatchSummary>;
  /**
   * For shutdown: passes running now finish the message in hand and give the rest of what they
   * claimed back at once, and no new page is started.
   */
  stopSending(): void;
  /** The earliest instant at which a job or message becomes due, or null. */
  nextDueAt(): Promise<Date | null>;
  /**
   * Runs on `program` from now on (the host has synced it into the database first). Rows
   * already planned keep their times; what is planned from now on follows the new settings.
   */
  useProgram(program: Program): void;
}

export function createEngine(options: EngineOptions): Engine {
  const listeners = options.onEvent;
  const logger = options.logger ?? silentLogger;
  // What the engine's functions read later is taken out of `options` here: a closure that used
  // `options` would keep the program it was opened with for good, beside each one reloaded.
  const { dispatchPage, crisisDeadlineMs } = options;
  const ctx: EngineContext = {
    db: options.db,
    program: options.program,
    channels: new Map(options.channels.map((c) => [c.name, c])),
    clock: options.clock ?? (() => new Date()),
    logger,
    metrics: options.metrics ?? noMetrics,
    random: options.random ?? Math.random,
    emit: (e) => listeners?.(e),
    instanceId: options.instanceId ?? randomUUID(),
    background: new BackgroundTasks(logger),
    stopping: { requested: false },
    claimMs: options.claimMs ?? CLAIM_MS,
    fastPaths: options.fastPaths ?? true,
    retentionDays: options.retentionDays ?? null,
  };
  const fallback = new CrisisFallback(ctx);
  const screens = new OpenScreens();
  const urgentFirst = new UrgentFirst(options.crisisDeadlineMs ?? CRISIS_DEADLINE_MS);
  const leases = new Leases(ctx.db, ctx.instanceId, ctx.clock, logger);
  const spool = options.inboundSpoolFile ? new InboundSpool(options.inboundSpoolFile, logger) : null;
  /** What the database could not take earlier: fallback sends, then spooled messages (never spooled again). */
  const catchUp = async () => {
    await fallback.retry();
    await spool?.replay(async (m, answered) => (await handleInbound(ctx, fallback, m, { answered, replayed: true, screens, urgentFirst })).settle("send"), () => databaseAnswers(ctx.db));
  };
  return {
    ctx,
    handleInbound: (m) => handleInbound(ctx, fallback, m, { spool, screens, urgentFirst, crisisDeadlineMs }),
    recordDelivery: (u) => recordDelivery(ctx, u),
    services: {
      sendSlotWait: (sender, intervalMs) => sendSlotWait(ctx, sender, intervalMs),
      // Latest by id (ids grow with time; receivedAt has no index). Asked once per start: on
      // SQLite this sorts the channel's rows, which is fine at that rate but not on a hot path.
      lastInboundAt: async (channel) => (await ctx.db.inbound.findFirst({ where: { channel }, orderBy: { id: "desc" }, select: { receivedAt: true } }))?.receivedAt ?? null,
      holdLease: (name, ms) => leases.hold(name, ms),
      releaseLease: (name) => leases.release(name),
    },
    idle: () => ctx.background.idle(),
    async dispatchDue() {
      const now = ctx.clock();
      await catchUp();
      const summary: DispatchSummary = { planned: await planSchedule(ctx, now), jobs: 0, sent: 0 };
      for (;;) {
        const page = await runDueJobs(ctx, ctx.clock(), dispatchPage);
        const sent = await deliverDue(ctx, dispatchPage);
        summary.jobs += page.jobs;
        summary.sent += page.sent + sent;
        if ((page.jobs === 0 && sent === 0) || ctx.stopping?.requested) break;
        // Inbound messages (a crisis among them) are handled between pages, not after the last.
        await nextTurn();
      }
      return summary;
    },
    async dispatchUrgent() {
      await catchUp();
      const summary: DispatchSummary = { planned: 0, jobs: 0, sent: 0 };
      for (;;) {
        const page = await runDueJobs(ctx, ctx.clock(), dispatchPage, URGENT_JOB_KINDS);
        const sent = await deliverDue(ctx, dispatchPage, URGENT_KINDS);
        summary.jobs += page.jobs;
        summary.sent += page.sent + sent;
        if ((page.jobs === 0 && sent === 0) || ctx.stopping?.requested) return summary;
        await nextTurn();
      }
    },
    async nextDueAt() {
      const [job, out] = await Promise.all([
        ctx.db.job.findFirst({ where: { status: "pending" }, orderBy: { dueAt: "asc" }, select: { dueAt: true } }),
        ctx.db.outbox.findFirst({ where: { status: "pending" }, orderBy: { dueAt: "asc" }, select: { dueAt: true } }),
      ]);
      const times = [job?.dueAt, out?.dueAt].filter((d): d is Date => !!d).map((d) => d.getTime());
      return times.length ? new Date(Math.min(...times)) : null;
    },
    useProgram(program) {
      ctx.program = program;
    },
    stopSending() {
      ctx.stopping!.requested = true;
    },
  };
}
