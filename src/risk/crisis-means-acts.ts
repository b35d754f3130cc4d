/**
 * Means and acts that carry no crisis word, English and Spanish:
 *
 *   suicide_attempt - carbon monoxide (a running engine in a closed garage, charcoal in a
 *                     sealed room) and a fatal act told in the past ("jumped from the parking
 *                     garage", "me aventé del puente", "stepped in front of a car on purpose");
 *   suicidal_intent - pills announced by a pronoun ("gonna take all of them at once", "esta
 *                     noche me las tomo todas").
 * Summer fun ("jumped off the dock into the lake") names no height or vehicle of the lists
 * and does not match; a jump into a pool is carved out.
 */
import { HEIGHT, VEHICLE } from "./grammar-en.ts";
import { anyOf, rule, type RiskRule } from "./types.ts";

/** A closed garage or room where an engine or charcoal burns. */
const ENGINE = anyOf("engine", "motor", "car", "truck", "van", "generator", "carro", "coche", "camioneta", "troca", "planta de luz");
const RUNNING = anyOf("on", "running", "runnin", "going", "idling", "prendid[oa]", "encendid[oa]", "andando", "en marcha");
const GARAGE = anyOf("garage", "garaje", "cochera");
/** Warming up or fixing a car in the garage is not a method. */
const NOT_CHORE = "(?![^\\n]{0,40}\\b(?:warm(?:ing)? (?:it )?up|defrost|fix|fixing|oil|tune|calentar|calentando|arreglando|arreglar|lol|jaja[a-z]*)\\b)";
const CHARCOAL = anyOf("charcoal", "coals", "a grill", "the grill", "carbon", "anafre", "brasero", "asador");
const SEALED = anyOf(
  "(?:sealed|taped|shut|closed|blocked|stuffed|covered) (?:\\w+ ){0,2}(?:door|doors|windows?|vents?|gaps|cracks)",
  "(?:selle|tape|cerre|tapie|bloquee|cubri) (?:\\w+ ){0,2}(?:puerta|puertas|ventanas?|rendijas|huecos)"
);

/** Past fatal acts, by verb and place. */
const JUMPED = anyOf("jumped", "leapt", "leaped", "threw myself", "let myself fall");
const STEPPED = anyOf("jumped", "leapt", "threw myself", "stepped", "walked", "ran", "laid down", "lay down", "lied down", "stood");
const NOT_POOL = "(?! (?:\\w+ ){0,3}into (?:the |a )?(?:pool|snow|foam pit|hay)\\b)(?![^\\n]{0,60}\\b(?:lol|lmao|haha[a-z]*|for fun|on a dare)\\b)";
const ES_HEIGHT = anyOf("puente", "edificio", "techo", "azotea", "paso a desnivel", "puente peatonal", "segundo piso", "tercer piso", "barranco", "precipicio", "balcon", "estacionamiento");

export const MEANS_ACT_RULES: RiskRule[] = [
  // "sitting in the car with the engine running in the closed garage", "garaje cerrado con el motor prendido".
  rule("engine-in-garage", "suicide_attempt", "en", `${GARAGE}\\b[^\\n]{0,50}\\b${ENGINE} ${RUNNING}${NOT_CHORE}|${ENGINE} (?:\\w+ )?${RUNNING}\\b[^\\n]{0,40}\\b${GARAGE}${NOT_CHORE}`),
  // "lit charcoal in the bathroom and sealed the door".
  rule("charcoal-sealed", "suicide_attempt", "en", `${CHARCOAL}\\b[^]{0,80}\\b${SEALED}|${SEALED}\\b[^]{0,80}\\b${CHARCOAL}\\b`),
  // "jumped from the parking garage", "stepped in front of a car on purpose".
  rule("jumped-past", "suicide_attempt", "en",
    `${JUMPED} (?:off|from) (?:a |the |that |this |my |our )?(?:${HEIGHT})${NOT_POOL}` +
      `|${STEPPED} (?:in front of (?:a |the )?(?:${VEHICLE})|(?:out )?into (?:oncoming )?traffic|(?:on|onto|across) the (?:train )?tracks)`),
  // "gonna take all of them at once", "swallow all of it tonight".
  rule("take-all-of-them", "suicidal_intent", "en", "(?:take|swallow|down|pop|chug|eat) all (?:of )?(?:them|those|these|it)(?=$| (?:at once|tonight|today|now|right now|together|at the same time|in one go|when|after|and|every)\\b)"),
  // ---- Spanish ----
  rule("es-me-avente", "suicide_attempt", "es",
    `(?:me (?:avente|tire|lance|deje caer)|salte) (?:del|de la|de un|de una|desde el|desde la|desde un) (?:${ES_HEIGHT})${NOT_POOL}|(?:me (?:avente|tire|atravese|puse|lance)) (?:enfrente|delante|frente) (?:de|del|de un|de una) (?:carro|camion|tren|trailer|coche|bus|autobus)`),
  rule("es-tomarlas-todas", "suicidal_intent", "es",
    "(?:me )?(?:las|los) (?:tomo|trago|voy a tomar|voy a tragar|tomare|tragare) (?:todas|todos)(?: (?:de (?:un jalon|golpe|una vez|un trago)|juntas|juntos))?|(?:tomarmelas|tragarmelas|tomarmelos|tragarmelos) (?:todas|todos)|me voy a (?:tomar|tragar) (?:todas|todos) (?:juntas|juntos|de golpe|de una vez|de un jalon)"),
];
