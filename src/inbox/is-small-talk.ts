import { normalizeKeywordText } from "../risk/classify-keyword.ts";

/**
 * Thanks, okays and goodbyes ("ok", "thank you!", "👍", "gracias", "buenas noches"): the only
 * texts outside a check-in that do not go to a counselor's inbox, since a person reading them
 * learns nothing. Anything with more in it, a number included, is not small talk.
 */
const SMALL_TALK =
  /^(?:(?:ok|okay|okey|k|kk|okk|alright|all right|cool|great|good|nice|sure|got it|will do|sounds good|thanks|thank you|thank u|thanks so much|thank you so much|thx|ty|tysm|np|no problem|you too|u too|same to you|bye|goodbye|good night|goodnight|night|gn|see you|see ya|later|have a good (?:day|night|one)|gracias|muchas gracias|mil gracias|vale|dale|listo|bueno|buenas|buenas noches|buen dia|buenos dias|igualmente|hasta luego|hasta manana|nos vemos|chao|adios|de nada|perfecto|entendido|ya|si gracias|ok gracias)(?: |$))+$/;

/** Friendly emoji that add nothing; any other emoji (😢, 💀) goes to a person. */
const FRIENDLY_EMOJI = /[\u{1F44D}\u{1F44C}\u{1F64F}\u{1F642}\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F917}\u{263A}\u{2764}\u{2705}\u{1F4AA}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/gu;

/** True when the text is only small talk and friendly emoji; empty text is not. */
export function isSmallTalk(text: string): boolean {
  const rest = text.replace(FRIENDLY_EMOJI, " ");
  if (/\p{Extended_Pictographic}/u.test(rest)) return false;
  const words = normalizeKeywordText(rest)
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/ +/g, " ")
    .trim();
  if (words.length === 0) return text.trim().length > 0;
  return SMALL_TALK.test(words);
}
