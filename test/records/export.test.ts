import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { exportParticipant } from "../../src/records/export-participant.ts";
import { csvCell } from "../../src/records/record-csv.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { createDb } from "../../src/store/create-db.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
const dirs: string[] = [];
afterEach(async () => {
  await app?.dispose();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "steady-export-"));
  dirs.push(d);
  return d;
};
const mode = (file: string) => fs.statSync(file).mode & 0o777;

/** A day of Sam's: a check-in answered with a note, a crisis text and its alert resolved with a note, a STOP. */
async function samsDay(): Promise<string> {
  app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
  await app.advanceTo("2026-11-24T18:01:00-06:00");
  await app.local.receive("p-001", "7, 2, yes");
  await app.local.receive("p-001", "work was long, \"fine\" otherwise");
  await app.local.receive("p-001", "i want to kill myself");
  const code = (await app.db.escalation.findFirstOrThrow()).code;
  await app.local.receive("c-rivera", `RESOLVE ${code} called him, safe at home`);
  await app.local.receive("p-001", "STOP");
  return code;
}

describe("steady export", () => {
  it("writes one JSON document of everything stored about the participant, 0600, and records the export", async () => {
    const code = await samsDay();
    const out = tempDir();
    const r = await exportParticipant(app.db, { participantId: "p-001", counselorId: "c-okafor", format: "json", outDir: out, via: "cli", now: app.clock.now });
    expect(r.kind).toBe("written");
    if (r.kind !== "written") return;
    expect(r.files).toEqual([path.join(out, "p-001.json")]);
    expect(mode(r.files[0]!)).toBe(0o600);
    const doc = JSON.parse(fs.readFileSync(r.files[0]!, "utf8"));
    expect(doc).toMatchObject({ exportedBy: "c-okafor", participant: { id: "p-001", name: "Sam", counselorId: "c-rivera" } });
    expect(doc.checkins).toEqual([expect.objectContaining({ date: "2026-11-24", mood: 7, craving: 2, meeting: true, note: 'work was long, "fine" otherwise' })]);
    const texts = doc.messages.map((m: { direction: string; text: string }) => `${m.direction}: ${m.text}`);
    expect(texts).toContain("in: i want to kill myself");
    expect(texts.some((t: string) => t.startsWith("out: ") && t.includes("988"))).toBe(true);
    expect(doc.escalations).toEqual([expect.objectContaining({ code, level: "crisis", status: "resolved", resolvedBy: "c-rivera", notes: [expect.objectContaining({ counselorId: "c-rivera", note: "called him, safe at home" })] })]);
    expect(doc.consent.map((c: { action: string; source: string }) => `${c.action}/${c.source}`)).toContain("opt_out/local:keyword");
    // Another participant's words are not in it.
    expect(doc.messages.every((m: { text: string }) => !m.text.includes("p-002"))).toBe(true);
    const audit = await app.db.auditEvent.findMany({ where: { action: "participant_exported" } });
    expect(audit).toEqual([expect.objectContaining({ actorKind: "staff", actorId: "c-okafor", participantId: "p-001", via: "cli" })]);
    expect(JSON.parse(audit[0]!.detail)).toEqual({ format: "json", checkins: 1, messages: doc.messages.length, escalations: 1, consent: doc.consent.length });
  });

  it("writes one CSV file per record kind in a directory, quoted where needed", async () => {
    await samsDay();
    const out = tempDir();
    const r = await exportParticipant(app.db, { participantId: "p-001", counselorId: "c-rivera", format: "csv", outDir: out, via: "cli", now: app.clock.now });
    if (r.kind !== "written") throw new Error(r.kind);
    expect(r.files.map((f) => path.relative(out, f))).toEqual(["p-001/checkins.csv", "p-001/messages.csv", "p-001/escalations.csv", "p-001/consent.csv"]);
    for (const f of r.files) expect(mode(f)).toBe(0o600);
    expect(mode(path.join(out, "p-001"))).toBe(0o700);
    const checkins = fs.readFileSync(r.files[0]!, "utf8").split("\r\n");
    expect(checkins[0]).toBe("participant_id,date,status,prompt_at,last_reply_at,mood,craving,meeting,note,closed_at");
    expect(checkins[1]).toMatch(/^p-001,2026-11-24,complete,2026-11-25T00:00:00.000Z,[^,]+,7,2,true,"work was long, ""fine"" otherwise",/);
    expect(fs.readFileSync(r.files[1]!, "utf8")).toMatch(/\r\np-001,[^,]+,in,local,message,received,i want to kill myself\r\n/);
    expect(fs.readFileSync(r.files[2]!, "utf8")).toMatch(/,crisis,suicidal_ideation,/);
    expect(fs.readFileSync(r.files[3]!, "utf8")).toMatch(/\r\np-001,[^,]+,local,opt_out,local:keyword,\r\n/);
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("a\nb")).toBe('"a\nb"');
  });

  it("refuses an unknown participant or counselor with a did-you-mean, and exports nothing", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    const out = tempDir();
    const base = { counselorId: "c-rivera", format: "json" as const, outDir: out, via: "cli", now: app.clock.now };
    expect(await exportParticipant(app.db, { ...base, participantId: "p-01" })).toEqual({ kind: "unknown_participant", hint: ' (did you mean "p-001"?)' });
    expect(await exportParticipant(app.db, { ...base, participantId: "p-001", counselorId: "c-rivra" })).toEqual({ kind: "unknown_counselor", hint: ' (did you mean "c-rivera"?)' });
    expect(fs.readdirSync(out)).toEqual([]);
    expect(await app.db.auditEvent.count({ where: { action: "participant_exported" } })).toBe(0);
  });

  // Each run starts a process (several seconds on a busy machine).
  it("runs from the command line", { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const url = `file:${path.join(dir, "cli.db")}`;
    const env = { ...process.env, DATABASE_URL: url, PROGRAM_FILE: path.join("test", "fixtures", "program.yaml") };
    const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "bin/cli.ts", ...args], { cwd: PROJECT_ROOT, encoding: "utf8", env, timeout: 120_000 });
    expect(cli(["sync"]).status).toBe(0);
    const out = path.join(dir, "out");
    const ok = cli(["export", "p-001", "--as", "c-rivera", "--format", "csv", "--out", out]);
    expect([ok.status, ok.stderr]).toEqual([0, ""]);
    expect(ok.stdout).toMatch(/Exported p-001: 0 check-in\(s\), 0 message\(s\), 0 alert\(s\), \d+ consent change\(s\)\./);
    expect(fs.readdirSync(path.join(out, "p-001")).sort()).toEqual(["checkins.csv", "consent.csv", "escalations.csv", "messages.csv"]);
    const unknown = cli(["export", "p-01", "--as", "c-rivera", "--out", out]);
    expect([unknown.status, unknown.stderr]).toEqual([1, 'No participant with id "p-01" (did you mean "p-001"?). Nothing was exported.\n']);
    expect(cli(["export", "p-001", "--as", "c-nobody"]).stderr).toMatch(/^No active counselor with id "c-nobody"/);
    const db = await createDb(url);
    try {
      expect((await db.auditEvent.findMany({ where: { action: "participant_exported" } })).map((e) => [e.actorId, e.participantId, e.via])).toEqual([["c-rivera", "p-001", "cli"]]);
    } finally {
      await db.$disconnect();
    }
  });
});
