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
import { anyOf, rule, type RiskRule, unlessStory } from "./types.ts";

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
/** A seizure that is over: a past time and a recovery both told ("le dio un ataque la semana pasada pero ya está bien"). */
const YA_PASO_ES = "(?!(?=[^]{0,60}\\b(?:la semana pasada|el mes pasado|el ano pasado|el otro dia|hace (?:un |una |unos |unas |\\w+ )?(?:dias?|semanas?|meses|mes|anos?))\\b)(?=[^]{0,120}\\b(?:ya (?:esta|estoy|anda|ando|se siente|me siento) (?:bien|mejor|en (?:casa|la escuela))|(?:esta|anda) (?:bien|mejor) (?:ya|ahora)|ya se recupero)\\b))";
const DERRAME_ES = anyOf("(?:la )?(?:cara|boca) (?:chueca|caida|torcida|de lado)", "(?:un lado|el lado (?:izquierdo|derecho)) (?:del cuerpo |de la cara )?(?:dormido|entumido|sin fuerza|no (?:lo )?(?:puede|puedo) mover)");
const DESMAYO_ES = "(?:se desmayo|se desplomo|se cayo al (?:piso|suelo)|cayo al (?:piso|suelo)|se desvanecio)\\b[^]{0,60}?\\b(?:no reacciona|habla raro|no puede hablar|se pego en la cabeza|confundid[oa]|no respira bien|temblando|cara chueca)";
const AIRE_ES = anyOf(
  "no (?:me|le) llega (?:el )?aire", "(?:se me|se le) (?:cierra|esta cerrando|cerro) la garganta", "(?:se me|se le) (?:hincho|hinchan|hincharon|esta hinchando|estan hinchando) (?:la garganta|la lengua|los labios|la cara)",
  "me falta el aire\\b[^]{0,40}?\\b(?:pecho|ahogo|desmayo|mareo|labios|garganta)", "(?:siento que )?me (?:estoy ahogando|ahogo)(?! de (?:risa|calor))\\b[^]{0,40}?\\b(?:garganta|aire|pecho)"
);

/** Days after the last drink: alcohol withdrawal delirium comes two to four days after stopping (NIAAA). */
const STOPPED_DRINKING = "(?:stopped|quit|quitting|stopping|cut out|laid off|put down) (?:drinking(?! (?:coffee|soda|pop|energy drinks?|caffeine|juice|tea|milk)\\b)|the booze|booze|alcohol|the bottle|liquor|beer)|(?:day|dia) (?:\\d+|one|two|three|four|five) (?:off|without|with no|no) (?:the )?(?:booze|drinking|alcohol|liquor|beer)|(?:since|after) (?:my )?last drink|last drink was|detoxing|detox(?:ing)? (?:myself |at home|alone|off)";
const DELIRIUM = "(?:bugs|spiders|ants|snakes|shadows|things|people|stuff|faces) (?:crawling|moving|running|on (?:the|my) (?:walls?|ceiling|floor|bed|sheets|arms?|skin)|in the corner|everywhere|that arent there)|(?:seeing|hearing|see|hear|keep seeing|saw) (?:things|shadows|bugs|stuff|spiders|people|voices)|(?:dont|do not|dont even|cant|not sure i) (?:know|tell|remember) where i am|(?:shaking|shakes|tremors|trembling)(?=[^]{0,50}\\b(?:sweat\\w*|soaked|drenched))|(?:sweating|sweaty|soaked|drenched)(?=[^]{0,50}\\b(?:shaking|shakes|tremors|trembling))";
const DEJE_ES = "(?:deje|dejar|paro|pare|he dejado) (?:de )?(?:tomar|beber|chupar|pistear|el trago|el alcohol|la bebida|el pisto|la botella|la cerveza|el chupe)|(?:sin|no he) (?:tomar|tomado|beber|bebido|alcohol|trago|probar alcohol)|(?:mi )?ultimo trago";
const DELIRIO_ES = "(?:veo|viendo|vi|oigo|oyendo|escucho|siento) (?:cosas|bichos|animales|sombras|aranas|gente|voces|hormigas)|no (?:se|se ni|se bien|reconozco) (?:donde|en donde|adonde) estoy|(?:temblando|tiemblo|temblar|temblor\\w*)(?=[^]{0,50}\\bsud\\w*)|(?:sudando|sudar|sudor\\w*)(?=[^]{0,50}\\btembl\\w*)";
/** Blood lost from the gut: black, tarry or bloody stool, or vomit like coffee grounds (NIDDK). */
const GI_BLEED_EN = "(?:poop|stool|stools|poo|shit|bm|bowel movements?)s? (?:is |are |was |were |looks? |came out |been )?(?:all |really |totally )?(?:black|tarry|like tar|bloody|full of blood|maroon)|black (?:tarry )?(?:poop|stool|stools|shit)|(?:vomit|throw up|puke|throwing up|threw up|puking|vomiting|vomited)(?: \\w+){0,2} (?:looks? |is |was )?(?:like )?(?:coffee grounds|black|dark brown|blood)";
const FAINT_EN = "(?:dizzy|lightheaded|light headed|passed out|passing out|almost passed out|fainted|nearly fainted|(?:cant|can not|cannot|can barely) (?:stand|stand up|get up|walk)|so weak|pale|heart (?:is )?racing)";
const SANGRADO_ES = "(?:popo|caca|heces|excremento|evacuaciones?)\\w* (?:me |le )?(?:sale |salio |esta |estan |bien |muy |toda |todo )*(?:negr[oa]s?|con sangre|como chapopote|como alquitran)|(?:vomit\\w*|guacare\\w*|devolv\\w*) (?:como )?(?:cafe molido|borra de cafe|algo negro|negro|sangre)|sangre (?:negra |oscura )?(?:al|cuando) (?:vomitar|vomito|vomite|devolver)";
const DESMAYO_SANGRADO_ES = "(?:maread[oa]|mareos?|me desmaye|desmayo|me voy a desmayar|no me puedo (?:parar|levantar)|no puedo (?:pararme|levantarme)|debil|palid[oa])";
const NOT_OTHER_CAUSE_EN = "(?![^]{0,80}\\b(?:iron|pepto|bismuth|blueberries|beets|licorice|doc said|doctor said|normal|lol|haha[a-z]*)\\b)(?<!\\b(?:iron|pepto|bismuth|blueberries|beets|licorice)\\b[^]{0,80})";
const NOT_OTHER_CAUSE_ES = "(?![^]{0,80}\\b(?:hierro|pepto|betabel|moras|normal|jaja[a-z]*)\\b)(?<!\\b(?:hierro|pepto|betabel|moras)\\b[^]{0,80})";

export const SIGN_RULES: RiskRule[] = [
  // Withdrawal delirium: "day 3 off the booze, bugs on the walls and im shaking", "dejé de tomar el viernes y veo sombras".
  unlessStory(rule("withdrawal-delirium", "medical_emergency", "en", `(?:${DELIRIUM})(?=[^]{0,160}\\b(?:${STOPPED_DRINKING}))|(?:${DELIRIUM})(?<=\\b(?:${STOPPED_DRINKING})\\b[^]{0,160})`)),
  unlessStory(rule("es-delirio-abstinencia", "medical_emergency", "es", `(?:${DELIRIO_ES})(?=[^]{0,160}\\b(?:${DEJE_ES}))|(?:${DELIRIO_ES})(?<=\\b(?:${DEJE_ES})\\b[^]{0,160})`)),
  // Bleeding from the gut with faintness: "poop is black like tar and i almost passed out"; vomit like coffee grounds alone.
  rule("gi-bleed", "medical_emergency", "en", `(?:(?:${GI_BLEED_EN})(?=[^]{0,80}\\b${FAINT_EN})|(?:${GI_BLEED_EN})(?<=\\b${FAINT_EN}\\b[^]{0,80})|(?:vomit|throw up|puke|throwing up|threw up|puking|vomiting)(?: \\w+){0,2} (?:looks? |is |was )?like coffee grounds)${NOT_OTHER_CAUSE_EN}`),
  rule("es-sangrado-digestivo", "medical_emergency", "es", `(?:(?:${SANGRADO_ES})(?=[^]{0,80}\\b${DESMAYO_SANGRADO_ES})|(?:${SANGRADO_ES})(?<=\\b${DESMAYO_SANGRADO_ES}\\b[^]{0,80})|(?:vomit\\w*|guacare\\w*) (?:como )?(?:cafe molido|borra de cafe))${NOT_OTHER_CAUSE_ES}`),
  rule("head-injury-danger", "medical_emergency", "en", `${HEAD_HIT}\\b[^]{0,100}?\\b${HEAD_DANGER}|${HEAD_DANGER}\\b[^]{0,60}?\\b(?:after|since) (?:\\w+ ){0,2}${HEAD_HIT}`),
  unlessStory(rule("seizure-seen", "medical_emergency", "en", `${WHO} (?:\\w+ ){0,4}?${SEIZING}|${SEIZING}\\b[^]{0,80}?\\b(?:off (?:the )?(?:bars|xanax|benzos|klonopin|valium|ativan|alcohol|booze)|stopped drinking|quit drinking|withdrawal|detox)|(?:off (?:the )?(?:bars|xanax|benzos|klonopin|valium|ativan|alcohol|booze)|stopped drinking|quit drinking|withdrawal|detox)\\b[^]{0,80}?\\b${SEIZING}`)),
  rule("stroke-signs", "medical_emergency", "en", `${STROKE}(?![^]{0,40}\\b(?:tired|sleepy|botox|dentist|novocaine|numbing|filler|lol|lmao|haha[a-z]*)\\b)|(?:${COLLAPSE}|suddenly|all of a sudden)\\b[^]{0,60}?\\b(?:cant|can not|cannot) (?:talk|speak) (?:right|straight|clearly|properly)`),
  rule("collapse-with-sign", "medical_emergency", "en", `(?:${COLLAPSE})\\b[^]{0,60}?\\b${COLLAPSE_SIGN}`),
  rule("airway-heart", "medical_emergency", "en", `${AIRWAY}|${CHEST}`),
  // ---- Spanish ----
  rule("es-golpe-cabeza-peligro", "medical_emergency", "es", `${GOLPE_ES}\\b[^]{0,100}?\\b${PELIGRO_ES}`),
  unlessStory(rule("es-convulsion-vista", "medical_emergency", "es", `(?:${CONVULSION_ES})${YA_PASO_ES}`)),
  rule("es-derrame-desmayo", "medical_emergency", "es", `${DERRAME_ES}|${DESMAYO_ES}`),
  rule("es-vias-aereas", "medical_emergency", "es", AIRE_ES),
];
