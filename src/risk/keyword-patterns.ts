/**
 * Carrier compliance keywords (STOP / START / HELP) and plain-language opt-out sentences,
 * English and Spanish. Input to every matcher here is `normalizeKeywordText` output:
 * lower case, no accents, no apostrophes, hyphens/underscores as spaces, single spaces,
 * no leading/trailing punctuation or emoji.
 */

/** Whole-message keywords. Multi-word entries are also matched with spaces removed ("opt out" = "optout"). */
export const STOP_WORDS = new Set([
  "stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "opt out",
  "stop please", "please stop", "stop pls", "stop now", "stop it",
  // Spanish. "para" and "alto" are only keywords as the entire message.
  "para", "alto", "basta", "basta ya", "ya basta", "cancelar", "baja", "darme de baja", "dar de baja", "dame de baja",
]);

/** "YES" is a START keyword only as the whole message (carrier rule); "si" is a normal answer. */
export const START_WORDS = new Set([
  "start", "unstop", "yes", "resume", "subscribe", "opt in", "optin", "empezar", "reanudar", "alta", "darme de alta",
]);

export const HELP_WORDS = new Set(["help", "info", "ayuda"]);

/** Politeness that may open or close an opt-out sentence. */
const OPEN = "(?:(?:please|pls|plz|can you|could you|would you|will you|just|ok|okay|hey|hi|yo|seriously|i said|por favor|porfa|porfavor|oye|ya) )*";
const CLOSE = "(?: (?:please|pls|plz|thanks|thank you|thx|ty|now|already|anymore|any more|again|ever again|ok|okay|asap|por favor|porfa|gracias|ya|mas|nunca mas))*";
const MSGS = "(?:messages|msgs|texts|txts|text messages|reminders|check ins|checkins|notifications|alerts|sms|things|stuff|mensajes|textos|msjs|recordatorios)";

function anchored(body: string): RegExp {
  return new RegExp(`^${OPEN}(?:${body})${CLOSE}$`);
}

/**
 * Clear plain-language opt-out requests. Each is anchored to a whole sentence, so "stop"
 * inside an unrelated sentence ("I want to stop drinking", "the bus didn't stop") never matches.
 */
export const OPT_OUT_SENTENCES: readonly RegExp[] = [
  // "stop texting me", "stop sending me messages", "quit messaging me"
  anchored(`(?:stop|quit|cease) (?:texting|txting|messaging|msging|sending|contacting|calling|bothering|spamming|emailing|sending me|sending us)(?: me| us)?(?: (?:these|any more|more|any|the|your|all|all these|all the|those) ${MSGS}| ${MSGS})?`),
  // "don't text me anymore", "never message me again"
  anchored(`(?:dont|do not|never|please dont) (?:text|message|msg|contact|send|txt|call|email)(?: me| us)(?: (?:any more|anymore|again|ever again|these|any) ${MSGS}| ${MSGS})?`),
  // "take me off this list", "remove me", "remove me from your list", "unsubscribe me"
  anchored("(?:take|remove|delete|drop|get) me (?:off|from|out of) (?:this|the|your|ur) (?:list|texting list|text list|sms list|mailing list|contact list|program texts|messages|texts|system|thing)"),
  anchored("(?:remove|unsubscribe|unenroll|unregister|opt) me(?: out)?(?: of this| of these| from this| from these| from (?:this|the|your) (?:list|texts|messages|program))?"),
  anchored(`(?:i )?(?:dont|do not|no longer) want (?:to (?:get|receive) )?(?:these|any more|anymore|your|any|the|those|these stupid)? ?${MSGS}`),
  anchored(`(?:i )?want (?:to )?(?:unsubscribe|opt out|stop (?:getting|receiving) (?:these|your|the)? ?${MSGS})`),
  anchored(`no more ${MSGS}`),
  // ---- Spanish ----
  anchored(`no me (?:manden|mandes|mande|envien|envies|escriban|escribas|contacten|contactes|escriba|envie) (?:mas )?(?:${MSGS})?(?: mas)?`),
  anchored("(?:deja|dejen|deje|dejes) de (?:escribirme|mandarme mensajes|enviarme mensajes|mandarme|enviarme|molestarme|contactarme|mandar mensajes|enviar mensajes)"),
  anchored(`(?:ya )?no quiero (?:recibir |que me manden |que me envien )?(?:mas )?${MSGS}(?: mas)?`),
  anchored("(?:quiero |me quiero |quisiera )?(?:darme|dar|darse) de baja|(?:quiero |me quiero )?desuscribirme"),
  anchored("(?:sacame|saquenme|sacenme|borrame|borrenme|quitame|quitenme|eliminame|eliminenme|elimineme) de (?:la|esta|su|tu) lista"),
];
