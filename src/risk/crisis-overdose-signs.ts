/**
 * Overdoses told by what happened and how the body feels, without "overdose" or an amount,
 * English and Spanish. Each needs a sign of the body now beside the circumstance that makes it
 * dangerous:
 *
 *   - a drug that was not what it was sold as: "the bars were fake", "that wasnt molly", "something
 *     was in it", "no era lo que me dijeron";
 *   - the supply gone at once: "took all of them, the bottle is empty", "la bolsa quedó vacía";
 *   - too much told as a slip: "i overdid it", "messed up bad with the pills", "me excedí";
 *   - tolerance lost: the old amount after clean time ("two weeks clean and did what i used to");
 *   - blacking out again and again after using, or coming to on the floor;
 *   - a double dose of a downer and drowsiness; a stimulant binge and a racing heart;
 *   - more than the dose or the prescription ("took extra methadone on top of my dose", "me metí
 *     más chiva de la cuenta", "ando bien pasada"), with a sign;
 *   - the first use after clean time, when tolerance is gone ("first time using since treatment
 *     and im so heavy", "después de un año limpio me metí un pase y tengo los labios entumidos").
 * A bottle of vitamins finished, a heart racing on espresso or a room dark in a power cut name
 * no drug or no sign, and do not match; a past overdose in a recovery story is history.
 */
import { DRUG, STREET } from "./lexicon.ts";
import { rule, type RiskRule, unlessStory } from "./types.ts";

/** Signs of the body now, after a drug (first person, English). */
const BODY_EN =
  "(?:(?:heart|pulse)(?: is| feels| keeps)? (?:going )?(?:crazy|racing|pounding|thumping|slamming|super slow|so slow|really slow|slow|weird|skipping)|heart (?:wont|will not|cant) slow down|heart (?:is )?(?:going|beating) out of (?:control|my chest)|" +
  "(?:cant|can not|cannot) (?:slow (?:down )?my breathing|breathe right|stay awake|keep my eyes open|think straight|feel my (?:face|legs|arms|hands|lips))|breathing (?:is |feels )?(?:(?:real|really|so|super|hella|very|kinda|mad) )*(?:weird|shallow|slow|funny|wrong|fast)|" +
  "chest (?:feels |is )?(?:heavy|tight|crushing)|(?:cant stop|keep|keeps) (?:nodding|passing out|blacking out|throwing up|puking)|(?:throwing up|puking|vomiting)|everything (?:is )?(?:spinning|slow|going dark|getting dark|far away)|" +
  "(?:lips|fingers|tongue) (?:are |feel |r )?(?:tingly|tingling|numb|blue)|jaw (?:is )?(?:locked|clenched)(?: up)?|burning up|cold (?:and|n) (?:sweaty|clammy)|(?:so|really|super|way too|too) (?:heavy|sleepy)|" +
  "(?:room|it|everything) is (?:going|getting) (?:dark|black)|(?:getting|its getting) (?:real |really )?hard to (?:see|breathe|stay awake)|(?:hitting|hit) (?:me )?(?:way )?too hard|(?:hands|body) (?:wont|cant) stop shaking)";
/** The strongest signs, enough after "i overdid it" alone. */
const GOING_DARK_EN = "(?:(?:room|it|everything|my vision) is (?:going|getting) (?:dark|black)|(?:going|fading) (?:dark|black|out)|(?:getting|its getting) (?:real |really )?hard to (?:see|breathe|stay awake)|(?:cant|can not|cannot) (?:breathe|stay awake|keep my eyes open)|lips (?:are |r )?(?:blue|purple))";
/** Signs of the body now (Spanish). */
const BODY_ES =
  "(?:el corazon (?:se me sale|me va a (?:reventar|explotar|estallar)|me late (?:muy |bien |super )?(?:rapido|fuerte|lento|raro))|(?:tengo )?(?:la boca|los labios|la lengua) (?:dormid[oa]s?|entumid[oa]s?|morad[oa]s?)|" +
  "(?:respiro|estoy respirando|respirando) (?:muy |bien |super |re |tan )?(?:lento|raro|poquito|despacio|despacito|muy poco)|(?:veo|se ve) (?:todo )?(?:borroso|nublado|doble)|no veo bien|se me (?:nubla|esta nublando|nublo) la vista|(?:me estoy |estoy )?cabece\\w*|se me cierran (?:solos )?los ojos|no (?:me )?puedo (?:mantener despiert[oa]|respirar bien|despertar)|el cuerpo (?:bien |muy |super )?pesado|siento el cuerpo (?:bien |muy )?pesado|" +
  "(?:tiemblo|estoy temblando|no paro de temblar)|(?:todo|la vista) se (?:me )?(?:pone|puso|esta poniendo|va) (?:a )?(?:negro|negra|oscuro|borroso)|se me apaga todo|ya no veo nada|me (?:pego|esta pegando) (?:demasiado|muy) fuerte|me estoy yendo|" +
  "(?:vomito|estoy vomitando|no paro de vomitar)|todo me da vueltas)";

/** A drug that was not what it was sold as. */
const NOT_WHAT_SOLD_EN =
  "(?:laced|pressed|(?:were|was|is|are|r|all|prob|probably|definitely)(?: (?:def|deff|defo|definitely|prob|probably|totally))? fake(?=$| (?:for sure|af|as hell|and|or|too|i think)\\b)|fake (?:pills?|bars?|xans?|percs?|oxys?|blues|m30s?|dope|coke)|dipped in something|cut with|(?:something|somethin|sumn) (?:was |is )?(?:in it|in there|off about it)|(?:was|wasnt|is not|isnt|wasn t) (?:a )?(?:real|just) (?:oxy|perc|xan|bar|weed|coke|molly)|(?:that|it) (?:wasnt|was not|isnt|is not) (?:molly|coke|dope|weed|oxy|a real \\w+)|(?:dont|do not) (?:know|think) (?:what was in|it was)|didnt feel like (?:dope|coke|molly|my usual))";
const NOT_WHAT_SOLD_ES = "(?:no era lo que me dijeron|no era (?:coca|perico|cristal|chiva|mota|pasta|una pasta)|(?:traia|tenia|venia con|traian|tenian|venian con) (?:algo|fenta|fentanilo)|(?:estaba|estaban) (?:cortad[oa]s?|mezclad[oa]s?)|(?:era|eran|son|salieron) (?:falsas?|piratas?|chafas?)|(?:pastillas|roches|pastas|percs|azules|oxis|xanax) (?:falsas|piratas|chafas))";

/** A drug named, or a way of taking one: the frame a sign needs ("my phone was laced with viruses" names none). */
const DRUG_EN = `(?:${DRUG}|${STREET}|pills?|bags?|bars?|lines?|snorted|smoked|shot up|sniffed|dealer|plug|used|using|hit)`;
const DROGA_ES = "(?:pastillas?|chiva|fenta|fentanilo|perico|coca|cristal|pasta|pastas|tacha|mota|droga|polvo|foco|me inyecte|roches|azules|percs?|oxis|xanax)";
/** Drowsiness told as the eyes, the head or the breath giving way (English). */
const SEDATED_EN = "(?:(?:keep|kept|keeps|been|cant stop) (?:nodding|dozing|passing out|falling asleep)(?: off| out)?|(?:cant|can not|cannot|can barely|can hardly) (?:stay awake|keep my eyes open|hold (?:my )?head up|keep (?:my )?head up)|(?:my )?eyes (?:keep|wont stop|are) (?:closing|shutting)|(?:so|really|super) (?:slowed down|out of it)|breathing (?:is |feels )?(?:really |so |super |real |very |hella )?(?:slow|shallow))";
/** More than the dose: "more than im prescribed", "extra methadone on top of my dose", "more than my script". */
const OVER_DOSE_EN = "(?:more|extra|double)(?: \\w+){0,2}? (?:than (?:im |i am |i was |what im |what i was |what (?:the|my) (?:doctor|doc) )?(?:prescribed|supposed to|told to|should)|than my (?:dose|script|prescription|usual|regular)|on top of my (?:dose|script|prescription|usual|regular)(?: dose)?)";
/** The same in Spanish: "más chiva de la cuenta", "el doble de metadona", "bien pasada", "creo que me pasé". */
const OVER_DOSE_ES = "(?:mas (?:\\w+ )?de la cuenta|mas (?:\\w+ )?de lo que (?:me toca|me recetaron|me dieron|debia|debo)|(?:el )?doble de (?:mi |la |las |los )?(?:dosis|metadona|suboxone|pastillas|clonazepam|rivotril|xanax|chiva|fenta)|(?:mas|extra) (?:\\w+ )?(?:encima de|ademas de) mi dosis|(?:bien|muy|re|super|toy|estoy|ando) pasad[oa]|pasao|creo que me pase|me pase(?= (?:wey|guey|we|bro|carnal)\\b))";
/** Clean time just ended, when the old tolerance is gone. */
const AFTER_CLEAN_EN = "(?:first time (?:using|shooting|getting high|i used|i shot|i smoked|i got high|in|since)|(?:\\d+|a few|several|two|three|six|eight|nine|ten|a couple) (?:months?|years?|weeks?) (?:clean|sober|off it|off dope)|(?:since|after) (?:i got out of |getting out of |i left )?(?:rehab|treatment|detox|jail|prison|the program))";
const USED_EN = "(?:using|used|shot up|shooting|got high|getting high|picked up|relapsed|did (?:a|some) (?:shot|bag|line|point)|smoked|snorted|shot)";
const LIMPIO_ES = "(?:limpi[oa]|sobri[oa]|sin usar|sin consumir|primera vez en|despues de (?:un|dos|tres|\\d+|varios|unos) (?:anos?|meses|mes)|sali (?:del|de la) (?:bote|carcel|rehab|anexo|clinica))";
const USE_ES = "(?:me meti|me inyecte|me pique|fume|use|consumi|recai|me puse|me tome)";

/** Drugs taken too freely, told as a slip of the hand: "went overboard with the pills", "se me fue la mano con los roches". */
const SLIP_DRUG_EN = "(?:the |my |those |them |some )?(?:pills|bars|xans|xanax|percs|oxys?|dope|fent|blues|benzos|klonopin|molly|meth|coke|stuff|subs|methadone)";
const HAND_SLIPPED_EN = `(?:went (?:way )?overboard|got (?:way )?carried away|went (?:way )?too (?:hard|heavy)|(?:my )?hand slipped) (?:on|with) ${SLIP_DRUG_EN}`;
/** Feeling far off or leaving: the dissociation of a sedative overdose. */
const FAR_EN = "(?:feel|feeling|im|i am) (?:so |really |super |real )?(?:far away|far off|like im (?:floating away|leaving my body|going|slipping away|fading|drifting away))|(?:floating|drifting|slipping) away|leaving my body";
const FAR_ES = "(?:me siento|siento|ando|estoy) (?:bien |muy |super |re )?(?:lej\\w*|id[oa])|(?:siento|creo) que me (?:voy|estoy yendo)|como (?:que|si) me (?:voy|fuera|estoy yendo)|me estoy yendo";
/** Doses of several days taken together: "took 2 days of my methadone at once", "me tomé la metadona de tres días junta". */
const DAYS_TOGETHER_EN = "(?:took|drank|swallowed|did|downed) (?:my |the )?(?:(?:\\d+|two|three|four|a few|several) days? (?:worth )?(?:of )?(?:my )?(?:methadone|subs|suboxone|doses?|take ?homes|pills|meds)|(?:take ?homes|doses) for the (?:whole )?(?:weekend|week)|(?:tomorrows|todays) dose and (?:todays|tomorrows))(?: \\w+){0,2}? (?:at once|together|all at once|in one go)|doubled up on my (?:methadone|subs|suboxone)(?: take ?homes| dose)?";
const DAYS_TOGETHER_ES = "(?:(?:la |las |mis |mi )?(?:metadona|dosis|suboxone|pastillas|medicina) (?:de|del) (?:\\w+ ){0,3}?(?:dias|fin de semana|semana)|la (?:dosis )?de (?:manana|hoy) y la de (?:hoy|manana)|(?:dos|tres|\\d+) dias de (?:metadona|suboxone|dosis|pastillas))(?: \\w+){0,2}? (?:junt[oa]s?|de una vez|de golpe|de un jalon)|junte (?:la|las|mis) (?:metadona|dosis|pastillas) de (?:dos|tres|\\d+|varios) dias";
const HEAVY_ES = "(?:me siento|siento|ando|estoy) (?:bien |muy |super |re )?(?:rar[oa]|pesad[oa]|id[oa])|(?:el )?cuerpo (?:bien |muy |super )?pesado|no (?:me )?puedo mantener despiert[oa]|(?:ando |estoy )?cabece\\w*";

/** A dose changed by the prescriber is a new dose, not an overdose. */
const NOT_PRESCRIBED = "(?<!\\b(?:doctor|dr|doc|psychiatrist|prescriber|np)\\b[^]{0,120})(?![^]{0,80}\\b(?:doctor|dr|doc|psychiatrist|prescriber|as prescribed)\\b)";

export const OVERDOSE_SIGN_RULES: RiskRule[] = [
  rule("not-what-sold", "overdose", "en", `(?:${NOT_WHAT_SOLD_EN}\\b[^]{0,120}?\\b${BODY_EN}|${BODY_EN}\\b[^]{0,120}?\\b${NOT_WHAT_SOLD_EN})(?<=\\b${DRUG_EN}\\b[^]{0,240})`),
  rule("es-no-era-lo-que-dijeron", "overdose", "es", `${NOT_WHAT_SOLD_ES}\\b[^]{0,120}?\\b${BODY_ES}(?<=\\b${DROGA_ES}\\b[^]{0,240})`),
  // The supply gone at once: "took all of them, the bottle is empty", "finished every last one".
  unlessStory(rule("supply-gone", "overdose", "en", `(?:(?:took|swallowed|popped|did|finished) (?:all of them|every (?:last|single) one|the (?:whole|entire) (?:thing|bag|pack|bottle)|all of it)\\b[^]{0,120}?\\b(?:(?:bottle|pack|bag|box) is (?:empty|gone)|${BODY_EN})|(?:bottle|pack|bag) is empty\\b[^]{0,60}?\\b${BODY_EN})(?<=\\b(?:${DRUG_EN}|bottle|meds|medication|tabs|capsules|script|popped|swallowed)\\b[^]{0,240})`)),
  rule("es-me-meti-todo", "overdose", "es", `(?:me (?:meti|tome|trague|fume|inyecte) todo (?:lo que (?:me )?quedaba|lo que tenia)|(?:la bolsa|el frasco|el bote) (?:quedo|esta) vaci[oa])\\b[^]{0,120}?\\b${BODY_ES}(?<=\\b(?:${DROGA_ES}|bolsa|frasco)\\b[^]{0,240})`),
  // Too much told as a slip: "i overdid it", "messed up bad with the pills", "went too hard on the speed".
  rule("overdid-it", "overdose", "en", `(?:overdid it|overdone it)(?![^]{0,60}\\b(?:gym|workout|run|running|hike|hiking|lifting|leg day|food|wings|eating|pizza|tacos|sun|cake|shopping)\\b)\\b[^]{0,80}?\\b${GOING_DARK_EN}|(?:(?:messed|fucked|screwed) up (?:bad |real bad )?with (?:the|my) (?:pills|bars|xans|percs|dope|fent|stuff)|went (?:way )?too hard (?:on|with) (?:the )?(?:speed|meth|coke|pills|bars|dope|fent|molly|crystal|ice|addys|adderall))\\b[^]{0,160}?\\b${BODY_EN}`),
  // Too much told as a slip of the hand, and far away: "went overboard with the pills, i feel so far away", "se me fue la mano con las pastillas, me siento bien lejos".
  rule("hand-slipped", "overdose", "en", `${HAND_SLIPPED_EN}\\b[^]{0,120}?\\b(?:${FAR_EN}|${BODY_EN}|${SEDATED_EN})`),
  rule("es-se-me-fue-la-mano", "overdose", "es", `se me (?:fue|paso) la mano (?:con|de) (?:la |el |las |los |mis |unas |unos )?(?:pastillas|pastas|roches|chochos|clonazepam|rivotril|xanax|benzos|chiva|fenta|fentanilo|heroina|cristal|perico|coca|droga|metadona|percs?|oxis?)\\b[^]{0,120}?\\b(?:${FAR_ES}|${BODY_ES})`),
  // Doses of several days together, and a sign: "took 2 days of my methadone at once ... breathing is slow", "me tomé la metadona de tres días junta y respiro bien lento".
  unlessStory(rule("days-of-doses-together", "overdose", "en", `(?:${DAYS_TOGETHER_EN})\\b[^]{0,160}?\\b(?:${BODY_EN}|${SEDATED_EN}|nodding(?: out| off)? (?:hard|bad)|(?:feel|feeling) (?:so |really |super |real )?(?:weird|heavy))`)),
  unlessStory(rule("es-dosis-de-dias-juntas", "overdose", "es", `(?:${DAYS_TOGETHER_ES})\\b[^]{0,160}?\\b(?:${BODY_ES}|${HEAVY_ES})`)),
  rule("es-me-excedi", "overdose", "es", `(?:me excedi|me pase de lanza|(?:dias|noches) (?:bien |muy )?(?:loc[oa]|malilla) con el|(?:me )?(?:meti|fume) (?:mucho|muchisimo|un chingo de)) (?:con )?(?:el |la )?(?:cristal|coca|perico|fenta|chiva|pastillas|foco|vidrio)\\b[^]{0,160}?\\b${BODY_ES}`),
  // Tolerance lost: "60 days clean then shot the same amount, its hitting way too hard".
  rule("old-amount-after-clean", "overdose", "en", `(?:clean|sober|off it|off dope|out of (?:jail|rehab|detox))\\b[^]{0,80}?\\b(?:same (?:amount|dose|as (?:before|i used to))|what i used to (?:do|use|take)|like (?:before|old times)|my old (?:amount|dose)|a full (?:shot|bag|dose|point))(?! of (?!(?:dope|fent|fentanyl|heroin|meth|coke|pills|bars|xans|percs|oxys?|it)\\b))\\b[^]{0,120}?\\b${BODY_EN}`),
  rule("es-lo-mismo-que-antes", "overdose", "es", `(?:limpi[oa]|sobri[oa]|sin usar|sin consumir|sali (?:del|de la) (?:bote|carcel|rehab|anexo))\\b[^]{0,80}?\\b(?:lo mismo que antes|la misma (?:dosis|cantidad)|lo que me metia antes|como antes)\\b[^]{0,120}?\\b${BODY_ES}`),
  // Blacking out again and again after using, or coming to on the floor.
  rule("keep-blacking-out", "overdose", "en", "(?:keep|kept|keeps|been) (?:passing out|blacking out|nodding out|waking up (?:on|with|w) (?:the floor|my head on)|coming to on)(?<=\\b(?:hit|hits|smoked|smoke|shot|bag|dope|fent|blues|pills|bars|using|used|did|snorted)\\b[^]{0,120})|(?:woke|waking|came to|come to) (?:up )?on the (?:\\w+ )?(?:floor|tiles|ground)(?<=\\b(?:hit|hits|smoked|smoke|shot|bag|dope|fent|blues|pills|bars|using|used|snorted)\\b[^]{0,120})"),
  rule("es-me-desmayo-al-usar", "overdose", "es", "(?:me desmayo|me desmaye|me sigo desmayando|me apago)\\b[^]{0,60}?\\b(?:despierto|desperte) (?:tirad[oa] )?en el (?:piso|suelo)(?<=\\b(?:fumo|fume|me meto|me meti|uso|use|me inyecto|me inyecte|cristal|chiva|fenta)\\b[^]{0,120})"),
  // A doubled dose of a downer, and drowsy.
  rule("doubled-downer-sleepy", "overdose", "en", `(?:(?:twice|double|doubled|two doses|2 doses)\\b[^]{0,60}?\\b(?:methadone|suboxone|subs|gabapentin|xanax|xans|bars|klonopin|seroquel|ambien|percs|oxys?)\\b[^]{0,80}?\\b(?:so |really |super )?(?:sleepy|drowsy)\\b|(?:methadone|suboxone|gabapentin|xanax|klonopin|seroquel|ambien|percs|oxys?)\\b[^]{0,40}?\\b(?:twice|doubled|double)\\b[^]{0,80}?\\b(?:so |really |super )?(?:sleepy|drowsy)\\b)${NOT_PRESCRIBED}`),
  // More than the dose, and a sign: "took more oxy than im prescribed and my breathing is slow".
  unlessStory(rule("more-than-the-dose", "overdose", "en", `${OVER_DOSE_EN}\\b[^]{0,160}?\\b(?:${BODY_EN}|${SEDATED_EN})(?<=\\b(?:${DRUG_EN}|methadone|suboxone|subs|klonopin|gabapentin|seroquel|dose|script)\\b[^]{0,240})`)),
  rule("es-mas-de-la-cuenta", "overdose", "es", `${OVER_DOSE_ES}\\b[^]{0,160}?\\b${BODY_ES}`),
  // The first use after clean time, and a sign: tolerance is gone.
  unlessStory(rule("first-use-after-clean", "overdose", "en", `(?:${BODY_EN}|${SEDATED_EN})(?<=\\b${AFTER_CLEAN_EN}\\b[^]{0,160})(?<=\\b${USED_EN}\\b[^]{0,200})`)),
  unlessStory(rule("es-primera-vez-limpio", "overdose", "es", `${BODY_ES}(?<=\\b${LIMPIO_ES}\\b[^]{0,160})(?<=\\b${USE_ES}\\b[^]{0,160})`)),
  rule("es-doble-dosis", "overdose", "es", `doble dosis\\b[^]{0,80}?\\b(?:alcohol|tequila|cervezas?|chelas|pisto|vodka|mezcal|tragos)\\b[^]{0,80}?\\b${BODY_ES}|(?:tequila|mezcal|vodka|alcohol|chelas|pisto)\\b[^]{0,60}?\\b(?:pastillas|las de mi)\\b[^]{0,80}?\\b${BODY_ES}|(?:pastillas|las de mi \\w+)\\b[^]{0,60}?\\b(?:tequila|mezcal|vodka|alcohol|chelas|pisto)\\b[^]{0,80}?\\b${BODY_ES}`),
];
