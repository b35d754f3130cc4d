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
  /^(?:no+|nope|nah|naw|nop|not at all|never|no way|of course not|definitely not|absolutely not|hell no|im not|i am not|i m not|im safe|i am safe|im not thinking (?:about|of) (?:it|that)|nunca|negativo|para nada|claro que no|de ninguna manera|no estoy|estoy a salvo|ni loc[oa])(?: |$)/;

/**
 * Words that make a no unclear ("no... maybe", "not really", "kind of", "a veces"), English
 * and Spanish. Matched as whole words anywhere in the reply.
 */
const HEDGE =
  /(?:^| )(?:maybe|kind of|kinda|sort of|sorta|sometimes|a little|a bit|not really|not sure|unsure|idk|i dont know|dont know|i guess|i think so|probably|possibly|perhaps|i might|might|yes|yeah|yep|tal vez|quizas|quiza|a veces|un poco|no se|no estoy segur[oa]|mas o menos|creo que si|puede ser|capaz|si)(?: |$)/;

/** A reply made only of check-in answer words: numbers, yes/no, the question labels. */
const CHECKIN_WORD =
  /^(?:\d{1,2}(?:\/10)?|mood|moods|craving|cravings|urge|urges|meeting|meetings|went|yes|no|y|n|si|animo|ganas|antojos?|reunion|fui|and|y|out of|de|of|today|hoy|is|was|about)$/;

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
  if (NO_OPENING.test(words) && !HEDGE.test(words.replace(NO_OPENING, ""))) return "no";
  return "not_no";
}
