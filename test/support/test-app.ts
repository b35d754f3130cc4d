import fs from "node:fs";
import path from "node:path";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { openApp, type App } from "../../src/app.ts";
import type { Channel } from "../../src/channel/channel.ts";
import type { EngineEvent } from "../../src/engine/engine-event.ts";
import type { Metrics } from "../../src/metrics/metrics.ts";
import { loadProgram } from "../../src/program/load-program.ts";
import type { Program } from "../../src/program/program-schema.ts";
import { freshSqlite, type FreshDatabase } from "./fresh-database.ts";
import { capturedLogger, captureSentTexts } from "./log-capture.ts";

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public now: Date) {}
  readonly read = () => this.now;
  set(iso: string): void {
    this.now = new Date(iso);
  }
  advance(minutes: number): void {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
  }
}

/** The fixture program, optionally edited. */
export function testProgram(edit?: (yaml: string) => string): Program {
  const text = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/program.yaml"), "utf8");
  return loadProgram(edit ? edit(text) : text, "program.yaml").program;
}

/** A real app on a fresh database with a fixed clock; collects events and log lines. */
export interface TestApp extends App {
  /** The local channel the app runs, unless the test gave its own channels. */
  local: LocalChannel;
  clock: TestClock;
  events: EngineEvent[];
  logs: string[];
  database: FreshDatabase;
  /** Texts the local channel delivered to an address, oldest first. */
  inbox(address: string): string[];
  /** Runs the scheduler at the current time. */
  tick(): Promise<void>;
  /** Moves the clock forward to `iso`, running everything due on the way at its own time. */
  advanceTo(iso: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function startTestApp(options: {
  at: string;
  program?: Program;
  database?: FreshDatabase;
  random?: () => number;
  channels?: Channel[];
  fastPaths?: boolean;
  /** Where inbound messages wait while the database fails (none by default, as in one-shot commands). */
  inboundSpoolFile?: string;
  /** See EngineOptions.crisisDeadlineMs; by default a crisis waits for the database, so a loaded machine cannot change a test's outcome. */
  crisisDeadlineMs?: number;
  /** Where the engine records its metrics (none by default). */
  metrics?: Metrics;
  /** See EngineOptions.retentionDays (RETENTION_DAYS); unset keeps everything. */
  retentionDays?: number | null;
}): Promise<TestApp> {
  const clock = new TestClock(new Date(options.at));
  const events: EngineEvent[] = [];
  const logs: string[] = [];
  const database = options.database ?? freshSqlite();
  const local = new LocalChannel(clock.read);
  const app = await openApp({
    databaseUrl: database.url,
    program: options.program ?? testProgram(),
    clock: clock.read,
    logger: capturedLogger(clock.read, (l) => logs.push(l)),
    random: options.random,
    channels: options.channels ?? [local],
    fastPaths: options.fastPaths,
    inboundSpoolFile: options.inboundSpoolFile,
    crisisDeadlineMs: options.crisisDeadlineMs ?? Infinity,
    metrics: options.metrics,
    retentionDays: options.retentionDays,
    onEvent: (e) => events.push(e),
  });
  const t: TestApp = {
    ...app,
    local,
    clock,
    events,
    logs,
    database,
    inbox: (address) => local.to(address).map((m) => m.text),
    tick: async () => {
      await app.engine.dispatchDue();
    },
    advanceTo: async (iso) => {
      const target = new Date(iso);
      await app.engine.dispatchDue();
      for (;;) {
        const next = await app.engine.nextDueAt();
        if (!next || next > target) break;
        if (next <= clock.now) break;
        clock.now = next;
        await app.engine.dispatchDue();
      }
      clock.now = target;
      await app.engine.dispatchDue();
    },
    dispose: async () => {
      captureSentTexts(await sentTexts(app));
      await app.close();
      await database.drop();
    },
  };
  return t;
}

/**
 * The texts the app received, for the log check at the end of the run (none may be in a log
 * line). A database a test broke on purpose gets a second, then is skipped.
 */
async function sentTexts(app: App): Promise<string[]> {
  const rows = app.db.inbound.findMany({ select: { text: true } }).catch(() => []);
  const late = new Promise<[]>((resolve) => setTimeout(() => resolve([]), 1000).unref());
  return (await Promise.race([rows, late])).map((r) => r.text).filter(Boolean);
}
