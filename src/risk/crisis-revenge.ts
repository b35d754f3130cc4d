/**
 * Harm to others told as a plan rather than a verb of killing, English and Spanish (the
 * threat-assessment markers for the duty to warn: a weapon made ready, a target's place or
 * hours, lying in wait, revenge with a time, a doom pronounced on a named person):
 *
 *   - a weapon readied and a consequence for someone: "loaded the gun. he'll know what pain
 *     is", "ya afilé el cuchillo, no sabe lo que le espera";
 *   - going to the target armed: "going over to his place tonight with the bat", "voy a ir a
 *     su casa en la noche con el machete";
 *   - lying in wait, or knowing the target's hours: "i know when she gets off work and ill be
 *     waiting", "sé dónde trabaja y a qué hora sale", "lo espero y lo dejo tirado";
 *   - revenge or a score to settle, with a person and a time: "revenge tonight", "voy a
 *     desquitarme con él", "me voy a cobrar lo que le hizo a mi hermana";
 *   - a doom pronounced: "hes a dead man", "he better pray", "es hombre muerto", "no ve el día
 *     de mañana";
 *   - a conditional act in the present for the future: "si la veo otra vez la atropello".
 * A game, a sport, a movie or a laugh nearby keeps it talk; revenge "en el gym" names no one.
 */
import { anyOf, rule, type RiskRule } from "./types.ts";

/** A game, a sport, a story on a screen or a laugh. */
const NOT_PLAY =
  "(?![^]{0,60}\\b(?:lol|lmao|haha[a-z]*|jk|jaja[a-z]*|jeje[a-z]*|game|games|match|rematch|madden|2k|fifa|fortnite|cod|warzone|xbox|ps5|movie|show|episode|season|practice|range|hunting|league|tournament|partido|juego|equipo|torneo|pelicula|serie|cancha|gym)\\b)";
/** A kitchen, a yard or a present: a knife or a hammer brought for a chore. */
const NOT_CHORE = "(?<!\\b(?:cook|cooking|kitchen|bbq|grill|carve|carving|chop|chopping|fishing|camping)\\b[^]{0,80})(?![^]{0,80}\\b(?:cook|cooking|kitchen|bbq|grill|grilling|carve|carving|chop|chopping|fix|fixing|camping|fishing|repair|build|building|yard|garden|fence|turkey|cake|birthday|gift|present|move|moving)\\b)";
const WEAPON = anyOf("screwdriver", "shank", "shiv", "gun", "pistol", "glock", "piece", "strap", "shotgun", "rifle", "knife", "blade", "machete", "bat", "crowbar", "tire iron", "hammer", "pipe", "heat", "tool", "burner");
/** A weapon made ready or brought: "loaded the gun", "got my cousins gun", "sharpened the knife". */
const ARMED = `(?:(?:got|get|getting|gotten) (?:my |our )?hands on (?:a|the|some|my \\w+s) ${WEAPON}|(?:copped|picked up|found) (?:a|the|my) ${WEAPON}|(?:getting|gettin|get|loaded|loading|load|cleaned|cocked|racked|grabbed|got|bought|sharpened|sharpening|bringing|brought|taking|took|have|with|w) (?:(?:the|my|a|his|her) )?(?:\\w+s )?${WEAPON})`;
/** A third person's fate: "hell know what pain is", "hes done", "is getting his tonight". */
const DOOM = anyOf(
  "(?:hell|shell|theyll|he will|she will|they will) (?:know what pain is|regret (?:it|this)|pay|be sorry|learn|find out|see)", "(?:hes|shes|theyre|he is|she is|they are) (?:done|finished|dead|a dead (?:man|woman)|next)",
  "(?:is|s|are) (?:getting|gonna get|going to get) (?:his|hers|theirs|it|whats coming)", "(?:hes|shes|theyre) (?:getting|gonna get|going to get) (?:his|hers|theirs|it|whats coming)",
  "(?:is|s|are|hes|shes|theyre) (?:gonna|going to) (?:learn|pay|regret it|get it|find out)", "(?:mans|man is|guy is|dudes|dude is|hes|shes|he is|she is|theyre)(?: not| aint| wont be| isnt)? (?:not |aint )?(?:leaving|walking out|going home|coming home|making it home|getting up)(?: alive| tonight)?", "(?:gonna|going to|will) regret (?:it|this)", "(?:his|her|their) turn",
  // The one who wronged named by what he did: "the dude who ripped me off is done".
  "(?:the|that|this) (?:dude|guy|man|woman|girl|bitch|mf|fool|punk|clown|snitch|one|person|kid|boy|motherfucker|bastard) (?:who|that) (?:\\w+ ){1,5}?(?:is|s) (?:done|finished|dead|a dead (?:man|woman)|next|gonna pay|going to pay)"
);
const GOING = anyOf(
  "(?:going|goin|gonna go|heading|headed|driving|on my way|rolling|about to go|finna go|pulling up)(?: over)? to (?:his|her|their|that \\w+s?|my \\w+s?) (?:place|house|crib|apartment|apt|job|work|spot|door)",
  "(?:going|goin|heading|headed|driving|rolling) over there(?: (?:tonight|now|rn|right now))?$",
  "(?:going|goin|gonna go|heading|headed|on my way) (?:over )?there(?: \\w+){0,2} to (?:handle|deal with|get|see|find|catch|confront|settle (?:it|things|this) with) (?:him|her|them|that \\w+)"
);
const WAITING = anyOf(
  "(?:ill be|im|i am|gonna be|will be) waiting (?:outside|for (?:him|her|them)|at (?:his|her|their))", "(?:ill be|im|i am|gonna be) waiting$", "waiting outside (?:the \\w+ |his \\w+ |her \\w+ )?for (?:him|her|them)",
  "(?:ill be|im|i am|gonna be|will be) (?:(?:parked|sitting|posted) )?(?:outside (?:his|her|their)|across the street|in the (?:parking )?lot|by (?:his|her|their))", "parked outside (?:his|her|their)", "waiting for (?:him|her|them) to (?:come out|get off|leave|show up|walk out|get home)", "(?:im|i am) (?:at|outside) (?:his|her|their) (?:work|job|house|place|school|gym|apartment|apt)", "(?:im|i am|ill be) (?:parked|posted) (?:right )?(?:outside|out front)(?: of (?:his|her|their) \\w+)?", "(?:ill be|im|i am|gonna be|will be) waiting (?:in|at|by) the (?:parking )?(?:lot|garage|exit|back door|entrance|gate)", "(?:found|got|have) (?:his|her|their) address",
  "(?:following|follow|gonna follow|tailing|tail) (?:him|her|them|that \\w+) (?:home|to (?:his|her|their) \\w+)", "i know (?:when|where|what time) (?:he|she|they) (?:gets? off|leaves?|gets? out|works?|lives?|sleeps?|gets? home|parks?)"
);
const PERSON = "(?:him|her|them|(?:that|this) (?:guy|dude|girl|bitch|mf|fool|punk|man|woman|bastard|asshole|kid|supervisor|manager|boss|cop|dealer|clown)|my (?:\\w+ )?(?:ex|stepdad|stepfather|dad|boss|supervisor|manager|landlord|roommate|neighbou?r|brother|sister|uncle|cousin|husband|wife|boyfriend|girlfriend|bf|gf|dealer|coworker|baby daddy|baby mama))";

/** The Spanish counterparts. */
const ARMA = anyOf("pistola", "cuete", "fierro", "fusca", "escuadra", "cuchillo", "navaja", "machete", "arma", "bate", "tubo", "bat");
const ARMADO = `(?:(?:ya )?(?:tengo|consegui|agarre|cargue|afile|compre|traigo|llevo|con) (?:la|el|un|una|mi) ${ARMA}|(?:ya )?(?:tengo|traigo|consegui) (?:con (?:que|q)|lo que (?:necesito|ocupo))(?! (?:pagar|comprar|comer|vivir)\\b)|(?:tengo|ya tengo) (?:el|la) ${ARMA} (?:lista|listo|cargad[oa]|en la puerta))`;
const SUERTE = anyOf(
  "se muere (?:hoy|esta noche|manana|ahorita)", "se va a morir", "no sale viv[oa]", "no la cuenta", "es (?:hombre|mujer) muert[oa]", "no sabe lo que le espera", "se va a arrepentir",
  "me las (?:va|van) a pagar", "me la (?:va|van) a pagar", "va a saber quien soy", "(?:un susto|una leccion|una) que (?:no (?:va|van) a olvidar|nunca (?:va|van) a olvidar|no se (?:le|les) va a olvidar)", "ya valio", "(?:lo|la) dejo tirad[oa]", "(?:lo|la) voy a dejar tirad[oa]"
);
const IR = "(?:voy|vamos|me voy|ya voy|voy a ir|vamos a ir|voy palla|voy pa alla|voy para alla|ire)";
const ESPERA = anyOf("(?:lo|la|los) (?:espero|voy a esperar|estoy esperando|espero afuera)", "(?:a |pa |para )?esperarl[oa]s?", "se (?:donde|a que hora|cuando) (?:vive|trabaja|sale|llega|duerme|esta)");
const ALGUIEN = "(?:el|ella|ellos|ese|esa|esos|este|esta|mi|su|tu)(?: (?:wey|guey|vato|tipo|cabron|vieja|morro|culero|pendejo|ex|padrastro|jefe|vecino|hermano|cunado|companero|roomie|dealer|primo|tio|esposo|marido|novio|novia|mujer))?";
const SOLO_ELLA = "(?:el|ella|ellos|ellas)(?=$| (?:hoy|esta noche|manana|ahorita|ya|cuando|por|tonight)\\b)";
const VENGANZA = anyOf("desquitarme", "desquitar", "vengarme", "vengar", "cobrarmela", "cobrarmelas", "me la voy a cobrar", "me las voy a cobrar");

/**
 * Something unnamed brought, or the means already in hand, where a grievance is: "im bringing
 * something tomorrow, hell find out", "i got what i need for it". What is brought to a potluck or
 * a party is food, and the grievance keeps it a menace.
 */
const VEILED_EN = "(?:(?:bringing|bring|gonna bring|going to bring|taking|packing|carrying) (?:something|a little something|a surprise|my little friend|what i need)(?: (?:with me|for (?:him|her|them)))?|(?:got|have|ive got|already got|bought|found) (?:what i need|everything i need|something for (?:him|her|them))(?: for (?:it|him|her|them|this))?)";
const SLIGHT_EN = "(?:disrespect\\w*|humiliat\\w*|embarrass\\w*|laughed at me|made fun of me|talked (?:shit|crap|trash)|snitched|played me|crossed me|called me (?:out|a)|put (?:his|her) hands on|a scare (?:he|she|they)(?:ll| will)? (?:never|wont|will not)(?: ever)? forget|a lesson (?:he|she|they)(?:ll| will)? (?:never|wont|will not)(?: ever)? forget)";
/** The Spanish counterparts: a weapon brought tomorrow, "pa que vea". */
/** A cake, a barbecue or a present: a knife brought for a chore. */
const CHORE_ES = "(?:pastel|carne|cocinar|comida|asado|carne asada|fruta|pan|verdura|cebolla|regalo|cumple\\w*)";
const AGRAVIO_ES = "(?:(?:ganas de|quiero|me dan ganas de) (?:agarrar a golpes|agarrarlo a golpes|golpear|madrear|partirle|romperle|matar|picar|apunalar|ahorcar)|ya no (?:lo|la) aguanto|ya no aguanto a|se burlo|se burlaron|me falt(?:o|aron|a|an) (?:al|el) respeto|me humillo|me humillaron|me puso en ridiculo|me echo de cabeza|me puso el dedo|me quiso ver la cara|me vio la cara|pa que vea|para que vea|ya vera|va a ver|van a ver|me las (?:va|van) a pagar)";
/** A group that will pay, and the time spent planning it. */
const GROUP_EN = "(?:everyone|everybody|every one of them|all of them|all those (?:people|\\w+)|them all|the whole (?:\\w+ )?(?:crew|office|church|family|group|shift))";
const PAY_EN = "(?:pay|regret it|be sorry|get what(?:s| is)? coming)(?! (?:for|me|back|up|rent|half|attention)\\b(?! (?:what|everything|it|this|that)\\b))";
const PLANNED_EN = "(?:been|im|i am|ive been|i have been|spent (?:weeks|months|days)) (?:planning|plotting|working out|figuring out|mapping out|thinking through)(?: (?:it|this|how|out how|it all|the whole thing))?|(?:got|have) (?:it all|a plan|the plan|everything) (?:planned|figured out|worked out|ready)";
const TODOS_ES = "(?:todos|toda esa gente|esa gente|todo el mundo|todos ellos|toditos|todos los de|toda la (?:familia|iglesia|oficina|bola))";
const PLANEADO_ES = "(?:llevo|tengo|llevamos) (?:semanas|dias|meses|tiempo|rato) (?:planeandolo|planeando(?:lo)?|pensandolo|armandolo)|ya (?:lo )?tengo (?:todo )?(?:planeado|pensado|armado|listo)|ya tengo (?:todo )?(?:el )?plan";

/** The one who wronged the participant, named by the wrong: "the guy who robbed me", "el que me robó". */
const WRONGER_EN = "(?:the|that|this) (?:dude|guy|man|woman|girl|bitch|mf|fool|punk|clown|snitch|one|person|kid|boy|motherfucker|bastard|dealer) (?:who|that) (?:\\w+ ){0,2}?(?:robbed|stole|jumped|hit|snitched|ripped|played|shot|stabbed|burned|scammed|beat|hurt|touched|disrespected|crossed|shorted|set)";
const HUNT_EN = "(?:looking|searching|hunting|out looking|driving around looking|riding around looking|going looking|gonna go looking) for";
const WRONGER_ES = "(?:a |al |a la |a los )?(?:q|que|quien|el q|el que|la q|la que|los q|los que|(?:ese |el )?(?:wey|guey|vato|tipo|cabron|culero) (?:q|que))(?: me| nos| le| les)? (?:robo|robaron|pego|pegaron|golpeo|golpearon|hizo|hicieron|chingo|transo|estafo|bajo|quito|delato|puso|echo|traiciono|apunalo|disparo|toco)";
const BUSCO_ES = "(?:(?:ando|estoy|voy|salgo|sali|sigo|andamos|vamos|voy a ir) (?:buscando|a buscar|cazando|a cazar)|voy por|vamos por)";
/** A slight named as the condition of a threat: "the next person who talks down to me", "si vuelve a hablar de mí". */
const NEXT_ONE_EN = "(?:the )?next (?:person|one|guy|dude|girl|mf|fool|clown|bitch|punk|motherfucker)(?: (?:in|at|from) (?:\\w+ ){0,2}?\\w+)?(?: who| that| to)?";
const STRUCK_EN = "(?:stabbed|shot|knifed|shanked|killed|murdered|jumped|beaten|beat|laid out|knocked out|popped|smoked|bodied|sliced|cut|dropped|hurt|dealt with)";
const HIRIENTE_ES = "(?:navaja|cuchillo|filero|fierro|punal|punaladas?|navajazos?|tiros?|balazos?|plomazos?|cuchilladas?|machetazos?|machete|cuete|plomo|balas?|fileros?)";
const NO_NOTICIA_ES = "(?![^]{0,80}\\b(?:pelicula|serie|novela|noticias|partido|juego|tiro libre|jaja[a-z]*|jeje[a-z]*)\\b)";
/** Anyone named as a target: a pronoun or a role ("that caseworker", "the judge", "my PO"). */
const TARGET = "(?:him|her|them|(?:that|this|the|my|his|her|their|our) (?:\\w+ )?\\w+)";
/** Making someone pay or suffer; "pay for dinner", "pay me back" and "pay attention" are money and manners. */
const MAKE_PAY =
  `(?:(?:make|making|gonna make|going to make|will make|ill make) ${TARGET} (?:pay|suffer|regret (?:it|this|that)|sorry|bleed|hurt)(?! (?:for (?:the |my |our |dinner|lunch|gas|it|half|rent|that)|back|me|up|half|rent|attention|a visit|the (?:bill|rent|fine|difference))\\b)` +
  "|(?:he|she|they|that \\w+|the \\w+|my \\w+)(?:ll| will| is gonna| is going to| gonna|s gonna) (?:pay|regret (?:it|this)|be sorry|get whats coming|get what (?:s|is) coming)(?! (?:for (?:the |my |our |dinner|lunch|gas|it|half|rent)|back|me|up|half|rent)\\b)" +
  `|(?:get|getting|gonna get|going to get) (?:back at|even with) ${TARGET}|(?:go|going|gonna go|coming) after ${TARGET}(?! (?:for (?:child support|the money|custody)|in court)\\b))`;
/** Knowing where or when the target can be found. */
const KNOW_WHERE =
  "(?:i (?:know|found out|figured out|looked up) (?:exactly )?(?:where|when|what time|which \\w+) (?:he|she|they|that \\w+|the \\w+|my \\w+) (?:lives?|works?|parks?|sleeps?|stays?|goes|gets (?:off|out|home)|leaves|picks up|drops off|takes|eats|drinks|hangs out|works out|walks|shops)" +
  "|i (?:know|have|got|found) (?:his|her|their) (?:home )?(?:address|car|schedule|routine|plate|license plate|kids school|house|work schedule)|(?:found|looked up|got|have) (?:his|her|their) (?:home )?address)";

export const REVENGE_RULES: RiskRule[] = [
  // A threat to make someone pay beside knowing where they are: "ill make that caseworker pay, i know where she parks".
  rule("threat-knows-where", "harm_to_others", "en", `(?:${MAKE_PAY}\\b[^]{0,120}?\\b${KNOW_WHERE}|${KNOW_WHERE}\\b[^]{0,120}?\\b${MAKE_PAY})${NOT_PLAY}`),
  rule("armed-doom", "harm_to_others", "en", `${ARMED}\\b[^]{0,80}?\\b${DOOM}${NOT_PLAY}|${DOOM}\\b[^]{0,60}?\\b${ARMED}${NOT_PLAY}`),
  rule("armed-going", "harm_to_others", "en", `${NOT_CHORE}(?:i know where (?:he|she|they) (?:lives?|works?|sleeps?|stays?)\\b[^]{0,60}?\\b${ARMED}${NOT_PLAY}|${GOING}\\b[^]{0,60}?\\b${ARMED}${NOT_PLAY}|${ARMED}\\b[^]{0,60}?\\b${GOING}${NOT_PLAY}|(?:sharpened|sharpening|loaded|loading|cleaned) (?:the|my|a) ${WEAPON}\\b[^]{0,80}?\\b(?:hurting|hurt|kill|killing|stab|stabbing|get) ${PERSON}|(?:picturing|imagining|thinking about) (?:hurting|stabbing|killing|hitting) ${PERSON}\\b[^]{0,60}?\\b(?:sharpened|sharpening|loaded|bought|got) (?:the|my|a) ${WEAPON})`),
  rule("lying-in-wait", "harm_to_others", "en", `${NOT_CHORE}${WAITING}\\b[^]{0,60}?\\b${ARMED}${NOT_PLAY}|${NOT_CHORE}${ARMED}\\b[^]{0,60}?\\b${WAITING}${NOT_PLAY}|\\b${WEAPON} in (?:the|my) (?:car|truck|trunk)\\b[^]{0,60}?\\b${WAITING}${NOT_PLAY}|${WAITING}\\b[^]{0,80}?\\b(?:${DOOM}|regret)${NOT_PLAY}|(?:${DOOM}|regret it)\\b[^]{0,80}?\\b${WAITING}${NOT_PLAY}`),
  rule("revenge-now", "harm_to_others", "en", `(?:^|\\b(?:im|ill|i will|gonna|going to|want to|wanna|about to|time to|need to|finna|imma|ima) )(?:get|getting|take|taking|have|having) (?:my )?(?:revenge|payback|even) (?:on|with) ${PERSON}${NOT_PLAY}|^revenge (?:tonight|today|tomorrow|time|is coming)${NOT_PLAY}|teach ${PERSON} a lesson\\b[^]{0,40}?\\b${ARMED}${NOT_PLAY}|(?:make|making) ${PERSON} (?:bleed|suffer|pay with (?:his|her|their) life)${NOT_PLAY}|(?:beat|kick|knock|beating|kicking) the (?:shit|crap|hell|fuck|living (?:shit|daylights)) out of ${PERSON}${NOT_PLAY}`),
  rule("doom-pronounced", "harm_to_others", "en", `(?:i swear|swear to god|on my (?:mom|mother|kids|life|everything|daughter|son)|mark my words)\\b[^]{0,30}?\\b(?:he|she|they|that \\w+|my \\w+)(?: \\w+)? (?:dies|is dying|is gonna die|gonna die|will die|is dead|is done)\\b${NOT_PLAY}|(?:hope|want|wish) (?:he|she|they|that \\w+|my \\w+) (?:dies|die|dead|drops dead)\\b[^]{0,40}?\\b(?:make sure|make it happen|see to it|help it along|do it myself)${NOT_PLAY}|(?:he|she|they|that \\w+|my \\w+)(?: is| s|s)? (?:a )?dead (?:man|woman|meat)(?! (?:walking )?(?:if|when) (?:my |our )?(?:mom|dad|mother|father|boss|wife|teacher|coach|sister|brother|grandma|parents)\\b)${NOT_PLAY}|(?:he|she|they|that \\w+|my \\w+) (?:better|betta|bettr|gotta) (?:pray|run|hide|watch (?:his|her|their|its) back|sleep with one eye open)${NOT_PLAY}|(?:his|her|their) days are numbered${NOT_PLAY}|(?:pulling|pull|pullin|sliding|slide) up on (?:him|her|them|that \\w+)\\b[^]{0,30}?\\b(?:in \\d+|tonight|rn|now|with|strapped)${NOT_PLAY}`),
  rule("weapon-acts-on-them", "harm_to_others", "en", `(?:shoot|shooting|spray|spraying|light|lighting) up (?:his|her|their|that \\w+s?) (?:car|house|crib|place|apartment|apt|truck|whip)${NOT_PLAY}|(?:pour|pouring|poured|throw|throwing|splash|splashing) (?:gas|gasoline|lighter fluid|acid|bleach) (?:on|all over) (?:him|her|them|his|her|their)\\b${NOT_PLAY}|(?:smash|smashing|break|breaking|bust|busting|crack|cracking) (?:a |the )?(?:bottle|chair|brick|bat|pipe|glass|plate|bottle) (?:over|on|across|into) (?:his|her|their) (?:head|face|skull)${NOT_PLAY}|(?:break|breaking|snap|snapping) every bone in (?:his|her|their) body${NOT_PLAY}|(?:hit|hitting|ram|ramming|run down) ${PERSON} with (?:the|my|a) (?:car|truck|van|suv)${NOT_PLAY}`),
  // Something brought, or the means in hand, after a slight: "he disrespected me, im bringing something tomorrow, hell find out".
  rule("veiled-means", "harm_to_others", "en", `${NOT_CHORE}(?:${VEILED_EN}\\b[^]{0,80}?\\b${DOOM}|${DOOM}\\b[^]{0,80}?\\b${VEILED_EN}|${VEILED_EN}(?<=\\b${SLIGHT_EN}\\b[^]{0,160})|${SLIGHT_EN}\\b[^]{0,120}?\\b${VEILED_EN})${NOT_PLAY}`),
  // A group that will pay, and planning: "everybody at that church is gonna pay, been planning it".
  rule("group-pays-planned", "harm_to_others", "en", `${GROUP_EN}(?: (?:at|in|from|of)(?: \\w+){1,3})?(?: is| are|s)? (?:gonna|going to|will|(?:is|are) gonna|(?:is|are) going to) ${PAY_EN}\\b[^]{0,120}?\\b(?:${PLANNED_EN})|(?:${PLANNED_EN})\\b[^]{0,120}?\\b${GROUP_EN}(?: (?:at|in|from|of)(?: \\w+){1,3})?(?: is| are|s)? (?:gonna|going to|will) ${PAY_EN}${NOT_PLAY}`),
  // ---- Spanish ----
  // A weapon brought tomorrow after a slight: "se burló de mí, mañana llevo el cuete pa que vea".
  rule("es-llevo-el-arma", "harm_to_others", "es", `(?:manana|hoy|esta noche|al rato|el lunes|el martes|el miercoles|el jueves|el viernes|en la junta|al grupo|a la junta)\\b[^]{0,20}?\\b(?:le |les )?(?:llevo|traigo|voy a llevar|voy a traer|me llevo|cargo|saco) (?:el|la|mi|un|una) ${ARMA}(?![^]{0,120}\\b${CHORE_ES}\\b)(?<!\\b${CHORE_ES}\\b[^]{0,120})(?<=\\b${AGRAVIO_ES}\\b[^]{0,200}|(?=[^]{0,60}\\b${AGRAVIO_ES}\\b))${NOT_PLAY}`),
  rule("es-todos-pagan-planeado", "harm_to_others", "es", `${TODOS_ES}\\b[^]{0,40}?\\b(?:me las (?:va|van) a pagar|me la (?:va|van) a pagar|se van a arrepentir|van a pagar)\\b[^]{0,120}?\\b(?:${PLANEADO_ES})|(?:${PLANEADO_ES})\\b[^]{0,120}?\\b${TODOS_ES}\\b[^]{0,40}?\\b(?:me las (?:va|van) a pagar|me la (?:va|van) a pagar|se van a arrepentir|van a pagar)${NOT_PLAY}`),
  rule("es-pagar-y-se-donde", "harm_to_others", "es", `(?:me las (?:va|van) a pagar|me la (?:va|van) a pagar|(?:se la|se las|la|lo|los|le|les) voy a hacer pagar|se va a arrepentir)\\b[^]{0,120}?\\bse (?:donde|a que hora|cuando) (?:vive|trabaja|sale|llega|duerme|esta|estaciona|se estaciona|deja el carro|recoge|come)|se (?:donde|a que hora|cuando) (?:vive|trabaja|sale|llega|duerme|esta|estaciona|se estaciona|deja el carro|recoge|come)\\b[^]{0,120}?\\b(?:me las (?:va|van) a pagar|me la (?:va|van) a pagar|(?:se la|se las|la|lo|los|le|les) voy a hacer pagar|se va a arrepentir)${NOT_PLAY}`),
  rule("es-armado-suerte", "harm_to_others", "es", `${ARMADO}(?![^]{0,60}\\b(?:cocina|cocinar|carne|pastel|de agua|de juguete|pinata|regalo)\\b)\\b[^]{0,80}?\\b${SUERTE}${NOT_PLAY}|${SUERTE}\\b[^]{0,60}?\\b${ARMADO}${NOT_PLAY}`),
  rule("es-ir-armado", "harm_to_others", "es", `(?<!\\b(?:cocinar|cocina|carne asada|asado|pastel|cumple\\w*|regalo)\\b[^]{0,80})(?:${IR} (?:a |pa |para )?(?:su casa|su trabajo|(?:la )?casa de (?:${ALGUIEN}|\\w+)|(?:al|el) (?:trabajo|jale|chamba|negocio|depa|taller) de (?:${ALGUIEN}|\\w+)|(?:la )?chamba de (?:${ALGUIEN}|\\w+)|donde (?:vive|trabaja|esta)|alla|palla)\\b[^]{0,60}?\\b(?:con|llevo|traigo|tengo) (?:el|la|un|una|mi) ${ARMA}${NOT_PLAY}|(?:(?:le|les) (?:voy a|vamos a) caer|(?:le|les) (?:caigo|caemos))(?: a ${ALGUIEN})?\\b[^]{0,40}?\\b(?:fierro|pistola|cuchillo|machete|navaja|cuete|bate|la banda|batazos)${NOT_PLAY}|se donde (?:vive|trabaja|duerme|esta|sale)\\b[^]{0,60}?\\b(?:${ARMADO}|${IR}(?: \\w+){0,3} con (?:el|la|un|una|mi) ${ARMA})${NOT_PLAY}|(?:arreglar|ajustar) (?:cuentas|las cuentas) con ${ALGUIEN}\\b[^]{0,40}?\\b(?:${ARMADO}|llevo (?:el|la) ${ARMA})${NOT_PLAY})(?![^]{0,60}\\b(?:cocinar|cocina|carne asada|asado|pastel|cumple\\w*|regalo|arreglar (?:la|el) \\w+)\\b)`),
  rule("es-al-acecho", "harm_to_others", "es", `${ESPERA}\\b[^]{0,60}?\\b(?:con|llevo|traigo) (?:el|la|un|una|mi) ${ARMA}${NOT_PLAY}|${ESPERA}\\b[^]{0,80}?\\b${SUERTE}${NOT_PLAY}|${SUERTE}\\b[^]{0,80}?\\b${ESPERA}${NOT_PLAY}`),
  rule("es-venganza", "harm_to_others", "es", `(?:voy a|me voy a|quiero|ya me voy a|ahora si me voy a|gonna|going to|im gonna|tengo que|hoy me) ${VENGANZA} (?:con|de) (?:${SOLO_ELLA}|${ALGUIEN} \\w+|mi \\w+)${NOT_PLAY}|(?:me voy a|voy a|le voy a) cobrar (?:lo que (?:le|me|nos) hizo|la que (?:me|le) debe)${NOT_PLAY}|(?:le|les) (?:voy a|vamos a) dar su merecido${NOT_PLAY}`),
  rule("es-sentencia", "harm_to_others", "es", `(?:echar|tirar|aventar|echarle|tirarle|aventarle|le voy a echar|le voy a tirar|le voy a aventar|le echo) (?:acido|acido muriatico|cloro|gasolina|agua hirviendo|aceite hirviendo) (?:en la cara|a la cara|encima|en el cuerpo)${NOT_PLAY}|(?:le|les) (?:tengo|traigo) ganas a ${ALGUIEN}\\b[^]{0,40}?\\b(?:se la (?:parto|rompo)|(?:le|les) (?:parto|rompo) (?:la madre|la cara|su madre)|lo (?:mato|pico|quiebro))${NOT_PLAY}|(?:me voy a|voy a|me lo voy a) (?:chingar|quebrar|despachar|tronar|enfriar) a (?:mi|ese|esa|este|esta) (?!(?:novi[oa]|vieja|morr[oa]|chava|chavo|pareja|esposa|esposo|mujer|marido)\\b)\\w+(?! (?:de la escuela|del trabajo|de la casa)\\b)${NOT_PLAY}|(?:(?:le|les) (?:voy a dar|vamos a dar|doy|damos|van a dar)|darle|darles) (?:piso|cuello|matarile|chicharron)(?! (?:nuevo|nueva|de|del|laminado|a la cocina|al bano|a la casa|a la sala|al cuarto)\\b)${NOT_PLAY}|(?:voy a|vamos a) agarrar a ${ALGUIEN}(?: \\w+)? a (?:batazos|balazos|madrazos|putazos|golpes|cuchilladas|machetazos|navajazos|tubazos|patadas|plomazos)${NOT_PLAY}|(?:le|les) (?:voy a|vamos a|quiero) (?:meter|dar|pegar|sorrajar|poner|volar) (?:un |unos |dos |tres |unos cuantos |sus |su )?(?:balazos?|tiros?|plomazos?|navajazos?|punaladas?|filerazos?|cuchillazos?|machetazos?|batazos?|plomo)${NOT_PLAY}|(?:ese|esa|este|esta) (?:wey|guey|vato|tipo|cabron|cabrona|vieja|morro|culero|pendejo|pendeja|desgraciad[oa]|malnacid[oa]|mamon|hijo de \\w+)(?: \\w+)? no (?:amanece|ve (?:el dia de )?manana|vera (?:el dia de )?manana|llega a manana|pasa de (?:hoy|esta noche))${NOT_PLAY}|es (?:hombre|mujer) muert[oa]${NOT_PLAY}|(?:ese|esa|el|ella|este|esta)(?: \\w+)? no (?:ve|vera|va a ver) (?:el dia de )?manana${NOT_PLAY}|si (?:lo |la |los )?(?:vuelve|vuelven|veo|vuelvo a ver|se (?:acerca|aparece|mete)|me (?:vuelve a )?(?:toca|busca)|viene|toca)\\b[^]{0,40}?\\b(?:lo|la|los|las) (?:pico|mato|apunalo|acuchillo|atropello|ahorco|balaceo|plomeo|quiebro|madreo|reviento|filereo|desaparezco|entierro)${NOT_PLAY}|(?:le|les) ${"(?:voy a|vamos a)"} (?:reventar|romper|quebrar|estrellar) (?:una|un|la|el) (?:botella|silla|bate|tubo|ladrillo|piedra|vaso) (?:en|sobre|contra) (?:la cabeza|la cara|el craneo|la jeta)${NOT_PLAY}`),
  // Armed and out hunting the one who wronged: "out looking for the guy who robbed me, got my strap on me", "ando buscando al que me robó, traigo la fusca".
  rule("hunting-armed", "harm_to_others", "en", `${HUNT_EN} ${WRONGER_EN}\\b[^]{0,100}?\\b${ARMED}${NOT_PLAY}|${ARMED}\\b[^]{0,80}?\\b${HUNT_EN} ${WRONGER_EN}${NOT_PLAY}`),
  rule("es-buscando-armado", "harm_to_others", "es", `${BUSCO_ES} ${WRONGER_ES}\\b[^]{0,100}?\\b${ARMADO}${NOT_PLAY}|${ARMADO}\\b[^]{0,80}?\\b${BUSCO_ES} ${WRONGER_ES}${NOT_PLAY}`),
  // A stab or a shot promised to whoever slights next: "next person in group who talks down to me is getting stabbed", "si vuelve a hablar de mí le entierro la navaja".
  rule("next-one-gets-it", "harm_to_others", "en", `${NEXT_ONE_EN} (?:\\w+ ){1,6}?(?:is|s|gets|will get|gonna get|is gonna get|is getting|getting|will be|is gonna be) ${STRUCK_EN}\\b${NOT_PLAY}|if (?:he|she|they|anyone|anybody|somebody|someone|that \\w+|my \\w+) (?:\\w+ ){1,8}?(?:again|one more time|ever)\\b[^\\n]{0,30}?\\b(?:hes|shes|theyre|he is|she is|they are|is) (?:getting|gonna get|going to get) ${STRUCK_EN}\\b${NOT_PLAY}`),
  rule("es-si-vuelve-le-meto", "harm_to_others", "es", `(?:si (?:\\w+ ){0,8}?(?:vuelve a|vuelven a|otra vez|de nuevo|una vez mas|se vuelve a|me vuelve a)|al (?:proximo|siguiente|primero|primer wey|proximo wey) (?:que|q))\\b[^\\n]{0,50}?\\b(?:(?:le|les) (?:entierro|meto|clavo|pego|doy|dejo ir|suelto|vuelo|saco|voy a (?:enterrar|meter|clavar|dar|pegar)) (?:la|el|un|una|unos|unas|mis|sus|dos|tres|unos cuantos) ${HIRIENTE_ES}|(?:lo|la|los) (?:pico|mato|apunalo|acuchillo|balaceo|plomeo|quiebro|filereo|entierro))${NO_NOTICIA_ES}`),
];
