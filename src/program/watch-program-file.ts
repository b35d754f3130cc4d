import fs from "node:fs";
import type { LoadedProgram } from "./load-program.ts";
import { readProgramFile } from "./read-program-file.ts";

/** How often the file's modification time is looked at. */
const POLL_MS = 2_000;

function modifiedAt(file: string): number | null {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Calls `onProgram` with the program each time the file changes and loads cleanly, one
 * change at a time. A file that does not load, or an `onProgram` that fails, goes to
 * `onFailed`, and the running program stays. Polls the modification time, taken first when
 * called, rather than relying on change events, which editors that save by renaming a new
 * file over the old one do not raise reliably. Returns a stop function.
 */
export function watchProgramFile(
  file: string,
  onProgram: (loaded: LoadedProgram) => Promise<void>,
  onFailed: (error: Error) => void,
  pollMs = POLL_MS,
): () => void {
  let seen = modifiedAt(file);
  let busy = false;
  const timer = setInterval(() => {
    const now = modifiedAt(file);
    if (busy || now === null || now === seen) return;
    seen = now;
    busy = true;
    void (async () => {
      try {
        await onProgram(readProgramFile(file));
      } catch (e) {
        onFailed(e instanceof Error ? e : new Error(String(e)));
      } finally {
        busy = false;
      }
    })();
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
