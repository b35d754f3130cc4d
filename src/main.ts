import path from "node:path";
import cron from "node-cron";
import { localAdapter } from "../adapters/local/index.ts";
import { smsAdapter } from "../adapters/sms/index.ts";
import { configuredChannels, type ChannelAdapter } from "./channel/channel-adapter.ts";
import { isInProcessChannel, type Channel } from "./channel/channel.ts";
import { PROVIDER_VARIABLES } from "./channel/channel-registry.ts";
import { openApp } from "./app.ts";
import { consoleBanner, consoleFromConfig } from "./console/console-from-config.ts";
import { readEnvOptions } from "./config/read-env-options.ts";
import { SteadyError } from "./domain/steady-error.ts";
import { HttpServer } from "./http/http-server.ts";
import { databasePart, ReadinessCheck, readyzRoute } from "./http/readiness.ts";
import { createLogger, errorLabel } from "./log/logger.ts";
import { prettyStream } from "./log/pretty-stream.ts";
import { readProgramFile } from "./program/read-program-file.ts";
import { watchProgramFile } from "./program/watch-program-file.ts";
import { Ticker } from "./schedule/ticker.ts";
import { isPostgresUrl } from "./store/create-db.ts";
import { PROJECT_ROOT } from "./project-root.ts";

/**
 * Every channel adapter the bot can run (each adapter folder's index.ts; the channel's traits
 * are in src/channel/channel-registry.ts). Each reads its own settings: the ones configured
 * run, and the local channel only when no provider is.
 */
const ADAPTERS: readonly ChannelAdapter[] = [smsAdapter, localAdapter];

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
  for (const w of warnings) console.error(`warning: ${w}`);
  const steadyConsole = consoleFromConfig(config);
  const http = new HttpServer();
  const clock = steadyConsole?.clock?.read ?? (() => new Date());
  const channels: Channel[] = [];
  for (const c of configured) channels.push(await c.create({ http, logger, clock }));
  const app = await openApp({
    databaseUrl: config.databaseUrl,
    program,
    logger,
    inboundSpoolFile: path.join(PROJECT_ROOT, "data", "inbound-spool.jsonl"),
    clock,
    channels,
    onEvent: steadyConsole?.onEvent,
  });
  for (const line of app.sync?.changes ?? []) console.log(`sync: ${line}`);
  // The console types on the channel inside this process, and shows what it delivers at once.
  const typing = channels.find(isInProcessChannel) ?? null;
  if (steadyConsole) typing?.listen(steadyConsole.onLocalDelivery);
  steadyConsole?.mount(http, { engine: app.engine, local: typing });
  http.route("GET", "/readyz", readyzRoute(new ReadinessCheck([databasePart(app.db)], logger)));
  const port = await listen(http, config.port, config.host);

  // An edited program file is synced and used without a restart; one with problems is not.
  const unwatch = watchProgramFile(
    config.programFile,
    async ({ program: next, warnings: nextWarnings }) => {
      for (const w of nextWarnings) console.error(`warning: ${w}`);
      const report = await app.reloadProgram(next);
      for (const line of report.changes) console.log(`sync: ${line}`);
      const n = report.changes.length;
      console.log(`program file reloaded (${n === 0 ? "no changes" : `${n} change${n === 1 ? "" : "s"}`})`);
    },
    (e) => {
      logger.error("program_reload_failed", { errorCode: errorLabel(e) });
      console.error(`The program file was not reloaded; the running program stays.\n${e.message}`);
    },
  );

  const ticker = new Ticker(app.engine, logger);
  const task = cron.schedule(`*/${config.tickSeconds} * * * * *`, () => ticker.tick());
  await ticker.tick();

  const where = isPostgresUrl(config.databaseUrl) ? "PostgreSQL (DATABASE_URL)" : config.databaseUrl.slice("file:".length);
  console.log(
    [
      `Steady is running: ${program.program.name}, ${program.participants.length} participants.`,
      "",
      ...consoleBanner(steadyConsole, port),
      "",
      `  database: ${where}`,
      `  program file: ${config.programFile}`,
      `  http: http://${config.host}:${port}/healthz (process up), /readyz (database answering)`,
      ...configured.flatMap((c) => c.bannerLines({ exampleParticipant: program.participants[0]?.id ?? "p-001" })),
      `  see what is due:          npm run --silent cli -- status`,
    ].join("\n"),
  );

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
