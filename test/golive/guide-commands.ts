/**
 * The going-live guide's own commands, for a test that follows it on one machine.
 *
 * Each command the test runs is taken from a fenced block of docs/going-live.md, and a
 * command the guide no longer has fails the test (so the guide and the test cannot drift
 * apart). `localize` then turns the server's layout into the test's: `sudo` and the
 * `steady` user dropped, /etc/steady, /opt/steady, /var/backups/steady and /usr/local/bin
 * moved into temporary folders, the PostgreSQL commands sent to 127.0.0.1 as `postgres`,
 * and the role and database `steady` renamed to this run's own (`npx steady`, the command
 * line, keeps its name).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/project-root.ts";

/** The guide, as a clinic reads it. */
export const GUIDE_FILE = path.join(PROJECT_ROOT, "docs", "going-live.md");

/** The contents of the guide's fenced blocks (```sh, ```ini, ```yaml ...), in order. */
export function fencedBlocks(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/**
 * `text` (one or more whole lines), checked to appear verbatim in one of the guide's fenced
 * blocks (a line's trailing comment may be left out). Throws, naming the text, when the
 * guide has changed.
 */
export function fromGuide(markdown: string, text: string): string {
  const lines = text.split("\n");
  // A line may leave out the guide's trailing comment ("cmd   # what it does").
  const same = (line: string | undefined, want: string) => line !== undefined && (line === want || line.replace(/\s{2,}#.*$/, "") === want);
  const found = fencedBlocks(markdown).some((b) => {
    const block = b.body.split("\n");
    return block.some((_, i) => lines.every((l, j) => same(block[i + j], l)));
  });
  if (!found) throw new Error(`docs/going-live.md no longer has this in a code block; update test/golive with the guide:\n${text}`);
  return text;
}

/** Where the server's paths and names are on this machine. */
export interface Layout {
  /** The clone, in place of /opt/steady. */
  clone: string;
  /** In place of /etc/steady. */
  etc: string;
  /** In place of /var/backups/steady. */
  backups: string;
  /** In place of /usr/local/bin. */
  bin: string;
  /** The role and database, in place of `steady`. */
  name: string;
  /** The bot's port, in place of 3000. */
  port: number;
}

/** A guide command (or file) rewritten for `layout` (see the module comment). */
export function localize(command: string, layout: Layout): string {
  return command
    .replaceAll("sudo steady-run ", `${layout.bin}/steady-run `)
    .replaceAll("sudo -H -u steady ", "")
    .replace(/sudo -u postgres (psql|pg_dump|pg_restore|createdb|dropdb)\b/g, "$1 -h 127.0.0.1 -U postgres")
    .replace(/sudo install (.*?)-o \w+ -g \w+ /g, "install $1")
    .replaceAll("sudo install ", "install ")
    .replace(/^exec runuser -u steady -- /m, "exec ")
    .replaceAll("/var/backups/steady", layout.backups)
    .replaceAll("/etc/steady", layout.etc)
    .replaceAll("/opt/steady", layout.clone)
    .replaceAll("/usr/local/bin", layout.bin)
    .replaceAll("127.0.0.1:3000", `127.0.0.1:${layout.port}`)
    .replace(/(?<![\w.-])(?<!npx )steady(_check)?(?![\w.-])/g, `${layout.name}$1`);
}

/** What a shell command printed, and how it ended. */
export interface ShellResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `script` with bash (-e, -u, pipefail), with only PATH and HOME from this process (as
 * `sudo` resets the environment), so a step cannot lean on a variable the test happens to
 * have. Asynchronous on purpose: the Twilio stand-in answers the bot from this same process
 * meanwhile.
 */
export function sh(script: string, options: { cwd: string; env?: Record<string, string> }): Promise<ShellResult> {
  const env = { PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin", HOME: process.env.HOME ?? "/", ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-euo", "pipefail", "-c", script], { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** `sh`, failing with what it printed unless it exits 0. */
export async function shOk(script: string, options: { cwd: string; env?: Record<string, string> }): Promise<string> {
  const r = await sh(script, options);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${script}\n${r.stdout}\n${r.stderr}`);
  return r.stdout + r.stderr;
}

/**
 * Sets `KEY=value` lines in an env file the way an administrator edits it: an existing line
 * (or a commented-out `#KEY=`) gets the value, a new key is added at the end.
 */
export function editEnvFile(file: string, values: Record<string, string>): void {
  let text = fs.readFileSync(file, "utf8");
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^#?${key}=.*$`, "m");
    text = line.test(text) ? text.replace(line, `${key}=${value}`) : `${text.replace(/\n?$/, "\n")}${key}=${value}\n`;
  }
  fs.writeFileSync(file, text);
}

/** The variables of an env file as systemd's EnvironmentFile= reads plain `KEY=value` lines. */
export function readEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const eq = line.indexOf("=");
    if (eq > 0) env[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return env;
}
