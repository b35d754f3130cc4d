import { channelTraits } from "../channel/channel-registry.ts";
import type { ChannelName } from "../domain/types.ts";
import { staff } from "../messages/staff.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import type { Tx } from "../store/create-db.ts";

/** The escalation fields the edit needs. */
interface ActedOn {
  id: string;
  level: string;
  participantId: string | null;
}

/**
 * Queues, in the action's transaction, an edit of every alert of this escalation already sent
 * on a channel that can edit in place: it then reads "acknowledged by <first name>" (or
 * resolved) and loses its button, so nobody else answers a handled alert. The edited text is
 * the minimal form whatever the alert showed, so a lock screen learns nothing new. On a
 * channel that cannot edit (SMS) nothing is sent.
 */
export async function queueAlertEdits(tx: Tx, esc: ActedOn, action: "acknowledged" | "resolved", counselorId: string, now: Date): Promise<number> {
  const sent = await tx.outbox.findMany({
    where: { escalationId: esc.id, kind: "alert", status: { in: ["sent", "delivered"] }, providerId: { not: null } },
    select: { id: true, channel: true, address: true, recipientId: true },
  });
  const editable = sent.filter((r) => channelTraits(r.channel).editInPlace);
  if (editable.length === 0) return 0;
  const who = await tx.counselor.findUnique({ where: { id: counselorId }, select: { name: true } });
  const by = who?.name.trim().split(/\s+/)[0] || counselorId;
  const text = staff.alertActedOn({ level: esc.level === "crisis" ? "crisis" : "urgent", pid: esc.participantId ?? "an unenrolled sender", action, by });
  const rows = editable.map((r) =>
    outboxRow(
      {
        channel: r.channel as ChannelName,
        address: r.address,
        recipientKind: "counselor",
        recipientId: r.recipientId,
        kind: "edit",
        text,
        idempotencyKey: `edit:${r.id}:${action}`,
        dueAt: now,
        escalationId: esc.id,
        ref: r.id,
      },
      now,
    ),
  );
  await tx.outbox.createMany({ data: rows });
  return rows.length;
}
