import type { CaseloadEntry, Trend } from "../staff/caseload.ts";

function trend(t: Trend): string {
  const f = (n: number | null) => (n === null ? "-" : n.toFixed(1));
  return `${f(t.prior)} -> ${f(t.recent)}`;
}

/** Prints a caseload, one participant a line: ids, trends and counts, never their words. */
export function printCaseload(counselorId: string, entries: CaseloadEntry[], print: (line: string) => void): void {
  if (entries.length === 0) {
    print(`No participants on ${counselorId}'s caseload.`);
    return;
  }
  print(`Caseload of ${counselorId} (mood and cravings: the week before -> this week):`);
  for (const e of entries) {
    const parts = [
      e.participantId.padEnd(8),
      e.as === "supervisor" ? `(${e.counselorId})` : "",
      `mood ${trend(e.mood)}`,
      `cravings ${trend(e.craving)}`,
      `last check-in ${e.lastCheckIn?.date ?? "none"}`,
      e.missedInARow > 0 ? `missed ${e.missedInARow} in a row` : "",
      e.openAlerts > 0 ? `${e.openAlerts} open alert${e.openAlerts === 1 ? "" : "s"}` : "",
      e.unread > 0 ? `${e.unread} unread` : "",
      e.optedOut ? "opted out" : "",
    ];
    print(`  ${parts.filter((p) => p !== "").join("  ")}`);
  }
}
