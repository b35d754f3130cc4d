import type { Channel } from "../channel/channel.ts";
import type { Logger } from "../log/logger.ts";
import type { Metrics } from "../metrics/metrics.ts";
import type { Program } from "../program/program-schema.ts";
import type { Db } from "../store/create-db.ts";
import type { BackgroundTasks } from "./background-tasks.ts";
import type { EngineEvent } from "./engine-event.ts";

/** Everything the engine's services share. Built once by createEngine; tests build their own. */
export interface EngineContext {
  db: Db;
  program: Program;
  /** Running channels by name. */
  channels: ReadonlyMap<string, Channel>;
  clock: () => Date;
  logger: Logger;
  /** Counters and histograms of what the engine does (noMetrics when nobody scrapes them). */
  metrics: Metrics;
  random: () => number;
  emit: (event: EngineEvent) => void;
  /** Identifies this process in row claims. */
  instanceId: string;
  /** How long an outbox claim keeps other dispatchers off a row; renewed while a batch is sending. */
  claimMs: number;
  /** Plain check-in answers skip Prisma (src/inbound/fast-inbound.ts on SQLite, fast-inbound-postgres.ts on PostgreSQL), and so do marking replies sent and writing dispatch batches on SQLite; false runs everything through Prisma. Default on. */
  fastPaths?: boolean;
  /** Follow-up work nobody waits for (alerts after an inline reply). */
  background: BackgroundTasks;
  /** Days message text is kept (RETENTION_DAYS); null or unset keeps it all. See src/records/run-retention.ts. */
  retentionDays?: number | null;
  /** Set when the host is shutting down: sends not yet started are given back to other instances. */
  stopping?: { requested: boolean };
}
