import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { createLogger, type Logger } from "../../src/log/logger.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { LOG_LINES_DIR } from "./log-privacy-check.ts";

const TEXTS_DIR = path.join(LOG_LINES_DIR, "texts");

/** Whether a line is one of ours: a JSON object with its time, level and event. */
export function isLogLine(line: string): boolean {
  if (!line.startsWith("{")) return false;
  try {
    const o = JSON.parse(line) as Record<string, unknown>;
    return typeof o.t === "string" && typeof o.level === "string" && typeof o.event === "string";
  } catch {
    return false;
  }
}

/** This process's file for the test file running now. */
function fileFor(dir: string, ext: string): string {
  const testPath = expect.getState().testPath;
  const name = testPath ? path.relative(PROJECT_ROOT, testPath).replaceAll(path.sep, "__") : "outside-tests";
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.${process.pid}.${ext}`);
}

/** Keeps the log lines among `text` (a child process's stderr, say; other lines are skipped). */
export function captureLogText(text: string): void {
  const lines = text.split("\n").filter(isLogLine);
  if (lines.length > 0) fs.appendFileSync(fileFor(LOG_LINES_DIR, "jsonl"), lines.join("\n") + "\n");
}

/** Keeps texts a test sent to the bot: no log line may quote them. */
export function captureSentTexts(texts: readonly string[]): void {
  if (texts.length > 0) fs.appendFileSync(fileFor(TEXTS_DIR, "json"), texts.map((t) => JSON.stringify(t)).join("\n") + "\n");
}

/** A real logger for a test's app: each line goes to `keep` (when given) and to the capture. */
export function capturedLogger(now: () => Date, keep?: (line: string) => void): Logger {
  return createLogger({
    write: (line) => {
      keep?.(line);
      captureLogText(line);
    },
    now,
  });
}
