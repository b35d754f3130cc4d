import fs from "node:fs";
import readline from "node:readline";
import { LocalChannel } from "../adapters/local/local-channel.ts";
import { openApp, type App } from "./app.ts";
import { readEnvOptions } from "./config/read-env-options.ts";
import { interpretAnswer, interpretCheckin, DEFAULT_QUESTIONS } from "./interpret/index.ts";
import type { Lang } from "./domain/types.ts";
import { assessRisk, explainRisk } from "./risk/index.ts";
import { readProgramFile } from "./program/read-program-file.ts";
import { loadScenario } from "./program/scenario-schema.ts";
import { printSimulation, simulateArgs } from "./simulate/print-simulation.ts";
import { createDb } from "./store/create-db.ts";
import { migrateDatabase } from "./store/migrate-database.ts";
import { syncProgram } from "./store/sync-program.ts";
import { printExplanation } from "./cli/print-explanation.ts";
import { printCaseload } from "./cli/print-caseload.ts";
import { printStatus } from "./cli/print-status.ts";
import type { RefusalReason } from "./escalation/may-act.ts";
import { acknowledgeAlert } from "./staff/acknowledge-alert.ts";
import { didYouMean } from "./program/suggest.ts";
import { caseload } from "./staff/caseload.ts";
import { resolveAlert } from "./staff/resolve-alert.ts";

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
  caseload --as <counselor-id>         that counselor's participants: mood and craving trends, missed check-ins, open alerts`;

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
  const app = await openApp({ databaseUrl: config.databaseUrl, program, channels: [local], sync: false, backgroundCheckpoints: false });
  try {
    return await fn(app, local);
  } finally {
    await app.close();
  }
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

function refusalText(reason: RefusalReason, code: string, as: string): string {
  if (reason === "unknown_counselor") return `No counselor with id "${as}". Run "npm run --silent cli -- sync" after editing the program file.`;
  if (reason === "inactive") return `Counselor ${as} is inactive and cannot act on alerts. Nothing was changed.`;
  return `${as} may not act on alert ${code}: only the participant's counselor, whoever the alert went to and their supervisor can. Nothing was changed.`;
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
        const report = await syncProgram(db, program, new Date());
        for (const c of report.changes) console.log(c);
        console.log(report.changes.length === 0 ? `no changes (${report.unchanged} records up to date)` : `${report.changes.length} change(s), ${report.unchanged} unchanged`);
      } finally {
        await db.$disconnect();
      }
      return 0;
    }
    case "reply": {
      const [from, ...words] = args;
      if (!from || words.length === 0) break;
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
      if (!as) {
        console.error(`${command} needs the counselor who acts: npm run --silent cli -- ${command} ${code} --as <counselor-id>`);
        return 2;
      }
      return withApp(async (app) => {
        // The staff desk, as for ACK by SMS and the console's buttons: one rule of who may act.
        const act = command === "ack" ? acknowledgeAlert : resolveAlert;
        const r = await act(app.engine.ctx, code, { counselorId: as, via: "cli" }, { note });
        if (r.kind === "not_found") console.error(`No open alert with code ${code}.`);
        else if (r.kind === "refused") console.error(refusalText(r.reason, code, as));
        else if (r.kind === "already") console.log(`Alert ${code} was already acknowledged by ${r.by}.`);
        else console.log(`${command === "ack" ? "Acknowledged" : "Resolved"} alert ${code} (${r.participantId ?? "unenrolled sender"}) as ${as}.`);
        return r.kind === "not_found" || r.kind === "refused" ? 1 : 0;
      });
    }
    case "caseload": {
      const { as } = alertArgs(args);
      if (!as) break;
      return withApp(async (app) => {
        printCaseload(as, await caseload(app.db, as, new Date()), (l) => console.log(l));
        return 0;
      });
    }
    case "status":
      return withApp(async (app) => {
        await printStatus(app.db, new Date(), (l) => console.log(l));
        return 0;
      });
  }
  const known = [...USAGE.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]!);
  if (command === undefined) console.error("No command given.");
  else if (!known.includes(command)) console.error(`Unknown command "${command}"${didYouMean(command, known)}.`);
  else console.error(`"${command}" is missing what it works on.`);
  console.error(USAGE);
  return 2;
}


main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
