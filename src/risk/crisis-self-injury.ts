/**
 * Self-injury other than cutting or burning, and self-harm told in recovery words, English
 * and Spanish (forms of non-suicidal self-injury: hitting or banging oneself, punching walls,
 * scratching or carving the skin; the relapse language of self-harm recovery):
 *
 *   - an act against one's own body with an extent or a purpose: "banged my head against the
 *     wall til i saw stars", "beat my legs till they were purple, i deserve it", "me di de
 *     cabezazos contra la pared hasta que me sangró";
 *   - carving the skin with something sharp: "carved his initials into my thigh w a pin";
 *   - a relapse told against clean time from self-harm: "63 days clean from sh and i lost it",
 *     "90 days no cutting and i relapsed", "recaí en cortarme", "rompí mi racha, agarré la
 *     gillette de nuevo". Without the self-harm words a relapse stays a substance lapse.
 * A bump on a cabinet door, a scratch from the cat or a child's tantrum names no extent and no
 * own body, and does not match.
 */
import { BODY_PART, FILO, FIXTURE, INJURY_PURPOSE, PARTE_CUERPO, SHARP } from "./lexicon.ts";
import { anyOf, rule, type RiskRule, unlessHistory } from "./types.ts";

/** Acts of striking or tearing at oneself. */
const STRIKE = anyOf(
  "hit", "hits", "hitting", "whip", "whipped", "whipping", "slap", "slapped", "slapping", "smack", "smacked", "smacking", "belt", "belted", "punch", "punched", "punching", "beat", "beating", "bang", "banged", "banging", "slam", "slammed", "slamming",
  "smash", "smashed", "smashing", "bash", "bashed", "bashing", "scratch", "scratched", "scratching", "claw", "clawed", "clawing",
  "pinch", "pinched", "pinching", "bite", "bit", "biting", "pull", "pulled", "pulling", "rip", "ripped", "tear", "tore", "scrape", "scraped", "scraping", "dig", "digging", "dug"
);
/** How far or why: "til it bled", "until i saw stars", "over and over", "i deserve it". */
const EXTENT = anyOf(
  "(?:til|till|untill?|to the point|so hard|so bad|hard enough)(?: \\w+){0,4} (?:bled|bleed|bleeds|bleeding|bruised|bruise|bruises|bruising|purple|black and blue|raw|swollen|swelled|swelled up|split|split open|broke|cracked|numb|saw stars|see stars|seeing stars|blacked out|dizzy|went dark|marks|welts|scabs)",
  "(?:its|it is|theyre|they are|now its|and its)(?: all| so)? (?:bruised|bleeding|swollen|purple|raw|split)", "over and over", "on purpose", "to punish (?:myself|me)", "(?:i|cuz i|cause i|bc i|because i) (?:deserve|deserved) (?:it|this|the pain|to hurt)", "(?:deserve|deserved) it$",
  // A habit told by its trigger: "when it gets too much", "whenever im overwhelmed", "its what i do".
  "(?:when|whenever|every time|everytime|anytime) (?:it|things|everything|i|im|i am|i get|i feel|my head) (?:gets? |get |feel |am |m |is )?(?:too much|too loud|overwhelm\\w*|so (?:mad|angry|upset)|mad|angry|upset|stressed|anxious|like this|bad)",
  "(?:its|thats) what i do", "(?:its|its become|its like) a habit", "i always do (?:it|that|this)",
  // The wish to go on after the blow: "theres a lump now and i want to do it more", "and i want more".
  "(?:i |and i |but i )?(?:still )?(?:want|wanna|need) (?:to )?(?:do it |keep (?:going|hitting|doing it|at it)|hit (?:it|myself|my \\w+) )?(?:more|again|harder|some more|going|hitting)?$"
);
/** The Spanish counterpart: "hasta que me sangró", "hasta dejarme moretones", "me lo merezco". */
const HASTA = anyOf(
  "hasta (?:que |q )?(?:se me |me )?(?:(?:salio|saliera|sale|salia) sangre|sangr\\w*|doli\\w*|dol\\w*|sacarme sangre|abri\\w*|revent\\w*|romp\\w*|rajar\\w*|dejarme (?:moretones|morad[oa]|marcas)|quedar morad[oa]s?|hinch\\w*|desmay\\w*|ver estrellas|mare\\w*|quedar en carne viva)",
  "hasta dejar(?:me)? (?:marcas|moretones|heridas)", "(?:muchas|varias|mil) veces", "(?:yo sol[oa]|a mi mism[oa])", "me lo (?:merezco|meresco|merecia|gane)", "a proposito", "adrede", "(?:queria|quiero|para) sentir algo", "(?:toda|toa) la noche", "una y otra vez", "para castigarme",
  // A habit told by its trigger: "cuando me agobio", "siempre lo hago".
  "(?:cuando|cada que|cada vez que|siempre que) (?:me )?(?:agobio|estreso|enojo|desespero|siento (?:mal|asi)|no puedo mas|me gana|me pongo (?:mal|asi))", "siempre lo hago", "(?:ya )?es costumbre", "(?:ya )?es un habito",
  // Las ganas de seguir después del golpe: "tengo un chichón y me quiero dar más", "no me quiero detener".
  "(?:y )?(?:todavia |aun )?(?:me )?quiero (?:dar(?:me)?|pegar(?:me)?|golpear(?:me)?|seguir|mas)(?: (?:mas|otra vez|de nuevo|dando|pegando|golpeando(?:me)?))?$", "no me quiero (?:detener|parar)", "(?:y )?(?:todavia |aun )?quiero mas$"
);

/** What one strikes oneself with: "me pegué con el cinturón", "me azoté con el cinto", "agarré la chancla". */
const OBJETO_GOLPE = "(?:cinturon|cinto|fajo|chancla|cable|palo|regla|martillo|hebilla|cuerda|sarten|vara|manguera|cadena|cepillo|piedra|zapato)";
/** Someone else as the one who hit ("mi papá me pegaba con el cinturón") is abuse, told by other rules. */
const NOT_OTRO_ES = "(?<!\\b(?:mama|papa|ama|apa|jefa|jefe|padre|madre|padrastro|madrastra|abuel[oa]|ti[oa]|herman[oa]|espos[oa]|marido|novi[oa]|pareja|el|ella|ellos|viejo|vieja|maestr[oa]) (?:siempre |ya |antes |a veces )?)";

/** Clean time from self-harm, the frame a relapse word needs to be about self-harm. */
const SH_CLEAN = anyOf(
  "(?:clean|free|sober|abstinent) (?:from|of) (?:sh|self ?harm(?:ing)?|cutting|burning|hurting myself|the blade|blades)",
  "(?:sh|self ?harm|cutting|cut) (?:free|clean)", "(?:days?|weeks?|months?|years?|streak) (?:without|with no|of no|no|free of|clean from|off) (?:cutting|sh|self ?harm(?:ing)?|burning|hurting myself|the blade)"
);
const SLIP = anyOf(
  "relapsed", "relapse", "slipped", "slip(?:ped)? up", "lost it", "broke (?:my|the) (?:\\w+ )?streak", "messed up", "fucked up", "screwed up", "did it again", "gave in", "caved"
);
const SH_LIMPIA = anyOf(
  "(?:limpi[oa]|sobri[oa]|libre) de (?:autolesion\\w*|cortarme|lastimarme|quemarme|la navaja|las cortadas|los cortes)",
  "(?:dias|semanas|meses|anos|racha) sin (?:cortarme|autolesion\\w*|lastimarme|quemarme|hacerme dano)"
);
/** An accident or a sport right after keeps a mark ordinary. */
const NO_ACCIDENTE = "(?! (?:jugando|corriendo|en el (?:partido|trabajo|gym)|sin querer|por accidente|con la puerta)\\b)";
const RECAIDA = anyOf("recai", "volvi a lo mismo", "ya volvi a lo mismo", "volvi a (?:caer|hacerlo|las andadas)", "la cague", "la rega(?:ue)?", "rompi (?:mi|la) racha", "falle", "cai otra vez");

/** A knock on furniture ("banged my head on the cabinet so hard i saw stars"), unless the text gives it a purpose. */
const NOT_KNOCK = `(?! (?:on|against|into|under|off|getting (?:in|out|up)(?: \\w+){0,2} (?:on|against)) (?:the |a |my |that |this |our )?(?:\\w+ )?${FIXTURE}\\b(?![^]{0,120}\\b${INJURY_PURPOSE}\\b))`;

export const SELF_INJURY_RULES: RiskRule[] = [
  // "banged my head against the wall til i saw stars", "hitting myself in the face ... i deserve it".
  unlessHistory(rule("strike-self-extent", "self_harm", "en", `${STRIKE} (?:at |into |up )?(?:my (?:finger)?nails (?:into|in) )?(?:my (?:own )?${BODY_PART}|myself(?: in the (?:face|head|stomach|chest|legs?))?)\\b${NOT_KNOCK}(?: (?:up|open|raw))?[^]{0,60}?\\b${EXTENT}`)),
  // Walls, floors and doors struck with the head or fists until hurt: "punched the wall til my knuckles split".
  unlessHistory(rule("strike-wall-extent", "self_harm", "en", `${STRIKE} (?:the |a )?(?:brick |concrete |bathroom |bedroom )?(?:wall|walls|floor|door|mirror)(?: with my (?:head|fists?|hands?))?\\b[^]{0,40}?\\b${EXTENT}`)),
  // Carving the skin: "carved his initials into my thigh", "scratched the word into my arm w a pin".
  unlessHistory(rule("carve-skin", "self_harm", "en", `(?:carve|carved|carving|etch|etched|etching|gouge|gouged|gouging|engrave|engraved|scratch|scratched|scratching|dig|dug|digging) (?:\\w+ ){0,3}(?:into|in|on) (?:my (?:own )?${BODY_PART})\\b(?: \\w+){0,2} (?:with|w|using) (?:a |the |my |some )?${SHARP}|(?:carve|carved|carving|etch|etched|etching|gouge|gouged|gouging) (?:\\w+ ){0,3}into (?:my (?:own )?${BODY_PART})`)),
  // A relapse told against clean time from self-harm, in either order.
  rule("sh-relapse", "self_harm", "en", `${SH_CLEAN}\\b[^]{0,60}?\\b${SLIP}|${SLIP}\\b[^]{0,40}?\\b(?:on|with|after)(?: \\w+){0,4} ${SH_CLEAN}|(?:picked|picking) (?:up )?(?:the|my|a) (?:blade|blades|razor|razors)(?: back up| up again| again)`),
  // A relapse named by the act itself: "relapsed on the cutting", "slipped back into cutting", "relapsed back into sh".
  unlessHistory(rule("sh-relapse-act", "self_harm", "en", "(?<!\\b(?:she|he|they|hes|shes|theyve|her|his|my (?:\\w+ )?(?:sister|brother|friend|daughter|son|cousin|kid|girlfriend|boyfriend))(?: \\w+)? )(?:relapsed|relapse|relapsing|slipped|slid|fell|went) (?:back )?(?:on|with|into|in to|to) (?:the |my )?(?:cutting|burning(?: myself)?|self ?harm(?:ing)?|sh|hurting myself|the blade|blades?)(?! (?:free|clean|urges?|group|awareness|meeting|recovery)\\b)")),
  // ---- Spanish ----
  unlessHistory(rule("es-golpes-a-mi", "self_harm", "es", `me (?:di|doy|daba|dio|estuve dando|estoy dando|he estado dando|he dado|sigo dando|estuve pegando|estoy pegando|estaba pegando|estuve golpeando|estoy golpeando|pegue|pego|pegaba|golpee|golpeo|golpeaba|rasgune|rasguno|aranaba|arane|arano|rasque|rasco|mordi|muerdo|encaje|encajo|enterre|entierro|clave|clavo|pellizque|pellizco) (?:de )?(?:(?:cabezazos|golpes|punetazos|putazos|madrazos|chingadazos|trancazos|cachetadas|bofetadas|las unas)\\b )?(?:(?:en|contra) )?(?:${PARTE_CUERPO}|la pared|el piso|la puerta)\\b[^]{0,60}?\\b${HASTA}`)),
  unlessHistory(rule("es-golpes-a-la-pared", "self_harm", "es", `(?:le )?(?:(?:di|daba|doy|estuve dando|estoy dando) (?:de )?(?:cabezazos|golpes|punetazos|putazos|madrazos|chingadazos|trancazos)|pego|pegue|pegaba|golpeo|golpee|golpeaba|madreo|madree) (?:a|contra|en) (?:la pared|el piso|la puerta|el espejo)\\b[^]{0,60}?\\b${HASTA}|me (?:di|doy|daba|estuve dando|estoy dando|sigo dando|dio por darme) (?:de )?(?:cabezazos|golpes|punetazos) (?:contra la pared|contra el piso|en la cabeza|en la cara)`)),
  // Struck with an object, with an extent or a purpose: "me pegué con el cinturón yo sola hasta dejarme marcas", "me di con la hebilla porque me lo merezco".
  unlessHistory(rule("es-golpes-con-objeto", "self_harm", "es", `${NOT_OTRO_ES}me (?:pegue|pego|pegaba|golpee|golpeo|golpeaba|azote|azoto|azotaba|di|doy|daba|estuve pegando|estoy pegando) (?:(?:yo sol[oa]|a mi mism[oa]) )?(?:con|de) (?:el|la|un|una|mi|unos|unas|los|las) (?:\\w+ ){0,2}?${OBJETO_GOLPE}\\b[^]{0,60}?\\b${HASTA}|(?:agarre|tome|use|saque) (?:el|la|un|una|mi) ${OBJETO_GOLPE}\\b[^]{0,40}?\\bme (?:pegue|azote|golpee|di)\\b[^]{0,40}?\\b${HASTA}`)),
  // "me marqué la pierna con la punta del compás", "me grabé su nombre en el brazo con una navaja".
  unlessHistory(rule("es-grabar-piel", "self_harm", "es", `me (?:marque|marco|marcaba|grabe|grabo|grababa|raye|rayo|rayaba|talle|tallo|escribi|escribo|rasgue|rasgo)(?: \\w+){0,3} (?:en )?${PARTE_CUERPO} (?:con|usando) ${FILO}`)),
  rule("es-recaida", "self_harm", "es", `${SH_LIMPIA}\\b[^]{0,60}?\\b${RECAIDA}|${RECAIDA} (?:en|con) (?:cortarme|lastimarme|quemarme|golpearme|las autolesiones|la autolesion|la navaja|las cortadas)|(?:agarre|tome|saque|use|volvi a agarrar|volvi a usar) (?:la|una|mi|las|el) (?:gillette|navaja|cuchilla|hoja de afeitar|rastrillo)s? (?:de nuevo|otra vez|otra ves)|volvi a (?:agarrar|usar|sacar) (?:la|una|mi|las|el) (?:gillette|navaja|cuchilla|hoja de afeitar|rastrillo)s?(?! (?:para|pa) (?:afeitar|rasurar|cortar)\\w*)(?![^\\n]{0,30}\\b(?:barba|bigote|piernas para|axilas)\\b)`),
  // An accident kept going: "burned my hand on the stove, then held it there to feel something", "dejé la mano en el comal a propósito".
  rule("kept-it-there", "self_harm", "en", "(?:held|hold|holding|kept|keep|keeping|pressed|pressing|left) (?:it|my \\w+) (?:there|on (?:it|the \\w+)|against (?:it|the \\w+)|under (?:it|the \\w+)|down)\\b[^\\n]{0,30}?\\b(?:to feel (?:something|anything|it|the pain)|on purpose|(?:til|till|until) (?:it|they|i) (?:blistered|bled|burned|couldnt)|because i deserve)"),
  rule("es-la-deje-ahi", "self_harm", "es", "(?:deje|dejaba|mantuve|aguante|puse) (?:la|el|mi) (?:mano|brazo|dedo|pierna|piel)(?: \\w+){0,3} (?:ahi|en el \\w+|en la \\w+|contra el \\w+|contra la \\w+)\\b[^\\n]{0,30}?\\b(?:para sentir|a proposito|adrede|hasta que (?:se )?(?:me )?(?:ampoll|quem|sangr)\\w*|porque me lo merezco)"),
];

/** Parts of the body a self-injury is hidden on (never the face: "new lines on my face" are wrinkles). */
const HIDDEN_PART = anyOf("arms?", "forearms?", "legs?", "thighs?", "wrists?", "stomach", "belly", "hips?", "skin", "ankles?", "shoulders?", "ribs", "chest");
const PARTE_OCULTA = anyOf("(?:el|mi) (?:brazo|muslo|estomago|abdomen|pecho|tobillo)", "(?:la|mi) (?:pierna|muneca|panza|pansa|piel|cadera)", "(?:los|mis) (?:brazos|muslos|tobillos)", "(?:las|mis) (?:piernas|munecas|caderas)");
/** Hot things pressed to the skin. */
const HOT = "(?:stove|burner|\\w+ burner|iron|curling iron|flat iron|flame|lighter|candle|oven rack|hot (?:\\w+)|boiling \\w+|cigarette|cig|match)";
/** Taking risks in the hope of being hurt: no seatbelt, a bad street at night, traffic. */
const RISKY = anyOf("(?:slept|sleep|sleeping|sat|sitting|laid|lay|lying) (?:outside )?in the (?:snow|cold|rain)", "no (?:jacket|coat) (?:in|on purpose)", "no seatbelt", "without (?:a|my) seatbelt", "(?:drove|driving|drive|speeding|sped)(?: \\w+){0,3} (?:fast|100|over 100|like crazy)", "ran (?:red lights|the lights)", "(?:walked|walking|walk|went|go) (?:home |out |around )?(?:thru|through|into|in) (?:the )?(?:bad|worst|sketchy|rough|dangerous) (?:part|parts|side|area|neighborhood)", "(?:at|around) [1-5] ?am", "into traffic");
const HOPING = anyOf("hoping (?:something (?:bad )?(?:would|will|might) happen|(?:someone|somebody|a car|a truck|something|they) (?:would |will |might )?(?:hit|jump|hurt|kill|run over|rob|attack|stab) me|(?:i|id) (?:would |might )?(?:crash|get hurt|get hit|get jumped|wreck))", "so (?:i|id) (?:would |might )?(?:crash|get hurt|get hit|wreck)", "hoping (?:i|id) (?:would |might )?(?:get sick|freeze|get hypothermia|not wake up)");
const ARRIESGO = anyOf("sin cinturon", "a toda velocidad", "(?:a )?(?:200|mil) por hora", "me pase (?:los|todos los) altos", "(?:de madrugada|a las [1-5] de la manana|de noche) (?:por|en) (?:el|la|un|una) (?:barrio|colonia|calle|zona) (?:fe[oa]|peligros[oa]|mal[oa])", "(?:por|en) (?:el|la|un|una) (?:barrio|colonia|zona) (?:fe[oa]|peligros[oa]|mal[oa]) (?:de madrugada|de noche|a las [1-5])");
const ESPERANDO = anyOf("esperando (?:chocar|estrellarme|que me (?:atropell\\w+|pegu\\w+|mat\\w+|pase algo|hagan algo|asalt\\w+))", "a ver si (?:alguien me (?:hacia|hace|hiciera) algo|me (?:pasaba|pasa|pasara) algo|me (?:atropellaban|atropellan|mataban|asaltaban)|chocaba|me estrellaba)", "ojala (?:chocara|me pasara algo|me atropellaran)");

/**
 * The other forms and the words people use for them, English and Spanish: the act told as
 * "the thing" or "it" on a body part ("did the thing again on my arm", "me lo hice otra vez
 * en las piernas", "los brazos otra vez, no me pude aguantar"); hair pulled to a bald spot;
 * blades taken out of a razor or sharpener; heat held to the skin; marks made on a hidden body
 * part; scars reopened; a rubber band snapped to welts; an urge that won with bandages after;
 * food refused as a punishment; risks taken in the hope of being hurt.
 */
/** Hair pulled out and one's own face struck: together they are self-injury, each alone may be an idiom ("pulling my hair out over taxes"). */
const HAIR_EN = "(?:pulled|pulling|pull|ripped|ripping|rip|yanked|yanking|yank|tore|tearing) (?:out )?(?:my )?hair(?: out)?";
const SLAP_EN = "(?:slap|slapped|slapping|hit|hitting|punch|punched|punching|smack|smacked|smacking) (?:myself|my (?:own )?(?:face|head|cheeks?))";
const PELO_ES = "me (?:arranque|arranco|arrancaba|estoy arrancando|jale|jalo|jalaba|estoy jalando) (?:el pelo|el cabello|mechones|los pelos|las grenas|las mechas)";
const CACHETADA_ES = "me (?:doy|di|daba|estoy dando|pego|pegue|pegaba) (?:de )?(?:cachetadas|bofetadas|cachetazos|putazos|golpes|punetazos|trancazos|manotazos|cachetadas en la cara)";

export const SELF_INJURY_FORMS: RiskRule[] = [
  // "cut again. a lot." at the start of a clause, with no hair, lawn or budget in sight.
  unlessHistory(rule("cut-again-bare", "self_harm", "en", `^(?:cut|cutting|burned|burnt|burning) again(?! (?:my|the|his|her|our|it|them)\\b)(?![^]{0,60}\\b(?:hair|bangs|grass|lawn|budget|hours|coupons?|class|team|roster|shift|wood|fabric|paper)\\b)`)),
  rule("did-it-on-my-body", "self_harm", "en", `(?:did|done|do|doing) (?:the thing|it|that|this) (?:again |agian |another time )?(?:on|to) my (?:${HIDDEN_PART})(?![^]{0,60}\\b(?:henna|tattoo|ink|paint|lotion|sunscreen|makeup|wax|waxing|shave|shaving|stretch|stretches|workout|tan|spray)\\b)|my (?:arms|legs|thighs|wrists|stomach) again\\b[^]{0,40}?\\b(?:couldnt (?:help it|stop|hold (?:back|off))|i caved|gave in|it won)`),
  // Hair pulled and the face struck, together: "i rip my hair out and slap myself when i get like this".
  unlessHistory(rule("hair-and-slap", "self_harm", "en", `${HAIR_EN}\\b[^]{0,40}?\\b${SLAP_EN}|${SLAP_EN}\\b[^]{0,40}?\\b${HAIR_EN}`)),
  unlessHistory(rule("hair-pulled-bald", "self_harm", "en", `(?:pulled|pulling|pull|ripped|ripping|yanked|yanking|tore|tearing|plucked|plucking) (?:out )?(?:a |some |more )?(?:(?:patch|patches|chunk|chunks|clump|clumps|handful|handfuls) of )?(?:my )?(?:hair|eyelashes|lashes|eyebrows)(?: out)?\\b[^]{0,60}?\\b(?:bald|bleed|bleeding|bled|scabs?|raw|cant stop)`)),
  rule("blade-taken-out", "self_harm", "en", `(?:took|take|taking|got|get|pulled|popped|broke|breaking) (?:the |a |some )?(?:blade|blades|razor|razors)(?: \\w+){0,2} out of (?:my |the |a )?(?:\\w+ )?(?:shaver|razor|sharpener|pencil sharpener|box cutter)|(?:used|using|took|put|ran|dragged|pressed) (?:the |a |my )?(?:\\w+ )?(?:sharpener blade|blade|razor blade|box cutter|broken glass|shard) (?:on|to|across|over|into) my (?:${HIDDEN_PART})|went at my (?:${HIDDEN_PART}) (?:with|w)|(?:razor|blade)\\b[^]{0,40}?\\bwent at my (?:${HIDDEN_PART})`),
  rule("heat-on-skin", "self_harm", "en", `(?:held|hold|holding|pressed|press|pressing|put|putting|stuck) my (?:hand|hands|arm|arms|wrist|wrists|finger|fingers|palm|leg|thigh) (?:on|against|over|under|in|to) (?:the |a |my )?${HOT}\\b(?: \\w+){0,3} (?:on purpose|til|till|until|as long as|again|to feel|for (?:as long|a long time))|(?:put|putting|stubbed|stubbing|snuffed|snuffing) (?:my |a |the )?(?:cigarette|cig|smoke|blunt|joint) out on my (?:${HIDDEN_PART}|hand|hands)|(?:burned|burnt|burning|burn) (?:my )?(?:${HIDDEN_PART}|hand|hands) (?:with|w) (?:a |the |my )?(?:hot|heated|red hot) (?:knife|spoon|coin|key|needle|wire|nail|metal|butter knife|paperclip|screw|fork)|gave myself (?:a |another |some |more |new )?(?:burns?|cuts?|welts?|scratches|lines|marks)(?! (?:shaving|cooking|by accident|accidentally|at work|while)\\b)`),
  rule("marks-on-hidden-part", "self_harm", "en", `(?:made|make|making|added|adding|did) (?:some |more |a few |new |fresh |another )*(?:lines|cuts|marks|burns|slashes) (?:on|in|across|into) my (?:${HIDDEN_PART})|(?:re)?open(?:ed|ing)? (?:up )?(?:the |my |some )?(?:old |healed |healing )?(?:scars?|cuts?) (?:again|tonight|last night|today|with|w)|(?:snap|snapped|snapping) (?:the |a |my )?(?:rubber ?band|hair tie|elastic)\\b[^]{0,40}?\\b(?:welts?|bleed|bled|bleeding|bruis\\w*|raw)|urges? (?:won|got me|beat me|got the best of me)\\b[^]{0,60}?\\b(?:band ?aids?|bandages?|gauze|blood|bleeding|blade|razor|burns?)|(?:relapsed|slipped|caved|gave in) (?:with|on|to) (?:the|my|a) (?:blade|blades|razor|razors|lighter)`),
  rule("starve-punish", "self_harm", "en", `(?:made|make|making) myself (?:throw up|puke|vomit|sick)|(?:threw up|throwing up|puked|puking|purged|purging|vomited)(?: \\w+){0,3} (?:on purpose|to feel empty|so i (?:feel|am|could feel) empty|to punish (?:myself|me))|(?:picked|picking|pick|scratched|scratching|dug|digging) (?:at )?my (?:${HIDDEN_PART}|face|scalp|hands?|fingers?)(?: \\w+){0,3} (?:until|til|till) (?:theres|there is|there was|i have|i had|its|it was)(?: a| an)? (?:hole|holes|wound|open wound|crater|bleeding|blood|raw)|(?:havent|have not|didnt|not|stopped|no) (?:eaten|eat|eating|ate|food)(?: \\w+){0,4} (?:on purpose|to punish (?:myself|me))|(?:i )?(?:dont|do not) deserve (?:to eat|food|a meal|dinner|breakfast|lunch)`),
  rule("risk-to-get-hurt", "self_harm", "en", `${RISKY}\\b[^]{0,80}?\\b${HOPING}|${HOPING}\\b[^]{0,40}?\\b${RISKY}`),
  // ---- Spanish ----
  rule("es-me-lo-hice-en", "self_harm", "es", `me lo (?:hice|volvi a hacer|hago|estoy haciendo) (?:otra vez |de nuevo |otra ves )?(?:en|a) ${PARTE_OCULTA}|(?:los brazos|las piernas|los muslos|las munecas|la panza) (?:otra vez|de nuevo|otra ves)\\b[^]{0,40}?\\bno (?:me )?(?:pude|aguante|contuve|pude aguantar(?:me)?|pude parar)|me volvi a (?:lastimar|hacer dano)(?=$| (?:otra vez|de nuevo|a proposito|adrede)$| ${PARTE_OCULTA})`),
  rule("es-pelo-arrancado", "self_harm", "es", `me (?:estoy arrancando|estoy quitando|arranco|arranque|quito|quite|saco|saque) (?:las|mis) (?:costras|postillas|cuticulas|pellejitos|cascaritas)\\b[^]{0,40}?\\bhasta (?:sangrar|que (?:me )?sangr\\w*|sacarme sangre|dejarme herida)|(?:le )?(?:saque|quite|arranque|saco|quito) (?:la|las) (?:navajita|navaja|cuchilla|hojita|hoja)s? (?:al|del|de la|de mi) (?:sacapuntas|rastrillo|gillette|rasuradora|cutter)|(?:sacapuntas|rastrillo|rasuradora|gillette)\\b[^]{0,30}?\\b(?:le )?(?:saque|quite|arranque) (?:la|las) (?:navajita|navaja|cuchilla|hojita)s?|me (?:arranque|arranco|estoy arrancando|jale|jalo|saque|quite) (?:el pelo|el cabello|las pestanas|las cejas|mechones|pelo|pelos|los pelos)\\b[^]{0,60}?\\b(?:hueco|calva|calvas|sangr\\w*|herida|costra)|${PELO_ES}\\b[^]{0,40}?\\b${CACHETADA_ES}|${CACHETADA_ES}\\b[^]{0,40}?\\b${PELO_ES}`),
  rule("es-marcas-en-mi", "self_harm", "es", `(?:me (?:hice|hago|hize|volvi a hacer|estoy haciendo)|hacerme) (?:unas |mas |nuevas |otras |varias )?(?:lineas|rayas|cortadas|cortes|quemaduras|marcas)(?: nuevas)? (?:en|por) ${PARTE_OCULTA}${NO_ACCIDENTE}|me (?:abri|abro|volvi a abrir|reabri) (?:las|mis) (?:cicatrices|cortadas|costras)|me (?:puse|pongo|pegue|pego|pase|apoye|apoyo) (?:el|la|un|una) (?:cuchara|plancha|encendedor|cigarro|cerillo|fierro|tenedor|cuchillo|clavo|moneda|olla)(?: \\w+)? (?:caliente|ardiendo|prendid[oa]) (?:en|sobre|contra) ${PARTE_OCULTA}|me (?:rasque|rasco|rasgune|rasguno|arane|arano|mordi|muerdo|pellizque|pellizco|jale|encaje|enterre|clave) (?:las unas )?hasta (?:sangrar|sacarme sangre|que me sangr\\w*)|(?:me )?(?:apague|apago|apagaba) (?:el|un|mi|los) (?:cigarro|cigarrillo|churro|toque|tabaco|pucho|frajo)s? (?:en|sobre|contra) (?:${PARTE_OCULTA}|(?:la|mi) mano|(?:las|mis) manos|el dorso de (?:la|mi) mano)|me (?:queme|quemo|quemaba|estoy quemando|volvi a quemar) ${PARTE_OCULTA} con (?:un|una|el|la|mi) (?:cuchara|moneda|cuchillo|clavo|fierro|llave|aguja|plancha|tenedor)(?: \\w+)? (?:caliente|ardiendo|al rojo)|me (?:castigue|castigo|estoy castigando)\\b[^]{0,60}?\\b(?:marcas|cortadas|cortes|moretones|quemaduras|sangr\\w*)|me (?:lastime|lastimo|corte|corto|queme|quemo|rasgune|rasque|pegue|golpee|mordi)(?: \\w+){0,4}\\b[^]{0,40}?\\b(?:ya )?no (?:se como|puedo|me puedo|logro) (?:parar|dejar de hacerlo|dejarlo|detenerme|controlarme)`),
  rule("es-sin-comer-castigo", "self_harm", "es", `me (?:volvi a|he vuelto a) (?:rasgunar|aranar|rasgar|morder|pellizcar) ${PARTE_OCULTA}(?![^]{0,40}\\b(?:piquetes?|ronchas?|comezon|alergia|rama|planta|gato|perro|alambre|jugando)\\b)|me (?:rasgune|arane|rasque|rasgue) ${PARTE_OCULTA} con (?:las|mis) unas (?:otra vez|de nuevo|hasta)|me (?:aplaste|machuque|prense|torci|doble|quebre|azote) (?:la|el|los|las|mi|mis) \\w+(?: \\w+){0,5} (?:a proposito|adrede|para castigarme|para sentir)|me provoque el vomito|me hice vomitar|vomite (?:a proposito|adrede)|(?:sin comer|no he comido|no como|deje de comer)\\b[^]{0,40}?\\b(?:(?:porque|por que|pq|xq) )?no (?:lo |me lo )?merezco|(?:sin comer|no he comido|no como|deje de comer)(?: \\w+){0,3} (?:a proposito|adrede|para castigarme)|no (?:merezco|me merezco) (?:comer|la comida|comida)`),
  rule("es-arriesgarme", "self_harm", "es", `${ARRIESGO}\\b[^]{0,80}?\\b${ESPERANDO}|${ESPERANDO}\\b[^]{0,40}?\\b${ARRIESGO}`),
];
