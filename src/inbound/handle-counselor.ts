import { acknowledgeEscalation, resolveEscalation } from "../escalation/acknowledge-escalation.ts";
import { CRISIS_LINES } from "../messages/en.ts";
import { staff } from "../messages/staff.ts";
import type { InboundTurn } from "./inbound-turn.ts";

const COMMAND = /^\s*(ack|resolve)\s*#?\s*(\d{4,5})\s*[.!]?\s*$/i;

/** A message from a counselor's registered address: ACK <code>, RESOLVE <code>, or help. */
export async function handleCounselor(turn: InboundTurn, counselorId: string): Promise<void> {
  // Staff are people too: crisis language from a staff number still gets the crisis lines.
  if (turn.risk.level === "crisis") {
    await turn.reply(CRISIS_LINES, "crisis");
    return;
  }
  const match = COMMAND.exec(turn.text);
  if (!match) {
    await turn.reply(staff.commands(), "system");
    return;
  }
  const verb = match[1]!.toLowerCase();
  const code = match[2]!;
  const act = verb === "ack" ? acknowledgeEscalation : resolveEscalation;
  // Who may act is decided by the one rule every surface uses (escalation/may-act.ts).
  const outcome = await act(turn.ctx, code, { counselorId, via: turn.msg.channel }, turn.tx);
  if (outcome.kind === "done") turn.events.push(outcome.event);
  if (outcome.kind === "not_found") await turn.reply(staff.noSuchAlert({ code }), "system");
  else if (outcome.kind === "refused") await turn.reply(staff.notYours({ code, inactive: outcome.reason === "inactive" }), "system");
  else if (outcome.kind === "already") await turn.reply(staff.alreadyAcked({ code, by: outcome.by }), "system");
  else if (verb === "ack") await turn.reply(staff.acked({ code, pid: outcome.participantId ?? "unenrolled sender" }), "system");
  else await turn.reply(staff.resolved({ code }), "system");
}
