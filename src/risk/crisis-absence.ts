/**
 * Suicidal intent told as absence, English and Spanish (988 / SAMHSA warning signs: talking
 * about not being around, saying goodbye, a sudden calm once the decision is made; the C-SSRS
 * intent item told without the words kill, suicide or die):
 *
 *   - the last message or check-in: "this is the last check in ill be sending", "este es el
 *     último mensaje que les mando";
 *   - not being around, for good: "dont wait for me tomorrow, i wont be here", "wont be around
 *     for group next week, or any week after that", "no me esperen, ya no voy a estar";
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
const FOR_GOOD = anyOf("ever(?: again)?", "for good", "anymore", "any more", "or any (?:week|day|time|other \\w+|\\w+) (?:after (?:that|this)|again)", "after (?:tonight|today|this weekend)", "no more", "never again", "(?:or|and) after");
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

export const ABSENCE_RULES: RiskRule[] = [
  unlessProgramLife(rule("last-message", "suicidal_intent", "en", `(?:this is|this will be|thats|this is gonna be|this is going to be|heres|its) (?:the|my) (?:last|final) (?:check ?in|message|text|msg|reply|update)(?:s)?(?= (?:ill|i will|im gonna|im going to|youll|you will|u will|you ll) (?:\\w+ )?(?:send|sending|get|getting|hear|see|receive)| (?:from me|to (?:anyone|anybody|you all|yall|you guys|the group|everyone)|ever)\\b|$)${NOT_ORDINARY}`)),
  unlessProgramLife(rule("absent-for-good", "suicidal_intent", "en", `${ABSENT_EN}\\b[^]{0,60}?\\b${FOR_GOOD}(?![a-z])`)),
  unlessProgramLife(rule("dont-wait-absent", "suicidal_intent", "en", `${DONT_WAIT}\\b[^]{0,60}?\\b(?:${ABSENT_EN}|(?:ill|i will|im gonna) be gone|(?:im |i am )?never coming back|(?:wont|will not|not gonna) (?:be needing|need) (?:them|it|these|those)(?: \\w+){0,2} ${FOR_GOOD})`)),
  unlessProgramLife(rule("mind-made-up", "suicidal_intent", "en", `(?:(?:ive |i have |i )?(?:made up my mind|made my decision|made the decision)|my mind is made up|(?:ive|i have|i) (?:decided|made a decision))(?: about it| already)?${CALM_EN}\\n${TO_KNOW_EN}`)),
  // ---- Spanish ----
  unlessProgramLife(rule("es-ultimo-mensaje", "suicidal_intent", "es", `(?:este es|es|sera|este sera|este va a ser|aqui va) (?:el|mi) ultimo (?:check ?in|mensaje|texto|msj|reporte|mensajito)(?= (?:que|q) (?:les |te |le )?(?:mando|envio|escribo|voy a mandar|van a recibir|recibiran)| (?:de mi parte|para (?:todos|ustedes|nadie))\\b|$)${NOT_ORDINARY}`)),
  unlessProgramLife(rule("es-ausente-para-siempre", "suicidal_intent", "es", `(?:${ABSENT_ES})\\b[^]{0,50}?\\b${PARA_SIEMPRE}(?![a-z])|(?:${NO_ESPEREN})\\b[^]{0,60}?\\b(?:ya no (?:voy a estar|estare|vuelvo|regreso|voy a volver|voy a regresar)(?: aqui| mas| por aqui)?$|ya no me (?:van a ver|veran))`)),
  unlessProgramLife(rule("es-ya-decidi", "suicidal_intent", "es", `(?:(?:ya )?(?:tome|hice) (?:la|mi) decision|ya lo (?:decidi|tengo decidido)|ya me decidi|ya (?:esta|lo tengo) decidido)${CALMA_ES}\\n${TO_KNOW_ES}`)),
];
