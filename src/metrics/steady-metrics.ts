import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ChannelName } from "../domain/types.ts";
import type { Db } from "../store/create-db.ts";
import { readDatabaseGauges, type DatabaseGauges } from "./database-gauges.ts";
import { ESCALATION_LEVELS, type EscalationLevel, type InboundOutcome, type Metrics, type OutboundOutcome } from "./metrics.ts";

/** How long a scrape waits for the database gauges before it reports the database as down. */
export const METRICS_DB_MS = 2_000;

/** What /metrics answers with. */
export interface Scrape {
  contentType: string;
  body: string;
}

export interface SteadyMetricsOptions {
  /** prom-client's process and Node.js metrics (CPU, memory, event loop lag, GC); default on. */
  processMetrics?: boolean;
  /** See METRICS_DB_MS. */
  databaseTimeoutMs?: number;
}

/**
 * The Prometheus metrics of one app, in a registry of its own (not prom-client's global one,
 * so several apps in one process, tests among them, keep theirs apart). The engine and the
 * adapters record through the Metrics methods; the database gauges are read at each scrape.
 */
export class SteadyMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly timeoutMs: number;
  private database: { db: Db; clock: () => Date } | null = null;
  /** A database read still in progress: a scrape after one that timed out waits on it instead of piling up queries. */
  private reading: Promise<DatabaseGauges> | null = null;

  private readonly inboundTotal = new Counter({
    name: "steady_inbound_messages_total",
    help: "Inbound messages handled, by channel and result (answered, crisis, duplicate, spooled, replayed, failed).",
    labelNames: ["channel", "result"] as const,
    registers: [this.registry],
  });
  private readonly outboundTotal = new Counter({
    name: "steady_outbound_messages_total",
    help: "Sends of outbox rows, by channel and result (sent, retried, failed, unreachable, dropped, cancelled).",
    labelNames: ["channel", "result"] as const,
    registers: [this.registry],
  });
  private readonly dispatchLagSeconds = new Histogram({
    name: "steady_dispatch_lag_seconds",
    help: "How long after its due time an outbox row was sent, by channel.",
    labelNames: ["channel"] as const,
    buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600],
    registers: [this.registry],
  });
  private readonly ackSeconds = new Histogram({
    name: "steady_time_to_acknowledge_seconds",
    help: "Time from an escalation being opened to its acknowledgement, by level.",
    labelNames: ["level"] as const,
    buckets: [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400],
    registers: [this.registry],
  });
  private readonly webhookSeconds = new Histogram({
    name: "steady_webhook_duration_seconds",
    help: "Time to answer a provider's HTTP request to a channel's webhook, by channel.",
    labelNames: ["channel"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [this.registry],
  });
  private readonly databaseUp = new Gauge({
    name: "steady_database_up",
    help: "1 when the database answered the last scrape's queries in time, 0 when it failed or did not answer.",
    registers: [this.registry],
  });
  private readonly outboxDepth = new Gauge({
    name: "steady_outbox_depth",
    help: "Outbox rows due now or earlier and not sent yet (NaN while the database does not answer).",
    registers: [this.registry],
  });
  private readonly oldestDueAge = new Gauge({
    name: "steady_outbox_oldest_due_age_seconds",
    help: "How long the oldest unsent due outbox row has been due (0 when none is; NaN while the database does not answer).",
    registers: [this.registry],
  });
  private readonly openEscalations = new Gauge({
    name: "steady_escalations_open",
    help: "Escalations not acknowledged yet, by level (NaN while the database does not answer).",
    labelNames: ["level"] as const,
    registers: [this.registry],
  });

  constructor(o: SteadyMetricsOptions = {}) {
    this.timeoutMs = o.databaseTimeoutMs ?? METRICS_DB_MS;
    if (o.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** The database the scrape-time gauges are read from, and the clock their ages are measured on. */
  readFrom(db: Db, clock: () => Date): void {
    this.database = { db, clock };
  }

  inbound(channel: ChannelName, outcome: InboundOutcome): void {
    this.inboundTotal.inc({ channel, result: outcome });
  }

  outbound(channel: ChannelName, outcome: OutboundOutcome): void {
    this.outboundTotal.inc({ channel, result: outcome });
  }

  dispatchLag(channel: ChannelName, seconds: number): void {
    this.dispatchLagSeconds.observe({ channel }, Math.max(0, seconds));
  }

  acknowledged(level: EscalationLevel, seconds: number): void {
    this.ackSeconds.observe({ level }, Math.max(0, seconds));
  }

  webhook(channel: ChannelName, seconds: number): void {
    this.webhookSeconds.observe({ channel }, Math.max(0, seconds));
  }

  /** Reads the database gauges (METRICS_DB_MS at most) and renders every metric in Prometheus' text format. */
  async scrape(): Promise<Scrape> {
    await this.refreshDatabaseGauges();
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private async refreshDatabaseGauges(): Promise<void> {
    if (!this.database) return;
    const { db, clock } = this.database;
    this.reading ??= readDatabaseGauges(db, clock()).finally(() => (this.reading = null));
    const got = await withinMs(this.reading, this.timeoutMs);
    this.databaseUp.set(got ? 1 : 0);
    // Stale numbers would look current: while the database does not answer they read NaN.
    this.outboxDepth.set(got?.outboxDepth ?? NaN);
    this.oldestDueAge.set(got?.oldestDueAgeSeconds ?? NaN);
    for (const level of ESCALATION_LEVELS) this.openEscalations.set({ level }, got?.openEscalations[level] ?? NaN);
  }
}

/** The promise's value, or null when it fails or takes longer than `ms`. */
async function withinMs<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, ms, null)));
  try {
    return await Promise.race([p.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}
