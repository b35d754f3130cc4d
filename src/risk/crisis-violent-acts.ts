/**
 * Harm to others told as a concrete violent act, with no "kill" or "hurt", English and Spanish
 * (threat assessment for the duty to warn: a specific act, a target, a weapon, a time):
 * "next time i see him im breaking his neck", "im running him over when he walks out",
 * "hes not walking away this time", "voy a romperle el cuello", "lo voy a atropellar",
 * "le voy a caer a machetazos".
 *
 * The act must land on someone else's body or on a person: "im gonna break my neck on these
 * stairs" is one's own clumsiness. Games and sports ("smash him in madden", "le vamos a partir
 * la madre al otro equipo"), and a laugh in the same clause, keep a threat an idiom.
 */
import { anyOf, rule, type RiskRule } from "./types.ts";

/** Who a threat lands on: a third person, or someone named through the participant. */
const TARGET = "(?:him|her|them|that (?:\\w+|mf|bitch|bastard)|this \\w+|(?:my|his|her) (?:\\w+ ){0,2}(?:ex|stepdad|stepfather|dad|father|mom|boss|landlord|roommate|neighbou?r|brother|sister|uncle|cousin|husband|wife|boyfriend|girlfriend|bf|gf|dealer|sponsor|coworker|baby daddy|baby mama))";
/** A third person's body parts (their possessive, never "my"). */
const WHOSE = "(?:his|her|their|that (?:\\w+s|mfs|bitchs|bastards)|my (?:\\w+ )?(?:exs|stepdads|stepfathers|dads|fathers|moms|bosss|bosses|landlords|roommates|neighbou?rs|brothers|sisters|uncles|cousins|husbands|wifes|boyfriends|girlfriends|bfs|gfs|dealers|coworkers))";
const THEIR_BODY = anyOf("neck", "skull", "head", "face", "jaw", "throat", "ribs", "teeth", "legs", "knees", "kneecaps", "arms?", "spine", "back", "nose", "brains", "chest", "guts", "windpipe");
/** Acts done to a body part: "break his neck", "smash his skull in", "slit her throat". */
const BODY_ACT = anyOf(
  "break", "breaking", "snap", "snapping", "crack", "cracking", "smash", "smashing", "bash", "bashing", "cave", "caving", "slit", "slitting", "cut", "cutting", "split", "splitting",
  "stomp", "stomping", "crush", "crushing", "rip", "ripping", "tear", "tearing", "blow", "blowing", "knock", "knocking", "bust", "busting", "open", "opening", "shatter", "shattering"
);
/** Acts done to a person: "run him over", "jump him", "put a bullet in him". */
const PERSON_ACT = anyOf(
  `(?:run|running|mow|mowing) ${TARGET} (?:over|down)`, `(?:run|running|mow|mowing) (?:over|down) ${TARGET}`,
  `(?:poison|poisoning) ${TARGET}(?! (?:ivy|oak)\\b)`, `(?:put|putting|slip|slipping) (?:poison|rat poison|antifreeze|something) in (?:${WHOSE}) (?:food|drink|coffee|water|plate|soup)`,
  `(?:jump|jumping|ambush|ambushing|rush|rushing|pistol ?whip|pistol ?whipping|curb ?stomp|curb ?stomping|stomp|stomping|torch|torching|set fire to|light|lighting) ${TARGET}(?! (?:start|starts|off|up|in (?:line|traffic))\\b)(?![^\\n]{0,30}\\b(?:car|truck|van|battery|jumper cables|cables)\\b)`,
  `(?:put|putting|pump|pumping|stick|sticking) (?:a |one |two |some |a few |my |the |this )?(?:bullets?|rounds?|slugs?|caps?|knife|blade|shank) (?:in|into|through) (?:${TARGET}|${WHOSE} \\w+)`,
  `(?:torch|torching|burn|burning|set fire to) (?:${WHOSE}) (?:car|house|place|apartment|apt|trailer|room) (?:with|while) (?:him|her|them) (?:in it|inside|sleeping|asleep)`
);
/** Intent, or a present that means the future: "im breaking", "gonna", "next time i see him". */
const LEAD = anyOf("im", "i am", "ill", "i will", "gonna", "gunna", "going to", "goin to", "about to", "want to", "wanna", "imma", "ima", "finna", "fixing to", "fixin to", "gon", "ready to", "need to", "to", "and", "swear ill", "swear im");
/** A game, a sport or a laugh nearby keeps it an idiom. */
const NOT_GAME =
  "(?![^\\n]{0,60}\\b(?:lol|lmao|haha[a-z]*|jk|madden|2k|fifa|fortnite|cod|warzone|call of duty|xbox|ps5|game|games|chess|pool|ping pong|cards|practice|workout|gym|court|field|crossover|tournament|league)\\b)";

/** The Spanish counterparts. */
const PARTE_AJENA = anyOf("el cuello", "el pescuezo", "la cabeza", "el craneo", "los sesos", "la garganta", "la cara", "el hocico", "la jeta", "las costillas", "los dientes", "las piernas", "la espalda", "la nuca", "la tatema", "la chompa");
const ROMPER = anyOf("romper", "quebrar", "partir", "reventar", "abrir", "volar", "cortar", "rajar", "aplastar", "tronar", "tumbar", "desbaratar", "destrozar", "machacar");
const ROMPO = anyOf("rompo", "quiebro", "parto", "reviento", "abro", "vuelo", "corto", "rajo", "aplasto", "trueno", "tumbo", "destrozo", "machaco");
const A_PERSONA = anyOf("atropellar", "degollar", "acuchillar", "machetear", "apunalar", "balear", "quemar viv[oa]s?", "ahorcar", "estrangular", "desfigurar", "descuartizar", "matar a golpes", "venadear", "filerear", "plomear", "echar el carro encima");
const A_GOLPES = anyOf("machetazos", "cuchillazos", "batazos", "tubazos", "balazos", "plomazos", "punaladas", "navajazos", "puntazos", "filerazos", "piedrazos", "ladrillazos");
/** People named as targets in Spanish: "al novio de mi ex", "a mi suegra". */
const PERSONA_ES = anyOf("ex", "novi[oa]", "vecin[oa]", "jef[ea]", "suegr[oa]", "espos[oa]", "marido", "padrastro", "madrastra", "cunad[oa]", "compa", "carnal", "dealer", "patron", "companer[oa]", "roomie", "primo", "prima", "tio", "tia", "hermano", "hermana", "papa", "mama", "señor", "senor", "vieja", "viejo", "wey", "guey", "vato");
const VOY = "(?:voy a|vamos a|quiero|pienso|tengo ganas de|ganas de|ya voy a|me voy a|le voy a|les voy a|la voy a|lo voy a|las voy a|los voy a)";
const NO_JUEGO =
  "(?![^\\n]{0,60}\\b(?:jaja[a-z]*|jeje[a-z]*|partido|juego|equipo|cancha|torneo|futbol|fut|beis|basket|gym|record|xbox|play|fifa|entrenamiento)\\b)";

/** Exported for es-matarlo, whose "partir la madre" is also a game's boast. */
export { NO_JUEGO };

export const VIOLENT_ACT_RULES: RiskRule[] = [
  rule("violent-act-body", "harm_to_others", "en", `${LEAD} (?:just |really |fucking |literally |finally |gonna |go )?${BODY_ACT} ${WHOSE} (?:${THEIR_BODY})(?: (?:in|open|out|off))?${NOT_GAME}`),
  rule("violent-act-person", "harm_to_others", "en", `${LEAD} (?:just |really |fucking |literally |finally |gonna |go )?(?:${PERSON_ACT})${NOT_GAME}`),
  rule("not-walking-away", "harm_to_others", "en", `(?:he|she|they|hes|shes|theyre|that \\w+|my \\w+)(?: is| are| s)? (?:not|aint|wont be|isnt|is not|are not|arent) (?:walking|getting|coming|going) (?:away|out of (?:this|it)|home|back)(?: from (?:this|me))? (?:this time|tonight|today|alive|breathing|in one piece)${NOT_GAME}`),
  // ---- Spanish ----
  rule("es-acto-violento-cuerpo", "harm_to_others", "es", `(?:(?:le|les) ${VOY} ?(?:${ROMPER})|(?:${ROMPER})(?:le|les)|(?:le|les) (?:${ROMPO})) ${PARTE_AJENA}${NO_JUEGO}`),
  rule("es-acto-violento-persona", "harm_to_others", "es", `(?:(?:lo|la|los|las) ${VOY} ?(?:${A_PERSONA})|(?:${A_PERSONA})(?:l[oa]s?)|(?:caerle|caerles|darle|darles|agarrarlo|agarrarla|agarrarlos|le caigo|les caigo|(?:le|les) (?:voy a|vamos a) caer|(?:lo|la|los) (?:voy a|vamos a) agarrar|(?:lo|la|los) agarro) a (?:${A_GOLPES}))${NO_JUEGO}`),
  // A person named after the act: "voy a atropellar al novio de mi ex", "le voy a echar veneno en la comida a mi suegra".
  rule("es-acto-a-alguien", "harm_to_others", "es", `(?:${VOY} ?(?:atropellar|envenenar|apunalar|acuchillar|balear|ahorcar|estrangular|degollar|machetear) (?:a|al) (?:mi |mis |ese |esa |la |el |los |las )?(?:\\w+ ){0,3}?${PERSONA_ES}\\b|(?:echar(?:le|les)|poner(?:le|les)|(?:le|les) (?:voy a |vamos a )?(?:echo|pongo|echar|poner)) (?:veneno|raticida|matarratas|anticongelante) (?:en|a) (?:la|el|su|sus) (?:comida|bebida|cafe|agua|sopa|plato|refresco))${NO_JUEGO}`),
  rule("es-quemarle-con-el-adentro", "harm_to_others", "es", `quemar(?:le|les)? (?:la casa|el carro|el cuarto|el depa|el departamento|la troca)(?: a (?:mi \\w+|ese \\w+|esa \\w+|\\w+))? con (?:el|ella|ellos|ellas|todos|toda la familia) (?:adentro|dentro)`),
  rule("es-no-se-escapa", "harm_to_others", "es", `(?:esta vez|ahora si|hoy|ahora) no se me (?:escapa|va|pela|sale)|(?:ese|esa|el|ella)(?: \\w+)? no (?:sale|va a salir|llega) viv[oa]`),
];
