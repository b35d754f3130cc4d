import type { OutboundKind, RecipientKind } from "../domain/messages.ts";
import type { ChannelName } from "../domain/types.ts";
import { fitText } from "../channel/channel-registry.ts";
import { timeOrderedId } from "../store/time-ordered-id.ts";

/** A message about to be written to the outbox. */
export interface OutboxDraft {
  channel: ChannelName;
  address: string;
  recipientKind: RecipientKind;
  recipientId: string;
  kind: OutboundKind;
  text: string;
  /** Stable key: the same logical message always gets the same key, so it is stored once. */
  idempotencyKey: string;
  dueAt: Date;
  /** Routine messages: the recipient's time zone for quiet hours. */
  quietTz?: string | null;
  /** Routine messages: dropped instead of sent after this instant. */
  expiresAt?: Date | null;
  escalationId?: string | null;
  ref?: string | null;
}

/** The row to insert for a draft (every column, so it can also be sent without a re-read). */
export function outboxRow(d: OutboxDraft, now: Date, claim?: { token: string; until: Date }) {
  return {
    id: timeOrderedId(now),
    idempotencyKey: d.idempotencyKey,
    channel: d.channel,
    address: d.address,
    recipientKind: d.recipientKind,
    recipientId: d.recipientId,
    kind: d.kind,
    text: fitText(d.channel, d.text),
    quietTz: d.quietTz ?? null,
    expiresAt: d.expiresAt ?? null,
    status: "pending",
    dueAt: d.dueAt,
    createdAt: now,
    escalationId: d.escalationId ?? null,
    ref: d.ref ?? null,
    attempts: 0,
    claimToken: claim?.token ?? null,
    claimedUntil: claim?.until ?? null,
    providerId: null as string | null,
    lastError: null as string | null,
    sentAt: null as Date | null,
    deliveredAt: null as Date | null,
  };
}
