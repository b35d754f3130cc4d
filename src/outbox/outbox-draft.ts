import type { Choice, MessagePurpose, OutboundKind, RecipientKind } from "../domain/messages.ts";
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
  /** Answers the message offers (buttons, or words on a channel without them). */
  choices?: Choice[] | null;
  /** How a channel without buttons asks for them, in the recipient's language. */
  choicesText?: string | null;
  /** What the message is for, where its kind says less. */
  purpose?: MessagePurpose | null;
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
    // Labels and words are fitted like the text: on SMS they become part of it.
    choices: d.choices && d.choices.length > 0 ? JSON.stringify(d.choices.map((c) => ({ id: c.id, label: fitText(d.channel, c.label), reply: fitText(d.channel, c.reply) }))) : null,
    choicesText: d.choices && d.choices.length > 0 && d.choicesText ? fitText(d.channel, d.choicesText) : null,
    purpose: d.purpose ?? null,
    attempts: 0,
    claimToken: claim?.token ?? null,
    claimedUntil: claim?.until ?? null,
    providerId: null as string | null,
    lastError: null as string | null,
    sentAt: null as Date | null,
    deliveredAt: null as Date | null,
  };
}

/** The choices of a stored row as a message carries them (nothing when it has none). */
export function storedChoices(r: { choices: string | null; choicesText: string | null }): { choices?: Choice[]; choicesText?: string } {
  if (!r.choices) return {};
  return { choices: JSON.parse(r.choices) as Choice[], ...(r.choicesText ? { choicesText: r.choicesText } : {}) };
}
