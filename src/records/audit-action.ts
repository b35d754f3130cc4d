/** What an audit event records (AuditEvent.action). Codes only; the row's detail holds codes and counts. */
export const AUDIT_ACTIONS = [
  /** Consent to routine messages given: START, or consent recorded in the program file. */
  "consent_granted",
  /** Consent withdrawn: STOP or a plain-language opt-out, a carrier opt-out, or consent removed from the program file. */
  "consent_revoked",
  "escalation_acknowledged",
  "escalation_resolved",
  /** A counselor tried to act on an alert and was refused (detail.reason; see escalation/may-act.ts). */
  "escalation_action_refused",
  /** Nobody acknowledged in time: the next person on the ladder was paged. */
  "escalation_reescalated",
  /** The program file was loaded into the database and something changed (detail: counts). */
  "program_synced",
  /** A counselor read one participant's history (or was refused it: detail.outcome). */
  "participant_viewed",
  /** A counselor read (or was refused) a participant's message in the inbox (READ). */
  "inbox_item_read",
  /** A counselor answered (or was refused) a participant's message in the inbox (REPLY). */
  "inbox_item_answered",
  /** A counselor read their caseload: one event per participant on it. */
  "caseload_viewed",
  /** The console beside real providers showed the participants' records (one event per participant shown; actor "console"). */
  "console_viewed",
  /** Everything stored about a participant was written out (detail.format). */
  "participant_exported",
  /** Message text older than the retention period was blanked (detail: counts). */
  "retention_run",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acted: a counselor, a participant (their own messages), or Steady itself. */
export type AuditActorKind = "staff" | "participant" | "system";
