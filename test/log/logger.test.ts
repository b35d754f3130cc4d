import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createLogger, type LogFields } from "../../src/log/logger.ts";
import { maskPhoneNumbers } from "../../src/log/mask-phone-numbers.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";

const AT = () => new Date("2026-11-24T16:00:00Z");

function collect(level?: "info" | "warn" | "error" | "silent") {
  const lines: string[] = [];
  const logger = createLogger({ write: (l) => lines.push(l), now: AT, level });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** Fields a caller outside the type (plain JavaScript, a cast, a future change) could pass. */
const untyped = (fields: Record<string, unknown>) => fields as LogFields;

describe("log lines carry no personal data", () => {
  it("censors fields named for personal data and masks phone numbers, at the top and nested", () => {
    const { logger, lines, parsed } = collect();
    logger.warn("inbound_risk", {
      participantId: "p-001",
      channel: "sms",
      phone: "+13125550111",
      from: "+13125550111",
      To: "+13125550199",
      name: "Sam",
      firstName: "Lucía",
      body: "I want to kill myself",
      text: "feeling low tonight",
      note: "called him, he is going to a meeting tonight",
      email: "sam@example.org",
      reason: "sent from (312) 555-0111 at night",
      count: 3,
    });
    logger.error(
      "inbound_failed",
      untyped({
        errorCode: "P2002",
        request: { From: "+13125550111", Body: "I relapsed", headers: { address: "5 Main St", contact: "312.555.0111" } },
        participants: [{ id: "p-002", name: "Alex" }],
        deep: { a: { b: { message: "Ada Okafor called" } } },
        err: new Error("could not reach +13125550101 for Dana Rivera"),
      }),
    );
    const all = lines.join("\n");
    for (const secret of ["3125550111", "3125550199", "3125550101", "555-0111", "555.0111", "Sam", "Lucía", "Alex", "Ada", "Okafor", "Dana", "Rivera", "kill myself", "feeling low", "meeting tonight", "relapsed", "example.org", "Main St"]) {
      expect(all, secret).not.toContain(secret);
    }
    const [risk, failed] = parsed();
    // Ids, codes and counts stand; the rest is marked, so the line still says what happened.
    expect(risk).toMatchObject({ level: "warn", event: "inbound_risk", participantId: "p-001", channel: "sms", count: 3, phone: "[redacted]", name: "[redacted]", body: "[redacted]", reason: "sent from [phone] at night" });
    expect(failed).toMatchObject({ level: "error", event: "inbound_failed", errorCode: "P2002", err: "Error" });
    expect(failed!.request).toEqual({ From: "[redacted]", Body: "[redacted]", headers: { address: "[redacted]", contact: "[redacted]" } });
  });

  it("keeps ids, codes, dates and counts that only look like numbers", () => {
    const { logger, parsed } = collect();
    const fields = { escalationId: "cmi2x9abc3125550101", outboxId: "123e4567-e89b-12d3-a456-426614174000", until: "2026-11-24T16:00:00.000Z", code: "4821", waitedMs: 10_000, errorCode: "21614" };
    logger.info("escalation_held_for_office_hours", fields);
    expect(parsed()[0]).toEqual({ level: "info", t: "2026-11-24T16:00:00.000Z", event: "escalation_held_for_office_hours", ...fields });
  });

  it("masks every usual way of writing a phone number, alone or inside words", () => {
    for (const n of ["+13125550101", "+447700900123", "13125550101", "3125550101", "312-555-0101", "312.555.0101", "312 555 0101", "(312) 555-0101", "(312)555-0101", "1-312-555-0101", "+1 312 555 0101", "555-0101"]) {
      expect(maskPhoneNumbers(`call ${n} now`), n).toBe("call [phone] now");
      expect(maskPhoneNumbers(n), n).toBe("[phone]");
    }
    for (const s of ["2026-11-24", "2026-11-24T16:00:00.000Z", "p-014", "c-rivera", "ECONNRESET", "cmi2x9abc3125550101", "4821", "room 101-2"]) expect(maskPhoneNumbers(s), s).toBe(s);
  });
});

describe("the line's own keys", () => {
  it("stand whatever the fields are called: level, t, time, event and msg fields are written beside them", () => {
    const { logger, parsed } = collect();
    logger.warn("escalation_reescalated", { escalationId: "e-1", level: "crisis", t: "then", time: "later", event: "other", msg: "m" });
    expect(parsed()[0]).toEqual({
      level: "warn",
      t: "2026-11-24T16:00:00.000Z",
      event: "escalation_reescalated",
      escalationId: "e-1",
      field_level: "crisis",
      field_t: "then",
      field_time: "later",
      field_event: "other",
      field_msg: "m",
    });
  });
});

describe("log level", () => {
  it("writes nothing below the configured level, and nothing at all when silent", () => {
    const warn = collect("warn");
    warn.logger.info("ready_again", { part: "database" });
    warn.logger.warn("inbound_spooled", { channel: "sms" });
    warn.logger.error("job_failed", { jobId: "j-1" });
    expect(warn.parsed().map((l) => l.level)).toEqual(["warn", "error"]);
    const silent = collect("silent");
    silent.logger.error("job_failed", { jobId: "j-1" });
    expect(silent.lines).toEqual([]);
  });
});

describe("where the lines go", () => {
  it("stderr by default, leaving stdout to the local channel's transcript", () => {
    const script = `import { createLogger } from "./src/log/logger.ts"; createLogger().warn("sms_reply_late", { deadlineMs: 10000, phone: "+13125550111" });`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toMatchObject({ level: "warn", event: "sms_reply_late", deadlineMs: 10000, phone: "[redacted]" });
  });
});
