import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/program/scenario-schema.ts";
import { runSimulation } from "../../src/simulate/run-simulation.ts";
import { isOfficeOpen } from "../../src/time/office-hours.ts";
import { localDate } from "../../src/time/local-date.ts";
import { simulateWithAcks } from "../support/simulate-with-acks.ts";
import { COUNSELORS, LAPSE, weekScenarioYaml } from "../support/week-scenario.ts";

const TZ = "America/Chicago";
const OFFICE = { days: ["mon", "tue", "wed", "thu", "fri"] as const, start: "08:30", end: "17:00" };
const read = (rel: string) => fs.readFileSync(new URL(`../../${rel}`, import.meta.url), "utf8");

/** A message to a counselor, as the simulator prints it. */
interface StaffMessage {
  at: Date;
  to: string;
  text: string;
}

async function simulate(yaml: string, name: string): Promise<{ lines: Record<string, unknown>[]; staff: StaffMessage[] }> {
  const lines: Record<string, unknown>[] = [];
  await runSimulation(loadScenario(yaml, name), (l) => lines.push(JSON.parse(JSON.stringify(l)) as Record<string, unknown>));
  const staff = lines
    .filter((l) => l.type === "message" && String(l.to).startsWith("c-"))
    .map((l) => ({ at: new Date(String(l.at)), to: String(l.to), text: String(l.text) }));
  return { lines, staff };
}

const isDigest = (m: StaffMessage) => m.text.startsWith("Steady daily summary.");
const isAlert = (m: StaffMessage) => / alert for /.test(m.text);

/** The office-hours promises of a week: no urgent page out of hours, at most one digest a counselor a day, at opening. */
function expectQuietWeek(staff: StaffMessage[]): void {
  const urgentAfterHours = staff.filter((m) => isAlert(m) && m.text.includes("urgent alert") && !isOfficeOpen(m.at, TZ, OFFICE));
  expect(urgentAfterHours).toEqual([]);
  const digestDays = staff.filter(isDigest).map((m) => `${m.to} ${localDate(m.at, TZ)}`);
  expect(digestDays.length).toBeGreaterThan(0);
  expect(new Set(digestDays).size).toBe(digestDays.length);
  for (const m of staff.filter(isDigest)) expect(isOfficeOpen(m.at, TZ, OFFICE)).toBe(true);
  // Only what is in the digest stands for a missed check-in: it never pages.
  expect(staff.filter((m) => isAlert(m) && m.text.includes("missed"))).toEqual([]);
}

/** Staff messages per counselor: alerts (pages), digests, and the rest (replies to their own ACK). */
function perCounselor(staff: StaffMessage[]) {
  return Object.fromEntries(
    COUNSELORS.map((c) => {
      const mine = staff.filter((m) => m.to === c);
      return [c, { alerts: mine.filter(isAlert).length, digests: mine.filter(isDigest).length, total: mine.length }];
    }),
  );
}

describe("a week of a 20-person program (test/fixtures/scenarios/week-20.yaml)", () => {
  it("is the file the generator writes", () => {
    expect(read("test/fixtures/scenarios/week-20.yaml")).toBe(weekScenarioYaml());
  });

  it("nobody acknowledging: no urgent page outside office hours, at most one digest a day, the 23:00 lapse paged at 08:30", async () => {
    const { lines, staff } = await simulate(read("test/fixtures/scenarios/week-20.yaml"), "week-20.yaml");
    expectQuietWeek(staff);
    // The lapse is stored the moment it is told, and its counselor is alerted at the next opening.
    const lapse = lines.find((l) => l.type === "escalation" && l.participant === LAPSE.from && (l.reasons as string[]).includes("substance_use"));
    expect(lapse).toMatchObject({ at: new Date(LAPSE.at).toISOString(), status: "open", notified: [] });
    // Its first alert, by the alert's code: the counselors are on SMS, so it is the lock-screen safe form.
    const first = lines.find((l) => l.type === "message" && l.kind === "alert" && l.to === "c-tran" && l.code === lapse?.code);
    expect(first).toMatchObject({ at: "2026-12-03T14:30:00.000Z", channel: "sms", text: `Steady: urgent alert for p-309. Reply ACK ${String(lapse?.code)}.` });
    const counts = perCounselor(staff);
    for (const c of ["c-rivera", "c-vega", "c-tran"]) expect(counts[c]!.digests).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it("counselors acknowledging 15 minutes after their page: still quiet at night, a handful of pages each", async () => {
    const delivered = await simulateWithAcks(loadScenario(read("test/fixtures/scenarios/week-20.yaml"), "week-20.yaml"), 15);
    const staff = delivered.filter((d) => d.message.recipientKind === "counselor").map((d) => ({ at: d.at, to: d.message.recipientId, text: d.message.text }));
    expectQuietWeek(staff);
    for (const m of staff.filter(isAlert)) expect(m.text).not.toContain("still open");
    const counts = perCounselor(staff);
    for (const c of COUNSELORS) expect(counts[c]!.alerts).toBeLessThanOrEqual(10);
  }, 300_000);
});

describe("a crisis at 03:00 (examples/scenarios/crisis-at-night.yaml)", () => {
  it("walks the on-call ladder every 5 minutes until acknowledged, then stops", async () => {
    const { staff } = await simulate(read("examples/scenarios/crisis-at-night.yaml"), "crisis-at-night.yaml");
    const pages = staff.filter(isAlert).map((m) => `${m.at.toISOString().slice(11, 16)} ${m.to}${m.text.includes("still open") ? " (repeat)" : ""}`);
    expect(pages).toEqual([
      "09:00 c-rivera",
      "09:00 c-lee",
      "09:05 c-okafor",
      "09:10 c-rivera (repeat)",
      "09:10 c-lee (repeat)",
      "09:10 c-okafor (repeat)",
      "09:15 c-rivera (repeat)",
      "09:15 c-lee (repeat)",
      "09:15 c-okafor (repeat)",
    ]);
    expect(staff.at(-1)).toMatchObject({ to: "c-lee", text: expect.stringMatching(/^Acknowledged alert \d{4} \(p-201\)/) });
  }, 120_000);
});
