import { CRISIS_LINES } from "../messages/en.ts";
import { staff } from "../messages/staff.ts";
import { handleInboxCommand, isInboxReply } from "../inbox/handle-inbox-command.ts";
import { acknowledgeAlert } from "../staff/acknowledge-alert.ts";
import { resolveAlert } from "../staff/resolve-alert.ts";
import type { InboundTurn } from "./inbound-turn.ts";

/** ACK <code> or RESOLVE <code>, optionally followed by a note ("RESOLVE 4821 called her, safe"). */
const COMMAND = /^\s*(ack|resolve)\s*#?\s*(\d{4,5})(?:\s*[.!]?\s*$|\s*[:,-]?\s+(\S[\s\S]*)$)/i;

/** A message from a counselor's registered address: ACK, RESOLVE, READ, REPLY, or help. */
export async function handleCounselor(turn: InboundTurn, counselorId: string): Promise<void> {
  const match = COMMAND.exec(turn.text);
  // Staff are people too: crisis language from a staff number still gets the crisis lines,
  // unless it is the note of an alert command or a REPLY to a participant, which tell or
  // answer what the participant said.
  if (turn.risk.level === "crisis" && !match && !isInboxReply(turn.text)) {
    await turn.reply(CRISIS_LINES, "crisis");
    return;
  }
  if (!match && (await handleInboxCommand(turn, counselorId))) return;
  if (!match) {
    await turn.reply(staff.commands(), "system");
    return;
  }
  const verb = match[1]!.toLowerCase();
  const code = match[2]!;
  // The staff desk decides who may act, by the one rule every surface uses (escalation/may-act.ts).
  const act = verb === "ack" ? acknowledgeAlert : resolveAlert;
  const outcome = await act(turn.ctx, code, { counselorId, via: turn.msg.channel }, { note: match[3], tx: turn.tx, afterCommit: turn.afterCommit });
  if (outcome.kind === "done") turn.events.push(outcome.event);
  if (outcome.kind === "not_found") await turn.reply(staff.noSuchAlert({ code }), "system");
  else if (outcome.kind === "refused") await turn.reply(outcome.message, "system");
  else if (outcome.kind === "already") await turn.reply(staff.alreadyAcked({ code, by: outcome.by }), "system");
  else if (verb === "ack") await turn.reply(staff.acked({ code, pid: outcome.participantId ?? "unenrolled sender" }), "system");
  else await turn.reply(staff.resolved({ code }), "system");
}
