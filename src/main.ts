import path from "node:path";
import cron from "node-cron";
import { BOT_LOCAL_KEEP } from "../adapters/local/local-channel.ts";
import { consoleBanner, consoleFromConfig } from "./console/console-from-config.ts";
import { readSmsConfig, type SmsConfig } from "../adapters/sms/read-sms-config.ts";
import type { Channel } from "./channel/channel.ts";
import { openApp } from "./app.ts";
import { readEnvOptions } from "./config/read-env-options.ts";
import { HttpServer } from "./http/http-server.ts";
import { createLogger, errorLabel } from "./log/logger.ts";
import { readProgramFile } from "./program/read-program-file.ts";
import { watchProgramFile } from "./program/watch-program-file.ts";
import { Ticker } from "./schedule/ticker.ts";
import { isPostgresUrl } from "./store/create-db.ts";
import { PROJECT_ROOT } from "./project-root.ts";

/**
 * Runs the bot: parses the settings once, loads and syncs the program file, starts the
 * channels and the HTTP server, and ticks the scheduler. With no provider settings the local
 * channel is the only one, and what it delivers is shown here in the terminal and in the
 * console (a local web page whose clock control moves the app's clock).
 */
async function main(): Promise<void> {
  const config = readEnvOptions();
  const sms = readSmsConfig();
  const logger = createLogger();
  const { program, warnings } = readProgramFile(config.programFile);
  for (const w of warnings) console.error(`warning: ${w}`);
  const steadyConsole = consoleFromConfig(config);
  const http = new HttpServer();
  // With a provider configured, only real channels run: a local "delivery" would count as an
  // alert that reached a counselor when it reached nobody.
  const channels: Channel[] = [];
  // The SMS adapter (and the twilio package, some 25 MB) is loaded only when it is configured.
  if (sms) {
    const { SmsChannel } = await import("../adapters/sms/sms-channel.ts");
    channels.push(new SmsChannel({ config: sms, http, logger }));
  }
  const app = await openApp({
    databaseUrl: config.databaseUrl,
    program,
    logger,
    inboundSpoolFile: path.join(PROJECT_ROOT, "data", "inbound-spool.jsonl"),
    clock: steadyConsole?.clock?.read,
    channels: channels.length > 0 ? channels : undefined,
    onEvent: steadyConsole?.onEvent,
    localKeep: BOT_LOCAL_KEEP,
    onLocalDelivery: (d) => {
      console.log(`[${d.at.toISOString()}] to ${d.message.recipientKind === "group" ? "group " : ""}${d.message.recipientId} (local): ${d.message.text}`);
      steadyConsole?.onLocalDelivery(d);
    },
  });
  for (const line of app.sync?.changes ?? []) console.log(`sync: ${line}`);
  steadyConsole?.mount(http, { engine: app.engine, local: app.local });
  const port = await http.listen(config.port, config.host);

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
      `  http: http://${config.host}:${port}/healthz`,
      ...(sms ? smsLines(sms, await import("../adapters/sms/sms-webhooks.ts")) : localLines(program.participants[0]?.id ?? "p-001")),
    ].join("\n"),
  );

  const stop = async () => {
    unwatch();
    await task.stop();
    steadyConsole?.close();
    await http.close();
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function smsLines(sms: SmsConfig, paths: { INBOUND_PATH: string; STATUS_PATH: string }): string[] {
  const { INBOUND_PATH, STATUS_PATH } = paths;
  const sender = "from" in sms.sender ? sms.sender.from : `Messaging Service ${sms.sender.messagingServiceSid}`;
  return [
    `  channel: sms via ${sms.apiBaseUrl} (sender ${sender}, at most ${sms.maxPerSecond}/s)`,
    `  Twilio "A message comes in" webhook: ${sms.publicBaseUrl}${INBOUND_PATH} (HTTP POST)`,
    `  delivery reports are requested at:   ${sms.publicBaseUrl}${STATUS_PATH}`,
    `  see what is due:          npm run --silent cli -- status`,
  ];
}

function localLines(firstParticipant: string): string[] {
  return [
    `  channel: local (no provider configured). Messages appear below.`,
    `  reply as a participant:   npm run --silent cli -- reply ${firstParticipant} "7"`,
    `  see what is due:          npm run --silent cli -- status`,
    `  acknowledge an alert:     npm run --silent cli -- ack <code> --as <counselor-id>`,
  ];
}

main().catch((e) => {
  console.error(e instanceof Error && "code" in e ? e.message : `Steady failed to start (${errorLabel(e)}): ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
