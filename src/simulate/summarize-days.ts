import type { Program } from "../program/index.ts";
import { localDate } from "../time/local-date.ts";
import type { SimulationLine } from "./simulation-line.ts";

/** What one local day of a simulation came to. */
export interface DaySummary {
  /** The program's local date (a check-in's own date for its answers or its miss). */
  date: string;
  /** Check-in prompts sent. */
  prompts: number;
  /** Check-ins completed. */
  answered: number;
  /** Check-ins closed with no reply. */
  missed: number;
  /** Escalations opened (crisis and urgent). */
  alerts: number;
  /** Re-escalations: later steps of an open escalation's ladder. */
  reescalations: number;
  /** Pages per counselor id: each escalation step that reached them. */
  pages: Record<string, number>;
}

/** The lines of a run, counted per local day of the program's time zone, in date order. */
export function summarizeDays(program: Program, lines: readonly SimulationLine[]): DaySummary[] {
  const days = new Map<string, DaySummary>();
  for (const l of lines) {
    // A check-in counts on its own day, not the midnight it closed at.
    const date = l.type === "checkin" ? l.date : localDate(new Date(l.at), program.program.timeZone);
    let d = days.get(date);
    if (!d) days.set(date, (d = { date, prompts: 0, answered: 0, missed: 0, alerts: 0, reescalations: 0, pages: {} }));
    if (l.kind === "prompt") d.prompts++;
    else if (l.type === "checkin" && l.kind === "checkin") d.answered++;
    else if (l.kind === "missed") d.missed++;
    if (l.type !== "escalation") continue;
    if (l.kind === "escalation") d.alerts++;
    else if (l.kind === "re-escalation") d.reescalations++;
    for (const c of l.paged) d.pages[c] = (d.pages[c] ?? 0) + 1;
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The summary as an aligned table, one row a day; pages as "c-rivera 2, c-okafor 1". */
export function formatSummary(days: readonly DaySummary[]): string[] {
  const head = ["date", "prompts", "answered", "missed", "alerts", "re-escalations", "pages"];
  const rows = days.map((d) => [
    d.date,
    String(d.prompts),
    String(d.answered),
    String(d.missed),
    String(d.alerts),
    String(d.reescalations),
    Object.entries(d.pages)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, n]) => `${c} ${n}`)
      .join(", ") || "-",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Text left, counts right.
  const cell = (v: string, i: number) => (i === 0 || i === head.length - 1 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!));
  return [head, ...rows].map((r) => r.map(cell).join("  ").trimEnd());
}
