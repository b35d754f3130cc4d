/**
 * Means and acts that carry no crisis word, English and Spanish:
 *
 *   suicide_attempt - carbon monoxide (a running engine in a closed garage, charcoal in a
 *                     sealed room) and a fatal act told in the past ("jumped from the parking
 *                     garage", "me aventé del puente", "stepped in front of a car on purpose");
 *   suicide_attempt - a poison or caustic swallowed, done or under way ("drank antifreeze",
 *                     "drinking bleach rn", "me tomé el cloro", "le eché raticida al refresco
 *                     y me lo tomé"); someone else who swallowed one is a medical emergency;
 *   suicidal_intent - pills announced by a pronoun ("gonna take all of them at once", "esta
 *                     noche me las tomo todas").
 * Summer fun ("jumped off the dock into the lake") names no height or vehicle of the lists
 * and does not match; a jump into a pool is carved out.
 */
import { HEIGHT, POISON, SOMEONE_HERE, VEHICLE } from "./grammar-en.ts";
import { VENENO } from "./grammar-es.ts";
import { NOT_OUT_OF_DOORS } from "./lexicon.ts";
import { anyOf, rule, type RiskRule, unlessStory } from "./types.ts";

/** A closed garage or room where an engine or charcoal burns. */
const ENGINE = anyOf("engine", "motor", "car", "truck", "van", "generator", "carro", "coche", "camioneta", "troca", "planta de luz");
const RUNNING = anyOf("on", "running", "runnin", "going", "idling", "prendid[oa]", "encendid[oa]", "andando", "en marcha");
const GARAGE = anyOf("garage", "garaje", "cochera");
/** Warming up or fixing a car in the garage, or leaving it running a moment to unload the shopping, is not a method. */
const NOT_CHORE = "(?![^\\n]{0,40}\\b(?:warm(?:ing)? (?:it )?up|defrost|fix|fixing|oil|tune|calentar\\w*|calentando|arreglando|arreglar\\w*|lol|jaja[a-z]*|grocer\\w*|unload\\w*|bags|for a (?:sec|second|min|minute)|door (?:was |is )?(?:up|open)|un ratito|mandado|bolsas|mientras (?:bajaba|subia|descargaba|metia)|puerta abierta)\\b)";
const CHARCOAL = anyOf("charcoal", "coals", "a grill", "the grill", "carbon", "anafre", "brasero", "asador");
const SEALED = anyOf(
  "(?:sealed|taped|shut|closed|blocked|stuffed|covered) (?:\\w+ ){0,2}(?:door|doors|windows?|vents?|gaps|cracks)",
  "(?:selle|tape|cerre|tapie|bloquee|cubri) (?:\\w+ ){0,2}(?:puerta|puertas|ventanas?|rendijas|huecos)"
);

/** Readying a room to be sealed: tape or plastic to cover its openings. */
const TO_SEAL = anyOf(
  "(?:tape|duct tape|plastic|plastic sheeting|towels|foam)\\b[^]{0,50}\\b(?:to |for |so i can |gonna )?(?:seal|tape|cover|block|close) (?:up |off )?(?:\\w+ ){0,2}(?:door|doors|windows?|vents?|gaps|cracks|bathroom|room|car)",
  "(?:tape|duct tape|plastic|plastic sheeting) for (?:the |my )?(?:\\w+ )?(?:door|doors|windows?|vents?|gaps|cracks)",
  "(?:cinta|plastico|toallas)\\b[^]{0,50}\\b(?:para|pa|y voy a) (?:sellar|tapar|cubrir|cerrar|bloquear) (?:\\w+ ){0,2}(?:puerta|puertas|ventanas?|rendijas|huecos|bano|cuarto|carro)",
  "(?:cinta|plastico) (?:para|pa) (?:la |las |el )?(?:puerta|puertas|ventanas?|rendijas)"
);

/** A stranger's act heard of in the news or a story: "saw on the news a man jumped off the garage". */
const HEARD_OF = "(?<!\\b(?:news|paper|article|headline|headlines|report|reported|reports|documentary|podcast|movie|film|show|episode|book|novel|heard|read|saw on|on tv|online|story)\\b[^]{0,80}\\b(?:a|an|the|some|this|that) (?:man|woman|guy|girl|lady|kid|teen|teenager|boy|person|student|dude|celebrity|actor|singer|character|stranger)(?: \\w+){0,3} )";

/** Past fatal acts, by verb and place. */
const JUMPED = anyOf("jumped", "leapt", "leaped", "threw myself", "let myself fall");
const STEPPED = anyOf("jumped", "leapt", "threw myself", "stepped", "walked", "ran", "laid down", "lay down", "lied down", "stood");
const NOT_POOL = "(?! (?:\\w+ ){0,3}into (?:the |a )?(?:pool|snow|foam pit|hay)\\b)(?![^\\n]{0,60}\\b(?:lol|lmao|haha[a-z]*|for fun|on a dare)\\b)";
const ES_HEIGHT = anyOf("puente", "edificio", "techo", "azotea", "paso a desnivel", "puente peatonal", "segundo piso", "tercer piso", "barranco", "precipicio", "balcon", "estacionamiento");

/** Swallowing, done or under way. */
const SWALLOWED = anyOf("drank", "drinking", "chugged", "chugging", "swallowed", "swallowing", "ate", "eating", "downed", "downing", "gulped", "gulping", "took (?:a |some |\\d+ |a few |a couple |two |three )?(?:big )?(?:gulps?|sips?|swigs?|shots?|mouthfuls?|spoonfuls?|capfuls?|cups?|swallows?) of", "sipped", "sipping", "drunk");
/** Only amounts and containers may sit between the verb and the poison: "drank water after using bleach" is a chore. */
const AMOUNT = "(?:(?:some|a|an|the|half|whole|entire|full|big|small|cup|cups|glass|glasses|bottle|jug|capful|cap|caps|mouthful|gulps?|sips?|swigs?|shots?|bunch|lot|little|few|couple|of|my|his|her|our|dads|moms|that|this|all|rest|\\d+|bit|spoonful|pellets|tablets) ){0,5}";
/** Not a pet or a plant that got into it. */
const NOT_PET = "(?<!\\b(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|plants?|garden|mice|rats?|roaches|ants)\\b[^\\n]{0,20})";
/** Spanish swallowing verbs, first person, done or under way. */
const TOME = anyOf(
  "(?:ya )?me (?:tome|trague|bebi|comi|tome un poco de|tome tantito)", "(?:ya )?tome", "(?:ya )?trague", "(?:ya )?bebi", "me (?:estoy|ando) (?:tomando|bebiendo|tragando)",
  "(?:me )?acabo de (?:tomar|tragar|beber)(?:me)?", "acabo de (?:tomarme|tragarme|beberme)", "estoy (?:tomando|bebiendo|tragando)"
);
const CANTIDAD_ES = "(?:(?:un|una|el|la|los|las|poco|tantito|vaso|taza|trago|tragos|botella|bote|chorro|cucharada|de|del|medio|media|mitad|toda|todo|galon|sorbo|buche) ){0,5}";

/**
 * A fall from a moving vehicle or into water, told with its purpose: "jumped out of the car while it was moving,
 * on purpose", "threw myself in the river to end it", "me aventé del carro andando a propósito", "me tiré al canal
 * pa acabar con todo". Without a purpose it is a stop missed or a swim ("me aventé del camión porque se me pasó la parada").
 */
const PURPOSE_EN = "(?:on purpose|to (?:end it|end (?:my life|everything|it all)|die|kill myself|finish it|drown|not come (?:out|back|up))|(?:wasnt|was not|not) an accident|(?:i )?wanted to die)";
const PURPOSE_ES = "(?:a proposito|adrede|no fue (?:un )?accidente|(?:para|pa) (?:acabar(?: con (?:todo|esto|todo esto|mi vida)|(?=$| (?:ya|de una vez|pero|y|porque)\\b))|terminar con todo|morir|morirme|matarme|ahogarme|no salir|ya no salir|no volver)|queria (?:morir|morirme|matarme))";
const FELL_OUT_EN = "(?:jumped|threw myself|let myself fall|leapt|leaped|dove|flung myself|rolled) out(?: of (?:a |the |my |his |her |our )?(?:moving )?(?:car|truck|van|suv|bus|uber|lyft|cab|taxi|train))?";
const FROM_VEHICLE_ES = "me (?:avente|tire|lance|deje caer|arroje|bote) (?:del|de la|de un|de una|desde el|desde la|desde un) (?:carro|coche|auto|camion|camioneta|troca|guagua|bus|autobus|taxi|uber|tren|micro|combi|moto|metro)";
const INTO_WATER_EN = "(?:threw myself|jumped|walked|waded|went|let myself fall|dove|drove|flung myself) (?:in|into|off into|out into) (?:the |a |that )?(?:river|lake|canal|ocean|sea|bay|creek|reservoir|water|dam)";
const INTO_WATER_ES = "(?:me (?:tire|avente|lance|meti|deje caer|fui|arroje)|salte|entre|camine) (?:al|a la|en el|en la|dentro del|hasta el|hasta la|hacia el) (?:rio|canal|lago|mar|presa|laguna|agua|oceano|arroyo)";

export const MEANS_ACT_RULES: RiskRule[] = [
  // "drank antifreeze", "chugged half a bottle of bleach", "drinking drain cleaner rn".
  unlessStory(rule("swallowed-poison", "suicide_attempt", "en", `${NOT_PET}(?<!\\b(?:he|she|they|my (?:son|daughter|kid|baby|brother|sister|mom|dad|friend|roommate)) (?:just )?)${SWALLOWED} ${AMOUNT}(?:${POISON})(?! (?:smell|fumes|cleanup|bottle (?:cap|label))\\b)(?! (?:to|into|out|outside|over|back|down to|in) (?:the|my|a)\\b)`)),
  // The poison named first, then swallowed with a pronoun: "put rat poison in my soda and drank it".
  unlessStory(rule("poison-then-swallowed", "suicide_attempt", "en", `(?:${POISON})\\b[^\\n]{0,50}\\b(?:and|then|&) (?:i )?(?:just )?(?:drank|swallowed|ate|downed|chugged) (?:it|them|all of it|the whole thing)`)),
  // Someone present who swallowed one: 911 first.
  rule("other-swallowed-poison", "medical_emergency", "en", `(?!my (?:dog|cat|puppy|kitten|pet)s?\\b)(?:${SOMEONE_HERE}) (?:just |accidentally |might have |may have |think (?:he|she) )?(?:drank|swallowed|ate|got into|drinking|swallowing|eating) ${AMOUNT}(?:${POISON})`),
  // ---- Spanish ----
  unlessStory(rule("es-tome-veneno", "suicide_attempt", "es", `${TOME} ${CANTIDAD_ES}(?:${VENENO})`)),
  unlessStory(rule("es-veneno-y-me-lo-tome", "suicide_attempt", "es", `(?:${VENENO})\\b[^\\n]{0,50}\\by (?:ya )?(?:me )?(?:lo|la|los|las) (?:tome|trague|bebi|comi|estoy tomando)`)),
  rule("es-otro-tomo-veneno", "medical_emergency", "es", `(?:mi (?:hij[oa]|bebe|nin[oa]|herman[oa]|mama|papa|amig[oa]|pareja|espos[oa]|novi[oa]|roomie|compa)|el (?:nino|bebe)|la (?:nina|bebe)|alguien) (?:se )?(?:tomo|trago|bebio|comio|esta tomando|se esta tomando|acaba de tomar) ${CANTIDAD_ES}(?:${VENENO})`),
  rule("es-voy-a-tomar-veneno", "suicidal_intent", "es", `(?:voy a|me voy a|ya voy a|esta noche me|hoy me) (?:tomar|tragar|beber|tomarme|tragarme|beberme|tomo|trago|bebo) ${CANTIDAD_ES}(?:${VENENO})`),

  // "sitting in the car with the engine running in the closed garage", "garaje cerrado con el motor prendido".
  unlessStory(rule("engine-in-garage", "suicide_attempt", "en", `${GARAGE}\\b[^\\n]{0,50}\\b${ENGINE} ${RUNNING}${NOT_CHORE}|${ENGINE} (?:\\w+ )?${RUNNING}\\b[^\\n]{0,40}\\b${GARAGE}${NOT_CHORE}`)),
  // "lit charcoal in the bathroom and sealed the door".
  unlessStory(rule("charcoal-sealed", "suicide_attempt", "en", `${NOT_OUT_OF_DOORS}(?:${CHARCOAL}\\b[^]{0,80}\\b${SEALED}|${SEALED}\\b[^]{0,80}\\b${CHARCOAL}\\b)`)),
  // Charcoal with the means of sealing a room, before the act: "bought charcoal and tape to seal the bathroom", "compré carbón y cinta para tapar las ventanas".
  unlessStory(rule("charcoal-to-seal", "preparatory_act", "en", `${CHARCOAL}\\b[^]{0,80}\\b${TO_SEAL}|${TO_SEAL}\\b[^]{0,80}\\b${CHARCOAL}\\b`)),
  // "jumped from the parking garage", "stepped in front of a car on purpose".
  unlessStory(rule("jumped-past", "suicide_attempt", "en",
    `${HEARD_OF}${JUMPED} (?:off|from) (?:a |the |that |this |my |our )?(?:${HEIGHT})${NOT_POOL}` +
      `|${STEPPED} (?:in front of (?:a |the )?(?:${VEHICLE})|(?:out )?into (?:oncoming )?traffic|(?:on|onto|across) the (?:train )?tracks)`)),
  // A fall from a moving vehicle, or into water, with its purpose.
  unlessStory(rule("fell-out-moving", "suicide_attempt", "en", `${FELL_OUT_EN}\\b[^]{0,80}?\\b${PURPOSE_EN}|${PURPOSE_EN}\\b[^]{0,40}?\\b${FELL_OUT_EN}`)),
  unlessStory(rule("into-water-to-end", "suicide_attempt", "en", `${INTO_WATER_EN}\\b[^]{0,40}?\\b${PURPOSE_EN}`)),
  unlessStory(rule("es-me-avente-del-carro", "suicide_attempt", "es", `${FROM_VEHICLE_ES}\\b[^]{0,60}?\\b${PURPOSE_ES}`)),
  unlessStory(rule("es-al-agua-para-acabar", "suicide_attempt", "es", `${INTO_WATER_ES}\\b[^]{0,40}?\\b${PURPOSE_ES}`)),
  // "gonna take all of them at once", "swallow all of it tonight".
  rule("take-all-of-them", "suicidal_intent", "en", "(?:take|swallow|down|pop|chug|eat) all (?:of )?(?:them|those|these|it)(?=$| (?:at once|tonight|today|now|right now|together|at the same time|in one go|when|after|and|every)\\b)"),
  // ---- Spanish ----
  unlessStory(rule("es-me-avente", "suicide_attempt", "es",
    `(?:me (?:avente|tire|lance|deje caer)|salte) (?:del|de la|de un|de una|desde el|desde la|desde un) (?:${ES_HEIGHT})${NOT_POOL}|(?:me (?:avente|tire|atravese|puse|lance)) (?:enfrente|delante|frente) (?:de|del|de un|de una) (?:carro|camion|tren|trailer|coche|bus|autobus)`)),
  rule("es-tomarlas-todas", "suicidal_intent", "es",
    "(?:me )?(?:las|los) (?:tomo|trago|voy a tomar|voy a tragar|tomare|tragare) (?:todas|todos)(?: (?:de (?:un jalon|golpe|una vez|un trago)|juntas|juntos))?|(?:tomarmelas|tragarmelas|tomarmelos|tragarmelos) (?:todas|todos)|me voy a (?:tomar|tragar) (?:todas|todos) (?:juntas|juntos|de golpe|de una vez|de un jalon)"),
];
