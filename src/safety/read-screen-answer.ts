/**
 * readScreenAnswer: how a reply to the screening question ("Are you thinking about killing
 * yourself?") is read. The asymmetry rule decides: only a clear no is a no. A yes, a maybe,
 * a hedge, silence turned into words ("idk", "kind of", "not really"), or anything else that
 * is not a clear no takes the crisis path. One exception: a bare check-in answer (a number,
 * "6, 2, yes", "mood 5") is not an answer to the question at all, so the question is asked
 * once more before it counts as "not a clear no".
 */
import { isBareAnswer } from "../interpret/is-bare-answer.ts";
import { normalizeKeywordText } from "../risk/classify-keyword.ts";
import type { RiskAssessment } from "../risk/index.ts";

/** What a reply to the screening question said. */
export type ScreenAnswer = "no" | "checkin" | "not_no";

/** Openings of a clear no, English and Spanish ("no", "nope", "i'm not", "para nada"). */
const NO_OPENING =
  /^(?:no way|no estoy|not at all|of course not|definitely not|absolutely not|hell no|im not thinking (?:about|of) (?:it|that)|im not|i am not|i m not|im safe|i am safe|para nada|claro que no|de ninguna manera|estoy a salvo|ni loc[oa]|nunca|negativo|never|nope|nah|naw|nop|no+)(?: |$)/;

/**
 * Words that make a no unclear ("no... maybe", "not really", "kind of", "a veces"), English
 * and Spanish. Matched as whole words anywhere in the reply.
 */
const HEDGE =
  /(?:^| )(?:maybe|kind of|kinda|sort of|sorta|sometimes|not really|not sure|unsure|idk|i dont know|dont know|i guess|i think so|probably|possibly|perhaps|i might|yes|yeah|yep|tal vez|quizas|quiza|a veces|no se|no estoy segur[oa]|mas o menos|creo que si|puede ser|capaz|si)(?: |$)/;

/**
 * What may follow a no and keep it clear: a short reassurance ("no, just tired", "nope im
 * safe, thanks for asking", "no, solo estoy cansada"). Anything else after the no ("no, I
 * already took them") is more than a no, and is read as not a clear no.
 */
const REASSURANCE = new Set(
  (
    "just only im i am m was been its it s a an the really very so bit little tired exhausted sleepy fine ok okay good alright " +
    "safe sad down stressed rough hard long bad day week night today tonight thanks thank u you for asking checking promise " +
    "honestly not no never that thinking about of myself killing kill suicide hurting hurt venting vent frustrated angry mad " +
    "upset bored busy work dont do worry worried at all all nope nah naw but pero " +
    "solo estoy bien cansado cansada triste estresado estresada un poco dia semana dificil gracias por preguntar nada mas eso en " +
    "pensando tranquilo tranquila salvo de verdad te lo prometo me siento"
  ).split(" "),
);

/**
 * Reads a reply to the screening question. `risk` is the reply's own assessment: a reply that
 * itself carries crisis language or screening cues is never a clear no.
 */
export function readScreenAnswer(text: string, risk: RiskAssessment): ScreenAnswer {
  if (risk.level === "crisis" || risk.screen) return "not_no";
  const words = normalizeKeywordText(text)
    .replace(/[^\p{L}\p{N}/ ]+/gu, " ")
    .replace(/ +/g, " ")
    .trim();
  if (words.length === 0) return "not_no";
  if (isBareAnswer(text, true)) return "checkin";
  const opening = NO_OPENING.exec(words);
  if (!opening) return "not_no";
  const rest = words.slice(opening[0].length).trim();
  if (HEDGE.test(rest)) return "not_no";
  return rest.split(" ").every((w) => w === "" || REASSURANCE.has(w)) ? "no" : "not_no";
}
