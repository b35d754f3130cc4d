import { randomUUID } from "node:crypto";
import { needsMoodAverage, newThresholdReasons } from "../checkin/evaluate-thresholds.ts";
import { averageMood, moodWindow } from "../checkin/mood-average.ts";
import { completedCheckinEvent, planCheckinReply, takesReplies, type CheckinReplyData, type CheckinReplyPlan } from "../checkin/plan-checkin-reply.ts";
import { rsvpWord } from "../checkin/reply-meaning.ts";
import type { PromptedQuestion } from "../checkin/step-checkin.ts";
import type { InboundMessage } from "../domain/messages.ts";
import type { Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import { SENT_INLINE, type OutboxRow } from "../outbox/deliver-outbox.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import type { RiskAssessment } from "../risk/index.ts";
import { optedOutHere } from "./apply-keyword.ts";
import { isEnrolled, participantKeyword } from "./handle-participant.ts";
import { replyKeyPrefix } from "./inbound-turn.ts";
import { routeParticipant } from "./participant-route.ts";
import type { HeldReplies } from "./settle-held-replies.ts";

/**
 * The decisions of the fast paths for plain check-in answers (SQLite: fast-inbound.ts,
 * PostgreSQL: fast-inbound-postgres.ts), shared so that both decide alike: the general
 * path's own functions (routeParticipant, fed by participantKeyword, isEnrolled,
 * takesReplies, rsvpWord; then planCheckinReply and newThresholdReasons). Each database's
 * path only reads and writes the rows.
 */

/** What the fast path did: nothing (the general path takes the message), a duplicate, or a handled turn. */
export type FastInbound = null | { duplicate: true } | { duplicate: false; turn: HeldReplies & { events: EngineEvent[] }; markedInline: boolean };

/** One message for the fast path. */
export interface FastInboundInput {
  msg: InboundMessage;
  /** The cleaned text. */
  text: string;
  /** The instant it is handled at. */
  now: Date;
  /** When it arrived: `now`, or the arrival time of a text kept through an outage and replayed. */
  receivedAt: Date;
  risk: RiskAssessment;
  /** The adapter is expected to answer inline (the channel's answersInResponse trait): replies are recorded as sent in this commit. */
  inline: boolean;
}

/** The sender's address row, as the fast paths read it. */
export interface FastOwner {
  ownerKind: string;
  ownerId: string;
  optedOutAt: Date | null;
  unreachable: boolean;
}

/** The participant row, as the fast paths read it. */
export interface FastParticipant {
  id: string;
  name: string;
  language: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  active: boolean;
  optedOutAt: Date | null;
}

/** The newest check-in still taking replies or just completed (the general path's choice). */
export interface FastOpenCheckin {
  id: string;
  localDate: string;
  stateJson: string;
  status: string;
}

/** Only a message with no risk at all, and no screening question to ask, is the fast path's. */
export function mayTakeFast(input: FastInboundInput): boolean {
  return input.risk.level === "none" && !input.risk.screen;
}

/**
 * The participant's id when the address belongs to a participant the fast path can answer;
 * null otherwise (an address marked unreachable that a text just came from: the general path
 * marks it reachable again).
 */
export function fastParticipantId(owner: FastOwner | undefined): string | null {
  return owner?.ownerKind === "participant" && !owner.unreachable ? owner.ownerId : null;
}

/** A plain answer to the open check-in, planned; the mood average still to be read when `moodsFrom` is set. */
export interface PlannedAnswer {
  open: FastOpenCheckin;
  plan: CheckinReplyPlan;
  moodsFrom: { from: string; to: string } | null;
}

/**
 * The routing decision and the reply's plan, or null for anything but a plain answer to the
 * open check-in (a keyword, an opted-out or unenrolled sender, an open screening question, a
 * possible RSVP, words for the counselor's inbox).
 */
export function planFastAnswer(ctx: EngineContext, input: FastInboundInput, owner: FastOwner, participant: FastParticipant, open: FastOpenCheckin | undefined, screeningOpen: boolean): PlannedAnswer | null {
  const { msg, text, now, risk } = input;
  const p = { ...participant, optedOutAt: optedOutHere(participant, owner) };
  const questions = ctx.program.program.checkin.questions as PromptedQuestion[];
  const route = routeParticipant({
    conversation: msg.conversation,
    risk,
    keyword: participantKeyword(msg, text, p),
    optedOut: p.optedOutAt !== null,
    screeningOpen,
    enrolled: isEnrolled(p, now),
    rsvpWord: rsvpWord(text) !== null,
    checkinOpen: open !== undefined && takesReplies(open.status, open.stateJson, questions),
  });
  if (route !== "checkin" || !open) return null;
  const plan = planCheckinReply(open.stateJson, text, { questions, lang: p.language as Lang, name: p.name }, now);
  if (plan.forStaff) return null;
  return { open, plan, moodsFrom: needsMoodAverage(plan.answers, plan.state.alerted) ? moodWindow(open.localDate) : null };
}

/** What a fast turn writes besides the inbound row, and what it tells once committed. */
export interface FastAnswerWrites {
  /** Outbox rows, held under `claimToken`, or already recorded as sent when `markedInline`. */
  replies: OutboxRow[];
  claimToken: string;
  markedInline: boolean;
  /** The check-in's new values, and whether this answer completes it. */
  checkin: CheckinReplyData;
  completes: boolean;
  events: EngineEvent[];
}

/**
 * The rows a planned answer writes, or null when it newly crosses a threshold (an escalation:
 * the general path's). `moods` are the moods of the window in `planned.moodsFrom`, if any.
 */
export function fastAnswerWrites(ctx: EngineContext, input: FastInboundInput, participantId: string, planned: PlannedAnswer, moods: { mood: number }[]): FastAnswerWrites | null {
  const { msg, now, inline } = input;
  const { open, plan } = planned;
  const average = planned.moodsFrom ? averageMood(moods) : null;
  if (newThresholdReasons(plan.answers, plan.state.alerted, average, ctx.program.program.checkin.thresholds).length > 0) return null;
  const completes = plan.complete && open.status === "open";
  const claim = { token: `reply:${randomUUID()}`, until: new Date(now.getTime() + ctx.claimMs) };
  // An adapter answering inline gets its replies recorded as sent in its response already,
  // in this transaction; settle("send") puts them back if it cannot answer in time after all.
  const markedInline = inline && plan.replies.length > 0;
  const replies = plan.replies.map((reply, i) => {
    const r = outboxRow(
      { channel: msg.channel, address: msg.from, recipientKind: "participant", recipientId: participantId, kind: "reply", text: reply, idempotencyKey: `${replyKeyPrefix(msg)}${i}`, dueAt: now, purpose: plan.reprompt ? "reprompt" : null },
      now,
      claim,
    );
    return markedInline ? { ...r, status: "sent", sentAt: now, providerId: SENT_INLINE, attempts: 1, claimToken: null, claimedUntil: null } : r;
  });
  return {
    replies: replies as OutboxRow[],
    claimToken: claim.token,
    markedInline,
    checkin: plan.data,
    completes,
    events: completes ? [completedCheckinEvent(now, participantId, open.localDate, plan.data)] : [],
  };
}

/** The handled turn, once its writes are committed. */
export function fastTurn(msg: InboundMessage, w: FastAnswerWrites): FastInbound {
  return { duplicate: false, turn: { msg, replies: w.replies, claimToken: w.claimToken, alertIds: [], events: w.events }, markedInline: w.markedInline };
}
