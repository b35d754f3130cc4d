/**
 * What a counselor can do with the inbox, whatever surface they use (SMS READ/REPLY, the
 * console, later Slack and Discord): read the oldest unread message or one by its code, and
 * answer one. The caller loads nothing and formats the outcome for its surface.
 */
import type { Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { mayAct } from "../escalation/may-act.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { pickParticipantAddress } from "../outbox/pick-address.ts";
import type { Tx } from "../store/create-db.ts";
import { recordAudit } from "../records/record-audit.ts";
import { INBOX_CODE_DAYS } from "./fresh-staff-code.ts";
import { unreadFor } from "./run-inbox-jobs.ts";

type ItemRow = NonNullable<Awaited<ReturnType<Tx["inboxItem"]["findFirst"]>>>;

/** The outcome of READ. */
export type ReadOutcome =
  | { kind: "item"; item: ItemRow; moreUnread: number }
  | { kind: "empty" }
  | { kind: "not_found" }
  | { kind: "not_allowed" };

/** The outcome of REPLY; `outboxId` is the message to the participant, to deliver after commit. */
export type AnswerOutcome =
  | { kind: "sent"; participantId: string; outboxId: string }
  | { kind: "unreachable"; participantId: string }
  | { kind: "not_found" }
  | { kind: "not_allowed" };

/** The newest item with this code within the code's lifetime. */
function byCode(tx: Tx, code: string, now: Date) {
  const since = new Date(now.getTime() - INBOX_CODE_DAYS * 86_400_000);
  return tx.inboxItem.findFirst({ where: { code, createdAt: { gte: since } }, orderBy: { createdAt: "desc" } });
}

/**
 * Who may read and answer an item: the one rule of escalation/may-act.ts, with the counselor
 * the item went on to (the supervisor, when nobody read it in time) as the one it was sent to.
 * Every READ and REPLY is stored, refusals too, as a StaffAction row and an audit event.
 */
async function allowed(tx: Tx, item: ItemRow, counselorId: string, action: "read" | "reply", via: string, now: Date): Promise<boolean> {
  const counselors = await tx.counselor.findMany({ select: { id: true, active: true, supervisorId: true } });
  const notices = item.escalatedTo ? [{ counselorId: item.escalatedTo }] : [];
  const rule = mayAct(counselorId, { assignedCounselorId: item.counselorId, notices, counselors });
  await tx.staffAction.create({
    data: { code: item.code, counselorId, action, outcome: rule.allowed ? "done" : "refused", reason: rule.allowed ? null : rule.reason, via, at: now },
  });
  await recordAudit(tx, {
    at: now,
    actorKind: "staff",
    actorId: counselorId,
    action: action === "read" ? "inbox_item_read" : "inbox_item_answered",
    participantId: item.participantId,
    via,
    detail: { code: item.code, outcome: rule.allowed ? "done" : "refused", reason: rule.allowed ? null : rule.reason },
  });
  return rule.allowed;
}

/** READ [code]: the item, marked read by this counselor. Without a code, their oldest unread one. */
export async function readInboxItem(tx: Tx, counselorId: string, code: string | null, via: string, now: Date): Promise<ReadOutcome> {
  const item = code ? await byCode(tx, code, now) : await tx.inboxItem.findFirst({ where: unreadFor(counselorId), orderBy: { createdAt: "asc" } });
  if (!item) return code ? { kind: "not_found" } : { kind: "empty" };
  if (!(await allowed(tx, item, counselorId, "read", via, now))) return { kind: "not_allowed" };
  if (item.status === "unread") await tx.inboxItem.update({ where: { id: item.id }, data: { status: "read", readAt: now, readBy: counselorId } });
  const moreUnread = await tx.inboxItem.count({ where: { ...unreadFor(counselorId), id: { not: item.id } } });
  return { kind: "item", item, moreUnread };
}

/**
 * REPLY code text: the counselor's answer goes to the participant on the channel their message
 * came in on (or their preferred one), through the outbox; the item is marked answered. A
 * participant who opted out gets nothing: carrier rules allow no message after STOP.
 */
export async function answerInboxItem(ctx: EngineContext, tx: Tx, counselorId: string, code: string, text: string, via: string, now: Date): Promise<AnswerOutcome> {
  const item = await byCode(tx, code, now);
  if (!item) return { kind: "not_found" };
  if (!(await allowed(tx, item, counselorId, "reply", via, now))) return { kind: "not_allowed" };
  const participant = await tx.participant.findUnique({ where: { id: item.participantId } });
  const counselor = await tx.counselor.findUnique({ where: { id: counselorId }, select: { name: true } });
  if (!participant || !counselor) return { kind: "not_found" };
  const addresses = await tx.address.findMany({ where: { ownerKind: "participant", ownerId: participant.id } });
  const address = participant.optedOutAt ? null : pickParticipantAddress(addresses, item.channel, new Set(ctx.channels.keys()));
  if (!address) return { kind: "unreachable", participantId: participant.id };
  const m = messagesFor(participant.language as Lang);
  const from = counselor.name.split(/\s+/)[0] ?? counselor.name;
  const row = outboxRow(
    {
      channel: address.channel as never,
      address: address.address,
      recipientKind: "participant",
      recipientId: participant.id,
      kind: "staff_reply",
      text: m.staffReply({ from, program: ctx.program.program.name, text: text.trim() }),
      idempotencyKey: `staff-reply:${item.id}:${now.getTime()}:${counselorId}`,
      dueAt: now,
      ref: item.id,
    },
    now,
  );
  await tx.outbox.create({ data: row });
  await tx.inboxItem.update({
    where: { id: item.id },
    data: { status: "answered", answeredAt: now, answeredBy: counselorId, readAt: item.readAt ?? now, readBy: item.readBy ?? counselorId },
  });
  return { kind: "sent", participantId: participant.id, outboxId: row.id };
}
