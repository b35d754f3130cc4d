import type { Channel } from "./channel/channel.ts";
import { createEngine, type Engine } from "./engine/create-engine.ts";
import type { EngineEvent } from "./engine/engine-event.ts";
import { silentLogger, type Logger } from "./log/logger.ts";
import type { Metrics } from "./metrics/metrics.ts";
import type { Program } from "./program/program-schema.ts";
import { sqliteConnectionOf, type Db } from "./store/create-db.ts";
import { WalCheckpointer } from "./store/wal-checkpointer.ts";
import { openMigratedDb } from "./store/migrate-database.ts";
import { syncProgram, type SyncReport } from "./store/sync-program.ts";

/** What openApp needs: the database, the program and the channels to run. */
export interface AppOptions {
  databaseUrl: string;
  program: Program;
  clock?: () => Date;
  logger?: Logger;
  /** Where the engine records what it does (main passes its SteadyMetrics); nothing by default. */
  metrics?: Metrics;
  random?: () => number;
  onEvent?: (event: EngineEvent) => void;
  /**
   * The channels to run, made by the caller: main from the configured adapters; the CLI,
   * the simulator and tests their own (often a local channel, or one that fails on purpose).
   */
  channels: Channel[];
  /** Sync the program into the database at start (default true). */
  sync?: boolean;
  /** SQLite WAL checkpoints in a worker thread (default on; one-shot commands turn it off). */
  backgroundCheckpoints?: boolean;
  /** See EngineOptions.fastPaths (default on). */
  fastPaths?: boolean;
  /** See EngineOptions.inboundSpoolFile (the long-running bot sets it; one-shot commands do not). */
  inboundSpoolFile?: string;
  /** See EngineOptions.crisisDeadlineMs. */
  crisisDeadlineMs?: number;
  /** See EngineOptions.retentionDays. */
  retentionDays?: number | null;
}

/** A wired Steady: database, engine and the channels it runs. */
export interface App {
  db: Db;
  engine: Engine;
  sync: SyncReport | null;
  /** Syncs an edited program into the database and runs on it from now on. */
  reloadProgram(program: Program): Promise<SyncReport>;
  close(): Promise<void>;
}

/**
 * Opens and migrates the database, syncs the program file, and starts the channels it is
 * given. It knows no adapter: whoever calls it (main, the CLI, the simulator, a test) makes them.
 */
export async function openApp(o: AppOptions): Promise<App> {
  const clock = o.clock ?? (() => new Date());
  const db = await openMigratedDb(o.databaseUrl);
  const conn = sqliteConnectionOf(db);
  const checkpointer = conn && o.backgroundCheckpoints !== false ? WalCheckpointer.start(conn, o.databaseUrl.slice("file:".length)) : null;
  const closeDb = async () => {
    await checkpointer?.stop();
    await db.$disconnect();
  };
  try {
    const sync = o.sync === false ? null : await syncProgram(db, o.program, clock());
    const channels = o.channels;
    const engine = createEngine({ db, program: o.program, channels, clock, logger: o.logger ?? silentLogger, metrics: o.metrics, retentionDays: o.retentionDays, random: o.random, onEvent: o.onEvent, fastPaths: o.fastPaths, inboundSpoolFile: o.inboundSpoolFile, crisisDeadlineMs: o.crisisDeadlineMs });
    for (const c of channels) await c.start(engine.handleInbound, engine.recordDelivery, engine.services);
    return {
      db,
      engine,
      sync,
      async reloadProgram(program) {
        const report = await syncProgram(db, program, clock());
        engine.useProgram(program);
        return report;
      },
      async close() {
        for (const c of channels) await c.stop();
        await engine.idle();
        await closeDb();
      },
    };
  } catch (e) {
    await closeDb();
    throw e;
  }
}
