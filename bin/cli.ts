// The command line (`npm run --silent cli -- <command>`, or `npx steady`). Like src/main.ts it
// is a composition root: it runs the local channel in its own process and reads the list of
// adapters, so it lives outside src/, which knows no adapter. The commands' parts are in src/cli/.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { LocalChannel } from "../adapters/local/local-channel.ts";
import { ADAPTERS } from "../adapters/index.ts";
import { configuredChannels } from "../src/channel/channel-adapter.ts";
import { openApp, type App } from "../src/app.ts";
import { readEnvOptions } from "../src/config/read-env-options.ts";
import { interpretAnswer, interpretCheckin, DEFAULT_QUESTIONS } from "../src/interpret/index.ts";
import type { Lang } from "../src/domain/types.ts";
import { assessRisk, explainRisk } from "../src/risk/index.ts";
import { readProgramFile } from "../src/program/read-program-file.ts";
import { loadScenario } from "../src/program/scenario-schema.ts";
import { printSimulation, simulateArgs } from "../src/simulate/print-simulation.ts";
import { createDb } from "../src/store/create-db.ts";
import { migrateDatabase } from "../src/store/migrate-database.ts";
import { syncProgram } from "../src/store/sync-program.ts";
import { printExplanation } from "../src/cli/print-explanation.ts";
import { printCaseload } from "../src/cli/print-caseload.ts";
import { printStatus } from "../src/cli/print-status.ts";
import type { RefusalReason } from "../src/escalation/may-act.ts";
import { acknowledgeAlert } from "../src/staff/acknowledge-alert.ts";
import { didYouMean } from "../src/program/suggest.ts";
import { checkReach, reportReach, type ReachOptions } from "../src/staff/check-reach.ts";
import { silentLogger } from "../src/log/logger.ts";
import { caseload } from "../src/staff/caseload.ts";
import { resolveAlert } from "../src/staff/resolve-alert.ts";
import { peopleNames, type NameOf } from "../src/staff/people-names.ts";
import { botAddress, RunningBot, type BotAlertOutcome } from "../src/cli/running-bot.ts";
import type { Config } from "../src/config/read-env-options.ts";
import { exportParticipant } from "../src/records/export-participant.ts";

const USAGE = `Usage: npm run --silent cli -- <command>
  interpret --jsonl          read {"question","text","lang"?} lines on stdin, write {"value"} lines
  assess --jsonl             read {"text"} lines on stdin, write {"level","reasons"} lines ("screen": true when the bot would ask)
  assess --explain [text]    show which rules and screening cues matched the text (or each line on stdin)
  simulate <scenario.yaml> [--format text|json] [--summary]
                             run the engine over a scenario: one line per event (text on a terminal, JSON lines otherwise), or a table per day
  sync <program.yaml>        load a program file into the database and print what changed
  reply <participant-id> <text>   reply as a participant (or counselor) on the local channel
  ack <code> --as <counselor-id>       acknowledge an alert as that counselor
  resolve <code> --as <counselor-id> [--note <text>]   resolve an alert as that counselor
  status                     what is due next and which alerts are open
  (reply, ack, resolve, status and caseload go through the bot when it is running on PORT, on its clock)
  caseload --as <counselor-id>         that counselor's participants: mood and craving trends, missed check-ins, open alerts
  export <participant-id> --as <counselor-id> [--format json|csv] [--out <dir>]   everything stored about a participant, for the clinic's record (files only the owner can read)`;

/** Reads JSON lines from stdin and answers each with one JSON line, in order. */
async function mapJsonLines(fn: (input: Record<string, unknown>) => unknown): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: unknown;
    try {
      const input = JSON.parse(line) as unknown;
      out = input && typeof input === "object" ? fn(input as Record<string, unknown>) : { error: "each line must be a JSON object" };
    } catch {
      out = { error: "not valid JSON" };
    }
    process.stdout.write(JSON.stringify(out) + "\n");
  }
}

function interpretLine(input: Record<string, unknown>): unknown {
  const text = typeof input.text === "string" ? input.text : "";
  const lang: Lang = input.lang === "es" ? "es" : "en";
  if (input.question === "checkin") return { value: interpretCheckin(text, DEFAULT_QUESTIONS, lang) };
  const q = DEFAULT_QUESTIONS.find((d) => d.id === input.question && d.type !== "text");
  if (!q) return { value: null, error: 'question must be "mood", "craving", "meeting" or "checkin"' };
  const r = interpretAnswer(q, text, lang);
  return { value: r.kind === "value" ? r.value : null };
}

/** The app on the configured database, running the local channel: what `reply` types into and what this command's messages reach. */
async function withApp<T>(fn: (app: App, local: LocalChannel) => Promise<T>): Promise<T> {
  const config = readEnvOptions();
  const { program } = readProgramFile(config.programFile);
  const local = new LocalChannel();
  const app = await openApp({ databaseUrl: config.databaseUrl, program, channels: [local], sync: false, backgroundCheckpoints: false, retentionDays: config.retentionDays });
  try {
    return await fn(app, local);
  } finally {
    await app.close();
  }
}

/**
 * What the bot started with these settings runs (the same environment as the service's, see
 * docs/going-live.md), for saying who it cannot reach.
 */
function reachOptions(now: Date): ReachOptions {
  return { running: configuredChannels(ADAPTERS, process.env).map((c) => c.name), available: ADAPTERS.map((a) => a.name), now };
}

/** `<code> --as <counselor-id> [--note <text>]`, in any order. */
function alertArgs(args: string[]): { code?: string; as?: string; note?: string } {
  const out: { code?: string; as?: string; note?: string } = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--as") out.as = args[++i];
    else if (args[i]!.startsWith("--as=")) out.as = args[i]!.slice("--as=".length);
    else if (args[i] === "--note") out.note = args[++i];
    else if (args[i]!.startsWith("--note=")) out.note = args[i]!.slice("--note=".length);
    else out.code ??= args[i];
  }
  if (out.as === "") delete out.as;
  return out;
}

/** `<participant-id> --as <counselor-id> [--format json|csv] [--out <dir>]`, in any order. */
function exportArgs(args: string[]): { id?: string; as?: string; format: string; out?: string } {
  const out: { id?: string; as?: string; format: string; out?: string } = { format: "json" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === "--as") out.as = value();
    else if (flag === "--format") out.format = value() ?? "";
    else if (flag === "--out") out.out = value();
    else out.id ??= a;
  }
  if (out.as === "") delete out.as;
  return out;
}

function refusalText(reason: RefusalReason, code: string, as: string, name: NameOf): string {
  if (reason === "unknown_counselor") return `No counselor with id "${as}". Run "npm run --silent cli -- sync" after editing the program file.`;
  if (reason === "inactive") return `Counselor ${name(as)} is inactive and cannot act on alerts. Nothing was changed.`;
  return `${name(as)} may not act on alert ${code}: only the participant's counselor, whoever the alert went to and their supervisor can. Nothing was changed.`;
}

/** The bot running on the configured port, or null: `reply`, `ack`, `resolve`, `status` and `caseload` then work on the database. */
function findBot(config: Config): Promise<RunningBot | null> {
  return RunningBot.find(botAddress(config.host, config.port), config.console.token, () => new Date());
}

/** "3 h 5 min", "2 days 1 h": how far apart two clocks are. */
function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  const parts = [d ? `${d} day${d === 1 ? "" : "s"}` : "", h ? `${h} h` : "", m && !d ? `${m} min` : ""].filter(Boolean);
  return parts.join(" ") || "0 min";
}

/** The one line saying whether a command went through the running bot or worked on the database. */
function whereLine(bot: RunningBot | null, config: Config): string {
  if (!bot) return `No bot running at ${botAddress(config.host, config.port)}: working on the database directly, on real time.`;
  const ahead = bot.clock.aheadMs;
  const clock = Math.abs(ahead) < 60_000 ? "real time" : `${span(ahead)} ${ahead > 0 ? "ahead of" : "behind"} real time`;
  return `Through the running bot at ${bot.address}, on its clock (${clock}).`;
}

/** Refuses an action with no acting counselor: every action on an alert is stored with who took it. */
function needsActor(command: string, code: string, counselors: { id: string; name: string }[]): string {
  const list = counselors.map((c) => `  ${c.id}  ${c.name}`).join("\n");
  return `${command} needs the counselor who acts, stored with the alert: npm run --silent cli -- ${command} ${code} --as <counselor-id>\n${counselors.length === 0 ? "The program has no active counselor." : `Counselors:\n${list}`}`;
}

/** What an action on an alert did, as the CLI says it; the exit code. */
function reportAlertOutcome(command: "ack" | "resolve", r: BotAlertOutcome, as: string, name: NameOf): number {
  if (r.kind === "not_found") console.error(`No open alert with code ${r.code}.`);
  else if (r.kind === "refused") console.error(refusalText(r.reason, r.code, as, name));
  else if (r.kind === "already") console.log(`Alert ${r.code} was already acknowledged by ${name(r.by)}.`);
  else console.log(`${command === "ack" ? "Acknowledged" : "Resolved"} alert ${r.code} for ${r.participantId ? name(r.participantId) : "an unenrolled sender"} as ${name(as)}.`);
  return r.kind === "not_found" || r.kind === "refused" ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case "interpret":
      await mapJsonLines(interpretLine);
      return 0;
    case "assess": {
      if (args[0] === "--explain") {
        const print = (line: string) => process.stdout.write(line + "\n");
        if (args.length > 1) printExplanation(explainRisk(args.slice(1).join(" ")), print);
        else {
          let first = true;
          for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
            if (!line.trim()) continue;
            if (!first) print("");
            printExplanation(explainRisk(line), print);
            first = false;
          }
        }
        return 0;
      }
      // The output shape stays {"level","reasons"}; "screen" is added only where it is true.
      await mapJsonLines((i) => {
        const { level, reasons, screen } = assessRisk(typeof i.text === "string" ? i.text : "");
        return screen ? { level, reasons, screen } : { level, reasons };
      });
      return 0;
    }
    case "simulate": {
      const o = simulateArgs(args);
      if ("error" in o) {
        console.error(o.error);
        return 2;
      }
      if (!o.file) break;
      const scenario = loadScenario(fs.readFileSync(o.file, "utf8"), o.file);
      const format = o.format ?? (process.stdout.isTTY ? "text" : "json");
      await printSimulation(scenario, { format, summary: o.summary }, (line) => process.stdout.write(line + "\n"));
      return 0;
    }
    case "sync": {
      const config = readEnvOptions();
      const file = args[0] ?? config.programFile;
      const { program, warnings } = readProgramFile(file);
      for (const w of warnings) console.error(`warning: ${w}`);
      await migrateDatabase(config.databaseUrl);
      const db = await createDb(config.databaseUrl);
      try {
        const now = new Date();
        const report = await syncProgram(db, program, now, { via: "cli" });
        for (const c of report.changes) console.log(c);
        console.log(report.changes.length === 0 ? `no changes (${report.unchanged} records up to date)` : `${report.changes.length} change(s), ${report.unchanged} unchanged`);
        // Who the bot's channels cannot reach; their counselors are told once, through the outbox.
        for (const line of (await reportReach(db, { ...reachOptions(now), logger: silentLogger, office: program.program })).warning) console.error(line);
      } finally {
        await db.$disconnect();
      }
      return 0;
    }
    case "reply": {
      const [from, ...words] = args;
      if (!from || words.length === 0) break;
      const config = readEnvOptions();
      const bot = await findBot(config);
      console.log(whereLine(bot, config));
      if (bot) {
        // Handled by the bot, on its clock and its local channel, as if typed in its console.
        const r = await bot.reply(from, words.join(" "));
        if (r.outcome === "not_found") {
          console.error(`No participant or counselor with id "${from}". Run "npm run --silent cli -- sync" after editing the program file.`);
          return 1;
        }
        if (r.outcome === "no_local_channel") {
          console.error("The running bot has no local channel (a provider is configured): reply from the phone or chat app instead.");
          return 1;
        }
        for (const d of r.deliveries) console.log(`to ${d.recipientKind === "group" ? "group:" : ""}${d.recipientId}: ${d.text}`);
        return 0;
      }
      return withApp(async (app, local) => {
        const known = await app.db.address.findUnique({ where: { channel_address: { channel: local.name, address: from } } });
        if (!known) {
          console.error(`No participant or counselor with id "${from}". Run "npm run --silent cli -- sync" after editing the program file.`);
          return 1;
        }
        await local.receive(from, words.join(" "));
        await app.engine.dispatchDue();
        // The reply, and any alert it raised, as the local channel delivered them.
        for (const d of local.delivered) console.log(`to ${d.message.recipientKind === "group" ? "group:" : ""}${d.message.recipientId}: ${d.message.text}`);
        return 0;
      });
    }
    case "ack":
    case "resolve": {
      const { code, as, note } = alertArgs(args);
      if (!code) break;
      const config = readEnvOptions();
      return withApp(async (app) => {
        if (!as) {
          const counselors = await app.db.counselor.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, name: true } });
          console.error(needsActor(command, code, counselors));
          return 2;
        }
        const name = await peopleNames(app.db);
        const bot = await findBot(config);
        console.log(whereLine(bot, config));
        const action = command === "ack" ? "acknowledge" : "resolve";
        if (bot) return reportAlertOutcome(command, await bot.alert(action, code, as, note), as, name);
        // The staff desk, as for ACK by SMS and the console's buttons: one rule of who may act.
        const act = action === "acknowledge" ? acknowledgeAlert : resolveAlert;
        return reportAlertOutcome(command, await act(app.engine.ctx, code, { counselorId: as, via: "cli" }, { note }), as, name);
      });
    }
    case "caseload": {
      const { as } = alertArgs(args);
      if (!as) break;
      const config = readEnvOptions();
      return withApp(async (app) => {
        // "This week" is the running bot's week when its clock was moved.
        const bot = await findBot(config);
        console.log(whereLine(bot, config));
        printCaseload(as, await caseload(app.db, as, bot?.clock.now ?? new Date(), { via: "cli" }), (l) => console.log(l));
        return 0;
      });
    }
    case "export": {
      const o = exportArgs(args);
      if (!o.id) break;
      if (!o.as) {
        console.error(`export needs the counselor who exports: npm run --silent cli -- export ${o.id} --as <counselor-id>`);
        return 2;
      }
      if (o.format !== "json" && o.format !== "csv") {
        console.error(`--format must be json or csv (got "${o.format}").`);
        return 2;
      }
      const { as, id, format } = o;
      return withApp(async (app) => {
        const r = await exportParticipant(app.db, { participantId: id, counselorId: as, format, outDir: path.resolve(o.out ?? "."), via: "cli", now: new Date() });
        if (r.kind === "unknown_counselor") {
          console.error(`No active counselor with id "${as}"${r.hint}. Nothing was exported.`);
          return 1;
        }
        if (r.kind === "unknown_participant") {
          console.error(`No participant with id "${id}"${r.hint}. Nothing was exported.`);
          return 1;
        }
        for (const f of r.files) console.log(f);
        console.log(`Exported ${id}: ${r.counts.checkins} check-in(s), ${r.counts.messages} message(s), ${r.counts.escalations} alert(s), ${r.counts.consent} consent change(s).`);
        return 0;
      });
    }
    case "status": {
      const config = readEnvOptions();
      return withApp(async (app) => {
        const bot = await findBot(config);
        console.log(whereLine(bot, config));
        // The program as the bot last synced it; the file's when nothing was synced yet.
        const synced = await app.db.program.findFirst({ select: { timeZone: true } });
        const timeZone = synced?.timeZone ?? readProgramFile(config.programFile).program.program.timeZone;
        const now = bot?.clock.now ?? new Date();
        // Settings the bot would refuse (a malformed Twilio variable) leave the rest of status to print.
        let options: ReachOptions | null = null;
        try {
          options = reachOptions(now);
        } catch (e) {
          console.error(`Who the channels reach was not checked: ${e instanceof Error ? e.message : String(e)}`);
        }
        const reach = options ? await checkReach(app.db, options) : undefined;
        await printStatus(app.db, { now, timeZone, channels: bot?.channels, reach }, (l) => console.log(l));
        return 0;
      });
    }
  }
  const known = [...USAGE.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]!);
  if (command === undefined) console.error("No command given.");
  else if (!known.includes(command)) console.error(`Unknown command "${command}"${didYouMean(command, known)}.`);
  else console.error(`"${command}" is missing what it works on.`);
  console.error(USAGE);
  return 2;
}


/**
 * Exits once stdout and stderr have taken everything written to them. Into a pipe whose reader
 * is slow, writes wait in the process; process.exit alone drops them (an `assess --jsonl` of
 * thousands of lines lost its last thousand that way).
 */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

main(process.argv.slice(2)).then(exitWhenFlushed, (e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  exitWhenFlushed(1);
});
