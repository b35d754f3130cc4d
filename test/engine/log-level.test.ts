import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log/logger.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

describe("log lines", () => {
  it("keep their own time, level and event whatever fields they carry", () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l), now: () => new Date("2026-11-24T16:00:00Z") });
    logger.error("escalation_reescalated", { escalationId: "e-1", level: "crisis", event: "other", t: "then" });
    expect(JSON.parse(lines[0]!)).toEqual({
      t: "2026-11-24T16:00:00.000Z",
      level: "error",
      event: "escalation_reescalated",
      escalationId: "e-1",
      field_level: "crisis",
      field_event: "other",
      field_t: "then",
    });
  });

  it("a re-escalated crisis nobody acknowledged is an error, an urgent one a warning", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    await app.local.receive("p-001", "I want to kill myself");
    await app.local.receive("p-003", "I relapsed");
    expect((await app.db.escalation.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.level).sort()).toEqual(["crisis", "urgent"]);
    await app.advanceTo("2026-11-24T11:01:00-06:00");
    const lines = app.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === "escalation_reescalated");
    const crisis = lines.filter((l) => l.field_level === "crisis");
    const urgent = lines.filter((l) => l.field_level === "urgent");
    expect(crisis.length).toBeGreaterThan(0);
    expect(urgent.length).toBeGreaterThan(0);
    expect(crisis.every((l) => l.level === "error")).toBe(true);
    expect(urgent.every((l) => l.level === "warn")).toBe(true);
  });
});
