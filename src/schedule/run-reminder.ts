import { groupIdAddress, needsProgramAddress } from "../channel/channel-registry.ts";
import type { Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { isEnrolled } from "../inbound/handle-participant.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { pickParticipantAddress } from "../outbox/pick-address.ts";
import { formatDayRelative, formatTime, formatWeekday } from "../time/format-local.ts";
import { reminderGraceMs } from "./reminder-grace.ts";

interface ReminderPayload {
  groupId: string;
  start: string;
  offset: number;
  location: string;
}

/**
 * A session reminder: one message to each enrolled group member on their own channel (held
 * through their quiet hours, dropped once the session starts) and one to each of the
 * group's channels. The group message names no one and says only day, time and place.
 * Its RSVP word is one no check-in question takes (src/checkin/reply-meaning.ts), so it may
 * go out while a check-in is open, as the evening group's reminder often does.
 */
export async function runReminder(ctx: EngineContext, payloadJson: string, dueAt: Date, now: Date): Promise<void> {
  const r = JSON.parse(payloadJson) as ReminderPayload;
  if (now.getTime() - dueAt.getTime() > reminderGraceMs(r.offset)) return;
  const group = await ctx.db.group.findUnique({ where: { id: r.groupId } });
  if (!group?.active) return;
  const start = new Date(r.start);
  if (now >= start) return;
  const running = new Set(ctx.channels.keys());
  const members = await ctx.db.participant.findMany({ where: { groupId: r.groupId, active: true, optedOutAt: null } });
  const addresses = await ctx.db.address.findMany({ where: { ownerKind: "participant", ownerId: { in: members.map((m) => m.id) } } });
  const key = `reminder:${r.groupId}:${r.start}:${r.offset}`;
  const rows = [];
  for (const p of members) {
    if (!isEnrolled(p, start)) continue;
    const a = pickParticipantAddress(addresses.filter((x) => x.ownerId === p.id), p.preferredChannel, running);
    if (!a) continue;
    const lang = p.language as Lang;
    const text = messagesFor(lang).reminder({ when: formatDayRelative(start, p.timeZone, lang, now), time: formatTime(start, p.timeZone, lang), location: r.location });
    rows.push(
      outboxRow(
        {
          channel: a.channel as never, address: a.address, recipientKind: "participant", recipientId: p.id, kind: "reminder", text,
          ...messagesFor(lang).reminderChoices(),
          idempotencyKey: `${key}:${p.id}`, dueAt: now, quietTz: p.timeZone, expiresAt: start, ref: `${r.groupId}|${r.start}`,
        },
        now,
      ),
    );
  }
  const tz = ctx.program.program.timeZone;
  const lang = (ctx.program.program.languages[0] ?? "en") as Lang;
  const groupText = messagesFor(lang).groupReminder({ day: formatWeekday(start, tz, lang), time: formatTime(start, tz, lang), location: r.location });
  const targets = Object.entries(JSON.parse(group.channelsJson) as Record<string, string>).filter(([ch]) => running.has(ch));
  // A channel addressed by id (the development console) shows every group under its id.
  for (const channel of running) if (!needsProgramAddress(channel)) targets.push([channel, groupIdAddress(group.id)]);
  for (const [channel, address] of targets) {
    rows.push(
      outboxRow(
        { channel: channel as never, address, recipientKind: "group", recipientId: group.id, kind: "group_reminder", text: groupText, idempotencyKey: `${key}:${channel}`, dueAt: now, expiresAt: start },
        now,
      ),
    );
  }
  await ctx.db.outbox.createMany({ data: rows });
}
