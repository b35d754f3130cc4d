/**
 * Annoyance at someone close, told laughing: "my little brother ate my pizza again, im gonna
 * kill him lol", "ganas de matar a mi primo, se acabó el café jajaja". A threat rule marked
 * `unlessJoke` does not fire when its match names someone close (a relative, a roommate, a
 * friend, or a pronoun for them), the text laughs, and nothing in it is serious.
 *
 * Bias: the laugh is the only evidence of a joke, so anything that makes a threat real keeps
 * the rule firing wherever it sits in the text: a weapon, a time ("tonight", "when he gets
 * home"), a plan or "not joking". A threat against strangers or everyone ("someone", "alguien",
 * "todos") is never a joke here, and a threat to the participant (abuse) is never marked.
 */
import { perText } from "./per-text.ts";
import { anyOf } from "./types.ts";

/** Laughter as texted: lol, lmao, haha, jaja, jeje, xd ("😂" is read as "lol" by normalize-text.ts). */
const LAUGH = anyOf("lol", "lool", "lmao", "lmfao", "rofl", "haha[a-z]*", "hehe[a-z]*", "ahah[a-z]*", "jaja[a-z]*", "jeje[a-z]*", "jiji[a-z]*", "jsjs[a-z]*", "xd");

/** Someone close, or a pronoun for them, as the target inside the match. */
const CLOSE = anyOf(
  "him", "her", "you", "u", "ya", "(?:lo|la|te) (?:voy a|vamos a|quiero|pienso)", "[a-z]+ar(?:lo|la|te)",
  "(?:my|mi|mis) (?:\\w+ )?(?:brother|bro|sister|sis|mom|mother|dad|father|son|daughter|kids?|cousin|uncle|aunt|grandma|grandpa|husband|wife|partner|boyfriend|girlfriend|bf|gf|roommate|roomie|friend|bestie|coworker|dog|cat|hermano|hermana|hermanito|hermanita|mama|papa|hijo|hija|hijos|primo|prima|tio|tia|abuela|abuelo|esposo|esposa|marido|vieja|viejo|novio|novia|roomie|amigo|amiga|compa|perro|gato|suegra|suegro|cunado|cunada)"
);

/** What makes a laughing threat real: a weapon, a time, a plan, or saying so. */
const SERIOUS = anyOf(
  "guns?", "pistol", "glock", "knife", "knives", "blade", "bat", "piece", "strap", "ammo", "bullets?", "machete", "pistola", "arma", "cuchillo", "navaja", "fierro", "cuete", "balas?",
  "tonight", "tomorrow", "when (?:he|she|they) (?:gets?|comes?) (?:home|back)", "esta noche", "manana", "cuando (?:llegue|regrese|venga)",
  "plan", "planned", "planning", "wait for (?:him|her)", "waiting for (?:him|her)", "esperarl[oa]", "lo voy a esperar", "la voy a esperar",
  "not joking", "no joke", "not a joke", "i mean it", "im serious", "lo digo en serio", "no es juego", "for real", "fr", "deadass", "no es broma", "no estoy jugando", "hablo en serio", "en serio", "neta que si",
  "hurt", "hurting", "hurts", "beat", "beats", "beating", "hit", "hits", "hitting", "abus[a-z]*", "lastim[a-z]*", "golpe[a-z]*", "pega", "pegando", "madrear"
);

const LAUGH_RE = new RegExp(`\\b${LAUGH}(?![a-z0-9])`);
const SERIOUS_RE = new RegExp(`\\b${SERIOUS}(?![a-z0-9])`);
const CLOSE_RE = new RegExp(`\\b${CLOSE}(?![a-z0-9])`);

const laughsLightly = perText((text) => LAUGH_RE.test(text) && !SERIOUS_RE.test(text));

/** True when a threat match names someone close and the text laughs with nothing serious in it. */
export function isLaughingThreat(text: string, matched: string): boolean {
  return CLOSE_RE.test(matched) && laughsLightly(text);
}
