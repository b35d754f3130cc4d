import fs from "node:fs";

/** A lock older than this was left by a process that died holding it. */
const STALE_MS = 10_000;
/** How long a caller waits for the lock before it takes it anyway (the holder must be stuck). */
const WAIT_MS = 2_000;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` holding an exclusive lock shared by every process on this machine: a directory
 * made next to the file, since mkdir is atomic. The work done under it is a few synchronous
 * file operations (an append, a rewrite and rename), so waiters spin briefly instead of
 * queueing; a lock left by a crashed process is taken over once it is stale.
 */
export function withFileLock<T>(file: string, fn: () => T): T {
  const lock = `${file}.lock`;
  const start = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (isStale(lock) || Date.now() - start > WAIT_MS) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      Atomics.wait(pause, 0, 0, 5);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - fs.statSync(lock).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}
