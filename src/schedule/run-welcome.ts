import type { Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { pickParticipantAddress } from "../outbox/pick-address.ts";
import { formatTime } from "../time/format-local.ts";
import { localDate } from "../time/local-date.ts";
import { checkinTimes } from "./plan-schedule.ts";

/** How long a welcome waits for a channel it may use (consent not recorded yet) before it looks again. */
const WAIT_FOR_CONSENT_MS = 6 * 3600_000;

/**
 * Sends a participant's welcome text, once per channel (its idempotency key names both): who
 * is texting, the daily check-in and its time, HELP and STOP, rates. Like any routine message
 * it waits out quiet hours and goes to the channel check-ins will use. With no channel to use
 * yet (consent not recorded), it looks again later, until the participant's end date.
 */
export async function runWelcome(ctx: EngineContext, participantId: string, now: Date): Promise<Date | void> {
  const p = await ctx.db.participant.findUnique({ where: { id: participantId } });
  if (!p || !p.active || p.optedOutAt || localDate(now, p.timeZone) > p.endDate) return;
  const addresses = await ctx.db.address.findMany({ where: { ownerKind: "participant", ownerId: p.id } });
  const a = pickParticipantAddress(addresses, p.preferredChannel, new Set(ctx.channels.keys()));
  if (!a) return new Date(now.getTime() + WAIT_FOR_CONSENT_MS);
  const lang = p.language as Lang;
  const { promptAt } = checkinTimes(ctx, p, localDate(now, p.timeZone));
  const text = messagesFor(lang).welcome({ name: p.name, program: ctx.program.program.name, time: formatTime(promptAt, p.timeZone, lang) });
  const key = `welcome:${p.id}:${a.channel}`;
  if (await ctx.db.outbox.findUnique({ where: { idempotencyKey: key }, select: { id: true } })) return;
  await ctx.db.outbox.create({
    data: outboxRow({ channel: a.channel as never, address: a.address, recipientKind: "participant", recipientId: p.id, kind: "welcome", text, idempotencyKey: key, dueAt: now, quietTz: p.timeZone }, now),
  });
}
