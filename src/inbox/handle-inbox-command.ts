import type { InboundTurn } from "../inbound/inbound-turn.ts";
import { staff } from "../messages/staff.ts";
import { formatDayRelative, formatTime } from "../time/index.ts";
import { answerInboxItem, readInboxItem } from "./inbox-actions.ts";

const READ = /^\s*read\s*#?\s*(\d{4,5})?\s*[.!]?\s*$/i;
const REPLY = /^\s*reply\s*#?\s*(\d{4,5})\s*[:,-]?\s+(\S[\s\S]*)$/i;

/** Whether a counselor's text is a REPLY to a participant: their words to someone else, which may quote what that person wrote. */
export function isInboxReply(text: string): boolean {
  return REPLY.test(text);
}

/** Longest stretch of a participant's message put in one staff text; the console shows it all. */
const MAX_SHOWN = 600;

/**
 * READ [code] and REPLY <code> <text> from a counselor's own address. Returns false when the
 * text is neither, so the caller can try its other commands.
 */
export async function handleInboxCommand(turn: InboundTurn, counselorId: string): Promise<boolean> {
  const read = READ.exec(turn.text);
  if (read) {
    const code = read[1] ?? null;
    const r = await readInboxItem(turn.tx, counselorId, code, turn.msg.channel, turn.now);
    if (r.kind === "empty") await turn.reply(staff.inboxEmpty(), "system");
    else if (r.kind === "not_found") await turn.reply(staff.noSuchMessage({ code: code ?? "" }), "system");
    else if (r.kind === "not_allowed") await turn.reply(staff.messageNotYours({ code: code ?? "" }), "system");
    else {
      const tz = turn.ctx.program.program.timeZone;
      const at = r.item.createdAt;
      const when = `${formatDayRelative(at, tz, "en", turn.now)} ${formatTime(at, tz, "en")}`;
      const text = r.item.text.length > MAX_SHOWN ? `${r.item.text.slice(0, MAX_SHOWN)}…` : r.item.text;
      await turn.reply(staff.inboxItem({ pid: r.item.participantId, when, kind: r.item.kind, risk: r.item.riskLevel, code: r.item.code, text, more: r.moreUnread }), "system");
    }
    return true;
  }
  const reply = REPLY.exec(turn.text);
  if (!reply) return false;
  const code = reply[1]!;
  const r = await answerInboxItem(turn.ctx, turn.tx, counselorId, code, reply[2]!, turn.msg.channel, turn.now);
  if (r.kind === "sent") {
    turn.alertIds.push(r.outboxId);
    await turn.reply(staff.replySent({ pid: r.participantId }), "system");
  } else if (r.kind === "unreachable") await turn.reply(staff.replyUnreachable({ pid: r.participantId }), "system");
  else if (r.kind === "not_found") await turn.reply(staff.noSuchMessage({ code }), "system");
  else await turn.reply(staff.messageNotYours({ code }), "system");
  return true;
}
