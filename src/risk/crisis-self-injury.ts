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
  "hit", "hits", "hitting", "punch", "punched", "punching", "beat", "beating", "bang", "banged", "banging", "slam", "slammed", "slamming",
  "smash", "smashed", "smashing", "bash", "bashed", "bashing", "scratch", "scratched", "scratching", "claw", "clawed", "clawing",
  "pinch", "pinched", "pinching", "bite", "bit", "biting", "pull", "pulled", "pulling", "rip", "ripped", "tear", "tore", "scrape", "scraped", "scraping", "dig", "digging", "dug"
);
/** How far or why: "til it bled", "until i saw stars", "over and over", "i deserve it". */
const EXTENT = anyOf(
  "(?:til|till|untill?|to the point|so hard|so bad|hard enough)(?: \\w+){0,4} (?:bled|bleed|bleeds|bleeding|bruised|bruise|bruises|bruising|purple|black and blue|raw|swollen|split|split open|broke|cracked|numb|saw stars|see stars|seeing stars|blacked out|dizzy|went dark)",
  "over and over", "on purpose", "to punish (?:myself|me)", "(?:i|cuz i|cause i|bc i|because i) (?:deserve|deserved) (?:it|this|the pain|to hurt)", "(?:deserve|deserved) it$"
);
/** The Spanish counterpart: "hasta que me sangró", "hasta dejarme moretones", "me lo merezco". */
const HASTA = anyOf(
  "hasta (?:que )?(?:se me |me )?(?:sangr\\w*|sacarme sangre|abri\\w*|revent\\w*|romp\\w*|rajar\\w*|dejarme (?:moretones|morad[oa]|marcas)|quedar morad[oa]s?|hinch\\w*|desmay\\w*|ver estrellas|mare\\w*|quedar en carne viva)",
  "(?:yo sol[oa]|a mi mism[oa])", "me lo (?:merezco|meresco|merecia|gane)", "a proposito", "adrede", "(?:toda|toa) la noche", "una y otra vez", "para castigarme"
);

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
const RECAIDA = anyOf("recai", "volvi a (?:caer|hacerlo|las andadas)", "la cague", "la rega(?:ue)?", "rompi (?:mi|la) racha", "falle", "cai otra vez");

/** A knock on furniture ("banged my head on the cabinet so hard i saw stars"), unless the text gives it a purpose. */
const NOT_KNOCK = `(?! (?:on|against|into|under|off|getting (?:in|out|up)(?: \\w+){0,2} (?:on|against)) (?:the |a |my |that |this |our )?(?:\\w+ )?${FIXTURE}\\b(?![^]{0,120}\\b${INJURY_PURPOSE}\\b))`;

export const SELF_INJURY_RULES: RiskRule[] = [
  // "banged my head against the wall til i saw stars", "hitting myself in the face ... i deserve it".
  unlessHistory(rule("strike-self-extent", "self_harm", "en", `${STRIKE} (?:at |into |up )?(?:my (?:own )?${BODY_PART}|myself(?: in the (?:face|head|stomach|chest|legs?))?)\\b${NOT_KNOCK}(?: (?:up|open|raw))?[^]{0,60}?\\b${EXTENT}`)),
  // Walls, floors and doors struck with the head or fists until hurt: "punched the wall til my knuckles split".
  unlessHistory(rule("strike-wall-extent", "self_harm", "en", `${STRIKE} (?:the |a )?(?:wall|walls|floor|door|mirror)(?: with my (?:head|fists?|hands?))?\\b[^]{0,40}?\\b${EXTENT}`)),
  // Carving the skin: "carved his initials into my thigh", "scratched the word into my arm w a pin".
  unlessHistory(rule("carve-skin", "self_harm", "en", `(?:carve|carved|carving|etch|etched|etching|gouge|gouged|gouging|engrave|engraved|scratch|scratched|scratching|dig|dug|digging) (?:\\w+ ){0,3}(?:into|in|on) (?:my (?:own )?${BODY_PART})\\b(?: \\w+){0,2} (?:with|w|using) (?:a |the |my |some )?${SHARP}|(?:carve|carved|carving|etch|etched|etching|gouge|gouged|gouging) (?:\\w+ ){0,3}into (?:my (?:own )?${BODY_PART})`)),
  // A relapse told against clean time from self-harm, in either order.
  rule("sh-relapse", "self_harm", "en", `${SH_CLEAN}\\b[^]{0,60}?\\b${SLIP}|${SLIP}\\b[^]{0,40}?\\b(?:on|with|after)(?: \\w+){0,4} ${SH_CLEAN}|(?:picked|picking) (?:up )?(?:the|my|a) (?:blade|blades|razor|razors)(?: back up| up again| again)`),
  // ---- Spanish ----
  unlessHistory(rule("es-golpes-a-mi", "self_harm", "es", `me (?:di|doy|daba|dio|estuve dando|estoy dando|he estado dando|he dado|sigo dando|pegue|pego|pegaba|golpee|golpeo|golpeaba|rasgune|rasguno|aranaba|arane|arano|rasque|rasco) (?:de )?(?:(?:cabezazos|golpes|punetazos|putazos|madrazos|chingadazos|trancazos|cachetadas|bofetadas)\\b )?(?:(?:en|contra) )?(?:${PARTE_CUERPO}|la pared|el piso|la puerta)\\b[^]{0,60}?\\b${HASTA}`)),
  unlessHistory(rule("es-golpes-a-la-pared", "self_harm", "es", `(?:le )?(?:di|daba|doy|estuve dando|estoy dando) (?:de )?(?:cabezazos|golpes|punetazos|putazos|madrazos|chingadazos|trancazos) (?:a|contra|en) (?:la pared|el piso|la puerta|el espejo)\\b[^]{0,40}?\\b${HASTA}|me (?:di|doy|daba|estuve dando|estoy dando|sigo dando|dio por darme) (?:de )?(?:cabezazos|golpes|punetazos) (?:contra la pared|contra el piso|en la cabeza|en la cara)`)),
  // "me marqué la pierna con la punta del compás", "me grabé su nombre en el brazo con una navaja".
  unlessHistory(rule("es-grabar-piel", "self_harm", "es", `me (?:marque|marco|marcaba|grabe|grabo|grababa|raye|rayo|rayaba|talle|tallo|escribi|escribo|rasgue|rasgo)(?: \\w+){0,3} (?:en )?${PARTE_CUERPO} (?:con|usando) ${FILO}`)),
  rule("es-recaida", "self_harm", "es", `${SH_LIMPIA}\\b[^]{0,60}?\\b${RECAIDA}|${RECAIDA} (?:en|con) (?:cortarme|lastimarme|quemarme|golpearme|las autolesiones|la autolesion|la navaja|las cortadas)|(?:agarre|tome|saque|use|volvi a agarrar|volvi a usar) (?:la|una|mi|las|el) (?:gillette|navaja|cuchilla|hoja de afeitar|rastrillo)s? (?:de nuevo|otra vez|otra ves)`),
  // An accident kept going: "burned my hand on the stove, then held it there to feel something", "dejé la mano en el comal a propósito".
  rule("kept-it-there", "self_harm", "en", "(?:held|hold|holding|kept|keep|keeping|pressed|pressing|left) (?:it|my \\w+) (?:there|on (?:it|the \\w+)|against (?:it|the \\w+)|under (?:it|the \\w+)|down)\\b[^\\n]{0,30}?\\b(?:to feel (?:something|anything|it|the pain)|on purpose|(?:til|till|until) (?:it|they|i) (?:blistered|bled|burned|couldnt)|because i deserve)"),
  rule("es-la-deje-ahi", "self_harm", "es", "(?:deje|dejaba|mantuve|aguante|puse) (?:la|el|mi) (?:mano|brazo|dedo|pierna|piel)(?: \\w+){0,3} (?:ahi|en el \\w+|en la \\w+|contra el \\w+|contra la \\w+)\\b[^\\n]{0,30}?\\b(?:para sentir|a proposito|adrede|hasta que (?:se )?(?:me )?(?:ampoll|quem|sangr)\\w*|porque me lo merezco)"),
];
