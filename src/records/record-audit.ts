import type { Db, Tx } from "../store/create-db.ts";
import { insertRows } from "../store/insert-rows.ts";
import type { RawStatement } from "../store/write-batch.ts";
import { timeOrderedId } from "../store/time-ordered-id.ts";
import type { AuditAction, AuditActorKind } from "./audit-action.ts";

/** A value in an audit event's detail: codes, ids and counts, never a person's words or address. */
export type AuditValue = string | number | boolean | null | readonly string[];

/** One audit event to append. */
export interface AuditEntry {
  at: Date;
  actorKind: AuditActorKind;
  /** A counselor id, a participant id, or a system label ("sync", "retention", "provider", "escalation"). */
  actorId: string;
  action: AuditAction;
  participantId?: string | null;
  escalationId?: string | null;
  /** A channel name, "console", "cli", "program_file" or "job". */
  via: string;
  detail?: Readonly<Record<string, AuditValue>>;
}

function row(e: AuditEntry) {
  return {
    id: auditEventId(e.at),
    at: e.at,
    actorKind: e.actorKind,
    actorId: e.actorId,
    action: e.action,
    participantId: e.participantId ?? null,
    escalationId: e.escalationId ?? null,
    via: e.via,
    detail: JSON.stringify(e.detail ?? {}),
  };
}

/**
 * Appends audit events in the caller's client: pass the transaction of the change they record,
 * so both are stored or neither. There is no update or delete: the table's triggers refuse both.
 */
export async function recordAudit(client: Db | Tx, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (entries.length === 1) await client.auditEvent.create({ data: row(entries[0]!) });
  else await client.auditEvent.createMany({ data: entries.map(row) });
}

/**
 * Audit events as plain INSERT statements, for writeBatch beside the change they record: for
 * thousands at once (a first program sync), where one createMany would be split by Prisma
 * into chunks sent at once on one transaction's connection.
 */
export function auditStatements(db: Db, entries: readonly AuditEntry[]): RawStatement[] {
  return insertRows(db, "AuditEvent", entries.map(row));
}

let lastMs = -1;
let seq = 0;

/**
 * A time-ordered id (src/store/time-ordered-id.ts) whose 12 bits after the version count up
 * within one millisecond in this process, so events recorded in the same millisecond (one
 * transaction, a fixed test clock) sort in the order they were recorded (up to 4,096 a
 * millisecond); the remaining random bits keep ids from different processes apart.
 */
export function auditEventId(at: Date): string {
  const id = timeOrderedId(at);
  const ms = at.getTime();
  if (ms !== lastMs) {
    lastMs = ms;
    seq = 0;
  } else seq = (seq + 1) & 0xfff;
  return `${id.slice(0, 15)}${seq.toString(16).padStart(3, "0")}${id.slice(18)}`;
}
