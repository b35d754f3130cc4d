/**
 * The bot processes of bench/cluster.ts: starting one as `npm start` starts the bot, asking
 * it over IPC, and the CPU the bots and the database's server processes spend.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { asStarted } from "./as-started.ts";
import type { ClusterCommand } from "./cluster-bot-child.ts";
import { backendPids, type BenchPostgres } from "./fresh-bench-postgres.ts";

const CHILD = path.join(import.meta.dirname, "cluster-bot-child.ts");

/** A running bot process of the cluster bench. */
export interface Instance {
  port: number;
  ask<T>(command: ClusterCommand): Promise<T>;
  stop(): Promise<void>;
}

/** Starts a bot process (cluster-bot-child.ts) and resolves once it listens. */
export async function startInstance(dbUrl: string, apiUrl: string, participants: number, perSecond: number): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, [...(await asStarted(CHILD)), dbUrl, apiUrl, String(participants), String(perSecond)], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`cluster bench child exited with ${code}`)));
  });
  let stopping = false;
  child.once("exit", (code, signal) => {
    if (!stopping) console.error(`cluster bench: the instance on port ${port} exited (${signal ?? `code ${code}`})`);
  });
  return {
    port,
    ask: <T>(command: ClusterCommand) =>
      new Promise<T>((resolve, reject) => {
        const exited = (code: number | null) => reject(new Error(`cluster bench child exited with ${code}`));
        child.once("exit", exited);
        child.once("message", (m: T & { failed?: string }) => {
          child.off("exit", exited);
          if (m.failed) reject(new Error(`instance failed: ${m.failed}`));
          else resolve(m);
        });
        child.send(command);
      }),
    stop: () => {
      stopping = true;
      return new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))));
    },
  };
}

/** CPU seconds (user + system) of all the instances so far. */
export async function botCpu(instances: Instance[]): Promise<number> {
  const all = await Promise.all(instances.map((i) => i.ask<{ cpu: NodeJS.CpuUsage }>("cpu")));
  return all.reduce((s, { cpu }) => s + (cpu.user + cpu.system) / 1e6, 0);
}

/** CPU seconds of one process from /proc (Linux; USER_HZ is 100 there), or null where it cannot be read. */
function procCpu(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime
  } catch {
    return null;
  }
}

/**
 * CPU of the PostgreSQL server processes connected to the bench database: call before the
 * measured work, then call what it returns after it. Processes that connect during the work
 * count from zero; ones that close during it are missed, so this is a lower bound.
 */
export async function dbCpuMeter(db: BenchPostgres | null): Promise<() => Promise<number | null>> {
  if (!db) return async () => null;
  const before = new Map((await backendPids(db.name)).map((pid) => [pid, procCpu(pid)]));
  if ([...before.values()].some((c) => c === null)) return async () => null;
  return async () => {
    let total = 0;
    for (const pid of await backendPids(db.name)) {
      const now = procCpu(pid);
      if (now === null) return null;
      total += now - (before.get(pid) ?? 0);
    }
    return total;
  };
}
