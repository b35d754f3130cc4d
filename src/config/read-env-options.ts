import path from "node:path";
import { z } from "zod";
import { PROVIDER_VARIABLES } from "../channel/channel-registry.ts";
import { SteadyError } from "../domain/steady-error.ts";
import { LOG_LEVELS, type LogLevel } from "../log/log-level.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import { resolveSqliteUrl } from "../store/create-db.ts";

/** Settings of a running Steady, parsed once from the environment by main. */
export interface Config {
  databaseUrl: string;
  programFile: string;
  port: number;
  host: string;
  /** Seconds between scheduler ticks. */
  tickSeconds: number;
  /** True when a real provider account (SMS, Slack, Discord) is configured. */
  realProviders: boolean;
  /** Days message text is kept before a daily job blanks it (RETENTION_DAYS); null keeps everything. */
  retentionDays: number | null;
  /** The local web console (src/console). */
  console: {
    /** Secret every console request must carry; required when HOST is not a loopback address. */
    token: string | null;
    /** Show a read-only console even though real providers are configured. */
    withProviders: boolean;
  };
  /** Prometheus metrics at /metrics (src/metrics). */
  metrics: {
    /** Secret a scrape must carry as `Authorization: Bearer`; without it only local, unproxied requests are answered. */
    token: string | null;
  };
  log: {
    /** The lowest level written. */
    level: LogLevel;
    /** Readable lines may be used (neither production nor CI); main uses them only when stderr is a terminal. */
    pretty: boolean;
  };
}

/**
 * Whether real providers are configured: any channel's provider variable (see
 * src/channel/channel-registry.ts) is set, whether or not its adapter starts.
 */
export function realProvidersConfigured(env: Record<string, string | undefined>): boolean {
  return PROVIDER_VARIABLES.some((name) => (env[name] ?? "").trim() !== "");
}

/** A whole number in [min, max] given as text, with a message that says what was given and what it is for. */
function wholeNumber(min: number, max: number, what: string) {
  return z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      if (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max) return;
      ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max} (got "${v}"): ${what}` });
    })
    .transform(Number);
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
  PORT: wholeNumber(1, 65535, "the port the HTTP server listens on; leave it unset for 3000").optional(),
  HOST: z.string().trim().optional(),
  TICK_SECONDS: wholeNumber(1, 59, "seconds between scheduler ticks; leave it unset for 15").optional(),
  RETENTION_DAYS: wholeNumber(30, 36500, "days message text is kept before it is blanked (check-in values stay); at least 30, and leave it unset to keep everything").optional(),
  CONSOLE_TOKEN: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (v.length >= 16 && /^[\x21-\x7e]+$/.test(v)), {
      message: "must be at least 16 printable characters without spaces (for example the output of `openssl rand -hex 16`); leave it unset to keep the console on 127.0.0.1 only",
    }),
  METRICS_TOKEN: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (v.length >= 16 && /^[\x21-\x7e]+$/.test(v)), {
      message:
        "must be at least 16 printable characters without spaces (for example the output of `openssl rand -hex 16`): the bearer token Prometheus sends to read /metrics; leave it unset to answer /metrics only on this computer",
    }),
  CONSOLE_WITH_PROVIDERS: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || v === "true" || v === "false", { message: 'must be "true" or "false" (true shows a read-only console alongside real providers)' }),
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .refine((v) => !v || (LOG_LEVELS as readonly string[]).includes(v), { message: `must be one of ${LOG_LEVELS.join(", ")} (the lowest level of log line written); leave it unset for info` }),
  NODE_ENV: z.string().trim().optional(),
  CI: z.string().trim().optional(),
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
    realProviders: realProvidersConfigured(env),
    retentionDays: e.RETENTION_DAYS ?? null,
    console: { token: e.CONSOLE_TOKEN || null, withProviders: e.CONSOLE_WITH_PROVIDERS === "true" },
    metrics: { token: e.METRICS_TOKEN || null },
    log: {
      level: (e.LOG_LEVEL || "info") as LogLevel,
      pretty: e.NODE_ENV !== "production" && (!e.CI || e.CI === "false" || e.CI === "0"),
    },
  };
}
