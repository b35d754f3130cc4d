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

/**
 * A wish to die said laughing about a small mishap: "my mom posted my 8th grade pic, i want to
 * die lmao", "me cortaron el fleco bien chueco, me quiero morir jajaja". A rule marked
 * `unlessLaughingWish` does not fire when the laugh comes right after its match, the text names
 * something else (the mishap, a clause of its own), and nothing in it is serious.
 *
 * Bias: "i want to die lol" alone, a laugh before the wish ("jaja ya me quiero morir la neta"),
 * killing oneself, and any word of weight (for real, la neta, pills, tonight, anymore, no
 * aguanto, every night) keep the rule firing.
 */
const WISH_SERIOUS = anyOf(
  "for real", "fr", "no joke", "not joking", "not a joke", "im serious", "actually", "honestly", "tbh", "really do", "i do", "mean it", "every (?:day|night)", "always", "anymore", "any more", "again",
  "tonight", "pills?", "gun", "rope", "plan", "cant", "nobody", "no one", "alone", "tired of", "sick of", "done with", "hate (?:my life|myself)", "life", "kill", "suicid[a-z]*",
  "neta", "la verdad", "la vdd", "en serio", "no es broma", "de verdad", "esta noche", "pastillas", "ya no", "no puedo", "no aguanto", "otra vez", "todas las noches", "todos los dias", "siempre", "nadie", "sol[oa]",
  "cansad[oa]", "hart[oa]", "vida", "matarme", "me mato", "lo digo en serio"
);
const WISH_SERIOUS_RE = new RegExp(`\\b${WISH_SERIOUS}(?![a-z0-9])`);
const LAUGH_NEXT_RE = new RegExp(`^(?: (?:[a-z]+ ){0,2})?(?: ?${LAUGH})(?![a-z0-9])`);
const KILLING_RE = /\b(?:kill|matar|suicid)/;
const LAUGH_ALL_RE = new RegExp(`\\b${LAUGH}(?![a-z0-9])`, "g");

/** True when a wish to die is followed by a laugh, told about something else, and nothing serious is in the text. */
export function isLaughingWish(text: string, index: number, matched: string): boolean {
  if (KILLING_RE.test(matched) || !LAUGH_NEXT_RE.test(text.slice(index + matched.length, index + matched.length + 30))) return false;
  const rest = `${text.slice(0, index)} ${text.slice(index + matched.length)}`.replace(LAUGH_ALL_RE, " ");
  return rest.split(/\s+/).filter((w) => w.length > 1).length >= 4 && !WISH_SERIOUS_RE.test(text);
}
