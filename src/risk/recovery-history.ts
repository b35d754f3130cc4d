/**
 * Recovery history told as history: "I overdosed twice before I came here, glad those days are
 * over", "antes me cortaba, ya tengo meses sin hacerlo". A rule of past behaviour (an
 * overdose, self-harm) marked `unlessHistory` does not fire in a text that frames it as
 * behind the participant and says nothing of now. Checked on the whole text, once per match.
 *
 * Bias: any word of now ("again", "tonight", "otra vez", "anoche") keeps the rule firing, and
 * suicide attempts are never marked: a past attempt the counselor should hear of still reaches
 * them through the inbox, and an attempt told in passing must not be lost to this frame.
 */
import { anyOf } from "./types.ts";

const BEHIND = anyOf(
  "before i (?:came here|got (?:clean|sober|help)|started (?:treatment|the program|iop|here|recovery)|went to (?:rehab|treatment|detox))",
  "(?:those|them|that) days are (?:over|behind me|gone|done)", "(?:its|thats|it is|that is|all) (?:behind me|in the past)",
  "(?:ive been|i have been|been|im|i am) (?:\\w+ ){0,2}(?:clean|sober|free)(?: (?:for|since) \\w+)", "(?:years?|months?) (?:clean|sober|free)", "\\d+ (?:days?|months?|years?) (?:clean|sober|free)",
  "(?:its been|it has been|been) (?:over |more than |almost |about )?(?:a|one|two|three|\\d+|many|several) (?:years?|months?)(?! since i (?:last )?(?:ate|slept))",
  "used to", "back in (?:the day|19\\d\\d|20\\d\\d)", "in (?:19|20)\\d\\d", "years ago",
  "antes de (?:entrar|llegar|venir) (?:al|a) (?:programa|tratamiento|grupo|rehab)", "(?:ya )?(?:llevo|tengo) (?:\\w+ ){0,3}sin (?:hacerlo|cortarme|consumir|usar|tomar|drogarme)",
  "(?:ya )?(?:llevo|tengo) (?:\\w+ ){0,2}(?:limpi[oa]|sobri[oa])", "hace (?:anos|mucho|tiempo|\\d+ anos)", "esos dias (?:ya )?(?:pasaron|quedaron atras|se acabaron)", "ya (?:quedo|quedaron) atras",
  "(?:cuando|de) (?:era )?(?:joven|chav[oa]|adolescente|nin[oa])", "antes (?:me|yo)"
);

/** Words of now that keep a past-behaviour rule firing whatever the frame. */
const NOW = anyOf(
  "again", "tonight", "today", "right now", "now", "last night", "this morning", "yesterday", "just", "relapsed", "slipped",
  "otra vez", "de nuevo", "hoy", "ahorita", "ahora", "anoche", "ayer", "esta noche", "volvi a", "recai",
  // Intent and urges are about now too: "clean two years but I want to cut".
  "on purpose", "want", "wanna", "going to", "gonna", "tried", "urges?", "thinking", "scared", "afraid", "quiero", "ganas", "voy a", "pienso", "miedo"
);

const BEHIND_RE = new RegExp(`\\b${BEHIND}(?![a-z0-9])`);
const NOW_RE = new RegExp(`\\b${NOW}(?![a-z0-9])`);

/** True when the text frames past behaviour as behind the participant and says nothing of now. */
export function isRecoveryHistory(text: string): boolean {
  return BEHIND_RE.test(text) && !NOW_RE.test(text);
}
