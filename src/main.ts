import path from "node:path";
import cron from "node-cron";
import { ADAPTERS } from "../adapters/index.ts";
import { configuredChannels } from "./channel/channel-adapter.ts";
import { isInProcessChannel, type Channel } from "./channel/channel.ts";
import { CHANNELS, channelTraits, PROVIDER_VARIABLES } from "./channel/channel-registry.ts";
import { openApp } from "./app.ts";
import { mountCliEndpoint } from "./cli/cli-endpoint.ts";
import { consoleBanner, consoleFromConfig } from "./console/console-from-config.ts";
import { readEnvOptions } from "./config/read-env-options.ts";
import { SteadyError } from "./domain/steady-error.ts";
import { HttpServer } from "./http/http-server.ts";
import { channelPart, databasePart, ReadinessCheck, readyzRoute } from "./http/readiness.ts";
import { createLogger, errorLabel, type Logger } from "./log/logger.ts";
import { prettyStream } from "./log/pretty-stream.ts";
import { metricsRoute } from "./metrics/metrics-route.ts";
import { SteadyMetrics } from "./metrics/steady-metrics.ts";
import { readProgramFile } from "./program/read-program-file.ts";
import { warmRiskRules } from "./risk/warm-risk-rules.ts";
import { watchProgramFile } from "./program/watch-program-file.ts";
import { checkReach, reportReach, type ReachOptions } from "./staff/check-reach.ts";
import { Ticker } from "./schedule/ticker.ts";
import { isPostgresUrl } from "./store/create-db.ts";
import { PROJECT_ROOT } from "./project-root.ts";

/**
 * Runs the bot: parses the settings once, loads and syncs the program file, starts the
 * configured channels and the HTTP server, and ticks the scheduler. With no provider settings
 * the local channel is the only one, and what it delivers is shown in the terminal and in the
 * console (a local web page whose clock control moves the app's clock).
 */
async function main(): Promise<void> {
  const config = readEnvOptions();
  const configured = configuredChannels(ADAPTERS, process.env);
  if (configured.length === 0) {
    const set = PROVIDER_VARIABLES.filter((v) => process.env[v]?.trim()).join(", ");
    throw new SteadyError("config_invalid", `No channel can run: ${set} keeps the local channel off, but no adapter here runs that provider yet. Unset it to run the local channel.`);
  }
  // JSON lines on stderr (stdout is the local channel's transcript); readable ones in a terminal.
  const logger = createLogger({ level: config.log.level, stream: config.log.pretty && process.stderr.isTTY ? await prettyStream() : undefined });
  const { program, warnings } = readProgramFile(config.programFile);
  // Before any message can come: the first crisis text must not wait for its rules to compile.
  const warming = performance.now();
  const patterns = warmRiskRules();
  logger.info("risk_rules_ready", { patterns, ms: Math.round(performance.now() - warming) });
  for (const w of warnings) console.error(`warning: ${w}`);
  const steadyConsole = consoleFromConfig(config);
  const http = new HttpServer();
  const clock = steadyConsole?.clock?.read ?? (() => new Date());
  // Times shown to whoever runs the bot are in the program's time zone, as of the latest reload.
  let timeZone = program.program.timeZone;
  const metrics = new SteadyMetrics();
  const channels: Channel[] = [];
  // An adapter's plain lines for whoever runs the bot (its provider unreachable at start), beside its log line.
  const warn = (line: string) => console.error(`warning: ${line}`);
  for (const c of configured) channels.push(await c.create({ http, logger, clock, timeZone: () => timeZone, metrics, warn }));
  const app = await openApp({
    databaseUrl: config.databaseUrl,
    program,
    logger,
    metrics,
    inboundSpoolFile: path.join(PROJECT_ROOT, "data", "inbound-spool.jsonl"),
    clock,
    channels,
    onEvent: steadyConsole?.onEvent,
    retentionDays: config.retentionDays,
  });
  for (const line of app.sync?.changes ?? []) console.log(`sync: ${line}`);
  // Who no running channel reaches: said at start and after every reload, and told to their
  // counselor once (src/staff/check-reach.ts).
  const reachOptions = (): ReachOptions => ({ running: configured.map((c) => c.name), available: ADAPTERS.map((a) => a.name), now: clock() });
  const reach = await sayWhoIsUnreachable(() => reportReach(app.db, { ...reachOptions(), logger, office: app.engine.ctx.program.program }), logger);
  // The console types on the channel inside this process, and shows what it delivers at once.
  const typing = channels.find(isInProcessChannel) ?? null;
  if (steadyConsole) typing?.listen(steadyConsole.onLocalDelivery);
  steadyConsole?.mount(http, { engine: app.engine, local: typing, unreachable: async () => (await checkReach(app.db, reachOptions())).found });
  // The CLI's reply, ack and resolve come here when the bot runs, to be handled on its clock.
  // Next to real providers only with CONSOLE_TOKEN: without it, anyone with a shell on the
  // server could act as a counselor; the CLI then works on the database (same clock there).
  if (!config.realProviders || config.console.token) mountCliEndpoint(http, { engine: app.engine, local: typing, token: config.console.token });
  http.route("GET", "/readyz", readyzRoute(new ReadinessCheck([databasePart(app.db), ...channels.map(channelPart)], logger)));
  metrics.readFrom(app.db, clock);
  http.route("GET", "/metrics", metricsRoute(metrics, config.metrics.token, logger));
  const port = await listen(http, config.port, config.host);

  // An edited program file is synced and used without a restart; one with problems is not.
  const unwatch = watchProgramFile(
    config.programFile,
    async ({ program: next, warnings: nextWarnings }) => {
      for (const w of nextWarnings) console.error(`warning: ${w}`);
      const report = await app.reloadProgram(next);
      timeZone = next.program.timeZone;
      for (const line of report.changes) console.log(`sync: ${line}`);
      const n = report.changes.length;
      console.log(`program file reloaded (${n === 0 ? "no changes" : `${n} change${n === 1 ? "" : "s"}`})`);
      for (const line of await sayWhoIsUnreachable(() => reportReach(app.db, { ...reachOptions(), logger, office: app.engine.ctx.program.program }), logger)) console.error(line);
    },
    (e) => {
      logger.error("program_reload_failed", { errorCode: errorLabel(e) });
      console.error(`The program file was not reloaded; the running program stays.\n${e.message}`);
    },
  );

  const ticker = new Ticker(app.engine, logger);
  const task = cron.schedule(`*/${config.tickSeconds} * * * * *`, () => ticker.tick());
  await ticker.tick();

  // Read out here: a variable that a closure in main uses lives as long as any of main's
  // closures (the signal handlers, the file watcher), and the program read at start would
  // stay in memory beside every program reloaded after it.
  const exampleParticipant = program.participants[0]?.id ?? "p-001";
  // The channels whose adapters say whether they reach a provider (the local channel has none).
  const providerChannels = channels.filter((c) => c.health !== undefined).map((c) => c.name);
  const where = isPostgresUrl(config.databaseUrl) ? "PostgreSQL (DATABASE_URL)" : config.databaseUrl.slice("file:".length);
  console.log(
    [
      `Steady is running: ${program.program.name}, ${program.participants.length} participants.`,
      "",
      ...consoleBanner(steadyConsole, port),
      "",
      `  database: ${where}`,
      `  program file: ${config.programFile}`,
      `  http: http://${config.host}:${port}/healthz (process up), /readyz (database answering${providerChannels.map((c) => `, ${c} reaching its provider`).join("")})`,
      `  metrics: http://${config.host}:${port}/metrics (Prometheus; ${config.metrics.token ? "needs METRICS_TOKEN as a bearer token" : "answered only on this computer, set METRICS_TOKEN to scrape it from elsewhere"})`,
      ...configured.flatMap((c) => c.bannerLines({ exampleParticipant })),
      ...idleProviderLines(configured.map((c) => c.name)),
      `  see what is due:          npm run --silent cli -- status`,
    ].join("\n"),
  );
  for (const line of reach) console.error(line);

  // SIGTERM (or Ctrl-C): stop ticking and claiming, let the message in hand go out and give
  // the rest back, stop the channels and close the database, and exit 0, within
  // SHUTDOWN_MS. A second signal exits at once.
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1);
    stopping = true;
    const late = setTimeout(() => {
      logger.error("shutdown_late", { waitedMs: SHUTDOWN_MS });
      process.exit(1);
    }, SHUTDOWN_MS);
    late.unref();
    try {
      unwatch();
      await task.stop();
      app.engine.stopSending();
      await ticker.stop();
      steadyConsole?.close();
      await http.close();
      await app.close();
      process.exit(0);
    } catch (e) {
      logger.error("shutdown_failed", { errorCode: errorLabel(e) });
      process.exit(1);
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/**
 * The warning block of who no running channel reaches. A check that fails (the database
 * busy) is logged and said, and never stops the bot from starting or a reload from being used.
 */
async function sayWhoIsUnreachable(check: () => Promise<{ warning: string[] }>, logger: Logger): Promise<string[]> {
  try {
    return (await check()).warning;
  } catch (e) {
    logger.error("reach_check_failed", { errorCode: errorLabel(e) });
    return [`warning: could not check who the running channels reach (${errorLabel(e)}); \`npm run --silent cli -- status\` checks again.`];
  }
}

/**
 * Banner lines for a provider whose settings are present but whose channel does not run
 * (this build has no adapter for it): nothing goes by that channel, whatever the settings say.
 */
function idleProviderLines(running: readonly string[]): string[] {
  return CHANNELS.flatMap((c) => {
    const v = channelTraits(c).providerVariable;
    if (v === null || running.includes(c) || !process.env[v]?.trim()) return [];
    return [`  channel: ${c} not running (${v} is set, but this build has no adapter for it): nothing goes by ${c}`];
  });
}

/** Starts the HTTP server, saying what to do when the port cannot be had. */
async function listen(http: HttpServer, port: number, host: string): Promise<number> {
  try {
    return await http.listen(port, host);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new SteadyError("config_invalid", `Port ${port} on ${host} is already in use: Steady is probably running already (npm run --silent cli -- status works beside it). Stop it, or set PORT to another port to run a second one.`, { cause: e });
    }
    if (code === "EACCES") throw new SteadyError("config_invalid", `Port ${port} on ${host} needs more rights than this user has: set PORT to 1024 or above (a reverse proxy can take 443).`, { cause: e });
    if (code === "EADDRNOTAVAIL") throw new SteadyError("config_invalid", `HOST=${host} is not an address of this computer: leave HOST unset for 127.0.0.1.`, { cause: e });
    throw e;
  }
}

/** How long shutdown may take before the process exits anyway (a service manager waits 90 s by default). */
const SHUTDOWN_MS = 10_000;

main().catch((e) => {
  console.error(e instanceof Error && "code" in e ? e.message : `Steady failed to start (${errorLabel(e)}): ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
