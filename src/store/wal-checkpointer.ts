import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { SqliteConnection } from "./sqlite-connection.ts";

/** SQLite's own default: checkpoint once the WAL holds this many pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

// Runs in the worker: its own connection to the same file, checkpointing on a timer. A PASSIVE
// checkpoint never blocks the writer; only it waits for the disk. But the WAL only starts over
// once a checkpoint has caught up with the last commit, which a steady stream of commits never
// lets happen: past maxFrames the worker runs a TRUNCATE checkpoint, which makes the writer
// wait for the few frames the last PASSIVE one left, and empties the file.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000, fileMustExist: true });
let failures = 0;
const step = () => {
  try {
    const [r] = db.pragma("wal_checkpoint(PASSIVE)");
    if (r && r.log > workerData.maxFrames) db.pragma("wal_checkpoint(TRUNCATE)");
    failures = 0;
  } catch (e) {
    if (++failures === 3) parentPort.postMessage({ failed: String((e && e.code) || "error") });
  }
};
const timer = setInterval(step, workerData.intervalMs);
parentPort.on("message", () => { clearInterval(timer); step(); db.close(); parentPort.close(); });
`;

const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 };

/**
 * Moves SQLite's WAL checkpoints off the event loop. With synchronous=NORMAL a commit does
 * not wait for the disk, but the checkpoint SQLite runs inside a commit once the WAL holds a
 * thousand pages syncs the WAL and the database file (some 4-8 ms each here, every 70 or so
 * check-in replies), which stalls every request waiting behind it. The bot's connection stops checkpointing on commit; a worker
 * thread with its own connection checkpoints every `intervalMs`. If the worker fails, the
 * connection goes back to checkpointing itself, so the WAL never grows without bound.
 */
export class WalCheckpointer {
  private readonly exited: Promise<void>;
  private constructor(
    private readonly conn: SqliteConnection,
    private readonly worker: Worker,
  ) {
    this.exited = new Promise((resolve) => worker.once("exit", () => resolve()));
  }

  /** `maxFrames`: WAL pages (4 KB each) past which the worker empties the file (default 64 MB). */
  static start(conn: SqliteConnection, file: string, options: { intervalMs?: number; maxFrames?: number } = {}): WalCheckpointer {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    const workerData = { file, driver, intervalMs: options.intervalMs ?? 250, maxFrames: options.maxFrames ?? 16_384 };
    // Plain CommonJS: no Node flags of the parent (a TypeScript loader there would cost the
    // worker some 20 MB), and a heap sized for a timer and one connection.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, execArgv: [], resourceLimits: WORKER_LIMITS });
    worker.unref();
    const checkpointer = new WalCheckpointer(conn, worker);
    setAutocheckpoint(conn, 0);
    const restore = () => setAutocheckpoint(conn, DEFAULT_AUTOCHECKPOINT);
    worker.on("message", restore);
    worker.on("error", restore);
    worker.on("exit", restore);
    return checkpointer;
  }

  /** Runs a last checkpoint and stops the worker; the connection checkpoints itself again. */
  async stop(): Promise<void> {
    // Referenced while stopping: an unreferenced worker and timer would let the process end
    // here, with the last checkpoint unwritten and whatever followed never run.
    this.worker.ref();
    this.worker.postMessage("stop");
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5_000)));
    const exited = await Promise.race([this.exited.then(() => true), timeout]);
    clearTimeout(timer);
    if (!exited) await this.worker.terminate();
    if (this.conn.open) setAutocheckpoint(this.conn, DEFAULT_AUTOCHECKPOINT);
  }
}

function setAutocheckpoint(conn: SqliteConnection, pages: number): void {
  if (conn.open) conn.prepare(`PRAGMA wal_autocheckpoint=${pages}`).safeIntegers(false).get();
}
