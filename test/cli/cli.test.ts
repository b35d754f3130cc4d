import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { createDb } from "../../src/store/create-db.ts";
import { freshSqlite } from "../support/fresh-database.ts";
import { CHECKIN_CASES, INTERPRET_CASES } from "../interpret/interpret-cases.ts";
import { assessRisk } from "../../src/risk/index.ts";
import { loadLabelledTable } from "../risk/labelled-table.ts";
import { captureLogText } from "../support/log-capture.ts";
import { RISK_CASES } from "../risk/risk-cases.ts";

/** Runs the real CLI as another process, the way other tools call it. */
function cli(args: string[], input = "", env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bin/cli.ts", ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  captureLogText(r.stderr);
  const lines = () => r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, get lines() { return lines(); } };
}

/** A loopback port nothing listens on, so no bot running on this computer answers the CLI here. */
const CLOSED_PORT = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});
const NO_BOT = `No bot running at http://127.0.0.1:${CLOSED_PORT}: working on the database directly, on real time.`;

describe("the CLI contract", () => {
  it("interpret --jsonl answers each line in order", () => {
    const input = [
      { question: "mood", text: "seven" },
      { question: "craving", text: "no cravings" },
      { question: "meeting", text: "didn't make it" },
      { question: "mood", text: "5 or 6" },
      { question: "checkin", text: "mood 7 cravings 2 yes" },
      { question: "meeting", text: "sí fui", lang: "es" },
      { question: "checkin", text: "idk" },
    ].map((l) => JSON.stringify(l)).join("\n");
    const r = cli(["interpret", "--jsonl"], input + "\n");
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([{ value: 7 }, { value: 0 }, { value: false }, { value: null }, { value: { mood: 7, craving: 2, meeting: true } }, { value: true }, { value: null }]);
  });

  it("interpret --jsonl agrees with the whole table of realistic replies (EN and ES)", () => {
    const rows = INTERPRET_CASES.filter((c) => c.question !== "note");
    const input = [
      ...rows.map((c) => JSON.stringify({ question: c.question, text: c.text, lang: c.lang })),
      ...CHECKIN_CASES.map((c) => JSON.stringify({ question: "checkin", text: c.text, lang: c.lang })),
    ].join("\n");
    const r = cli(["interpret", "--jsonl"], input);
    expect(r.code).toBe(0);
    const want = [
      ...rows.map((c) => ({ value: typeof c.expected === "number" || typeof c.expected === "boolean" ? c.expected : null })),
      ...CHECKIN_CASES.map((c) => ({ value: c.expected })),
    ];
    expect(rows.length + CHECKIN_CASES.length).toBeGreaterThanOrEqual(150);
    expect(r.lines).toEqual(want);
  });

  it("assess --jsonl agrees with the whole table of realistic texts (EN and ES)", () => {
    const r = cli(["assess", "--jsonl"], RISK_CASES.map((c) => JSON.stringify({ text: c.text })).join("\n"));
    expect(r.code).toBe(0);
    expect(RISK_CASES.length).toBeGreaterThanOrEqual(150);
    expect(r.lines.map((l) => l.level)).toEqual(RISK_CASES.map((c) => c.level));
  });

  it("assess --jsonl answers each line in order", () => {
    const input = ["I want to die", "I'd kill for a cheeseburger", "I drank last night", "haven't used in 30 days"].map((text) => JSON.stringify({ text })).join("\n");
    const r = cli(["assess", "--jsonl"], input);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.level)).toEqual(["crisis", "none", "urgent", "none"]);
    expect(r.lines[0]!.reasons).toContain("suicidal_ideation");
    expect(r.lines[2]!.reasons).toEqual(["substance_use"]);
  });

  it("assess --jsonl answers the labelled table exactly as assessRisk does, adding screen only where it is true", () => {
    const table = loadLabelledTable();
    const r = cli(["assess", "--jsonl"], table.map((row) => JSON.stringify({ text: row.text })).join("\n"));
    expect(r.code, r.stderr).toBe(0);
    const want = table.map((row) => {
      const a = assessRisk(row.text);
      return a.screen ? { level: a.level, reasons: a.reasons, screen: true } : { level: a.level, reasons: a.reasons };
    });
    expect(r.lines).toEqual(want);
    // Lines keep the {"level","reasons"} shape; "screen" appears only where it is true.
    const keys = new Set(r.lines.map((l) => Object.keys(l).join(",")));
    expect([...keys].sort()).toEqual(["level,reasons", "level,reasons,screen"]);
  });

  it("assess --jsonl into a pipe its reader leaves full for a while: every line still arrives", async () => {
    // About 600 KB of answers, far more than a pipe holds. The reader takes nothing until the
    // CLI has exited or 4 s have passed, so the CLI ends with its last answers still waiting.
    const n = 20_000;
    const child = spawn(process.execPath, ["--import", "tsx", "bin/cli.ts", "assess", "--jsonl"], { cwd: PROJECT_ROOT, stdio: ["pipe", "pipe", "pipe"] });
    child.stdout.pause();
    child.stdin.end(`${JSON.stringify({ text: "mood 7 cravings 2, went to a meeting" })}\n`.repeat(n));
    const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
    await Promise.race([new Promise((resolve) => child.once("exit", resolve)), new Promise((resolve) => setTimeout(resolve, 4000))]);
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stdout.resume();
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    expect(await exited, err).toBe(0);
    const lines = out.split("\n").filter(Boolean);
    expect(lines).toHaveLength(n);
    expect(new Set(lines)).toEqual(new Set(['{"level":"none","reasons":[]}']));
  });

  it("assess --explain prints each matching rule with its category, language and span (argument or stdin lines)", () => {
    const one = cli(["assess", "--explain", "I'm not suicidal, just a burden"]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('text:    "im not suicidal\\njust a burden"');
    expect(one.stdout).toMatch(/^result: {2}none; screening question$/m);
    expect(one.stdout).toMatch(/^ {2}rule suicide-word +suicidal_ideation +en {2}"suicidal" {2}\(cancelled: negation, topic or someone else\)$/m);
    expect(one.stdout).toMatch(/^ {2}cue {2}screen-burden +screen +en {2}"a burden"$/m);
    const many = cli(["assess", "--explain"], "me voy a tomar todas las pastillas\n\nkilling it at work\n");
    expect(many.code, many.stderr).toBe(0);
    const blocks = many.stdout.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^result: {2}crisis \(suicidal_intent\)$/m);
    expect(blocks[0]).toMatch(/^ {2}rule es-acto-intencion +suicidal_intent +es {2}"me voy a tomar todas las pastillas"$/m);
    expect(blocks[1]).toMatch(/^result: {2}none\n {2}no rule or screening cue matched$/m);
  });

  it("simulate runs the worked example and prints time-ordered events of the documented shapes", () => {
    const r = cli(["simulate", path.join("examples", "scenario.yaml")]);
    expect(r.code, r.stderr).toBe(0);
    const ats = r.lines.map((l) => String(l.at));
    expect([...ats].sort()).toEqual(ats);
    for (const l of r.lines) {
      const code = "code" in l ? ["code"] : [];
      const providerId = "providerId" in l ? ["providerId"] : [];
      if (l.type === "message") expect(Object.keys(l)).toEqual(["at", "local", "type", "kind", "channel", "to", "text", ...code]);
      else if (l.type === "checkin") expect(Object.keys(l)).toEqual(["at", "local", "type", "kind", "participant", "date", "mood", "craving", "meeting", "complete"]);
      else if (l.type === "inbound") expect(Object.keys(l)).toEqual(["at", "local", "type", "kind", "channel", "from", "text", ...providerId]);
      else expect(Object.keys(l)).toEqual(["at", "local", "type", "kind", "participant", "code", "level", "reasons", "notified", "paged", "status"]);
    }
    // The prompt at 18:00 in Chicago, on Sam's configured channel.
    expect(r.lines).toContainEqual(expect.objectContaining({ type: "message", kind: "prompt", channel: "sms", to: "p-201", at: "2026-11-25T00:00:00.000Z", local: "2026-11-24T18:00:00-06:00[America/Chicago]" }));
    expect(r.lines).toContainEqual(expect.objectContaining({ type: "checkin", participant: "p-201", date: "2026-11-24", mood: 6, craving: 3, meeting: true, complete: true }));
    expect(r.lines).toContainEqual(expect.objectContaining({ type: "escalation", kind: "escalation", participant: "p-202", level: "crisis", status: "open", paged: ["c-rivera", "c-okafor"] }));
    const crisisReply = r.lines.find((l) => l.type === "message" && l.to === "p-202" && String(l.text).includes("988"));
    expect(crisisReply).toMatchObject({ kind: "crisis" });
    // The acknowledgement in the example matches the alert's code, and the paging stops.
    expect(r.lines).toContainEqual(expect.objectContaining({ type: "escalation", kind: "acknowledged", participant: "p-202", paged: [] }));
    expect(r.lines.filter((l) => l.kind === "re-escalation" && String(l.at) > "2026-11-25T00:17:00.000Z")).toEqual([]);
    // The same scenario prints the same lines every time (seeded alert codes).
    expect(cli(["simulate", path.join("examples", "scenario.yaml")]).stdout).toBe(r.stdout);
  }, 180_000);

  it("simulate --format text prints one aligned line per event; --summary a table per day", () => {
    const r = cli(["simulate", path.join("examples", "scenario.yaml"), "--format", "text"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toContain("Tue 11-24 18:00 CST  prompt         -> p-201 Sam                 sms      Hi Sam, it's check-in time. How is your mood today, 1 (very low) to 10 (great)?");
    expect(lines).toContain("Tue 11-24 18:10 CST  alert          -> c-okafor Ngozi Okafor     sms      Steady: crisis alert for p-202. Reply ACK 1024.");
    // Kind and who start at the same column on every line.
    for (const l of lines) expect(l.slice(20, 21) + l.slice(35, 36)).toBe("  ");
    const summary = cli(["simulate", path.join("examples", "scenario.yaml"), "--summary", "--format=text"]);
    expect(summary.stdout.split("\n").slice(0, 2)).toEqual([
      "date        prompts  answered  missed  alerts  re-escalations  pages",
      "2026-11-24        2         1       1       1               1  c-okafor 2, c-rivera 2",
    ]);
    expect(cli(["simulate", path.join("examples", "scenario.yaml"), "--format", "xml"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format takes text or json/) });
  }, 180_000);

  it("sync loads a program file once: a second run changes nothing; reply and status work on the result", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-cli-"));
    // The CLI runs on the real clock: urgent alerts page at any hour, so the test does not depend on when it runs.
    const programFile = path.join(dir, "program.yaml");
    const fixture = fs.readFileSync(path.join(PROJECT_ROOT, "test", "fixtures", "program.yaml"), "utf8");
    fs.writeFileSync(programFile, fixture.replace(/^program:\n/m, "program:\n  escalation: { urgentAfterHours: page }\n"));
    const env = { DATABASE_URL: `file:${path.join(dir, "cli.db")}`, PROGRAM_FILE: programFile, HOST: "127.0.0.1", PORT: String(CLOSED_PORT) };
    try {
      const first = cli(["sync", programFile], "", env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/participant p-001 added/);
      expect(first.stdout).not.toMatch(/\+1312/); // no contact details in what sync prints
      const second = cli(["sync", programFile], "", env);
      expect(second.stdout).toMatch(/^no changes \(\d+ records up to date\)$/m);
      const reply = cli(["reply", "p-001", "I", "relapsed"], "", env);
      expect(reply.stdout.split("\n")[0]).toBe(NO_BOT);
      expect(reply.stdout).toMatch(/^to p-001: Thank you for telling me/m);
      expect(reply.stdout).toMatch(/^to c-rivera: Steady: urgent alert for p-001/m);
      const status = cli(["status"], "", env);
      expect(status.stdout.split("\n")[0]).toBe(NO_BOT);
      expect(status.stdout).toMatch(/^Now: \w{3} \w{3} \d+ \d{4}, \d+:\d\d [AP]M C[SD]T$/m);
      expect(status.stdout).toMatch(/Open alerts:\n {2}\d{4} {2}urgent +p-001 \(Sam\) {2}reported use {2}open {2}since \w{3} \w{3} \d+, \d+:\d\d [AP]M C[SD]T\n/);
      expect(cli(["reply", "p-404", "hi"], "", env).code).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000); // five CLI processes, each starting tsx

  it("ack and resolve name the counselor with --as and follow the same rule as ACK by SMS; each attempt is stored", async () => {
    // Already migrated: the test above has sync migrate a new database file.
    const database = freshSqlite();
    const url = database.url;
    const env = { DATABASE_URL: url, PROGRAM_FILE: path.join("test", "fixtures", "program.yaml"), HOST: "127.0.0.1", PORT: String(CLOSED_PORT) };
    try {
      expect(cli(["sync"], "", env).code).toBe(0);
      expect(cli(["reply", "p-001", "I", "relapsed"], "", env).code).toBe(0);
      const db = await createDb(url);
      const code = (await db.escalation.findFirstOrThrow()).code;
      await db.$disconnect();

      const bare = cli(["ack", code], "", env);
      expect(bare.code).toBe(2);
      // Every action is stored with the counselor who took it: none is assumed, and the ids are listed.
      expect(bare.stderr).toBe(
        `ack needs the counselor who acts, stored with the alert: npm run --silent cli -- ack ${code} --as <counselor-id>\nCounselors:\n  c-lee  Jordan Lee\n  c-okafor  Ada Okafor\n  c-rivera  Dana Rivera\n`,
      );
      // Jordan Lee is on call but neither Sam's counselor nor paged for this urgent alert.
      const lee = cli(["ack", code, "--as", "c-lee"], "", env);
      expect([lee.code, lee.stderr]).toEqual([1, `c-lee (Jordan Lee) may not act on alert ${code}: only the participant's counselor, whoever the alert went to and their supervisor can. Nothing was changed.\n`]);
      // Ada Okafor supervises Sam's counselor; Dana Rivera is Sam's counselor.
      const okafor = cli(["ack", "--as", "c-okafor", code], "", env);
      expect([okafor.code, okafor.stdout]).toEqual([0, `${NO_BOT}\nAcknowledged alert ${code} for p-001 (Sam) as c-okafor (Ada Okafor).\n`]);
      expect(cli(["resolve", code, "--as=c-rivera", "--note", "called him, he is going to a meeting tonight"], "", env).stdout).toBe(`${NO_BOT}\nResolved alert ${code} for p-001 (Sam) as c-rivera (Dana Rivera).\n`);

      const after = await createDb(url);
      try {
        expect(await after.escalation.findFirstOrThrow()).toMatchObject({ status: "resolved", acknowledgedBy: "c-okafor", resolvedBy: "c-rivera" });
        const rows = await after.staffAction.findMany({ orderBy: { id: "asc" } });
        expect(rows.map((a) => [a.counselorId, a.action, a.outcome, a.reason, a.via, a.note])).toEqual([
          ["c-lee", "acknowledge", "refused", "not_involved", "cli", null],
          ["c-okafor", "acknowledge", "done", null, "cli", null],
          ["c-rivera", "resolve", "done", null, "cli", "called him, he is going to a meeting tonight"],
        ]);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await database.drop();
    }
  }, 180_000); // six CLI processes, each starting tsx

  it("unknown commands print usage and exit 2; a bad scenario names the line", () => {
    expect(cli(["frobnicate"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unknown command "frobnicate"\.\nUsage:/) });
    expect(cli(["stauts"]).stderr).toMatch(/^Unknown command "stauts" \(did you mean "status"\?\)\./);
    const bad = cli(["simulate", path.join("test", "fixtures", "program.yaml")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/program\.yaml:\d+:/);
  });
});
