import type { Lang, QuestionDef } from "../domain/types.ts";
import { interpretAnswer, interpretCheckin } from "../interpret/index.ts";
import { extraWords } from "../interpret/is-bare-answer.ts";
import { messagesFor } from "../messages/messages-for.ts";
import type { CheckinState } from "./checkin-state.ts";

/** A check-in question as configured, with optional wording per language. */
export type PromptedQuestion = QuestionDef & { prompt?: Partial<Record<Lang, string>> };

/** What a step needs besides the state and the text. */
export interface CheckinContext {
  questions: PromptedQuestion[];
  lang: Lang;
  name: string;
}

/** The result of one step: new state and the replies to send, in order. */
export interface CheckinStep {
  state: CheckinState;
  replies: string[];
  /** True when every question has an answer or was left unanswered. */
  done: boolean;
  /** How the text was read: as an answer to question `questionId`, a skip, or not at all. */
  heard?: { questionId: string; as: "answer" | "skip" | "unreadable" };
  /** The reply asks the same question again, with what it takes, after an answer it could not read. */
  reprompt?: boolean;
}

/** More words than an answer attempt: three or more that are not check-in answer words. */
function isConversation(text: string): boolean {
  return extraWords(text).split(" ").filter((w) => w.length > 0).length >= 3;
}

/** Invalid replies allowed per question: two re-prompts, then the question is left unanswered. */
export const MAX_INVALID_REPLIES = 3;

const DEFAULT_IDS = new Set(["mood", "craving", "meeting", "note"]);

/** The wording of a question in a language. */
export function questionText(q: PromptedQuestion, lang: Lang): string {
  const custom = q.prompt?.[lang] ?? q.prompt?.en;
  if (custom) return custom;
  const m = messagesFor(lang);
  if (DEFAULT_IDS.has(q.id)) return m.question(q.id as "mood" | "craving" | "meeting" | "note");
  const label = q.labels?.[0] ?? q.id;
  if (q.type === "scale") return m.scaleQuestion({ label, min: q.min, max: q.max });
  if (q.type === "yesno") return m.yesNoQuestion({ label });
  return m.textQuestion({ label });
}

/** Index of the first question with no recorded answer, or -1 when all are settled. */
export function currentQuestionIndex(state: CheckinState, questions: readonly PromptedQuestion[]): number {
  return questions.findIndex((q) => !(q.id in state.answers));
}

/** The first message of a check-in. */
export function openingText(ctx: CheckinContext): string {
  const first = ctx.questions[0];
  return messagesFor(ctx.lang).greeting({ name: ctx.name, question: first ? questionText(first, ctx.lang) : "" }).trim();
}

/** The one nudge sent when there has been no reply. */
export function nudgeText(state: CheckinState, ctx: CheckinContext): string | null {
  const q = ctx.questions[currentQuestionIndex(state, ctx.questions)];
  return q ? messagesFor(ctx.lang).nudge({ name: ctx.name, question: questionText(q, ctx.lang) }) : null;
}

function advance(state: CheckinState, ctx: CheckinContext, lead: (question: string) => string): CheckinStep {
  const index = currentQuestionIndex(state, ctx.questions);
  const next = ctx.questions[index];
  if (!next) return { state: { ...state, index: ctx.questions.length, attempts: 0 }, replies: [messagesFor(ctx.lang).thanks({ name: ctx.name })], done: true };
  return { state: { ...state, index, attempts: 0 }, replies: [lead(questionText(next, ctx.lang))], done: false };
}

/**
 * One step of the check-in conversation: a pure function of the state, the participant's
 * text and the configuration. An all-in-one reply ("7, 2, yes") is accepted at any step;
 * otherwise the text answers the current question. Invalid answers are re-prompted with the
 * allowed range at most twice, then the question is left unanswered and the flow moves on.
 */
export function stepCheckin(state: CheckinState, text: string, ctx: CheckinContext): CheckinStep {
  const m = messagesFor(ctx.lang);
  const base: CheckinState = { ...state, answers: { ...state.answers }, replied: true, paused: false, clarifying: false };
  const index = currentQuestionIndex(base, ctx.questions);
  const q = ctx.questions[index];
  if (!q) return { state: base, replies: [], done: true };

  if (q.type !== "text") {
    // A reply that answers every question ("6, 1, no") is taken whole, even mid-flow. A
    // partial one fills only the questions still open, in order, so it never overwrites an
    // answer already given ("2, yes" at the craving step is craving 2, meeting yes).
    const whole = interpretCheckin(text, ctx.questions, ctx.lang);
    const answersAll = whole !== null && ctx.questions.every((x) => x.type === "text" || x.id in whole);
    const all = answersAll ? whole : interpretCheckin(text, ctx.questions.filter((x) => !(x.id in base.answers)), ctx.lang);
    if (all && Object.keys(all).length >= 2) {
      Object.assign(base.answers, all);
      return { ...advance(base, ctx, (question) => m.gotIt({ question })), heard: { questionId: q.id, as: "answer" } };
    }
  }

  const result = interpretAnswer(q, text, ctx.lang);
  if (result.kind === "value") {
    base.answers[q.id] = result.value;
    return { ...advance(base, ctx, (question) => m.gotIt({ question })), heard: { questionId: q.id, as: "answer" } };
  }
  if (result.kind === "skip") {
    base.answers[q.id] = null;
    return { ...advance(base, ctx, (question) => question), heard: { questionId: q.id, as: "skip" } };
  }
  const heard = { questionId: q.id, as: "unreadable" } as const;
  // Sentences, not a try at an answer ("honestly not great, work has been a lot"): the words go
  // to the counselor's inbox, so say so, and ask the question again without counting a try.
  if (isConversation(text)) return { state: base, replies: [m.sharedWithTeam({ question: questionText(q, ctx.lang) })], done: false, heard };
  const attempts = base.attempts + 1;
  if (attempts >= MAX_INVALID_REPLIES) {
    base.answers[q.id] = null;
    return { ...advance(base, ctx, (question) => m.moveOn({ question })), heard };
  }
  const question = questionText(q, ctx.lang);
  const reprompt =
    q.type === "scale" ? m.repromptScale({ min: q.min, max: q.max, question }) : q.type === "yesno" ? m.repromptYesNo({ question }) : question;
  return { state: { ...base, attempts }, replies: [reprompt], done: false, heard, reprompt: true };
}
