import { freshCheckinState, serializeCheckinState } from "../checkin/checkin-state.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import type { Scenario } from "../program/scenario-schema.ts";
import { checkinTimes } from "../schedule/plan-schedule.ts";

/**
 * Stores a scenario's past check-ins as complete check-ins, at the participant's check-in
 * time on each date, so mood averages, trends and the caseload start from them. The rows
 * are the ones the engine writes (`ci:<participant>:<date>`), answers included.
 */
export async function seedHistory(ctx: EngineContext, history: Scenario["history"]): Promise<void> {
  for (const h of history) {
    const p = await ctx.db.participant.findUnique({ where: { id: h.participant } });
    if (!p) throw new Error(`history: unknown participant ${h.participant}`);
    const t = checkinTimes(ctx, p, h.date);
    const answers = { mood: h.mood, craving: h.craving, meeting: h.meeting };
    const state = { ...freshCheckinState(), answers, index: ctx.program.program.checkin.questions.length, replied: true };
    await ctx.db.checkIn.create({
      data: {
        id: `ci:${p.id}:${h.date}`,
        participantId: p.id,
        localDate: h.date,
        status: "complete",
        promptAt: t.promptAt,
        nudgeAt: t.nudgeAt,
        expiresAt: t.expiresAt,
        sentAt: t.promptAt,
        lastReplyAt: t.promptAt,
        stateJson: serializeCheckinState(state),
        mood: h.mood,
        craving: h.craving,
        meeting: h.meeting,
        answersJson: JSON.stringify(answers),
        closedAt: t.promptAt,
      },
    });
  }
}
