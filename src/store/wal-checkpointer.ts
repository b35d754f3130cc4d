import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { SqliteConnection } from "./sqlite-connection.ts";

/** SQLite's own default: checkpoint once the WAL holds this many pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

// Runs in the worker: its own connection to the same file, checkpointing on a timer. A PASSIVE
// checkpoint never blocks the writer; only it waits for the disk. But the WAL only starts over
// once a checkpoint has caught up with the last commit, which a steady stream of commits may
// never let happen; and the file keeps its size after the writes pause. So the worker asks
// the bot's connection to start the WAL over: past maxFrames (a RESTART checkpoint, which
// copies the few frames the last PASSIVE one left), or once the writes have paused with a
// file larger than truncateBytes (a TRUNCATE checkpoint, which also empties the file).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { statSync } = require("node:fs");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000, fileMustExist: true });
const walBytes = () => { try { return statSync(workerData.file + "-wal").size; } catch { return 0; } };
let failures = 0;
let lastLog = -1;
const step = () => {
  try {
    const [r] = db.pragma("wal_checkpoint(PASSIVE)");
    failures = 0;
    if (!r || r.busy) return;
    // Caught up: the next commit starts the WAL over by itself; nothing committed since the
    // last step either: the writes have paused, and the file may shrink.
    if (r.log === r.checkpointed) {
      if (r.log === lastLog && walBytes() > workerData.truncateBytes) parentPort.postMessage({ restart: "TRUNCATE" });
    } else if (r.log > workerData.maxFrames) parentPort.postMessage({ restart: "RESTART" });
    lastLog = r.log;
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
 * check-in replies), which stalls every request waiting behind it. The bot's connection stops
 * checkpointing on commit; a worker thread with its own connection copies the WAL into the
 * database every `intervalMs`. If the worker fails, the connection goes back to checkpointing
 * itself, so the WAL never grows without bound.
 *
 * Starting the WAL over takes SQLite's write lock and waits for every reader to leave the WAL.
 * Taken by the worker, that failed any transaction of the bot's that had read and then went to
 * write ("database is locked"), a crisis re-escalation among them. So the worker only asks,
 * and the bot's connection does it between its own transactions: some 5-15 ms for a RESTART
 * under load here, and 40-60 ms to truncate a file of 64 MB, which waits for a pause.
 */
export class WalCheckpointer {
  private readonly exited: Promise<void>;
  private failures = 0;
  private constructor(
    private readonly conn: SqliteConnection,
    private readonly worker: Worker,
  ) {
    this.exited = new Promise((resolve) => worker.once("exit", () => resolve()));
  }

  /**
   * `maxFrames`: WAL pages (4 KB each) past which the WAL starts over under load (default
   * 64 MB); `truncateBytes`: how large the file may stay once the writes pause (default 4 MB).
   */
  static start(conn: SqliteConnection, file: string, options: { intervalMs?: number; maxFrames?: number; truncateBytes?: number } = {}): WalCheckpointer {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    const workerData = { file, driver, intervalMs: options.intervalMs ?? 250, maxFrames: options.maxFrames ?? 16_384, truncateBytes: options.truncateBytes ?? 4 * 1024 * 1024 };
    // Plain CommonJS: no Node flags of the parent (a TypeScript loader there would cost the
    // worker some 20 MB), and a heap sized for a timer and one connection.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, execArgv: [], resourceLimits: WORKER_LIMITS });
    worker.unref();
    const checkpointer = new WalCheckpointer(conn, worker);
    setAutocheckpoint(conn, 0);
    const restore = () => setAutocheckpoint(conn, DEFAULT_AUTOCHECKPOINT);
    worker.on("message", (m: { restart?: "RESTART" | "TRUNCATE" }) => (m.restart ? checkpointer.restart(m.restart) : restore()));
    worker.on("error", restore);
    worker.on("exit", restore);
    return checkpointer;
  }

  /**
   * Starts the WAL over on the bot's connection, unless a transaction is open on it. It does
   * not wait for another connection (a reader in another process, say): the event loop would
   * wait with it. Either way the worker asks again at its next step.
   */
  private restart(mode: "RESTART" | "TRUNCATE"): void {
    if (!this.conn.open || this.conn.inTransaction) return;
    const { timeout } = this.conn.prepare("PRAGMA busy_timeout").safeIntegers(false).get() as { timeout: number };
    try {
      this.conn.prepare("PRAGMA busy_timeout = 0").get();
      this.conn.prepare(`PRAGMA wal_checkpoint(${mode})`).safeIntegers(false).get(); // busy: a row saying so, not an error
      this.failures = 0;
    } catch {
      if (++this.failures === 3) setAutocheckpoint(this.conn, DEFAULT_AUTOCHECKPOINT);
    } finally {
      this.conn.prepare(`PRAGMA busy_timeout = ${Number(timeout)}`).get();
    }
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
