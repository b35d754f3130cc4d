import type { ParticipantRecord } from "./participant-record.ts";

type Cell = string | number | boolean | Date | null | readonly string[];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text starting
 * with =, +, @ or a tab is prefixed with ' so a spreadsheet shows it instead of running it as
 * a formula (participants' words go in these files).
 */
export function csvCell(v: Cell): string {
  if (v === null) return "";
  let s = v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join(";") : String(v);
  if (/^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map((c) => csvCell(c)).join(",")).join("\r\n") + "\r\n";
}

/** The CSV text of each record kind (see CSV_KINDS), with a header line each. */
export function recordCsv(r: ParticipantRecord): Record<"checkins" | "messages" | "escalations" | "consent", string> {
  const pid = r.participant.id;
  return {
    checkins: table(
      ["participant_id", "date", "status", "prompt_at", "last_reply_at", "mood", "craving", "meeting", "note", "closed_at"],
      r.checkins.map((c) => [pid, c.date, c.status, c.promptAt, c.lastReplyAt, c.mood, c.craving, c.meeting, c.note, c.closedAt]),
    ),
    messages: table(
      ["participant_id", "at", "direction", "channel", "kind", "status", "text"],
      r.messages.map((m) => [pid, m.at, m.direction, m.channel, m.kind, m.status, m.text]),
    ),
    escalations: table(
      ["participant_id", "code", "created_at", "level", "reasons", "source", "status", "acknowledged_at", "acknowledged_by", "resolved_at", "resolved_by", "notes"],
      r.escalations.map((e) => [pid, e.code, e.createdAt, e.level, e.reasons, e.source, e.status, e.acknowledgedAt, e.acknowledgedBy, e.resolvedAt, e.resolvedBy, e.notes.map((n) => `${n.at.toISOString()} ${n.counselorId} (${n.action}): ${n.note}`).join("\n")]),
    ),
    consent: table(
      ["participant_id", "at", "channel", "action", "source", "detail"],
      r.consent.map((c) => [pid, c.at, c.channel, c.action, c.source, c.detail]),
    ),
  };
}
