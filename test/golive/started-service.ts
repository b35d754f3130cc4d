import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { captureLogText } from "../support/log-capture.ts";
import { localize, readEnvFile, type Layout } from "./guide-commands.ts";

/** The bot started as examples/deploy/steady.service starts it, and its journal. */
export interface StartedService {
  /** Everything it printed so far (stdout and stderr, as the journal keeps them). */
  journal(): string;
  /** Resolves when the journal contains `text`; fails if the process ends first or after `ms`. */
  waitFor(text: string | RegExp, ms: number): Promise<void>;
  /** SIGTERM, as `systemctl stop` sends; resolves to the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, for cleanup after a failure. */
  kill(): void;
}

/** The settings of the unit's [Service] section that say how to start the bot. */
export function serviceSettings(unitText: string): { workingDirectory: string; environmentFile: string; execStart: string } {
  const value = (key: string) => {
    const m = new RegExp(`^${key}=(.+)$`, "m").exec(unitText);
    if (!m) throw new Error(`the service unit has no ${key}=`);
    return m[1]!.trim();
  };
  return { workingDirectory: value("WorkingDirectory"), environmentFile: value("EnvironmentFile"), execStart: value("ExecStart") };
}

/**
 * Starts the bot the way systemd runs the unit: in its WorkingDirectory, with only the
 * variables of its EnvironmentFile (plus PATH and HOME, which systemd provides), by its
 * ExecStart, with /usr/bin/node replaced by this Node (as the guide says to do when
 * `command -v node` is elsewhere).
 */
export function startService(unitFile: string, layout: Layout): StartedService {
  const unit = serviceSettings(localize(fs.readFileSync(unitFile, "utf8"), layout));
  const [node, ...args] = unit.execStart.split(/\s+/);
  if (node !== "/usr/bin/node") throw new Error(`ExecStart does not start /usr/bin/node: ${unit.execStart}`);
  const env = { PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin", HOME: process.env.HOME ?? "/", ...readEnvFile(unit.environmentFile) };
  const child: ChildProcess = spawn(process.execPath, args, { cwd: unit.workingDirectory, env, stdio: ["ignore", "pipe", "pipe"] });
  let journal = "";
  child.stdout!.on("data", (d) => (journal += d));
  child.stderr!.on("data", (d) => (journal += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let ended = false;
  // Its log lines go to the suite's check for personal data in logs, as other processes' do.
  void exited.then(() => {
    ended = true;
    captureLogText(journal);
  });
  return {
    journal: () => journal,
    async waitFor(text, ms) {
      const found = () => (typeof text === "string" ? journal.includes(text) : text.test(journal));
      const deadline = Date.now() + ms;
      while (!found()) {
        if (ended) throw new Error(`the bot exited before printing ${String(text)}:\n${journal}`);
        if (Date.now() > deadline) throw new Error(`no ${String(text)} in the journal within ${ms} ms:\n${journal}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      if (!ended) child.kill("SIGTERM");
      return exited;
    },
    kill: () => void (ended || child.kill("SIGKILL")),
  };
}
