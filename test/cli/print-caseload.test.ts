import { expect, it } from "vitest";
import { printCaseload } from "../../src/cli/print-caseload.ts";
import type { CaseloadEntry } from "../../src/staff/caseload.ts";

const sam: CaseloadEntry = {
  participantId: "p-001",
  name: "Sam",
  counselorId: "c-rivera",
  as: "assigned",
  optedOut: false,
  endDate: "2026-12-20",
  lastCheckIn: { date: "2026-11-19", at: new Date("2026-11-20T01:05:00Z") },
  mood: { recent: 4, prior: 7 },
  craving: { recent: 6, prior: 3 },
  missedInARow: 3,
  openAlerts: 1,
  unread: 0,
};

it("prints one line a participant: ids, trends and counts, never a name", () => {
  const lines: string[] = [];
  printCaseload("c-okafor", [{ ...sam, as: "supervisor" }, { ...sam, participantId: "p-002", name: "Lucía", mood: { recent: 7, prior: null }, craving: { recent: null, prior: null }, lastCheckIn: null, missedInARow: 0, openAlerts: 0, unread: 2 }], (l) => lines.push(l));
  expect(lines).toEqual([
    "Caseload of c-okafor (mood and cravings: the week before -> this week):",
    "  p-001     (c-rivera)  mood 7.0 -> 4.0  cravings 3.0 -> 6.0  last check-in 2026-11-19  missed 3 in a row  1 open alert",
    "  p-002     mood - -> 7.0  cravings - -> -  last check-in none  2 unread",
  ]);
  expect(lines.join("\n")).not.toMatch(/Sam|Lucía/);
  const none: string[] = [];
  printCaseload("c-park", [], (l) => none.push(l));
  expect(none).toEqual(["No participants on c-park's caseload."]);
});
