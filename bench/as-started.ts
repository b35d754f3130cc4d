import { spawnSync } from "node:child_process";
import path from "node:path";
import { BOT_BUNDLE, bundle, startNodeFlags } from "../scripts/build.mjs";

const built = new Map<string, Promise<string>>();

/**
 * Node arguments that run a benchmark child the way `npm start` runs the bot: bundled by the
 * same build (no TypeScript loader in the process) and with the same Node flags. Each entry
 * is bundled once per benchmark run, next to the bot's bundle (npm packages are resolved from
 * the project's node_modules). BENCH_START_FLAGS="…" runs them with other Node flags instead,
 * to compare ("" for none).
 */
export async function asStarted(entry: string): Promise<string[]> {
  let out = built.get(entry);
  if (!out) {
    const file = path.join(path.dirname(BOT_BUNDLE), "bench", `${path.basename(entry, ".ts")}.mjs`);
    out = bundle(entry, file).then(() => file);
    built.set(entry, out);
  }
  const flags = process.env.BENCH_START_FLAGS === undefined ? startNodeFlags() : process.env.BENCH_START_FLAGS.split(" ").filter(Boolean);
  return [...flags, await out];
}

/**
 * Runs a benchmark child to its end as `npm start` runs the bot (see asStarted) and returns
 * the JSON of the last line it printed. `extraFlags` go before the start script's flags.
 */
export async function runAsStarted<T>(entry: string, args: string[], extraFlags: string[] = []): Promise<T> {
  const child = spawnSync(process.execPath, [...extraFlags, ...(await asStarted(entry)), ...args], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`${path.basename(entry)} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as T;
}
