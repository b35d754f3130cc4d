import type { InboundMessage, MessagePurpose, OutboundKind, RecipientKind } from "../domain/messages.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { RiskAssessment } from "../risk/index.ts";
import type { Tx } from "../store/create-db.ts";
import { openEscalation, type EscalationInput } from "../escalation/open-escalation.ts";
import { randomUUID } from "node:crypto";
import type { OutboxRow } from "../outbox/deliver-outbox.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { fallbackProviderId } from "./crisis-fallback.ts";
import type { ScreenChange } from "../safety/open-screens.ts";

/**
 * One inbound message being handled inside a transaction: what it said, who sent it, and
 * what the handling produced (replies in order, alerts to deliver, events to emit after commit).
 */
export class InboundTurn {
  /** Replies, written already claimed by this process so they are sent without a claim query. */
  readonly replies: OutboxRow[] = [];
  private readonly claim = { token: `reply:${randomUUID()}`, until: new Date(0) };
  /** The claim the replies are written under, so this process can settle them later. */
  get claimToken(): string {
    return this.claim.token;
  }
  readonly alertIds: string[] = [];
  /** The alerts' rows as written, when the turn holds them too (see `hold`). */
  readonly alerts: OutboxRow[] = [];
  readonly events: EngineEvent[] = [];
  /** Work that must wait for the commit (a metric of what the turn did), run after its events. */
  readonly afterCommit: (() => void)[] = [];
  /** What this turn did to the sender's screening question, for the memory kept after commit (src/safety/open-screens.ts). */
  screenChange: ScreenChange = null;
  constructor(
    readonly ctx: EngineContext,
    readonly tx: Tx,
    readonly msg: InboundMessage,
    readonly text: string,
    readonly now: Date,
    readonly risk: RiskAssessment,
    readonly sender: { kind: RecipientKind; id: string },
    /** The sender was answered already, from memory while the database was down: replies are recorded, not sent. */
    readonly answered = false,
    /**
     * A crisis turn's hold (crisisHoldToken): its replies and its staff alerts are both written
     * held under it, so this process sends them from memory after commit and no other does
     * meanwhile. Without one, replies are held under a token of the turn's own and alerts are
     * written free, for whoever claims them.
     */
    private readonly hold: string | null = null,
  ) {
    this.claim.until = new Date(now.getTime() + ctx.claimMs);
    if (hold !== null) this.claim.token = hold;
  }

  /**
   * Queues a reply to the sender on the channel the message came in on, addressed to the
   * sender (`msg.from`): a direct message, never to a group conversation it was written in.
   */
  async reply(text: string, kind: OutboundKind = "reply", purpose: MessagePurpose | null = null): Promise<void> {
    const row = outboxRow(
      {
        channel: this.msg.channel,
        address: this.msg.from,
        recipientKind: this.sender.kind,
        recipientId: this.sender.id,
        kind,
        text,
        idempotencyKey: `${replyKeyPrefix(this.msg)}${this.replies.length}`,
        dueAt: this.now,
        purpose,
      },
      this.now,
      this.claim,
    );
    if (this.answered) {
      await this.tx.outbox.create({ data: { ...row, status: "sent", sentAt: this.now, providerId: `fallback:${this.msg.providerId}`, claimToken: null, claimedUntil: null } });
      return;
    }
    await this.tx.outbox.create({ data: row });
    this.replies.push(row);
  }

  /** Stores an escalation and queues its first alerts. */
  async escalate(input: EscalationInput): Promise<void> {
    const opened = await openEscalation(this.ctx, this.tx, input, this.now, this.hold !== null && !this.answered ? this.claim : undefined);
    this.events.push(opened.event);
    if (this.answered) {
      // The fallback paged the whole ladder from memory: the first alerts are on record as
      // sent, not sent again (re-escalation goes on from the stored escalation as usual).
      const sent = { status: "sent", sentAt: this.now, providerId: fallbackProviderId(this.msg) };
      await this.tx.outbox.updateMany({ where: { id: { in: opened.outboxIds } }, data: sent });
      return;
    }
    this.alertIds.push(...opened.outboxIds);
    if (this.hold !== null) this.alerts.push(...opened.alerts);
  }
}

/** The start of the outbox keys of the replies to `msg`: the prefix, then the reply's number from 0. */
export function replyKeyPrefix(msg: InboundMessage): string {
  return `reply:${msg.channel}:${msg.providerId}:`;
}

/** Once a turn's transaction has committed: its events are told, then its after-commit work runs. */
export function turnCommitted(ctx: EngineContext, turn: { events: readonly EngineEvent[]; afterCommit?: readonly (() => void)[] }): void {
  for (const event of turn.events) ctx.emit(event);
  for (const run of turn.afterCommit ?? []) run();
}
