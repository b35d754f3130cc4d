import { randomUUID } from "node:crypto";
import type { InboundMessage, InboundResult, OutboundMessage, Settlement } from "../domain/messages.ts";
import { CHANNELS, fitText, personAddress } from "../channel/channel-registry.ts";
import type { ChannelName, Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { escalationLadder } from "../escalation/escalation-ladder.ts";
import { errorLabel } from "../log/logger.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { staff } from "../messages/staff.ts";
import type { RiskAssessment } from "../risk/index.ts";
import type { Db, Tx } from "../store/create-db.ts";
import { settleNothing } from "./settle-held-replies.ts";

interface Pending {
  message: OutboundMessage;
  attempts: number;
}

/** How long provider ids are remembered to drop a provider's retries while the database is down. */
const SEEN_LIMIT = 10_000;

/**
 * The crisis path when the database is failing. It works from the program file held in
 * memory: the sender gets the crisis reply on the channel they used, and since no
 * acknowledgement can be tracked, everyone on the escalation ladder (assigned counselor,
 * on-call order, supervisor) is paged at once on every channel they have. Sends that fail are
 * kept in memory and retried on every scheduler tick until they go through.
 */
export class CrisisFallback {
  private readonly pending: Pending[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly ctx: EngineContext) {}

  /** Messages still waiting for a channel to accept them. */
  get backlog(): number {
    return this.pending.length;
  }

  /**
   * Answers a crisis message without the database: the reply is handed back for the
   * adapter's settlement (its own response, or sent), and the pages go out once it is settled
   * (after the reply when it is sent; in the background when it is answered inline).
   */
  handle(msg: InboundMessage, risk: RiskAssessment): InboundResult {
    const key = `${msg.channel}:${msg.providerId}`;
    if (this.seen.has(key)) return { duplicate: true, replies: [], settle: settleNothing() };
    this.seen.add(key);
    if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value!);

    const { program, counselors, participants } = this.ctx.program;
    const participant = participants.find((p) => personAddress(msg.channel, p) === msg.from);
    const lang = (participant?.language ?? program.languages[0] ?? "en") as Lang;
    const reply = this.message(msg.channel, msg.from, "participant", participant?.id ?? "unknown", messagesFor(lang).crisis(), "crisis");
    const ladder = escalationLadder(
      participant?.counselor ?? null,
      counselors.map((c) => ({ id: c.id, onCallOrder: c.onCall ?? null, supervisorId: c.supervisor ?? null })),
    );
    const pid = participant?.id ?? "an unenrolled sender";
    const pages: OutboundMessage[] = [];
    for (const id of ladder) {
      const c = counselors.find((x) => x.id === id);
      if (!c) continue;
      for (const channel of CHANNELS) {
        const address = personAddress(channel, c);
        if (address !== undefined && this.ctx.channels.has(channel)) pages.push(this.message(channel, address, "counselor", c.id, staff.fallbackAlert({ level: "crisis", pid }), "alert"));
      }
    }
    this.ctx.logger.error("crisis_fallback_used", { channel: msg.channel, pages: pages.length, reasons: risk.reasons.join(",") });
    let settled = false;
    const settle = async (how: Settlement): Promise<boolean> => {
      if (settled) return false;
      settled = true;
      if (how === "send") {
        for (const m of [reply, ...pages]) await this.trySend({ message: m, attempts: 0 });
        return true;
      }
      this.ctx.background.run("crisis_fallback_pages", async () => {
        for (const m of pages) await this.trySend({ message: m, attempts: 0 });
      });
      return true;
    };
    return { duplicate: false, replies: [reply], settle };
  }

  /** Whether this process answered the message from memory (it remembers the last SEEN_LIMIT). */
  answered(msg: Pick<InboundMessage, "channel" | "providerId">): boolean {
    return this.seen.has(`${msg.channel}:${msg.providerId}`);
  }

  /** Retries sends that failed; called on every scheduler tick. */
  async retry(): Promise<void> {
    const due = this.pending.splice(0, this.pending.length);
    for (const p of due) await this.trySend(p);
  }

  private async trySend(p: Pending): Promise<void> {
    const channel = this.ctx.channels.get(p.message.channel);
    try {
      if (!channel) throw new Error("channel not running");
      await channel.send(p.message);
      this.ctx.metrics.outbound(p.message.channel, "sent");
      this.ctx.emit({ type: "message", at: this.ctx.clock(), id: p.message.id, channel: p.message.channel, to: p.message.recipientId, text: p.message.text, kind: p.message.kind, purpose: null, escalationId: null });
    } catch (e) {
      p.attempts++;
      this.ctx.metrics.outbound(p.message.channel, "retried");
      this.ctx.logger.error("crisis_fallback_send_failed", { channel: p.message.channel, attempts: p.attempts, errorCode: errorLabel(e) });
      this.pending.push(p);
    }
  }

  private message(channel: ChannelName, to: string, recipientKind: "participant" | "counselor", recipientId: string, text: string, kind: "crisis" | "alert"): OutboundMessage {
    const id = randomUUID();
    return { id, channel, to, text: fitText(channel, text), kind, recipientKind, recipientId, idempotencyKey: `fallback:${id}` };
  }
}

/** The claim a crisis turn's replies and alerts are written under: any process can name it from the message alone. */
export function crisisHoldToken(msg: Pick<InboundMessage, "channel" | "providerId">): string {
  return `crisis:${msg.channel}:${msg.providerId}`;
}

/** The providerId of rows whose message went out from memory (the crisis fallback), not from the outbox. */
export function fallbackProviderId(msg: Pick<InboundMessage, "providerId">): string {
  return `fallback:${msg.providerId}`;
}

/**
 * Records a crisis turn's held replies and alerts as sent from memory (by the crisis
 * fallback, or inline before the database could record it): they stay on record, and are
 * never sent a second time. Only rows still pending under the message's hold are touched,
 * so running it again changes nothing.
 */
export async function recordFallbackAnswer(client: Db | Tx, msg: Pick<InboundMessage, "channel" | "providerId">, at: Date): Promise<number> {
  const got = await client.outbox.updateMany({
    where: { claimToken: crisisHoldToken(msg), status: "pending" },
    data: { status: "sent", sentAt: at, providerId: fallbackProviderId(msg), claimToken: null, claimedUntil: null },
  });
  return got.count;
}
