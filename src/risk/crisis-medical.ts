/**
 * Medical emergencies told by their signs, of the participant or of someone present, English
 * and Spanish (CDC concussion danger signs, stroke BE FAST signs, the Red Cross's first aid for
 * a seizure, fainting and anaphylaxis, and the alcohol and benzodiazepine withdrawal seizure):
 *
 *   - a head injury with a danger sign: "hit his head, now hes confused and keeps throwing up";
 *   - a seizure seen: "shaking on the floor and wont answer", "eyes rolled back", "le está dando
 *     un ataque", "se puso tieso y a temblar en el suelo";
 *   - a stroke: "his face is droopy", "la cara chueca", "can't talk right" after a collapse;
 *   - a collapse with a sign, a throat closing, a heavy chest with sweating: 911 first.
 * A bump, a washing machine, falling asleep on the couch and "almost fainted at the bill" name
 * no danger sign and do not match.
 */
import { SOMEONE_HERE } from "./grammar-en.ts";
import { anyOf, rule, type RiskRule } from "./types.ts";

const HEAD_HIT = anyOf(
  "(?:hit|hits|banged|bumped|smacked|cracked|slammed|whacked) (?:my|his|her|their) head", "(?:fell|fall|slipped|tripped|collapsed|fainted|passed out)(?: \\w+){0,4} (?:on|and hit|and cracked|and banged) (?:my|his|her|their) head",
  "head injury", "concussion", "knocked (?:out|unconscious)"
);
const HEAD_DANGER = anyOf(
  "confused", "confusion", "not making (?:any )?sense", "doesnt make sense", "(?:cant|doesnt|dont|does not) (?:remember|know where (?:he|she|i) (?:is|am))", "(?:keeps |kept |started |is |been )?(?:throwing up|vomiting|puking)",
  "threw up", "vomited", "puked", "blurry", "double vision", "seeing double", "slurring", "(?:cant|cannot) (?:stay awake|wake (?:him|her|them|up))", "wont wake up", "passed out", "blacked out",
  "seizure", "bleeding from (?:his|her|my|the) (?:ear|ears|nose)", "pupils", "worst headache", "(?:so |really )?(?:dizzy|drowsy) and"
);
/** Who is seen seizing: someone present or the participant, never a machine or a phone. */
const WHO = `(?:(?!my (?:phone|washer|washing|dryer|car|house|hands?|legs?|dog|cat|bed|fridge)\\b)${SOMEONE_HERE}|(?:the|my|our|a) (?:baby|toddler|child|boy|girl|man|woman|guy|lady|patient)|i|im|i was|i am)`;
const SEIZING = anyOf(
  "(?:shaking|jerking|twitching|convulsing|seizing|thrashing|flopping|spasming)(?: \\w+){0,3} (?:on the (?:floor|ground|bed|couch|bathroom floor)|uncontrollably|and (?:wont|cant|isnt|not) (?:answer|respond|stop|wake))",
  "(?:eyes|his eyes|her eyes) (?:rolled|rolling|rolled up|went) (?:back|up)", "(?:went|is|got|going) (?:all )?stiff and (?:shaking|jerking)", "(?:bit|biting) (?:my|his|her) tongue(?! (?:eating|chewing|talking|at (?:lunch|dinner|breakfast)|during (?:lunch|dinner|breakfast))\\b)",
  "(?:had|having|has) a (?:fit|seizure)(?=[^]{0,60}\\b(?:floor|ground|tongue|woke up|off (?:the )?(?:bars|xanax|benzos|klonopin|alcohol|booze)|stopped drinking|quit drinking|withdrawal|detox)\\b)"
);
const STROKE = anyOf(
  "(?:face|mouth|smile) (?:is |looks |went |has gone |gone )?(?:all )?(?:droopy|drooping|crooked|lopsided|numb on one side)", "(?:one|left|right) side of (?:his|her|my) (?:face|body) (?:is |went )?(?:numb|droopy|drooping|weak|dead|wont move)"
);
const COLLAPSE = anyOf("fainted", "passed out", "collapsed", "blacked out", "fell out", "went down", "dropped");
const COLLAPSE_SIGN = anyOf(
  "hit (?:his|her|my|their) head", "not making (?:any )?sense", "confused", "(?:cant|can not|cannot) (?:talk|speak) (?:right|straight|clearly)", "(?:wont|cant) (?:wake|come to)", "breathing (?:weird|funny|strange)", "not breathing right", "shaking (?:all over|on the (?:floor|ground))", "face (?:is )?(?:droopy|drooping)"
);
const AIRWAY = anyOf(
  "(?:throat|tongue|lips|face|airway) (?:is |are |keeps |started )?(?:swelling|swollen|closing|puffing)(?: up| shut)?", "(?:gasping|wheezing|choking)(?: for (?:air|breath))?\\b[^\\n]{0,40}\\b(?:cant|can not|cannot|not) (?:get (?:any )?air|breathe|talk)",
  "(?:cant|can not|cannot) get (?:any )?air (?:in|out)"
);
/** A heavy chest with a second sign of a heart attack. */
const CHEST = "chest (?:feels |is |feel )?(?:so |really |super )?(?:heavy|tight|crushed|squeezed)\\b[^]{0,60}?\\b(?:sweating|sweaty|dizzy|nauseous|sick|pass out|faint|arm|jaw|cant breathe|short of breath)";

const ES_NOT_MACHINE = "(?<!\\b(?:lavadora|secadora|refri|refrigerador|carro|telefono|cel|celular|mesa|casa|edificio|tierra|ventana)\\b[^\\n]{0,20})";
const GOLPE_ES = anyOf("(?:me|se|le) (?:pegue|pego|pega|di|dio|golpee|golpeo|golpea|dieron) (?:un golpe |un madrazo |un chingadazo )?(?:en|con) la cabeza", "(?:se|me) (?:cayo|callo|cai|cayeron|resbalo|resbale)(?: \\w+){0,4} y (?:se|me) (?:pego|pegue|golpeo|golpee|dio|di)");
const PELIGRO_ES = anyOf(
  "confundid[oa]", "no (?:sabe|se) (?:donde|quien)", "vomit\\w*", "guacare\\w*", "borroso", "veo doble", "no (?:se )?(?:despierta|reacciona)", "arrastra las palabras", "habla raro", "sangr\\w* (?:del|por el|por la) (?:oido|nariz)",
  "se desmay\\w*", "me desmaye", "convulsion\\w*", "no se acuerda", "no me acuerdo", "muy mareado"
);
const CONVULSION_ES = anyOf(
  "(?:le|me) (?:esta dando|dio|da|estan dando|dieron) (?:un |una )?(?:ataque|convulsion|convulsiones|crisis)(?! de (?:risa|panico|ansiedad|celos|tos|nervios|hambre|sueno|coraje|llanto))",
  "(?:tuvo|tiene|esta teniendo) (?:un |una )?(?:ataque epileptico|convulsion|convulsiones)",
  `${ES_NOT_MACHINE}(?:temblando|convulsionando|sacudiendose|retorciendose|a temblar)(?: \\w+){0,3} (?:en el (?:piso|suelo)|y no (?:contesta|responde|reacciona))`,
  "se le (?:fueron|voltearon|torcieron|pusieron) los ojos(?: (?:pa|para) (?:atras|arriba)| en blanco)?", "(?:se mordio|me mordi) la lengua(?! (?:comiendo|masticando|cenando|desayunando|almorzando|hablando|sin querer|jaja[a-z]*)\\b)", "se puso (?:tieso|tiesa|rigid[oa])"
);
const DERRAME_ES = anyOf("(?:la )?(?:cara|boca) (?:chueca|caida|torcida|de lado)", "(?:un lado|el lado (?:izquierdo|derecho)) (?:del cuerpo |de la cara )?(?:dormido|entumido|sin fuerza|no (?:lo )?(?:puede|puedo) mover)");
const DESMAYO_ES = "(?:se desmayo|se desplomo|se cayo al (?:piso|suelo)|cayo al (?:piso|suelo)|se desvanecio)\\b[^]{0,60}?\\b(?:no reacciona|habla raro|no puede hablar|se pego en la cabeza|confundid[oa]|no respira bien|temblando|cara chueca)";
const AIRE_ES = anyOf(
  "no (?:me|le) llega (?:el )?aire", "(?:se me|se le) (?:cierra|esta cerrando|cerro) la garganta", "(?:se me|se le) (?:hincho|hinchan|hincharon|esta hinchando|estan hinchando) (?:la garganta|la lengua|los labios|la cara)",
  "me falta el aire\\b[^]{0,40}?\\b(?:pecho|ahogo|desmayo|mareo|labios|garganta)", "(?:siento que )?me (?:estoy ahogando|ahogo)(?! de (?:risa|calor))\\b[^]{0,40}?\\b(?:garganta|aire|pecho)"
);

export const SIGN_RULES: RiskRule[] = [
  rule("head-injury-danger", "medical_emergency", "en", `${HEAD_HIT}\\b[^]{0,100}?\\b${HEAD_DANGER}|${HEAD_DANGER}\\b[^]{0,60}?\\b(?:after|since) (?:\\w+ ){0,2}${HEAD_HIT}`),
  rule("seizure-seen", "medical_emergency", "en", `${WHO} (?:\\w+ ){0,4}?${SEIZING}|${SEIZING}\\b[^]{0,80}?\\b(?:off (?:the )?(?:bars|xanax|benzos|klonopin|valium|ativan|alcohol|booze)|stopped drinking|quit drinking|withdrawal|detox)|(?:off (?:the )?(?:bars|xanax|benzos|klonopin|valium|ativan|alcohol|booze)|stopped drinking|quit drinking|withdrawal|detox)\\b[^]{0,80}?\\b${SEIZING}`),
  rule("stroke-signs", "medical_emergency", "en", `${STROKE}(?![^]{0,40}\\b(?:tired|sleepy|botox|dentist|novocaine|numbing|filler|lol|lmao|haha[a-z]*)\\b)|(?:${COLLAPSE}|suddenly|all of a sudden)\\b[^]{0,60}?\\b(?:cant|can not|cannot) (?:talk|speak) (?:right|straight|clearly|properly)`),
  rule("collapse-with-sign", "medical_emergency", "en", `(?:${COLLAPSE})\\b[^]{0,60}?\\b${COLLAPSE_SIGN}`),
  rule("airway-heart", "medical_emergency", "en", `${AIRWAY}|${CHEST}`),
  // ---- Spanish ----
  rule("es-golpe-cabeza-peligro", "medical_emergency", "es", `${GOLPE_ES}\\b[^]{0,100}?\\b${PELIGRO_ES}`),
  rule("es-convulsion-vista", "medical_emergency", "es", CONVULSION_ES),
  rule("es-derrame-desmayo", "medical_emergency", "es", `${DERRAME_ES}|${DESMAYO_ES}`),
  rule("es-vias-aereas", "medical_emergency", "es", AIRE_ES),
];
