/** A counselor as the rule sees them: a Counselor row, inactive ones included. */
export interface StaffMember {
  id: string;
  active: boolean;
  supervisorId: string | null;
}

/** What the rule needs about one alert (and later one participant's message), loaded by the caller. */
export interface ActingScope {
  /** The participant's assigned counselor; null for an unenrolled sender. */
  assignedCounselorId: string | null;
  /** Whom it was sent to: the EscalationNotice rows of an escalation (any step). */
  notices: readonly { counselorId: string }[];
  /** Every counselor of the program, inactive ones included. */
  counselors: readonly StaffMember[];
}

/** Why a counselor may not act: an id the program does not know, an inactive counselor, or nobody involved. */
export type RefusalReason = "unknown_counselor" | "inactive" | "not_involved";

/** The rule's answer: allowed, and in which role, or refused with a reason. */
export type MayAct = { allowed: true; as: "assigned" | "notified" | "supervisor" } | { allowed: false; reason: RefusalReason };

/**
 * Who may act on an alert (acknowledge, resolve; later read or reply to a participant's
 * message): the participant's assigned counselor, anyone it was sent to, and the supervisor
 * of any of them. Without a participant (an unenrolled sender) that leaves whoever it was sent
 * to and their supervisors. Inactive counselors may not act. Pure: the staff desk
 * (src/staff/) and the inbox load the data and ask this one function, for every surface
 * (SMS, the console, the CLI, later Slack and Discord).
 */
export function mayAct(counselorId: string, scope: ActingScope): MayAct {
  const byId = new Map(scope.counselors.map((c) => [c.id, c]));
  const me = byId.get(counselorId);
  if (!me) return { allowed: false, reason: "unknown_counselor" };
  if (!me.active) return { allowed: false, reason: "inactive" };
  if (scope.assignedCounselorId === counselorId) return { allowed: true, as: "assigned" };
  const notified = new Set(scope.notices.map((n) => n.counselorId));
  if (notified.has(counselorId)) return { allowed: true, as: "notified" };
  // One level up: the supervisor of the assigned counselor or of anyone it reached, even when
  // that person has since left (their supervisor is who covers for them).
  const involved = [scope.assignedCounselorId, ...notified].filter((id): id is string => id !== null);
  if (involved.some((id) => byId.get(id)?.supervisorId === counselorId)) return { allowed: true, as: "supervisor" };
  return { allowed: false, reason: "not_involved" };
}
