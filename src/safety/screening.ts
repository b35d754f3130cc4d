/**
 * The second net under the risk rules: a text the rules rated below crisis but that carries
 * distress or means/death cues gets the direct screening question ("Are you thinking about
 * killing yourself?"), as the C-SSRS screener and 988 guidance do: asking does not raise risk,
 * and a rule that missed is then caught by the person's own answer. A yes, or anything that is
 * not a clear no, takes the crisis path at once; a clear no sends the text to the counselor as
 * an urgent note; no answer in SCREEN_ANSWER_MS pages a counselor at any hour. The check-in,
 * if one was open, is paused meanwhile and resumes where it was.
 */
import { randomUUID } from "node:crypto";
import { parseCheckinState, serializeCheckinState } from "../checkin/checkin-state.ts";
import { currentQuestionIndex, questionText, type PromptedQuestion } from "../checkin/step-checkin.ts";
import type { Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { openEscalation } from "../escalation/open-escalation.ts";
import type { InboundTurn } from "../inbound/inbound-turn.ts";
import { addToInbox } from "../inbox/add-to-inbox.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { deliverIds } from "../outbox/deliver-outbox.ts";
import { readScreenAnswer } from "./read-screen-answer.ts";

/** How long the bot waits for an answer before a counselor is paged. */
export const SCREEN_ANSWER_MS = 15 * 60_000;

type Db = InboundTurn["tx"];
type ScreeningRow = NonNullable<Awaited<ReturnType<Db["screening"]["findFirst"]>>>;
type CheckInRow = NonNullable<Awaited<ReturnType<Db["checkIn"]["findFirst"]>>>;
interface Person {
  id: string;
  language: string;
  counselorId: string;
}

/** The participant's screening question still waiting for an answer, if any. */
export function openScreening(tx: Db, participantId: string): Promise<ScreeningRow | null> {
  return tx.screening.findFirst({ where: { participantId, status: "open" }, orderBy: { askedAt: "desc" } });
}

/** Asks the screening question about this turn's text; the text goes to the counselor's inbox. */
export async function askScreen(turn: InboundTurn, p: Person, open: CheckInRow | null): Promise<void> {
  const { tx, now } = turn;
  const id = randomUUID();
  await tx.screening.create({
    data: { id, participantId: p.id, text: turn.text.slice(0, 2000), reasonsJson: JSON.stringify(turn.risk.reasons), status: "open", askedAt: now },
  });
  await tx.job.create({ data: { id: `screen:${id}`, kind: "screen_timeout", refId: id, dueAt: new Date(now.getTime() + SCREEN_ANSWER_MS) } });
  await addToInbox(turn, { participantId: p.id, counselorId: p.counselorId, kind: "screened", riskLevel: turn.risk.level, notify: false });
  if (open) await setPaused(tx, open, true, now);
  await turn.reply(messagesFor(p.language as Lang).screenQuestion(), "screen");
  turn.screenChange = "asked";
}

/** Reads the participant's reply to their open screening question and acts on it. */
export async function answerScreen(turn: InboundTurn, p: Person, screening: ScreeningRow, open: CheckInRow | null): Promise<void> {
  const { tx, now } = turn;
  const m = messagesFor(p.language as Lang);
  const answer = readScreenAnswer(turn.text, turn.risk);
  if (answer === "checkin" && !screening.reasked) {
    await tx.screening.update({ where: { id: screening.id }, data: { reasked: true } });
    await turn.reply(m.screenAgain(), "screen");
    return;
  }
  turn.screenChange = "closed";
  const excerpt = `${screening.text}\n[answer] ${turn.text}`;
  const reasons = JSON.parse(screening.reasonsJson) as string[];
  if (answer !== "no") {
    await tx.screening.update({ where: { id: screening.id }, data: { status: "positive", answeredAt: now } });
    await turn.reply(m.crisis(), "crisis");
    await turn.escalate({ participantId: p.id, level: "crisis", reasons: [...reasons, "screen_positive"], source: "screen", excerpt });
    return;
  }
  await tx.screening.update({ where: { id: screening.id }, data: { status: "negative", answeredAt: now } });
  await turn.escalate({ participantId: p.id, level: "urgent", reasons: [...reasons, "screened_no"], source: "screen", excerpt });
  const question = open ? await resume(turn, open, p) : "";
  await turn.reply(m.screenNo({ question }));
}

/** Unpauses the check-in the question interrupted and returns its current question, if any is left. */
async function resume(turn: InboundTurn, open: CheckInRow, p: Person): Promise<string> {
  await setPaused(turn.tx, open, false, turn.now);
  const questions = turn.ctx.program.program.checkin.questions as PromptedQuestion[];
  const q = questions[currentQuestionIndex(parseCheckinState(open.stateJson), questions)];
  return q ? questionText(q, p.language as Lang) : "";
}

async function setPaused(tx: Db, open: CheckInRow, paused: boolean, now: Date): Promise<void> {
  const state = { ...parseCheckinState(open.stateJson), replied: true, paused };
  await tx.checkIn.update({ where: { id: open.id }, data: { stateJson: serializeCheckinState(state), lastReplyAt: now } });
}

/** A crisis text while the question is open answers it: the crisis escalation covers it. */
export async function closeScreening(turn: InboundTurn, participantId: string): Promise<void> {
  const closed = await turn.tx.screening.updateMany({ where: { participantId, status: "open" }, data: { status: "positive", answeredAt: turn.now } });
  if (closed.count > 0) turn.screenChange = "closed";
}

/**
 * No answer within SCREEN_ANSWER_MS: silence is not a clear no. The assigned counselor (and the
 * on-call ladder after them) is paged as for a crisis, at any hour, until someone acknowledges.
 */
export async function runScreenTimeout(ctx: EngineContext, screeningId: string, now: Date): Promise<void> {
  const opened = await ctx.db.$transaction(async (tx) => {
    const s = await tx.screening.findUnique({ where: { id: screeningId } });
    if (!s || s.status !== "open") return null;
    await tx.screening.update({ where: { id: s.id }, data: { status: "unanswered" } });
    const reasons = [...(JSON.parse(s.reasonsJson) as string[]), "screen_unanswered"];
    return openEscalation(ctx, tx, { participantId: s.participantId, level: "crisis", reasons, source: "screen", excerpt: s.text }, now);
  });
  if (!opened) return;
  ctx.emit(opened.event);
  ctx.logger.error("screen_unanswered", { escalationId: opened.id });
  await deliverIds(ctx, opened.outboxIds);
}
