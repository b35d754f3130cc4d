import { channelTraits, CONTACT_CHANNELS, type StopScope } from "../channel/channel-registry.ts";
import { ROUTINE_KINDS, type InboundMessage } from "../domain/messages.ts";
import type { Lang } from "../domain/types.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { recordAudit } from "../records/record-audit.ts";
import type { InboundTurn } from "./inbound-turn.ts";

/**
 * STOP, START and HELP. STOP opts the participant out of the addresses within its channel's
 * scope (see StopScope: an SMS number, a chat conversation, or every channel) and cancels
 * what is queued there; the reply confirming it is the last routine thing sent there, and
 * the person's other channels go on. Once no channel the program gives them is left, they
 * are opted out everywhere. START opts back in the same scope; HELP answers even when opted
 * out. A crisis text is answered whatever was opted out (handleParticipant answers it before
 * any keyword). Each consent change is stored with its time, channel and source. When the
 * provider already handled the keyword (and replied), only the records change.
 */
export async function applyKeyword(
  turn: InboundTurn,
  p: { id: string; language: string },
  keyword: "stop" | "start" | "help",
  handledUpstream: boolean,
): Promise<void> {
  const { tx, now, msg } = turn;
  const m = messagesFor(p.language as Lang);
  const source = `${msg.channel}:${handledUpstream ? "provider" : "keyword"}`;
  if (keyword === "help") {
    if (!handledUpstream) await turn.reply(m.help({ program: turn.ctx.program.program.name, support: turn.ctx.program.program.supportContact }));
    return;
  }
  const scope = channelTraits(msg.channel).stopScope;
  const where = stopScopeWhere(scope, msg, p.id);
  const addresses = await tx.address.findMany({ where, select: { channel: true, address: true } });
  const action = keyword === "stop" ? "opt_out" : "opt_in";
  await tx.consentEvent.createMany({ data: addresses.map((a) => ({ participantId: p.id, channel: a.channel, action, source, at: now })) });
  await recordAudit(tx, {
    at: now,
    actorKind: "participant",
    actorId: p.id,
    action: keyword === "stop" ? "consent_revoked" : "consent_granted",
    participantId: p.id,
    via: msg.channel,
    detail: { keyword, source: handledUpstream ? "provider" : "keyword", channels: [...new Set(addresses.map((a) => a.channel))], addresses: addresses.length },
  });
  if (keyword === "stop") {
    await tx.address.updateMany({ where, data: { optedOutAt: now } });
    const left = await tx.address.count({
      where: { ownerKind: "participant", ownerId: p.id, channel: { in: CONTACT_CHANNELS }, consentAt: { not: null }, optedOutAt: null },
    });
    if (scope === "person" || left === 0) await tx.participant.update({ where: { id: p.id }, data: { optedOutAt: now } });
    if (addresses.length > 0) {
      await tx.outbox.updateMany({
        where: { recipientKind: "participant", recipientId: p.id, status: "pending", kind: { in: [...ROUTINE_KINDS] }, OR: addresses.map((a) => ({ channel: a.channel, address: a.address })) },
        data: { status: "cancelled", lastError: "opted_out" },
      });
    }
    if (!handledUpstream) await turn.reply(m.stopConfirm({ program: turn.ctx.program.program.name }), "reply", "opt_out");
    return;
  }
  await tx.address.updateMany({ where, data: { optedOutAt: null } });
  // Talking to us again: no longer opted out everywhere (addresses outside the scope stay as they are).
  await tx.participant.update({ where: { id: p.id }, data: { optedOutAt: null } });
  if (!handledUpstream) await turn.reply(m.startConfirm({ program: turn.ctx.program.program.name }), "reply", "opt_in");
}

/** The addresses a STOP or START on `msg`'s channel covers. */
function stopScopeWhere(scope: StopScope, msg: InboundMessage, participantId: string) {
  const participant = { ownerKind: "participant", ownerId: participantId };
  if (scope === "person") return participant;
  // The carrier stops every message to the number, whoever in the program it was for.
  if (scope === "number") return { channel: msg.channel, address: msg.from };
  return { ...participant, channel: msg.channel, address: msg.from };
}

/**
 * When the sender of a message opted out of being messaged where it came from: everywhere,
 * or on that address. Null when they did not; then START is an answer, not a keyword.
 */
export function optedOutHere(participant: { optedOutAt: Date | null }, address: { optedOutAt: Date | null } | null | undefined): Date | null {
  return participant.optedOutAt ?? address?.optedOutAt ?? null;
}
