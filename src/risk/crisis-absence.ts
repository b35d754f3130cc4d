/**
 * Suicidal intent told as absence, English and Spanish (988 / SAMHSA warning signs: talking
 * about not being around, saying goodbye, a sudden calm once the decision is made; the C-SSRS
 * intent item told without the words kill, suicide or die):
 *
 *   - the last message or check-in: "this is the last check in ill be sending", "este es el
 *     último mensaje que les mando";
 *   - not being around, for good: "dont wait for me tomorrow, i wont be here", "wont be around
 *     for group next week, or any week after that", "no me esperen, ya no voy a estar";
 *   - an ending beside a decision, a "stop texting me" or "dont talk me out of it": "decided.
 *     you can stop texting me, it wont matter after tonight", "tonights the night", "esta
 *     noche dejo de ser una carga", "no me traten de convencer";
 *   - the decision told with nothing decided named: "ive made up my mind. just wanted someone
 *     to know", "ya tomé la decisión, nomás quería que alguien lo supiera".
 * Program life is absence too (an appointment, a trip, a shift, a move, a sick child): every
 * rule here is carved out near program-life words (program-life.ts), and an absence needs a
 * sign that it is for good; a plain "wont be at group tuesday" never matches.
 */
import { anyOf, rule, type RiskRule, unlessProgramLife } from "./types.ts";

/** A phone about to die or a day ending makes a last text ordinary. */
const NOT_ORDINARY = "(?![^]{0,80}\\b(?:battery|charger|phone (?:is )?dying|phone (?:is )?(?:at|on)|percent|minutes left|data|for (?:today|tonight|now|the day|the week|a while|a bit|a few \\w+)|this (?:week|month|weekend)|before|till|until|til|goodnight|good night|gn|bed|bateria|cargador|por hoy|antes|hasta)\\b)(?<!\\b(?:battery|bateria|phone dying)\\b[^]{0,80})";

/** Not being there, in the first person. */
const ABSENT_EN = anyOf(
  "(?:i |ill )?(?:wont|will not|aint gonna|am not going to|im not gonna|im not going to|not gonna|not going to) (?:be (?:around|here|coming back|back|answering)(?! (?:to|at|in)\\b)|come back(?! (?:to|at|in)\\b)|make it to anything)",
  "(?:there|theres) (?:wont be|will be no|aint gonna be|is not gonna be) (?:anyone|anybody|no one|nobody|nothing) (?:to|here to|left to) (?:answer|reply|read|respond|pick up|check in)"
);
/** For good: "ever", "or any week after that", "anymore". */
const FOR_GOOD = anyOf("ever(?: again)?", "for good", "anymore", "any more", "or any (?:week|day|time|other \\w+|\\w+) (?:after(?: (?:that|this))?|again)", "after (?:tonight|today|this weekend)", "no more", "never again", "(?:or|and) after");
/** Telling people not to expect you. */
const DONT_WAIT = "(?:dont|do not|no need to|yall can|you can|u can) (?:wait (?:for|on) me(?! (?:for|at|to|in|before|after) )|save me a (?:seat|spot|chair|plate)|bother (?:texting|calling|checking on|looking for|with) me|expect me|look for me|stop (?:the )?check ?ins|stop checking on me)";

const ABSENT_ES = "(?:ya no|no) (?:voy a|vo a) (?:estar|contestar|escribir|responder|aparecer)|(?:ya no|no) (?:voy a|vo a) (?:ir|volver|venir|regresar)(?: (?:al grupo|a las juntas|a la junta|a las sesiones|a terapia))?(?= |$)(?! a\\b)|ya no (?:estare|vuelvo|regreso|contesto)";
const PARA_SIEMPRE = anyOf("nunca(?: mas)?", "jamas", "para siempre", "ni (?:ahora|pasado|manana|hoy) ni nunca", "ni manana ni nunca", "ni pasado ni nunca", "(?:ya )?nunca mas") + "(?!(?: mas)? (?:a|al|en|con|de|por) (?:esa|ese|esta|este|la|el|los|las|mi|su|sus|esos|esas)\\b)";
const NO_ESPEREN = "no me (?:esperen|esperes|espere|busquen|busques|guarden|guardes)(?! (?:pa|para|a) (?:comer|cenar|desayunar|almorzar|la \\w+)| despiert[oa]s?| temprano)(?: \\w+){0,5}?";

/** Wanting someone to know, with the decision unnamed. */
const TO_KNOW_EN = "(?:and )?(?:i )?(?:just |only )?(?:wanted|want|needed|need) (?:someone|somebody|one person|anyone|you|you guys|yall|someone here|somebody here) to know";
const CALM_EN = "(?: (?:and|so) (?:im|i am|i feel|feeling) (?:so )?(?:calm|at peace|peaceful|okay|ok|fine|relieved|ready)(?: about it)?(?: now)?)?";
const TO_KNOW_ES = "(?:y )?(?:nomas|nada mas|solo|solamente|namas|nada mas que) (?:queria|quiero|quise|necesitaba) (?:que )?(?:alguien|una persona|alguno de ustedes|ustedes|tu|usted) (?:lo )?(?:supiera|sepa|supieran|sepan|supiese)";
const CALMA_ES = "(?: y (?:estoy|me siento|ya estoy) (?:muy )?(?:tranquil[oa]|en paz|bien|list[oa]))?";

/**
 * An ending said outright, with no act named: "it wont matter after tonight", "its better this
 * way", "nobody will have to deal with me". Alone these are low mood; beside an absence, a
 * "stop texting me" or a decision they are intent.
 */
const ENDING_EN = anyOf(
  `${ABSENT_EN}`, "(?:it|this|none of (?:it|this)|nothing) (?:wont|will not|doesnt|aint gonna) matter(?: (?:after|by|anymore|any more)|$)", "(?:its|it is|it s) better this way",
  "(?:nobody|no one|noone|yall|you all|everyone|anyone) (?:will have to|has to|have to|wont have to|will not have to|gonna have to) (?:deal with|worry about|put up with) me",
  "(?:ill|i will|im gonna) be gone(?! (?:all|for (?!good|ever)|till|til|until|this|next|over|on|to|from)\\b)", "(?:made up my mind|my mind is made up|ive decided|i (?:finally )?decided)(?= |$)(?! (?:to|on|that|what|which|between|against)\\b)"
);
/** Stopping being a weight on people, at a time: "tonight i stop being a burden to everyone". */
const NO_LONGER_BURDEN_EN =
  "(?:stop|quit|be done) being (?:a |the |such a )?(?:burden|problem|weight|drain) (?:to|for|on) (?:everyone|everybody|anyone|anybody|all of you|yall|you all|my family|you guys|people)" +
  "|(?:wont|will not|never gonna|not gonna) be a (?:burden|problem) (?:to|for|on) (?:anyone|anybody|everyone|everybody|nobody|you all|yall)(?: (?:anymore|any more|again|ever again))?(?<=\\b(?:tonight|tomorrow|after|soon|by|weekend|anymore|again)\\b[^]{0,60})";
/** "dont try to talk me out of it": a decision someone might argue with, its object unnamed. */
const DONT_ARGUE_EN = "(?:dont|do not|dont even|no point|no use|nobody can|no one can|you cant|u cant) (?:try(?:ing)? (?:to |and )?)?talk(?:ing)? me out of it(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*)\\b)";
/** "stop texting me" with an ending beside it. */
const STOP_CONTACT_EN = "stop (?:texting|messaging|calling|checking on|checking in on|reaching out to) me";
/** "tonight is the night", told with no event after it. */
/** Things one decides on or looks forward to, which make "dont talk me out of it" or "tonights the night" ordinary. */
const ORDINARY_PLAN = "(?:(?:getting|get|buying|buy|bought|ordering|ordered|adopting|adopt|signing up for|signed up for|running|doing|dyeing|dye|cutting|booking|booked|proposing|quitting|joining|going to)(?: \\w+){0,3} (?:tattoo|haircut|hair|bangs|piercing|puppy|dog|kitten|cat|car|truck|bike|motorcycle|marathon|race|trip|ring|flight|tickets?|gym|class|job|concert|game|party|date)|(?:switching|switch|moving|going) to (?:nights|days|the \\w+ shift|evenings|mornings|part time|full time|remote)|(?:night|day|double|extra|evening|morning) shifts?|(?:game|date|party|concert|premiere|finale|fight|wedding|prom|recital|debut|interview|chip|coin|anniversary|birthday|camping|fishing|hunting|vacation)|lol|lmao|haha[a-z]*|jaja[a-z]*)";
const NOT_ORDINARY_PLAN = `(?![^]{0,100}\\b${ORDINARY_PLAN}\\b)(?<!\\b${ORDINARY_PLAN}\\b[^]{0,100})`;
/** "tonight is the night", told with no event around it; "today is the day" only with what is done. */
const THE_NIGHT_EN = `(?:(?:tonight is|tonights|tonight s) (?:the|gonna be the) night(?: (?:i|its happening|im doing it))?(?=$| (?:i finally|i stop|i end|i do it|ill do it|its over|im done)\\b)|(?:today is|todays|this is) (?:the|gonna be the) day (?:i finally (?:end|stop|do it|go)|i (?:end|stop) (?:it|everything)|i do it|its over))${NOT_ORDINARY_PLAN}`;

const ENDING_ES = anyOf(
  ABSENT_ES, NO_ESPEREN, "(?:ya )?no (?:me )?(?:van a|vas a) (?:ver|tener que aguantarme|tener que cargar conmigo)", "ya (?:no )?(?:les )?(?:voy a )?(?:dar|seguir dando) (?:mas )?(?:problemas|lata)(?= |$)",
  "(?:ya )?(?:tome|hice) (?:la|mi) decision", "ya lo (?:decidi|tengo decidido)", "ya me decidi(?! (?:a|por)\\b)", "ya (?:esta|lo tengo) decidido"
);
const NO_MAS_CARGA_ES = "(?:dejo|deje|dejare|voy a dejar|vo a dejar|por fin dejo) de ser (?:una |un )?(?:carga|estorbo|problema|peso) (?:para|pa) (?:todos|ustedes|mi familia|nadie|los demas)|ya no (?:voy a ser|sere) (?:una |un )?(?:carga|estorbo|problema) (?:para|pa) (?:nadie|todos|ustedes)(?<=\\b(?:hoy|esta noche|manana|despues|pronto|semana)\\b[^]{0,60})";
const NO_ME_CONVENZAN_ES = "no (?:me )?(?:traten|trates|intenten|intentes) (?:de )?convencer(?:me)?|no (?:traten|intenten|trates|intentes) de convencerme|nadie me va a (?:hacer cambiar de (?:opinion|idea)|convencer(?: de lo contrario)?|hacer cambiar)";
const LA_NOCHE_ES = "(?:(?:hoy|esta noche) es (?:la|esta) noche(?=$| (?:que|en que) (?:por fin )?(?:acabo|termino|me voy|lo hago|dejo)\\b)|hoy es el dia (?:que|en que) (?:por fin )?(?:acabo|termino|me voy|lo hago|dejo))(?![^]{0,80}\\b(?:partido|fiesta|boda|concierto|cita|cena|pelicula|estreno|final|pelea|baile|graduacion|jaja[a-z]*|jeje[a-z]*)\\b)";

/**
 * Not bothering anyone again, beside a decision or after a time: "ya no voy a molestar a nadie. ya lo
 * decidí", "después de hoy ya no voy a molestar a nadie", "i wont bother anyone anymore. ive decided".
 * Not bothering someone "con mis quejas" names what stops, and does not match.
 */
const NO_MOLESTAR_ES = "ya no (?:les |le )?(?:voy a|vo a) (?:molestar|estorbar(?:le|les)?|fastidiar|dar (?:lata|problemas|guerra)|ser (?:una |un )?(?:molestia|estorbo|carga|problema))(?: (?:a|pa|para) nadie| mas)+(?! con\\b)";
const DECIDIDO_ES = "(?:ya lo decidi|(?:ya )?lo tengo decidido|ya (?:tome|hice) (?:la|mi) decision|ya esta decidido|ya me decidi(?! (?:a|por)\\b))(?=$| ya$)";
const DESDE_HOY_ES = "(?:despues de (?:hoy|esta noche|manana)|desde manana|a partir de (?:hoy|manana|esta noche))";
const NO_BOTHER_EN = "(?:wont|will not|not gonna|not going to|aint gonna|never gonna) (?:bother|annoy|burden|trouble|be a (?:bother|burden|problem) (?:to|for)) (?:anyone|anybody|you|yall|you guys|nobody|no one|everyone)(?: (?:anymore|any more|again|ever again))*(?! (?:with|about)\\b)";
const DECIDED_EN = "(?:(?:ive|i have|i|i ve) (?:finally )?(?:decided|made up my mind|made my decision)|my mind is made up|made up my mind)(?=$| (?:already|now)$)";

/**
 * An end announced with a time and nothing named: "it all ends tonight", "tonight ends it for me". "Tonight ends
 * the season" names what ends; a trip or a game around it is an ordinary plan.
 */
const ENDS_AT_EN = "(?:(?:it|this|everything|it all|this all|all of (?:it|this)) (?:all )?(?:ends|is ending|will end|is gonna end|is going to end|is over|will be over) (?:tonight|today|right now|this weekend|tomorrow)|(?:tonight|today) (?:ends|is the end of) (?:it|everything|it all|all of it|me))(?=$| (?:for (?:me|good)|i promise|for real|im done)\\b)";
/** Doing "it" this time, its object unnamed: "this time im actually doing it", "esta vez sí lo hago". A resolution names a habit or a task. */
const THIS_TIME_EN = "(?:this time (?:im|i am|ill|i will|im gonna|im going to|i m) (?:actually |really |finally |for real )?(?:gonna |going to )?(?:doing|do|(?:going|go|follow|following) (?:through|thru) (?:with|w)) it|(?:im|i am|ill|i will) (?:actually |really |finally )?(?:gonna |going to )?(?:do|doing|(?:go|going) (?:through|thru) (?:with|w)) it (?:this time|for real this time))(?=$| (?:for real|fr|no more|i swear|i promise|no joke|tonight|no more talking)\\b)";
/** Recovery given up, not taken on: "no more meetings", "done with my sponsor", "ni juntas ni padrino". */
const GIVEN_UP_EN = "(?<!\\b(?:no more|done with|quit|quitting|skip|skipping|screw|forget|fuck) (?:the |all the |my |any )?)";
const GIVEN_UP_ES = "(?<!\\b(?:no mas|ni|sin|ya no|olvidate de|al diablo con|a la verga con) (?:las |los |la |el |mi |mis )?)";
const RESOLUTION_EN = `(?:quit\\w*|smok\\w*|vap\\w*|diet\\w*|gym|sign(?:ing)? up|signed up|apply\\w*|enroll\\w*|school|college|class|call (?:her|him|them)|ask (?:her|him) out|marathon|move|moving|job|license|test|exam|tattoo|haircut|${GIVEN_UP_EN}(?:sober|clean|meetings?|sponsor|step work)|budget|lol|lmao|haha\\w*)`;
const NOT_RESOLUTION_EN = `(?![^]{0,100}\\b${RESOLUTION_EN}\\b)(?<!\\b${RESOLUTION_EN}\\b[^]{0,100})`;
const THIS_TIME_ES = "esta vez (?:si|ya|de verdad|en serio|ahora si) (?:(?:si )?lo (?:hago|voy a hacer|hare|vo a hacer)|voy en serio|(?:voy a |vo a )?(?:llegar|llego|ir|voy) hasta el final|no me (?:voy a )?(?:echar|echo|hacer|hago) (?:para|pa) atras|no me (?:voy a )?(?:rajar|rajo|arrepentir|arrepiento))(?=$| (?:de verdad|en serio|por fin|ya no es (?:amenaza|broma|juego)|no es broma)\\b)";
const RESOLUCION_ES = `(?:gimnasio|gym|dieta|fumar|cigarro\\w*|vape\\w*|vapear|inscrib\\w*|escuela|curso|clase|trabajo|chamba|examen|tramite|licencia|mudanza|me mudo|renunci\\w*|tatuaje|corte|boda|viaje|maraton|carrera|negocio|${GIVEN_UP_ES}(?:juntas?|padrino|madrina|pasos)|jaja\\w*|jeje\\w*)`;
const NOT_RESOLUCION_ES = `(?![^]{0,100}\\b${RESOLUCION_ES}\\b)(?<!\\b${RESOLUCION_ES}\\b[^]{0,100})`;
/** Not existing after a time, first person: "by friday i wont exist anymore", "mañana ya yo no voy a existir". Not existing "on social media" names where. */
const WONT_EXIST_EN = "(?:^|\\bi )(?:wont|will not|am not gonna|im not gonna|aint gonna|not gonna|not going to|will no longer|ill no longer|wont even) exist(?! (?:on|in|at|for|to)\\b)";
const NO_EXISTIR_ES = "ya (?:yo )?no (?:voy a|vo a) existir(?! (?:en|para|pa)\\b)|ya no existire(?! (?:en|para|pa)\\b)";
/** The last answer to anyone: "this is the last time i answer anybody", "es lo último que van a saber de mí". */
/** Tired of the texts themselves, not of living: "stop texting me, last time i answer these", "ya me tienen harta con la encuesta". */
const NOT_TIRED_OF_TEXTS = "(?![^]{0,100}\\b(?:stop|unsubscribe|spam|annoying|survey|encuesta|molest\\w*|harta?|hart[oa]s)\\b)(?<!\\b(?:stop|unsubscribe|spam|annoying|survey|encuesta|molest\\w*|harta?|hart[oa]s)\\b[^]{0,100})";
const LAST_ANSWER_EN = `(?:this is|thats|this will be|its|this is gonna be) (?:the|my) last time (?:i|ill|im gonna|im going to) (?:answer|reply|text|write|respond|check in|talk)(?: (?:to|back to|with))? (?:anyone|anybody|any of you|you all|yall|you guys|this group|the group|you|here|this|these|(?:this|these|your) (?:texts?|messages?|questions?|check ?ins?))(?=$| (?:ever|again)$)${NOT_TIRED_OF_TEXTS}`;
const LAST_ANSWER_ES = `(?:es|esta es|esto es|sera|va a ser) (?:la )?ultima vez que (?:les |te |le )?(?:contesto|respondo|escribo|mando mensaje|saben de mi)(?: (?:esto|este mensaje|estos mensajes|estas preguntas|sus (?:mensajes|preguntas)))?(?=$| (?:a nadie|aqui|en el grupo)$)${NOT_TIRED_OF_TEXTS}|(?:es|esto es|este es) lo ultimo que (?:van a|vas a|va a|vamos a) saber de mi`;
/** Ready to go, beside an ending: "im ready to go now. not gonna make it to anything else". */
const READY_TO_GO_EN = "(?:im |i am |i m )?(?:so |finally )?ready to go(?: now)?(?! (?:to|for|with|at|in|when|on|out|home|back|get|see|shop\\w*|eat|pick|grab)\\b)";

export const ABSENCE_RULES: RiskRule[] = [
  unlessProgramLife(rule("es-no-molestar-decidido", "suicidal_intent", "es", `${NO_MOLESTAR_ES}\\b[^]{0,80}?\\b${DECIDIDO_ES}|${DECIDIDO_ES}\\b[^]{0,80}?\\b${NO_MOLESTAR_ES}|${DESDE_HOY_ES} ${NO_MOLESTAR_ES}`)),
  unlessProgramLife(rule("no-bother-decided", "suicidal_intent", "en", `${NO_BOTHER_EN}\\b[^]{0,80}?\\b${DECIDED_EN}|${DECIDED_EN}\\b[^]{0,80}?\\b${NO_BOTHER_EN}|(?:after (?:tonight|today)|from tomorrow on) (?:i )?${NO_BOTHER_EN}|(?:nobody|no one|noone) (?:has|will have|is gonna have) to (?:deal with|worry about|put up with) me (?:after (?:tonight|today)|anymore)\\b[^]{0,60}?\\b${DECIDED_EN}`)),
  unlessProgramLife(rule("last-message", "suicidal_intent", "en", `(?:this is|this will be|thats|this is gonna be|this is going to be|heres|its) (?:the|my) (?:last|final) (?:check ?in|message|text|msg|reply|update)(?:s)?(?= (?:ill|i will|im gonna|im going to|youll|you will|u will|you ll) (?:\\w+ )?(?:send|sending|get|getting|hear|see|receive)| (?:from me|to (?:anyone|anybody|you all|yall|you guys|the group|everyone)|ever)\\b|$)${NOT_ORDINARY}`)),
  unlessProgramLife(rule("absent-for-good", "suicidal_intent", "en", `${ABSENT_EN}\\b[^]{0,60}?\\b${FOR_GOOD}(?![a-z])`)),
  unlessProgramLife(rule("dont-wait-absent", "suicidal_intent", "en", `${DONT_WAIT}\\b[^]{0,60}?\\b(?:${ABSENT_EN}|(?:ill|i will|im gonna) be gone|(?:im |i am )?never coming back|(?:wont|will not|not gonna) (?:be needing|need) (?:them|it|these|those)(?: \\w+){0,2} ${FOR_GOOD})`)),
  unlessProgramLife(rule("mind-made-up", "suicidal_intent", "en", `(?:(?:ive |i have |i )?(?:made up my mind|made my decision|made the decision)|my mind is made up|(?:ive|i have|i) (?:decided|made a decision))(?: about it| already)?${CALM_EN}\\n${TO_KNOW_EN}`)),
  // An ending beside a decision, a goodbye to contact or a burden lifted: "decided. you can stop texting me, it wont matter after tonight".
  unlessProgramLife(rule("ending-with-decision", "suicidal_intent", "en", `(?:${DONT_ARGUE_EN}|${STOP_CONTACT_EN})(?=[^]{0,100}\\b${ENDING_EN})|(?:${DONT_ARGUE_EN}|${STOP_CONTACT_EN})(?<=\\b${ENDING_EN}\\b[^]{0,100})|(?:i|im|ive|im gonna|ill) (?:\\w+ ){0,3}?(?:${DONT_ARGUE_EN})${NOT_ORDINARY_PLAN}`)),
  unlessProgramLife(rule("no-longer-a-burden", "suicidal_intent", "en", NO_LONGER_BURDEN_EN)),
  rule("dont-talk-me-out", "suicidal_intent", "en", `(?:please |pls |just |and )?${DONT_ARGUE_EN}(?: (?:this time|again|please|pls|ok|okay))*$${NOT_ORDINARY_PLAN}`),
  unlessProgramLife(rule("the-night", "suicidal_intent", "en", THE_NIGHT_EN)),
  unlessProgramLife(rule("decided-ending", "suicidal_intent", "en", `(?:(?:ive |i have |i )?(?:finally )?(?:decided|made up my mind|made my decision)|my mind is made up)(?=$| (?:already|finally|now)$)(?=[^]{0,100}\\b(?:${ABSENT_EN}|(?:it|this|nothing) (?:wont|will not) matter|(?:nobody|no one|everyone) (?:will have to|has to|wont have to|gonna have to) (?:deal with|worry about) me|better this way|${DONT_ARGUE_EN}|${STOP_CONTACT_EN}|be gone))${NOT_ORDINARY_PLAN}`)),
  unlessProgramLife(rule("absent-better-this-way", "suicidal_intent", "en", `${ABSENT_EN}\\b[^]{0,80}?\\b(?:(?:its|it is|it s) better this way|(?:everyone|yall|you all|they|my family|everybody) (?:will be|are|r|is) better off|(?:it|nothing) (?:doesnt|dont|wont) matter (?:anymore|any more|now))|(?:(?:its|it is) better this way|(?:nothing|cravings|it) (?:doesnt|dont) matter (?:anymore|any more))\\b[^]{0,80}?\\b${ABSENT_EN}`)),
  // ---- Spanish ----
  unlessProgramLife(rule("es-final-decidido", "suicidal_intent", "es", `(?:${NO_ME_CONVENZAN_ES})(?=[^]{0,100}\\b${ENDING_ES})|(?:${NO_ME_CONVENZAN_ES})(?<=\\b${ENDING_ES}\\b[^]{0,100})|(?:${NO_ME_CONVENZAN_ES})(?: (?:esta vez|otra vez|por favor|porfa))*$`)),
  unlessProgramLife(rule("es-ya-no-estar-decidido", "suicidal_intent", "es", `(?:${ABSENT_ES}|${NO_ESPEREN})\\b[^]{0,80}?\\b(?:ya lo decidi|ya (?:tome|hice) la decision|ya esta decidido|es mejor asi|estaran mejor)|(?:ya lo decidi|ya (?:tome|hice) la decision|ya esta decidido|es mejor asi)\\b[^]{0,80}?\\b(?:${ABSENT_ES}|${NO_ESPEREN})`)),
  unlessProgramLife(rule("es-no-me-busquen", "suicidal_intent", "es", `(?:${NO_ESPEREN})\\b[^]{0,60}?\\b(?:ya no (?:voy a estar|estare)|ya no me (?:van a ver|veran))|ya no (?:voy a estar|estare)\\b[^]{0,60}?\\b(?:${NO_ESPEREN})`)),
  unlessProgramLife(rule("es-dejar-de-ser-carga", "suicidal_intent", "es", NO_MAS_CARGA_ES)),
  unlessProgramLife(rule("es-la-noche", "suicidal_intent", "es", LA_NOCHE_ES)),
  unlessProgramLife(rule("es-ultimo-mensaje", "suicidal_intent", "es", `(?:este es|es|sera|este sera|este va a ser|aqui va) (?:el|mi) ultimo (?:check ?in|mensaje|texto|msj|reporte|mensajito)(?= (?:que|q) (?:les |te |le )?(?:mando|envio|escribo|voy a mandar|van a recibir|recibiran)| (?:de mi parte|para (?:todos|ustedes|nadie))\\b|$)${NOT_ORDINARY}`)),
  unlessProgramLife(rule("es-ausente-para-siempre", "suicidal_intent", "es", `(?:${ABSENT_ES})\\b[^]{0,50}?\\b${PARA_SIEMPRE}(?![a-z])|(?:${NO_ESPEREN})\\b[^]{0,60}?\\b(?:ya no (?:voy a estar|estare|vuelvo|regreso|voy a volver|voy a regresar)(?: aqui| mas| por aqui)?$|ya no me (?:van a ver|veran))`)),
  unlessProgramLife(rule("es-ya-decidi", "suicidal_intent", "es", `(?:(?:ya )?(?:tome|hice) (?:la|mi) decision|ya lo (?:decidi|tengo decidido)|ya me decidi|ya (?:esta|lo tengo) decidido)${CALMA_ES}\\n${TO_KNOW_ES}`)),
  // An end at a time, its object unnamed: "it all ends tonight", "tonight ends it for me".
  unlessProgramLife(rule("ends-tonight", "suicidal_intent", "en", `${ENDS_AT_EN}${NOT_ORDINARY_PLAN}`)),
  // Doing "it" this time: "this time im actually doing it", "esta vez sí lo hago, ya no es amenaza".
  unlessProgramLife(rule("doing-it-this-time", "suicidal_intent", "en", `${THIS_TIME_EN}${NOT_ORDINARY_PLAN}${NOT_RESOLUTION_EN}`)),
  unlessProgramLife(rule("es-esta-vez-si", "suicidal_intent", "es", `${THIS_TIME_ES}${NOT_RESOLUCION_ES}`)),
  // Not existing after a time: "by friday i wont exist anymore", "para el viernes ya no voy a existir".
  unlessProgramLife(rule("wont-exist", "suicidal_intent", "en", WONT_EXIST_EN)),
  unlessProgramLife(rule("es-ya-no-existir", "suicidal_intent", "es", NO_EXISTIR_ES)),
  // The last answer: "this is the last time i answer anybody", "es la última vez que les contesto".
  unlessProgramLife(rule("last-answer", "suicidal_intent", "en", `${LAST_ANSWER_EN}${NOT_ORDINARY}`)),
  unlessProgramLife(rule("es-ultima-respuesta", "suicidal_intent", "es", `(?:${LAST_ANSWER_ES})${NOT_ORDINARY}`)),
  unlessProgramLife(rule("ready-to-go-ending", "suicidal_intent", "en", `${READY_TO_GO_EN}\\b[^]{0,100}\\b${ENDING_EN}|${ENDING_EN}\\b[^]{0,100}\\b${READY_TO_GO_EN}`)),
];
