import { alertDetail } from "../channel/channel-registry.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { staff } from "../messages/staff.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { counselorAddresses } from "../outbox/pick-address.ts";
import type { Tx } from "../store/create-db.ts";
import { alertContent, alertText } from "./alert-text.ts";
import { escalationLadder, recipientsAtStep } from "./escalation-ladder.ts";

/** The stored escalation fields a notification needs. */
export interface EscalationRef {
  id: string;
  code: string;
  participantId: string | null;
  level: string;
  reasonsJson: string;
}

/**
 * Writes the alerts of one escalation step (outbox rows and notice rows) and returns the
 * outbox ids and who was notified. Every channel that can reach a lock screen gets the
 * minimal form; the first name and reason category go only where the channel cannot (the
 * development console) or the program marks the counselor's address staff-only (see
 * alertDetail). The participant's own words stay in the database. With a `claim`, the rows
 * are written held by it, for the caller to send from memory after commit.
 */
export async function notifyStep(ctx: EngineContext, tx: Tx, esc: EscalationRef, step: number, now: Date, claim?: { token: string; until: Date }) {
  const participant = esc.participantId
    ? await tx.participant.findUnique({ where: { id: esc.participantId }, select: { name: true, counselorId: true } })
    : null;
  const counselors = await tx.counselor.findMany({ where: { active: true }, select: { id: true, onCallOrder: true, supervisorId: true } });
  const ladder = escalationLadder(participant?.counselorId ?? null, counselors);
  const level = esc.level === "crisis" ? "crisis" : "urgent";
  const recipients = recipientsAtStep(ladder, level, step);
  const addresses = await tx.address.findMany({ where: { ownerKind: "counselor", ownerId: { in: recipients } } });
  const running = new Set(ctx.channels.keys());
  // "Still open" only to someone who was alerted to this escalation before, never on a first
  // alert (step 0 is the first notice of an escalation: nobody to ask about).
  const earlier = step === 0 ? [] : await tx.escalationNotice.findMany({ where: { escalationId: esc.id, counselorId: { in: recipients } }, select: { counselorId: true } });
  const alertedBefore = new Set(earlier.map((n) => n.counselorId));
  const rows: ReturnType<typeof outboxRow>[] = [];
  const notices = [];
  for (const counselorId of recipients) {
    const repeat = alertedBefore.has(counselorId);
    const staffOnly: readonly string[] = ctx.program.counselors.find((c) => c.id === counselorId)?.staffOnly ?? [];
    for (const a of counselorAddresses(addresses.filter((x) => x.ownerId === counselorId), running)) {
      const text = alertText(alertDetail(a.channel, staffOnly.includes(a.channel)), alertContent(esc, participant?.name ?? null, repeat));
      const row = outboxRow(
        {
          channel: a.channel as never,
          address: a.address,
          recipientKind: "counselor",
          recipientId: counselorId,
          kind: "alert",
          text,
          ...staff.alertChoices({ code: esc.code }),
          idempotencyKey: `alert:${esc.id}:${step}:${counselorId}:${a.channel}`,
          dueAt: now,
          escalationId: esc.id,
          // A later step of the ladder: a re-escalation, whether or not this person had the first alert.
          purpose: step > 0 ? "reescalation" : null,
        },
        now,
        claim,
      );
      rows.push(row);
      notices.push({ escalationId: esc.id, counselorId, channel: a.channel, outboxId: row.id, step, at: now });
    }
  }
  if (rows.length === 0) ctx.logger.error("escalation_unreachable", { escalationId: esc.id, step });
  if (rows.length > 0) {
    await tx.outbox.createMany({ data: rows });
    await tx.escalationNotice.createMany({ data: notices });
  }
  // Who a message went to: someone with no address the running channels reach was not paged.
  const paged = recipients.filter((id) => rows.some((r) => r.recipientId === id));
  return { outboxIds: rows.map((r) => r.id), rows, notified: recipients, paged };
}

/** Minutes until the next re-escalation of a level, ignoring office hours (see nextReescalationAt). */
export function reescalateAfterMs(ctx: EngineContext, level: string): number {
  const e = ctx.program.program.escalation;
  return (level === "crisis" ? e.crisisAfterMinutes : e.urgentAfterMinutes) * 60_000;
}
