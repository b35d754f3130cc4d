import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnvOptions, realProvidersConfigured } from "../../src/config/read-env-options.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";

describe("settings from the environment", () => {
  it("defaults to the embedded SQLite file, the example program and port 3000", () => {
    const c = readEnvOptions({});
    expect(c).toEqual({
      databaseUrl: `file:${path.join(PROJECT_ROOT, "data/steady.db")}`,
      programFile: path.join(PROJECT_ROOT, "examples/program.yaml"),
      port: 3000,
      host: "127.0.0.1",
      tickSeconds: 15,
      realProviders: false,
      retentionDays: null,
      console: { token: null, withProviders: false },
      metrics: { token: null },
      log: { level: "info", pretty: true },
    });
  });

  it("RETENTION_DAYS: unset keeps everything; a whole number of at least 30 days, or a message saying so", () => {
    expect(readEnvOptions({ RETENTION_DAYS: "30" }).retentionDays).toBe(30);
    expect(readEnvOptions({ RETENTION_DAYS: " 365 " }).retentionDays).toBe(365);
    for (const bad of ["29", "0", "-30", "30.5", "a year"]) {
      expect(() => readEnvOptions({ RETENTION_DAYS: bad })).toThrow(/RETENTION_DAYS: must be a whole number from 30 to 36500 .*leave it unset to keep everything/);
    }
  });

  it("takes PostgreSQL URLs as they are and resolves relative SQLite paths against the project", () => {
    expect(readEnvOptions({ DATABASE_URL: "postgres://u@db:5432/steady" }).databaseUrl).toBe("postgres://u@db:5432/steady");
    expect(readEnvOptions({ DATABASE_URL: "file:./x/y.db" }).databaseUrl).toBe(`file:${path.join(PROJECT_ROOT, "x/y.db")}`);
    expect(readEnvOptions({ PORT: "8080" }).port).toBe(8080);
  });

  it("names each bad variable and what it should be", () => {
    let error: unknown;
    try {
      readEnvOptions({ DATABASE_URL: "mysql://x", PORT: "eighty" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SteadyError);
    expect((error as SteadyError).code).toBe("config_invalid");
    expect((error as Error).message).toMatch(/DATABASE_URL: must be a SQLite file URL/);
    expect((error as Error).message).toMatch(/- PORT:/);
  });

  it("counts any provider credential as real providers", () => {
    expect(realProvidersConfigured({})).toBe(false);
    expect(realProvidersConfigured({ TWILIO_ACCOUNT_SID: " " })).toBe(false);
    for (const name of ["TWILIO_ACCOUNT_SID", "SLACK_BOT_TOKEN", "DISCORD_BOT_TOKEN"]) {
      expect(realProvidersConfigured({ [name]: "x" }), name).toBe(true);
      expect(readEnvOptions({ [name]: "x" }).realProviders, name).toBe(true);
    }
  });

  it("reads the console settings and explains a weak token", () => {
    const c = readEnvOptions({ CONSOLE_TOKEN: "0123456789abcdef0123", CONSOLE_WITH_PROVIDERS: "true" });
    expect(c.console).toEqual({ token: "0123456789abcdef0123", withProviders: true });
    expect(() => readEnvOptions({ CONSOLE_TOKEN: "secret" })).toThrow(/CONSOLE_TOKEN: must be at least 16 printable characters.*openssl rand -hex 16/);
    expect(() => readEnvOptions({ CONSOLE_WITH_PROVIDERS: "yes" })).toThrow(/CONSOLE_WITH_PROVIDERS: must be "true" or "false"/);
  });

  it("reads the metrics token and says what a bad one is for", () => {
    expect(readEnvOptions({ METRICS_TOKEN: " 0123456789abcdef0123 " }).metrics).toEqual({ token: "0123456789abcdef0123" });
    expect(() => readEnvOptions({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 16 printable characters.*bearer token Prometheus sends to read \/metrics/);
    expect(() => readEnvOptions({ METRICS_TOKEN: "0123456789 abcdef0123" })).toThrow(/METRICS_TOKEN:/);
  });

  it("reads the log level, and keeps log lines plain JSON in production and CI", () => {
    expect(readEnvOptions({ LOG_LEVEL: "WARN" }).log.level).toBe("warn");
    expect(readEnvOptions({ LOG_LEVEL: "silent" }).log.level).toBe("silent");
    expect(() => readEnvOptions({ LOG_LEVEL: "debug" })).toThrow(/LOG_LEVEL: must be one of info, warn, error, silent/);
    expect(readEnvOptions({ NODE_ENV: "production" }).log.pretty).toBe(false);
    expect(readEnvOptions({ CI: "true" }).log.pretty).toBe(false);
    expect(readEnvOptions({ CI: "false", NODE_ENV: "development" }).log.pretty).toBe(true);
  });
});
