import fs from "node:fs";
import path from "node:path";
import { SteadyError } from "../domain/steady-error.ts";
import { isPostgresUrl } from "./create-db.ts";

/** How long PostgreSQL has to accept a connection at start before Steady says it cannot reach it. */
const CONNECT_MS = 5_000;

/**
 * Checks, before migrating, that the database can be opened, and if not throws a
 * `database_unavailable` SteadyError that says which database (the URL with its password
 * masked, or the file's path), what went wrong, and what to do, instead of a driver's code.
 */
export async function checkDatabase(url: string): Promise<void> {
  if (isPostgresUrl(url)) await checkPostgres(url);
  else checkSqliteFile(url.slice("file:".length));
}

/** The URL as it may be shown: the password replaced by ****. */
export function maskedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "****";
    return u.toString();
  } catch {
    return "(DATABASE_URL is not a valid URL)";
  }
}

async function checkPostgres(url: string): Promise<void> {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || 5432}`;
  // Loaded here, not with this module: a bot on SQLite never needs the driver (some 3 MB).
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_MS });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    const shown = `DATABASE_URL=${maskedUrl(url)}`;
    const db = decodeURIComponent(u.pathname.slice(1)) || "(none)";
    const why =
      code === "ECONNREFUSED" ? `nothing is listening at ${where}. Is PostgreSQL running there, and on that port?`
      : code === "ENOTFOUND" || code === "EAI_AGAIN" ? `the host name ${u.hostname} does not resolve. Check the host in DATABASE_URL.`
      : code === "28P01" || code === "28000" ? `PostgreSQL at ${where} refused the user "${decodeURIComponent(u.username)}" (wrong password, or no pg_hba.conf entry for it). Check the user and password in DATABASE_URL.`
      : code === "3D000" ? `PostgreSQL at ${where} has no database "${db}". Create it first: createdb -O ${decodeURIComponent(u.username) || "<user>"} ${db} (docs/going-live.md, PostgreSQL).`
      : /timeout/i.test((e as Error).message ?? "") ? `PostgreSQL at ${where} did not answer within ${CONNECT_MS / 1000} s (a firewall, or a server that hangs).`
      : `connecting to ${where} failed (${code || (e as Error).name}).`;
    throw new SteadyError("database_unavailable", `Steady cannot open its database (${shown}): ${why}`, { cause: e });
  } finally {
    await client.end().catch(() => {});
  }
}

function checkSqliteFile(file: string): void {
  const dir = path.dirname(file);
  const fix = `Set DATABASE_URL=file:<path> to a file in a folder Steady may write, or leave it unset for data/steady.db.`;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? `a file stands where its folder should be (${dir})` : code === "EACCES" || code === "EPERM" ? `no permission to create the folder ${dir}` : `the folder ${dir} cannot be created (${code})`;
    throw new SteadyError("database_unavailable", `Steady cannot open its SQLite database at ${file} (DATABASE_URL): ${why}. ${fix}`, { cause: e });
  }
  const target = fs.existsSync(file) ? file : dir;
  try {
    fs.accessSync(target, fs.constants.R_OK | fs.constants.W_OK);
  } catch (e) {
    throw new SteadyError("database_unavailable", `Steady cannot open its SQLite database at ${file} (DATABASE_URL): no permission to write ${target === file ? "the file" : `the folder ${dir}`}. Run Steady as a user who may, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`, { cause: e });
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new SteadyError("database_unavailable", `Steady cannot open its SQLite database at ${file} (DATABASE_URL): that is a folder, not a file. ${fix}`);
  }
}
