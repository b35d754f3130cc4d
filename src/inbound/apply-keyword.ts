import { ROUTINE_KINDS } from "../domain/messages.ts";
import type { Lang } from "../domain/types.ts";
import { messagesFor } from "../messages/messages-for.ts";
import type { InboundTurn } from "./inbound-turn.ts";

/**
 * STOP, START and HELP. STOP opts the participant out of every routine message on every
 * channel (the reply confirming it is the last thing sent) and cancels what is queued; START
 * opts back in; HELP answers even when opted out. Each consent change is stored with its time
 * and source. When the provider already handled the keyword (and replied), only the records change.
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
  const addresses = await tx.address.findMany({ where: { ownerKind: "participant", ownerId: p.id }, select: { channel: true } });
  const action = keyword === "stop" ? "opt_out" : "opt_in";
  await tx.consentEvent.createMany({ data: addresses.map((a) => ({ participantId: p.id, channel: a.channel, action, source, at: now })) });
  if (keyword === "stop") {
    await tx.participant.update({ where: { id: p.id }, data: { optedOutAt: now } });
    await tx.outbox.updateMany({
      where: { recipientKind: "participant", recipientId: p.id, status: "pending", kind: { in: [...ROUTINE_KINDS] } },
      data: { status: "cancelled", lastError: "opted_out" },
    });
    if (!handledUpstream) await turn.reply(m.stopConfirm());
    return;
  }
  await tx.participant.update({ where: { id: p.id }, data: { optedOutAt: null } });
  await tx.address.updateMany({ where: { channel: msg.channel, address: msg.from }, data: { optedOutAt: null } });
  if (!handledUpstream) await turn.reply(m.startConfirm());
}
