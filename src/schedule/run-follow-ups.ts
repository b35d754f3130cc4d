import { parseCheckinState } from "../checkin/checkin-state.ts";
import { newThresholdReasons } from "../checkin/evaluate-thresholds.ts";
import { moodAverageBefore } from "../checkin/mood-average.ts";
import { currentQuestionIndex, nudgeText, type PromptedQuestion } from "../checkin/step-checkin.ts";
import type { Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import { openEscalation } from "../escalation/open-escalation.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { pickParticipantAddress } from "../outbox/pick-address.ts";

/** The one nudge, sent only when the participant has not replied at all since the prompt. */
export async function runNudge(ctx: EngineContext, checkinId: string, now: Date): Promise<void> {
  const c = await ctx.db.checkIn.findUnique({ where: { id: checkinId } });
  if (!c || c.status !== "open" || now >= c.expiresAt) return;
  const state = parseCheckinState(c.stateJson);
  if (state.replied || state.paused) return;
  const p = await ctx.db.participant.findUnique({ where: { id: c.participantId } });
  if (!p || p.optedOutAt) return;
  const addresses = await ctx.db.address.findMany({ where: { ownerKind: "participant", ownerId: p.id } });
  const address = pickParticipantAddress(addresses, p.preferredChannel, new Set(ctx.channels.keys()));
  const text = nudgeText(state, { questions: ctx.program.program.checkin.questions as PromptedQuestion[], lang: p.language as Lang, name: p.name });
  if (!address || !text) return;
  await ctx.db.outbox.create({
    data: outboxRow(
      {
        channel: address.channel as never,
        address: address.address,
        recipientKind: "participant",
        recipientId: p.id,
        kind: "nudge",
        text,
        idempotencyKey: `nudge:${c.id}`,
        dueAt: now,
        quietTz: p.timeZone,
        expiresAt: c.expiresAt,
      },
      now,
    ),
  });
}

/**
 * Closes a check-in at its expiry: complete when every required question has an answer,
 * expired when partly answered, missed with no reply at all. Thresholds are checked as each
 * answer comes in; here only one that no reply raised (on a row stored by older code) is.
 * A missed check-in is reported in the counselor's daily digest, not paged.
 */
export async function runExpire(ctx: EngineContext, checkinId: string, now: Date): Promise<{ events: EngineEvent[]; alertIds: string[] }> {
  const settings = ctx.program.program.checkin;
  return ctx.db.$transaction(async (tx) => {
    const c = await tx.checkIn.findUnique({ where: { id: checkinId } });
    if (!c || c.status !== "open") return { events: [], alertIds: [] };
    const state = parseCheckinState(c.stateJson);
    const questions = settings.questions as PromptedQuestion[];
    const answered = Object.values(state.answers).some((v) => v !== null);
    const requiredDone = questions.every((q) => q.optional || (q.id in state.answers && state.answers[q.id] !== null));
    const status = !answered ? "missed" : requiredDone || currentQuestionIndex(state, questions) === -1 ? "complete" : "expired";
    await tx.checkIn.update({ where: { id: c.id }, data: { status, closedAt: now } });
    const events: EngineEvent[] = [
      { type: "checkin", at: now, participant: c.participantId, date: c.localDate, mood: c.mood, craving: c.craving, meeting: c.meeting, complete: status === "complete", status },
    ];
    const alertIds: string[] = [];
    if (answered) {
      const reasons = newThresholdReasons(state.answers, state.alerted, await moodAverageBefore(tx, c.participantId, c.localDate), settings.thresholds);
      if (reasons.length > 0) {
        const opened = await openEscalation(ctx, tx, { participantId: c.participantId, level: "urgent", reasons, source: "threshold" }, now);
        events.push(opened.event);
        alertIds.push(...opened.outboxIds);
      }
    }
    // A missed check-in never pages anyone: it is a line of the counselor's daily digest (run-digest.ts).
    return { events, alertIds };
  });
}
