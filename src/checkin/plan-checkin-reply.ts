import type { Lang } from "../domain/types.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import { isSmallTalk } from "../inbox/is-small-talk.ts";
import { extraWords, isBareAnswer } from "../interpret/is-bare-answer.ts";
import { parseCheckinState, serializeCheckinState, type CheckinState } from "./checkin-state.ts";
import { newThresholdReasons, type ThresholdReason, type ThresholdSettings } from "./evaluate-thresholds.ts";
import { currentQuestionIndex, stepCheckin, type PromptedQuestion } from "./step-checkin.ts";

/** The columns of a CheckIn row that a reply changes. */
export interface CheckinReplyData {
  stateJson: string;
  lastReplyAt: Date;
  answersJson: string;
  mood: number | null;
  craving: number | null;
  meeting: boolean | null;
  note: string | null;
}

/** What one reply to an open check-in does: the replies to send, the new columns, whether it is complete. */
export interface CheckinReplyPlan {
  replies: string[];
  /** The replies ask the current question again after an answer the check-in could not read. */
  reprompt: boolean;
  data: CheckinReplyData;
  /** Every question is settled: nothing is left to ask. */
  done: boolean;
  /** Every required question is settled: the check-in is complete, though an optional one (the note) may still be asked. */
  complete: boolean;
  answers: CheckinState["answers"];
  state: CheckinState;
  /**
   * Words a person must read (see src/inbox/): the note, a reply the check-in could not read,
   * or an answer that came with more words than the answer ("4, rough day at work").
   */
  forStaff: "note" | "unreadable" | "comment" | null;
}

/** More in an answer than the answer and a thanks: "4, rough day at work", not "7 thanks". */
function hasComment(text: string): boolean {
  const extra = extraWords(text);
  return extra.length > 0 && !isSmallTalk(extra);
}

/**
 * Whether a check-in takes the participant's next reply: while open, and once complete while
 * an optional question (the note) is still waiting for its answer.
 */
export function takesReplies(status: string, stateJson: string, questions: readonly PromptedQuestion[]): boolean {
  return status === "open" || (status === "complete" && currentQuestionIndex(parseCheckinState(stateJson), questions) !== -1);
}

/** Whether every required question has an answer or was left unanswered. */
export function requiredSettled(state: CheckinState, questions: readonly PromptedQuestion[]): boolean {
  return questions.every((q) => q.optional || q.id in state.answers);
}

/** One reply to an open check-in, as a pure function of the stored state, the text and the time. */
export function planCheckinReply(
  stateJson: string,
  text: string,
  context: { questions: PromptedQuestion[]; lang: Lang; name: string },
  now: Date,
): CheckinReplyPlan {
  const step = stepCheckin(parseCheckinState(stateJson), text, context);
  const answers = step.state.answers;
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const heard = step.heard;
  const asked = heard ? context.questions.find((q) => q.id === heard.questionId) : undefined;
  // An unreadable reply made only of answer words ("12" to a 1-10 question) is re-asked and
  // tells a person nothing: it is not put before the counselor. Words beyond that are.
  const forStaff =
    heard?.as === "unreadable"
      ? isBareAnswer(text)
        ? null
        : "unreadable"
      : heard?.as === "answer" && asked?.type === "text"
        ? "note"
        : heard && hasComment(text)
          ? "comment"
          : null;
  return {
    replies: step.replies,
    reprompt: step.reprompt === true,
    done: step.done,
    complete: step.done || requiredSettled(step.state, context.questions),
    answers,
    forStaff,
    state: step.state,
    data: {
      stateJson: serializeCheckinState(step.state),
      lastReplyAt: now,
      answersJson: JSON.stringify(answers),
      mood: num(answers.mood),
      craving: num(answers.craving),
      meeting: typeof answers.meeting === "boolean" ? answers.meeting : null,
      note: typeof answers.note === "string" ? answers.note : null,
    },
  };
}

/**
 * The thresholds a reply newly crosses (see newThresholdReasons), and its plan with them
 * recorded in the check-in's state, so that the escalation is opened in this turn and no
 * later reply, completion or expiry opens it again.
 */
export function raiseThresholds(plan: CheckinReplyPlan, moodAverage: number | null, thresholds: ThresholdSettings): { reasons: ThresholdReason[]; plan: CheckinReplyPlan } {
  const reasons = newThresholdReasons(plan.answers, plan.state.alerted, moodAverage, thresholds);
  if (reasons.length === 0) return { reasons, plan };
  const state = { ...plan.state, alerted: [...plan.state.alerted, ...reasons] };
  return { reasons, plan: { ...plan, state, data: { ...plan.data, stateJson: serializeCheckinState(state) } } };
}

/** The event a completed check-in emits. */
export function completedCheckinEvent(now: Date, participant: string, date: string, data: CheckinReplyData): EngineEvent {
  return { type: "checkin", at: now, participant, date, mood: data.mood, craving: data.craving, meeting: data.meeting, complete: true, status: "complete" };
}
