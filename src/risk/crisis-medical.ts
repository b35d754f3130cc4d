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
import { OVER_NOW_EN } from "./crisis-emergency.ts";
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

/** Benzodiazepines, whose sudden stop seizes like alcohol's (FDA boxed warning, 2020). */
const BENZO_EN = "(?:my |the |all my |all the )?(?:benzos|bars|xans?|xanax|xannies|klonopin|klonnies|k ?pins|valium|ativan|clonazepam|alprazolam|lorazepam|diazepam|librium)";
/**
 * Days after the last drink or pill: alcohol withdrawal delirium comes two to four days after
 * stopping (NIAAA); benzodiazepines stopped at once ("no xanax since friday", "ran out of my
 * klonopin") seize the same way.
 */
const STOPPED_DRINKING = `(?:stopped|quit|quitting|stopping|came off|coming off|ran out of|run out of|out of|cut off) ${BENZO_EN}|(?:no|without|off|havent had|havent taken) ${BENZO_EN} (?:since|for|in)|(?:stopped|quit|quitting|stopping|cut out|laid off|put down) (?:drinking(?! (?:coffee|soda|pop|energy drinks?|caffeine|juice|tea|milk)\\b)|the booze|booze|alcohol|the bottle|liquor|beer)|(?:day|dia) (?:\\d+|one|two|three|four|five) (?:off|without|with no|no) (?:the )?(?:booze|drinking|alcohol|liquor|beer)|(?:since|after) (?:my )?last drink|last drink was|detoxing|detox(?:ing)? (?:myself |at home|alone|off)|cold turkey(?<=\\b(?:${BENZO_EN}|drinking|booze|alcohol|liquor)\\b[^]{0,60})`;
const DELIRIUM = "(?:bugs|spiders|ants|snakes|shadows|things|people|stuff|faces) (?:crawling|moving|running|on (?:the|my) (?:walls?|ceiling|floor|bed|sheets|arms?|skin)|in the corner|everywhere|that arent there)|(?:seeing|hearing|see|hear|keep seeing|saw) (?:things|shadows|bugs|stuff|spiders|people|voices)|(?:dont|do not|dont even|cant|not sure i) (?:know|tell|remember) where i am|(?:shaking|shakes|tremors|trembling)(?=[^]{0,50}\\b(?:sweat\\w*|soaked|drenched))|(?:sweating|sweaty|soaked|drenched)(?=[^]{0,50}\\b(?:shaking|shakes|tremors|trembling))|(?:feels?|feeling) like (?:a seizure|a fit|im (?:gonna|going to|about to) (?:seize|have a (?:seizure|fit)))|(?:seizure|fit) (?:is )?(?:coming(?: on)?|starting)|(?:about to|gonna|going to) (?:seize|have a (?:fit|seizure))|not making (?:any )?sense|(?:keep|kept) forgetting where i am|(?:shaking|shakes|tremors|trembling|twitching|jerking)(?=[^]{0,60}\\b(?:heart (?:is )?(?:pounding|racing)|sweat\\w*|soaked|drenched|seiz\\w*))|(?:heart (?:is )?(?:pounding|racing)|sweating|sweaty|soaked|drenched)(?=[^]{0,60}\\b(?:shaking|shakes|tremors|trembling|twitching|jerking|heart (?:is )?(?:pounding|racing)|seiz\\w*|a fit))";
const BENZO_ES = "(?:el |la |los |las |mis |mi )?(?:clonazepam|rivotril|xanax|alprazolam|tafil|diazepam|valium|lorazepam|ativan|benzos?|pastillas para (?:los nervios|dormir|la ansiedad))";
const DEJE_ES = `(?:deje|pare|me quite|me quitaron|se me acabaron|se me acabo|sin|ya no tengo|no he tomado) ${BENZO_ES}|(?:deje|dejar|paro|pare|he dejado) (?:de )?(?:tomar|beber|chupar|pistear|el trago|el alcohol|la bebida|el pisto|la botella|la cerveza|el chupe)|(?:sin|no he) (?:tomar|tomado|beber|bebido|alcohol|trago|probar alcohol)|(?:mi )?ultimo trago|(?:deje|deja) (?:\\w+ )?(?:el guaro|el trago|el pisto|el alcohol|la bebida|el chupe|el ron|el clonazepam|el rivotril|el xanax) de (?:golpe|un solo|una vez|jalon)`;
const DELIRIO_ES = "(?:veo|viendo|vi|oigo|oyendo|escucho|siento) (?:cosas|bichos|animales|sombras|aranas|gente|voces|hormigas)|no (?:se|se ni|se bien|reconozco) (?:donde|en donde|adonde) estoy|(?:temblando|tiemblo|temblar|temblor\\w*)(?=[^]{0,50}\\bsud\\w*)|(?:sudando|sudar|sudor\\w*)(?=[^]{0,50}\\btembl\\w*)|(?:siento que )?me va a dar (?:un ataque|una convulsion|convulsiones)|(?:no hablo|no estoy hablando) (?:con sentido|claro|coherente)|(?:ando|estoy) (?:bien |muy )?confundid[oa]|(?:tiemblo|temblando|temblor\\w*)(?=[^]{0,60}\\b(?:corazon|sud\\w*|convuls\\w*))|(?:corazon (?:a mil|me late (?:muy |bien )?(?:rapido|fuerte))|sudando|sudo)(?=[^]{0,60}\\b(?:tembl\\w*|convuls\\w*|ataque))";
/** Blood lost from the gut: black, tarry or bloody stool, or vomit like coffee grounds (NIDDK). */
const GI_BLEED_EN = "(?:poop|stool|stools|poo|shit|bm|bowel movements?)s? (?:is |are |was |were |looks? |came out |been )?(?:all |really |totally )?(?:black|tarry|like tar|bloody|full of blood|maroon)|black (?:tarry )?(?:poop|stool|stools|shit)|(?:vomit|throw up|puke|throwing up|threw up|puking|vomiting|vomited)(?: \\w+){0,2} (?:looks? |is |was )?(?:like )?(?:coffee grounds|black|dark brown|blood)";
const FAINT_EN = "(?:dizzy|lightheaded|light headed|passed out|passing out|almost passed out|fainted|nearly fainted|(?:cant|can not|cannot|can barely) (?:stand|stand up|get up|walk)|so weak|pale|heart (?:is )?racing)";
const SANGRADO_ES = "(?:popo|caca|heces|excremento|evacuaciones?)\\w* (?:me |le )?(?:sale |salio |esta |estan |bien |muy |toda |todo )*(?:negr[oa]s?|con sangre|como chapopote|como alquitran)|(?:vomit\\w*|guacare\\w*|devolv\\w*) (?:como )?(?:cafe molido|borra de cafe|algo negro|negro|sangre)|sangre (?:negra |oscura )?(?:al|cuando) (?:vomitar|vomito|vomite|devolver)";
const DESMAYO_SANGRADO_ES = "(?:maread[oa]|mareos?|me desmaye|desmayo|me voy a desmayar|no me puedo (?:parar|levantar)|no puedo (?:pararme|levantarme)|debil|palid[oa])";
const NOT_OTHER_CAUSE_EN = "(?![^]{0,80}\\b(?:iron|pepto|bismuth|blueberries|beets|licorice|doc said|doctor said|normal|lol|haha[a-z]*)\\b)(?<!\\b(?:iron|pepto|bismuth|blueberries|beets|licorice)\\b[^]{0,80})";
const NOT_OTHER_CAUSE_ES = "(?![^]{0,80}\\b(?:hierro|pepto|betabel|moras|normal|jaja[a-z]*)\\b)(?<!\\b(?:hierro|pepto|betabel|moras)\\b[^]{0,80})";

/** Either sign followed, within `n` characters of the same text, by the other. */
function pair(a: string, b: string, n = 120): string {
  return `(?:${a})(?=[^]{0,${n}}?\\b(?:${b})(?![a-z]))|(?:${b})(?=[^]{0,${n}}?\\b(?:${a})(?![a-z]))`;
}
/** Not a laugh, a workout or a numbing shot within 60 characters either side. */
const NOT_BENIGN_CAUSE_WORDS = "(?:lol|lmao|haha[a-z]*|jaja[a-z]*|jeje[a-z]*|laugh\\w*|reir|risa|running|ran|run|jog\\w*|gym|workout|working out|cardio|stairs|hike|hiking|practice|dentist|dentista|novocaine|anesthesia|anestesia|numbing|botox|filler|root canal|muela|correr|corri|ejercicio|escaleras|popsicle|lipstick|labial|paleta|raspado|freezing|alberca|pool|frio)";
const NOT_BENIGN_CAUSE = `(?![^]{0,60}\\b${NOT_BENIGN_CAUSE_WORDS}\\b)(?<!\\b${NOT_BENIGN_CAUSE_WORDS}\\b[^]{0,60})`;

/** A sudden onset, the stroke clock: "out of nowhere", "started 10 minutes ago", "de repente". */
const ONSET = anyOf(
  "sudden", "suddenly", "all of a sudden", "out of nowhere", "outta nowhere", "came on (?:fast|so fast|sudden\\w*)", "(?:started|began|happened|been going on) (?:like |about |maybe |around )?(?:\\d+|ten|five|fifteen|twenty|thirty|a few|a couple) ?min\\w*", "(?:\\d+|ten|five|fifteen|twenty|thirty|a few) ?min\\w* ago",
  "de repente", "derrepente", "de golpe", "de la nada", "(?:empezo|comenzo|le empezo|me empezo) hace", "hace (?:como |unos |apenas )?(?:\\d+|diez|cinco|quince|veinte|treinta) ?min\\w*"
);
/** Stroke (BE FAST) signs, English. */
const FACE_EN = "(?:face|mouth|smile|lip|lips|cheek)(?: \\w+){0,3}? (?:droop\\w*|crooked|lopsided|sagging|saggy|twisted|numb|tingly|tingling|dead|falling|fell|slanted)|(?:half|one side|side) (?:of )?(?:my|his|her|their|the) (?:face|mouth)";
const LIMB_EN = "(?:(?:left|right|one) (?:arm|leg|hand|foot|side)|(?:my|his|her|their) (?:arm|leg|hand)|(?:arm|leg) on one side)(?: and (?:arm|leg|hand|foot|face))?(?: \\w+){0,3}? (?:is |are |went |feels |feel |got |gone |has gone |keeps )?(?:all |so |really )?(?:weak|numb|limp|dead|heavy|floppy|useless|gave out|giving out|wont (?:move|work)|(?:cant|can not|cannot) (?:move|lift))";
const SPEECH_EN = "slurr\\w*|(?:talking|talks|sounds|sounding|speaking) (?:all )?(?:funny|weird|strange|wrong|drunk|like (?:hes|shes|im) drunk|gibberish|nonsense)|(?:cant|can not|cannot|couldnt) (?:get (?:my|his|her|the) words out|find (?:my|his|her|the) words|talk (?:right|rite|rigth|normal|straight)|speak (?:right|rite|normal)|say (?:the )?words)|words (?:are |keep )?(?:coming out )?(?:wrong|slurred|jumbled|garbled|mixed up)|speech is (?:slurred|off|weird|funny|garbled)|gibberish";
const VISION_EN = "(?:cant|cannot|can not|couldnt) see (?:out of |outta |from |with )?(?:my|his|her|one|the) (?:left |right )?eye|(?:lost|losing) (?:the |my |his |her )?(?:vision|sight|eyesight) (?:in|out of|of) (?:one|my|his|her|the) (?:left |right )?eye|(?:lost|losing) (?:my |his |her )?(?:vision|sight) (?:in one eye|suddenly|all of a sudden)|(?:vision|sight) (?:in (?:one|my|his|her) (?:left |right )?eye )?(?:went|just went|going|is going) (?:black|dark|blurry|dim)";
const HEADACHE_EN = "(?:worst|worse) headache (?:of (?:my|his|her|their) life|ever|ive ever had|hes ever had|shes ever had|i ever had|i have ever had)|thunderclap headache|headache (?:came on|hit) (?:\\w+ ){0,2}(?:sudden\\w*|out of nowhere|like a (?:bomb|truck|bat))";
const STROKE_SIGN_EN = anyOf(FACE_EN, LIMB_EN, SPEECH_EN, VISION_EN, HEADACHE_EN);
/** A stroke named as a guess about now: "think its a stroke", "is he having a stroke". */
const STROKE_GUESS_EN = "(?:think|thinks|thinking|might be|could be|maybe|pretty sure|scared) (?:its |it is |hes having |shes having |im having |he is having |she is having |theyre having |he had |she had |i had )?(?:a )?stroke(?! of (?:luck|genius|insight|brilliance)\\b)";

/** Stroke signs, Spanish: "se le tuerce la boca", "no puede hablar bien", "se me durmió todo el lado". */
const CARA_ES = "se (?:me|le) (?:tuerce|torcio|esta torciendo|ladea|ladeo|chueque\\w*|cae|cayo|esta cayendo|va de lado|fue de lado|durmio|entumio|adormecio) (?:toda |la mitad de )?(?:la )?(?:boca|cara)(?! de (?:verguenza|pena|risa)\\b)|(?:boca|cara)(?: \\w+){0,2}? (?:chueca|caida|torcida|de lado|ladeada|dormida|entumida|entumecida|adormecida|paralizada)|(?:no (?:siento|me siento|le siento)|se (?:me|le) (?:durmio|entumio|adormecio)) (?:la mitad|un lado|el lado \\w+) de (?:la|mi|su) cara|(?:la )?mitad de (?:la|mi|su) cara";
const MIEMBRO_ES = "se (?:me|le) (?:durmio|entumio|entumecio|adormecio|duerme|entume|paralizo|quedo (?:dormid[oa]|sin fuerza|muert[oa])) (?:todo |toda )?(?:el|la|un|una) (?:brazo|pierna|mano|lado|pie)|no (?:mueve|puede mover|puedo mover|siento|siente|levanta|puede levantar|puedo levantar) (?:el|la|un|una|mi|su) (?:brazo|pierna|mano|lado)|(?:brazo|pierna|lado|mano) (?:izquierd[oa] |derech[oa] )?(?:sin fuerza|dormid[oa]|entumid[oa]|adormecid[oa]|paralizad[oa]|muert[oa])";
const HABLA_ES = "no (?:puede|puedo|podia|pudo) hablar (?:bien|claro|normal)|habla(?:ndo)? (?:bien )?(?:raro|chistoso|mocho|trabado|arrastrado|como borrach[oa])|hablo raro|arrastra(?:ndo)? las palabras|se (?:me|le) (?:traba|trababa|trabo) la lengua|no (?:se le|le) entiende (?:nada|lo que dice)|no (?:le|me) salen las palabras";
const VISTA_ES = "(?:no veo|no ve|no puedo ver|no puede ver) (?:nada )?(?:de|con|por) (?:un|el|mi|su) ojo|(?:perdi|perdio|se me fue|se le fue) la vista (?:de|en) (?:un|el) ojo|se (?:me|le) (?:nublo|oscurecio|apago|fue) (?:la vista|el ojo|un ojo)(?: de repente| de golpe)?";
const CABEZA_ES = "(?:el )?peor dolor de cabeza de (?:mi|su) vida|dolor de cabeza (?:muy |bien )?(?:fuerte |horrible |espantoso )?(?:de repente|de golpe|repentino|de la nada)";
const DERRAME_SIGN_ES = anyOf(CARA_ES, MIEMBRO_ES, HABLA_ES, VISTA_ES, CABEZA_ES);
const DERRAME_GUESS_ES = "(?:creo que|parece que|a lo mejor|puede ser|sera) (?:es |le esta dando |me esta dando |le dio |me dio )?(?:un )?(?:derrame|embolia|infarto cerebral|ataque cerebral)";

/** Asthma not relieved, English. */
const INHALER_EN = "(?:rescue )?(?:inhaler|puffer|albuterol|ventolin|nebulizer|neb|breathing treatment)s?";
const NOT_WORKING_EN = "(?:isnt|is not|not|aint|wasnt|doesnt|does not|didnt|did not|wont|nothing) (?:working|helping|doing (?:anything|nothing|shit|a thing|much)|work|help|touching it)|(?:does|did|doing) nothing|useless|(?:and|but) (?:still|im still|hes still|shes still|its still) (?:wheez\\w*|cant|tight|gasping|short of breath|struggling)";
const ASTHMA_STRONG_EN = `${INHALER_EN}(?: \\w+){0,5}? (?:${NOT_WORKING_EN})|(?:bad|severe|really bad|terrible|worst|huge|major) asthma attack|asthma attack (?:rn|right now|now|happening)`;
const BREATH_SIGN_EN = "(?:lips|lip|fingernails|nails|face|fingers)(?: \\w+){0,2}? (?:blue|purple|gray|grey|bluish)|asthma attack|wheez\\w*|(?:cant|cannot|can not|cnt|couldnt) (?:catch (?:my|his|her|their) breath|get (?:a )?(?:full |good )?breath|finish (?:a|my|his|her|one) (?:sentence|word)|talk|speak)|(?:gasping|struggling|fighting|fightin) for (?:air|breath)|chest (?:is |feels )?(?:so |really )?tight|(?:cant|cannot|can not) breathe|(?:hard|trouble) (?:to )?breath\\w*|inhaler|puffer|nebulizer";

/** Asthma not relieved, Spanish. */
const INHALADOR_ES = "(?:el |la |mi |su )?(?:inhalador|salbutamol|ventolin|nebulizador|nebulizacion|bomba del asma|bombita|bomba|puff)";
const NO_SIRVE_ES = "no (?:me |le )?(?:hace|esta haciendo|hizo) (?:nada|efecto)|(?:ya )?no (?:me |le )?(?:funciona|sirve|ayuda|esta funcionando|esta sirviendo|esta ayudando|sirvio|funciono|ayudo|hace nada)|(?:y|pero) (?:sigo|sigue) (?:silbando|ahogand\\w*|sin aire)";
const ASMA_STRONG_ES = `${INHALADOR_ES}(?: \\w+){0,4}? (?:${NO_SIRVE_ES})(?=[^]{0,80}\\b(?:asma|aire|respir\\w*|pecho|silb\\w*|ahog\\w*)|(?<=\\b(?:asma|aire|respir\\w*|pecho|silb\\w*|ahog\\w*|inhalador|salbutamol|ventolin|nebulizador)\\b[^]{0,80}))|(?:no (?:me|le) (?:hace|hizo) nada|no (?:me|le) (?:sirve|funciona|ayuda)) (?:el|la|mi|su) (?:inhalador|salbutamol|ventolin|nebulizador|bomba del asma)|no (?:puedo|puede|podia) (?:agarrar|jalar|tomar|recuperar|coger|meter) (?:el )?aire${NOT_BENIGN_CAUSE}`;
const ASMA_SIGN_ES = "(?:labios|boca|unas|dedos)(?: \\w+){0,2}? (?:morad[oa]s?|azul(?:es)?|azulad[oa]s?)|(?:poniendo|pusieron|puso|pone|ponen) (?:bien |muy )?(?:morad[oa]s?|azul(?:es)?) (?:los labios|la boca|las unas)|(?:ataque|crisis) de asma|(?:me|le) (?:esta dando|dio|da|agarro) (?:el |un ataque de |una crisis de )?asma|silb\\w* (?:del |el )?pecho|(?:me|le) silba el pecho|no (?:puedo|puede|podia) (?:terminar|acabar) (?:una|la) (?:frase|oracion)|no (?:puedo|puede) hablar|no (?:puedo|puede|podia) respirar|no (?:me|le) (?:entra|llega) (?:el )?aire|(?:me|le) cuesta (?:mucho )?respirar|ahog\\w*|inhalador|bomba";

/** Diabetic emergencies, English: a number or a meter's HI/LO beside a danger sign. */
const SUGAR_EN = "(?:blood )?(?:sugar|sugars|glucose)|bs|bg|(?:glucose )?(?:meter|monitor|glucometer|dexcom|libre|cgm)";
const NOT_AMOUNT = "(?! ?(?:calories|cals?|grams?|g|mg|carbs?|dollars|bucks|percent|pounds|lbs)\\b)";
const HIGH_EN = `(?:${SUGAR_EN})(?: \\w+){0,4}? (?:[3-9]\\d\\d|1\\d\\d\\d)s?${NOT_AMOUNT}|(?:${SUGAR_EN}|it) (?:just )?(?:says|reads|said|read|shows|showed|shows me|showing) (?:hi|high)\\b|(?:sugar|glucose) (?:is |went |shot |is way |way )?(?:through the roof|sky high|off the charts)|dka|ketoacidosis|diabetic coma`;
const LOW_EN = `(?:${SUGAR_EN})(?: \\w+){0,4}? (?:[1-5]\\d|[2-9])s?${NOT_AMOUNT}(?! (?:min|minutes|hours|years|days|units)\\b)|(?:${SUGAR_EN}|it) (?:just )?(?:says|reads|said|read|shows|showed) lo\\b|(?:sugar|glucose) (?:is |went |dropped |crashed |tanked |bottomed )?(?:so |really |super |way |dangerously )?(?:low|dropped|crashed|tanked|bottomed out)|insulin shock|hypoglycemic|hypo\\b`;
const HIGH_SIGN_EN = "throw\\w* up|threw up|vomit\\w*|puk\\w*|confus\\w*|not making (?:any )?sense|fruity|(?:smells|smell|breath) (?:like )?(?:fruit|nail polish|acetone)|passed out|passing out|(?:cant|cannot) (?:stay awake|wake (?:him|her|them|up))|wont wake|breathing (?:fast|deep|weird|heavy|hard)|cant think|ketones|so out of it";
const LOW_SIGN_EN = "shak\\w*|trembl\\w*|sweat\\w*|confus\\w*|not making (?:any )?sense|passed out|passing out|(?:going to|gonna|about to|might) (?:pass out|faint)|faint\\w*|dizzy|(?:cant|cannot) (?:think|stay awake|wake (?:him|her|them|up)|focus)|wont wake|seizure|out of it|acting (?:drunk|weird|strange|funny)|not (?:responding|answering)";
const LOW_STRONG_SIGN_EN = "confus\\w*|not making (?:any )?sense|passed out|passing out|(?:going to|gonna|about to) pass out|fainted|(?:cant|cannot) (?:think|stay awake|wake (?:him|her|them|up))|wont wake|seizure|out of it|acting (?:drunk|weird|strange)|not (?:responding|answering)";

/** Diabetic emergencies, Spanish. */
const AZUCAR_ES = "(?:azucar|glucosa|glucemia|glucometro|medidor|sensor)";
const ALTA_ES = `${AZUCAR_ES}(?: \\w+){0,4}? (?:[3-9]\\d\\d|1\\d\\d\\d)${NOT_AMOUNT}|${AZUCAR_ES}(?: \\w+){0,3}? (?:bien |muy |super )?(?:alta|altisima|por las nubes|hasta el cielo|por el cielo)|(?:glucometro|medidor|sensor|aparato) (?:\\w+ )?(?:dice|marca|marco|sale|salio|muestra) (?:hi|high)\\b|cetoacidosis|coma diabetico`;
const BAJA_ES = `${AZUCAR_ES}(?: \\w+){0,4}? (?:[1-5]\\d|[2-9])${NOT_AMOUNT}(?! (?:min|minutos|horas|anos|dias|unidades)\\b)|se (?:me|le) (?:bajo|bajaba|esta bajando|fue|cayo) (?:mucho )?(?:el |la )?(?:azucar|glucosa)|${AZUCAR_ES} (?:bien |muy |super )?baja|(?:glucometro|medidor|sensor|aparato) (?:\\w+ )?(?:dice|marca|marco|muestra) lo\\b|hipoglucemia|un bajon de azucar`;
const ALTA_SIGN_ES = "vomit\\w*|guacare\\w*|devolv\\w*|confundid[oa]|no (?:reacciona|reacciono|responde|contesta|despierta)|(?:huele|olor|aliento)(?: \\w+){0,3} (?:a )?(?:fruta|manzana|acetona)|desmay\\w*|(?:bien |muy )?mareado|no (?:puede|puedo) (?:despertar|mantenerse despiert[oa]|pensar)|respira (?:rapido|raro|muy hondo)|cetonas";
const BAJA_SIGN_ES = "confundid[oa]|no (?:reacciona|reacciono|responde|contesta|despierta)(?: bien)?|desmay\\w*|(?:me|se) (?:voy|va) a desmayar|no (?:puede|puedo) (?:despertar|pensar)|como borrach[oa]|convuls\\w*|tembl\\w*|sud\\w*|mareado";
const BAJA_STRONG_SIGN_ES = "confundid[oa]|no (?:reacciona|reacciono|responde|contesta|despierta)(?: bien)?|desmay\\w*|(?:me|se) (?:voy|va) a desmayar|no (?:puede|puedo) (?:despertar|pensar)|como borrach[oa]|convuls\\w*";
const LOW_NUMBER_EN = `(?:${SUGAR_EN})(?: \\w+){0,4}? (?:[1-5]\\d|[2-9])s?${NOT_AMOUNT}(?! (?:min|minutes|hours|years|days|units)\\b)`;
const LOW_NUMBER_ES = `${AZUCAR_ES}(?: \\w+){0,4}? (?:[1-5]\\d|[2-9])${NOT_AMOUNT}(?! (?:min|minutos|horas|anos|dias|unidades)\\b)`;

/** Severe allergic reactions. */
const NOT_SEASONAL = "(?![^]{0,80}\\b(?:seasonal|pollen|hay fever|ragweed|spring|polen|primavera|temporada)\\b)(?<!\\b(?:seasonal|pollen|hay fever|ragweed|spring|polen|primavera|temporada)\\b[^]{0,80})";
const EPI_EN = "(?:used|use|using|gave|give|giving|had to use|just used|stabbed|jabbed|shot|hit)(?: \\w+){0,2}? (?:with )?(?:an |the |my |his |her |their )?(?:epi ?pens?|epinephrine|auvi ?q)|(?:epi ?pen|epinephrine) (?:shot|injection)";
const ALLERGY_CONTEXT_EN = "allerg\\w*|anaphyla\\w*|bee sting|stung|sting|peanuts?|tree nuts?|nuts|shellfish|shrimp|penicillin|amoxicillin|hives|epi ?pen";
const ALLERGY_SIGN_EN = "throat (?:feels |is |getting |feel |keeps )?(?:like (?:its |it is )?)?(?:so |really |super |kinda )?(?:tight|closing|swelling|swollen|thick)|tongue(?: \\w+){0,2}? (?:swell\\w*|swollen|thick|huge)|(?:lips?|face|eyes) (?:\\w+ ){0,2}?(?:swell\\w*|swollen|puff\\w*|blowing up)|(?:hard|trouble|difficult|struggling) (?:to )?breath\\w*|(?:cant|cannot|can not) breathe|wheez\\w*|(?:dizzy|faint|lightheaded|passing out|passed out)";
const ALERGIA_CONTEXT_ES = "alergi\\w*|reaccion alergica|anafila\\w*|(?:me|le|nos) pic(?:o|aron)|picadura|abejas?|avispas?|cacahuates?|mani|nuez|nueces|mariscos|camar(?:on|ones)|penicilina|amoxicilina|ronchas|urticaria|epipen";
const ALERGIA_SIGN_ES = "(?:hinch\\w*|inflam\\w*)(?: \\w+){0,2}? (?:la garganta|la lengua|los labios|la boca|la cara|los ojos)|(?:garganta|lengua|labios|boca|cara|ojos) (?:\\w+ )?(?:hinchad[oa]s?|inflamad[oa]s?|cerrad[oa]|apretad[oa])|(?:me|le) cuesta (?:mucho |trabajo )?respirar|no (?:puedo|puede) respirar|no (?:me|le) (?:entra|llega) (?:el )?aire|dificultad para respirar|silb\\w*|mare\\w*|desmay\\w*";
const EPI_ES = "(?:me puse|le puse|le pusieron|me pusieron|me inyecte|le inyecte|use|uso|tuve que usar|tuvimos que usar|le tuve que poner|me tuve que poner|le aplique|le aplicaron)(?: \\w+){0,2}? (?:la |el |mi |su |una )?(?:epipen|epi pen|epinefrina|adrenalina|pluma de epinefrina|inyeccion de epinefrina)";

/** Bleeding that will not stop, English and Spanish. */
const BLEED_EN = "(?:blood|bleeding) (?:is |keeps |wont stop |just keeps |still )?(?:gushing|pouring|spurting|squirting|pumping|shooting)(?: out)?|(?:blood|bleed\\w*)\\b[^]{0,60}?\\b(?:(?:cant|cannot|can not) (?:get|make) (?:it|the (?:blood|bleeding)) (?:to )?stop|wont stop|(?:soaked|soaking|bled) (?:through )?(?:\\d+|two|three|four|a few|several|a|the) (?:towels?|rags?|shirts?|bandages?|gauze))|(?:soaked|soaking|bled) (?:through )?(?:\\d+|two|three|four|a few|several) (?:towels|rags|shirts|bandages)";
const SANGRE_ES = "(?:la )?sangre no (?:para|se detiene|deja de salir|se para|se quita|se corta)|no (?:para|paro|deja|se detiene) (?:de sangrar|la sangre)|(?:empape|empapo|empapamos|empapo|llene|llenamos) (?:\\w+ ){0,2}(?:toallas|trapos|vendas|gasas|camisas)|(?:sale|saliendo|brota|brotando|chorrea|chorreando|echando|echa) (?:mucha |un chingo de |bastante )?sangre (?:a chorros|sin parar|y no para)|sangre a chorros|sangrando a chorros";
const GOLPE_PELEA_ES = "(?:me|le|se) (?:pegaron|golpearon|dieron|reventaron) (?:un (?:golpe|madrazo|chingadazo|putazo|cachazo|botellazo|batazo|ladrillazo) )?(?:en|con) la cabeza|(?:golpe|madrazo|chingadazo|putazo|botellazo|cachazo|batazo|ladrillazo) en la cabeza";

/** A skin infection from injecting, and a high fever: sepsis may be starting (CDC). */
const INFECTION_EN = "abscess\\w*|(?:injection|shot|needle|iv|track) (?:spot|site|hole|mark)s?|where i (?:shoot|inject|shot|slam|hit)|infected (?:arm|leg|hand|foot|spot|site|cut|wound|vein)|(?:arm|leg|hand|foot|spot|site|cut|wound|vein) (?:is |got |has gotten |looks )?infected|cellulitis|red (?:streaks?|lines?) (?:going|running|up|spreading)|(?:full of|oozing|leaking) pus";
const FEVER_EN = "(?:fever|temp|temperature)(?: \\w+){0,3}? (?:10[1-6]|39|40|41)(?! (?:min|minutes|days|hours)\\b)|(?:10[1-6]|39|40) (?:fever|degrees?)|(?:high|bad|really high|crazy|super high) fever|fever and (?:shaking |bad )?chills|(?:shaking|bad|crazy) chills";
const INFECCION_ES = "absceso\\w*|donde me (?:inyecto|pico|pinche|meto|inyectaba)|(?:piquete|pinchazo|herida|llaga|brazo|pierna|mano)(?: \\w+){0,3}? (?:infectad[oa]|con pus|llena de pus|lleno de pus)|se me infecto (?:el|la) (?:piquete|pinchazo|herida|brazo|pierna|mano|vena)|(?:rayas|lineas) rojas";
const FIEBRE_ES = "(?:fiebre|calentura|temperatura)(?: \\w+){0,3}? (?:de )?(?:39|40|41|10[2-6])|(?:fiebre|calentura) (?:muy |bien |super )?alta|(?:fiebre|calentura) y escalofrios|escalofrios (?:muy |bien )?fuertes";
/** Heavy bleeding in pregnancy: 911 or labour and delivery now (ACOG). */
const PREGNANT_EN = "pregnant|(?:\\d+|\\w+) (?:weeks|months) (?:pregnant|along)";
const PREGNANT_BLEED_EN = "(?:bleeding|bleed) (?:a lot|heavy|heavily|bad|so much|really bad|like crazy|through)|heavy bleeding|so much blood|(?:lots|lot|tons) of blood|soak\\w* (?:through )?(?:a |my |the )?pads?|(?:passing |big |huge )+clots";
const EMBARAZO_ES = "embarazada|(?:\\d+|\\w+) (?:semanas|meses) de embarazo";
const SANGRA_ES = "sangr\\w* (?:mucho|bastante|un chingo|horrible|sin parar)|(?:me )?(?:baja|sale|esta saliendo|estan saliendo|salen) (?:mucha |bastante )?sangre|mucha sangre|coagulos|empape (?:la |las )?toallas?";
/** Chest pain that spreads to the arm, jaw or shoulder: a heart attack's sign (AHA). */
const CHEST_SPREAD_EN = "chest\\b[^]{0,40}?\\b(?:spread\\w*|going|goes|went|shoot\\w*|radiat\\w*|moving|travel\\w*|runs|running) (?:down |up |into |to |through |in )+(?:my )?(?:left |right )?(?:arm|jaw|shoulder|neck)";
const PECHO_CORRE_ES = "pecho\\b[^]{0,60}?\\b(?:va|pasa|corre|baja|sube|yendo|pasando|corriendo|bajando|subiendo) (?:por|a|al|hasta|hacia) (?:el |la |los |mi )?(?:brazo|mandibula|hombro|cuello|quijada)";
/** A blood pressure at a crisis number (180 and over) with a sign of harm: headache, sight, chest (AHA). */
const BP_EN = "(?:bp|blood pressure|pressure)(?: \\w+){0,4}? (?:1[89]\\d|2\\d\\d)(?! ?(?:psi|lbs|pounds)\\b)";
const BP_SIGN_EN = "headache|head (?:is )?(?:pounding|killing me|throbbing|exploding)|blurr\\w*|(?:cant|cannot) see (?:straight|right|clearly)|seeing (?:spots|stars|double)|chest (?:pain|hurts)|confus\\w*|nose ?bleed";
const PRESION_ES = "presion(?: \\w+){0,4}? (?:1[89]\\d|2\\d\\d)|presion (?:bien |muy |super )?(?:altisima|por las nubes|hasta el cielo)";
const PRESION_SIGN_ES = "dolor de cabeza|me (?:va a )?(?:estalla|estallar|explota|explotar|revienta|reventar) la cabeza|me duele (?:mucho |muchisimo )?la cabeza|borroso|veo (?:luces|lucecitas|doble|manchas)|no veo bien|dolor (?:en el|de) pecho|confundid[oa]|sangr\\w* (?:de|por) la nariz";

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
  // An infected injection site or abscess with a high fever: "abscess keeps getting bigger, fever 103", "absceso en el brazo y fiebre de 40".
  unlessStory(rule("infection-fever", "medical_emergency", "en", pair(INFECTION_EN, FEVER_EN, 120))),
  unlessStory(rule("es-infeccion-fiebre", "medical_emergency", "es", pair(INFECCION_ES, FIEBRE_ES, 120))),
  // Pregnant and bleeding heavily: "pregnant and passing big clots", "embarazada y me baja mucha sangre".
  unlessStory(rule("pregnant-bleeding", "medical_emergency", "en", pair(PREGNANT_EN, PREGNANT_BLEED_EN, 100))),
  unlessStory(rule("es-embarazo-sangrado", "medical_emergency", "es", pair(EMBARAZO_ES, SANGRA_ES, 100))),
  // Chest pain spreading to the arm or jaw: "pain in my chest spreading into my jaw", "el dolor del pecho se me corre al brazo".
  rule("chest-pain-spreads", "medical_emergency", "en", `${CHEST_SPREAD_EN}${NOT_BENIGN_CAUSE}`),
  rule("es-pecho-al-brazo", "medical_emergency", "es", `${PECHO_CORRE_ES}${NOT_BENIGN_CAUSE}`),
  // A seizure just had: "just came out of a seizure", "acabo de tener una convulsión".
  rule("seizure-just-now", "medical_emergency", "en", "(?:just|literally just) (?:had|came out of|came to from|woke up from|came to after) (?:a |another |like a )?(?:seizure|fit|convulsion)"),
  rule("es-convulsion-recien", "medical_emergency", "es", "acabo de (?:tener|salir de|despertar de|pasar) (?:una |un |otra |otro )?(?:convulsion|ataque epileptico|crisis convulsiva)|acabo de convulsionar|(?:me|le) acaba de dar (?:una |un |otra |otro )?(?:convulsion|ataque epileptico)"),
  // A blood pressure of 180 and over with a sign: "bp 220/120 and the worst headache", "la presión en 210 y veo borroso".
  rule("bp-crisis", "medical_emergency", "en", pair(BP_EN, BP_SIGN_EN, 100)),
  rule("es-presion-crisis", "medical_emergency", "es", pair(PRESION_ES, PRESION_SIGN_ES, 100)),
  // ---- Spanish ----
  rule("es-golpe-cabeza-peligro", "medical_emergency", "es", `${GOLPE_ES}\\b[^]{0,100}?\\b${PELIGRO_ES}`),
  unlessStory(rule("es-convulsion-vista", "medical_emergency", "es", `(?:${CONVULSION_ES})${YA_PASO_ES}`)),
  rule("es-derrame-desmayo", "medical_emergency", "es", `${DERRAME_ES}|${DESMAYO_ES}`),
  rule("es-vias-aereas", "medical_emergency", "es", AIRE_ES),
  // Stroke: two BE FAST signs, or one with a sudden onset ("his face is drooping and hes talking funny", "se le tuerce la boca y no puede hablar bien").
  unlessStory(rule("stroke-be-fast", "medical_emergency", "en", `(?:${pair(STROKE_SIGN_EN, `${STROKE_SIGN_EN}|${ONSET}`)}|(?:face|mouth|smile)(?: \\w+){0,2}? (?:droop\\w*|crooked|lopsided)|${STROKE_GUESS_EN}${OVER_NOW_EN})${NOT_BENIGN_CAUSE}`)),
  unlessStory(rule("es-derrame-senales", "medical_emergency", "es", `(?:${pair(DERRAME_SIGN_ES, `${DERRAME_SIGN_ES}|${ONSET}`)}|se (?:me|le) (?:tuerce|torcio|esta torciendo|chueque\\w*) (?:la )?(?:boca|cara)|${DERRAME_GUESS_ES})${NOT_BENIGN_CAUSE}`)),
  // Asthma not relieved: "inhaler isnt working", "lips turning blue", "wheezing and cant finish a sentence".
  rule("asthma-unrelieved", "medical_emergency", "en", `(?:${ASTHMA_STRONG_EN}|${pair(BREATH_SIGN_EN, BREATH_SIGN_EN, 80)})${NOT_BENIGN_CAUSE}`),
  rule("es-asma-sin-alivio", "medical_emergency", "es", `(?:${ASMA_STRONG_ES}|${pair(ASMA_SIGN_ES, ASMA_SIGN_ES, 80)})${NOT_BENIGN_CAUSE}`),
  // Diabetic emergencies: a very high or low reading with a danger sign ("sugar in the 600s and cant stop vomiting", "se me bajó el azúcar y no reacciono bien").
  rule("diabetic-emergency", "medical_emergency", "en", `${pair(HIGH_EN, HIGH_SIGN_EN, 100)}|${pair(LOW_NUMBER_EN, LOW_SIGN_EN, 100)}|${pair(LOW_EN, LOW_STRONG_SIGN_EN, 100)}|dka|ketoacidosis|diabetic coma|insulin shock`),
  rule("es-emergencia-diabetica", "medical_emergency", "es", `${pair(ALTA_ES, ALTA_SIGN_ES, 100)}|${pair(LOW_NUMBER_ES, BAJA_SIGN_ES, 100)}|${pair(BAJA_ES, BAJA_STRONG_SIGN_ES, 100)}|cetoacidosis|coma diabetico`),
  // Severe allergic reactions: an epinephrine pen used, or an allergy with a swelling or breathing sign.
  rule("anaphylaxis", "medical_emergency", "en", `${EPI_EN}|anaphyla\\w*(?! (?:kit|training|plan|action plan)\\b)|(?:${pair(ALLERGY_CONTEXT_EN, ALLERGY_SIGN_EN, 100)})${NOT_SEASONAL}`),
  rule("es-anafilaxia", "medical_emergency", "es", `${EPI_ES}|anafila\\w*|(?:${pair(ALERGIA_CONTEXT_ES, ALERGIA_SIGN_ES, 100)})${NOT_SEASONAL}(?![^]{0,40}\\b(?:jaja[a-z]*|lol)\\b)`),
  // Bleeding that will not stop, and a blow to the head in a fight with a danger sign.
  rule("bleeding-uncontrolled", "medical_emergency", "en", `(?:${BLEED_EN})(?![^]{0,40}\\b(?:period|stopped|lol)\\b)`),
  rule("es-sangrado-sin-parar", "medical_emergency", "es", `(?:${SANGRE_ES})(?![^]{0,40}\\b(?:regla|periodo|ya paro|jaja[a-z]*)\\b)|${GOLPE_PELEA_ES}\\b[^]{0,100}?\\b${PELIGRO_ES}`),
];
