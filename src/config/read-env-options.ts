import path from "node:path";
import { z } from "zod";
import { SteadyError } from "../domain/steady-error.ts";
import { PROJECT_ROOT } from "../store/migrate-database.ts";
import { resolveSqliteUrl } from "../store/create-db.ts";

/** Settings of a running Steady, parsed once from the environment by main. */
export interface Config {
  databaseUrl: string;
  programFile: string;
  port: number;
  host: string;
  /** Seconds between scheduler ticks. */
  tickSeconds: number;
}

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
      message: "must be a SQLite file URL (file:./data/steady.db) or a PostgreSQL URL (postgres://user@host:5432/db); leave it unset for the embedded SQLite default",
    }),
  PROGRAM_FILE: z.string().trim().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  HOST: z.string().trim().optional(),
  TICK_SECONDS: z.coerce.number().int().min(1).max(59).optional(),
});

/**
 * Reads the settings from an environment (process.env by default; tests pass their own).
 * Throws a SteadyError naming each bad variable and what it should be.
 */
export function readEnvOptions(env: Record<string, string | undefined> = process.env): Config {
  const r = schema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new SteadyError("config_invalid", `Invalid settings in the environment:\n${lines.join("\n")}`);
  }
  const e = r.data;
  const url = e.DATABASE_URL || "file:./data/steady.db";
  return {
    databaseUrl: url.startsWith("file:") ? resolveSqliteUrl(url, PROJECT_ROOT) : url,
    programFile: path.resolve(PROJECT_ROOT, e.PROGRAM_FILE || "examples/program.yaml"),
    port: e.PORT ?? 3000,
    host: e.HOST || "127.0.0.1",
    tickSeconds: e.TICK_SECONDS ?? 15,
  };
}
