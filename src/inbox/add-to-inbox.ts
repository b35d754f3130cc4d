import { randomUUID } from "node:crypto";
import type { RiskLevel } from "../domain/types.ts";
import type { InboundTurn } from "../inbound/inbound-turn.ts";
import { freshStaffCode } from "./fresh-staff-code.ts";
import { scheduleInboxNotice } from "./schedule-inbox-notice.ts";
import { readDeadline } from "./read-deadline.ts";

/** Why a participant's words are in a counselor's inbox. */
export type InboxKind =
  /** The check-in's optional note. */
  | "note"
  /** A reply the check-in could not read. */
  | "unreadable"
  /** A check-in answer that came with more words ("4, rough day at work"). */
  | "comment"
  /** A message outside a check-in. */
  | "message"
  /** A text that raised the screening question, with the participant's "no" to it. */
  | "screened";

/** What goes into the inbox: the turn's own text unless `text` says otherwise. */
export interface InboxEntry {
  participantId: string;
  counselorId: string;
  kind: InboxKind;
  riskLevel: RiskLevel;
  text?: string;
  /**
   * False when a person is told another way (the text also raised an escalation, or the
   * screening question will): then no count notice and no hand-on to the supervisor.
   */
  notify?: boolean;
}

/**
 * Puts a participant's words in their counselor's inbox, unread: nothing a participant writes
 * goes unread by a person. The counselor is told by a short, lock-screen-safe count (never the
 * words), at most once an hour and only in office hours; what nobody reads within the
 * program's readWithinHours goes on to the supervisor.
 */
export async function addToInbox(turn: InboundTurn, entry: InboxEntry): Promise<string> {
  const { ctx, tx, now, msg } = turn;
  const id = randomUUID();
  const code = await freshStaffCode(ctx, tx, now);
  await tx.inboxItem.create({
    data: {
      id,
      code,
      participantId: entry.participantId,
      counselorId: entry.counselorId,
      channel: msg.channel,
      providerId: msg.providerId,
      kind: entry.kind,
      text: (entry.text ?? turn.text).slice(0, 4000),
      riskLevel: entry.riskLevel,
      status: "unread",
      createdAt: now,
    },
  });
  if (entry.notify === false) return code;
  await tx.job.create({ data: { id: `inbox-overdue:${id}`, kind: "inbox_overdue", refId: id, dueAt: readDeadline(ctx.program.program, now) } });
  await scheduleInboxNotice(ctx, tx, entry.counselorId, now);
  return code;
}
