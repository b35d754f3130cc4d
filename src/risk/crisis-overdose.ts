/**
 * Overdoses, English and Spanish.
 *
 *   overdose              - the participant took too much, or announces "I overdosed";
 *   overdose_other_person - someone present is unresponsive, not breathing or turning blue
 *                           after using: 911 first, naloxone if at hand. The subject is not
 *                           "I", and that must not make it "none".
 * Someone far away or long ago ("my cousin overdosed last year", "died of an overdose") is
 * grief or history, not an emergency now: carved out by time words and "died of". The acts of
 * taking too much ("took all my pills", "me tomé el frasco entero") are told in recovery
 * stories too ("when i was 19 i took all my pills, now im 30 with 8 years clean") and do not
 * fire in one (unlessStory: a past time, a milestone, and no word of now).
 */
import { ROUTINE, SOMEONE_HERE } from "./grammar-en.ts";
import { INTENT, RX } from "./lexicon.ts";
import { rule, type RiskRule, unlessHistory, unlessStory } from "./types.ts";

/** Amounts that make taking pills an overdose rather than a dose. "All my pills" alone is adherence. */
const OD_QTY =
  "(?:way )?(?:too many|too much|all (?:of )?(?:the|his|her)|a bunch of|a handful of|a lot of|a ton of|so many|the (?:whole|entire) (?:bottle|pack|box|strip) of|a (?:whole|entire) (?:bottle|pack|box) of|the rest of (?:my|the)|(?:like |about |around |almost )?(?:the (?:last |other )?|my (?:last |other )?)?\\d\\d+|handfuls of)";
const OD_VERB = "(?:took|take|taken|taking|swallowed|swallow|ate|popped|downed|snorted|shot|used|injected|did|smoked)";
const OD_DRUG = `(?:${RX}|\\w+ pills|tylenol|advil|benadryl|ibuprofen|ambien|seroquel|trazodone|insulin|fent|fentanyl|heroin|dope|xans|bars|blues|m30s)`;

/**
 * A whole box or bottle of a medicine taken as a course, or as the doctor said: "took the whole
 * bottle of antibiotics like the doc said", "me tomé toda la caja de amoxicilina como me indicó
 * la doctora". Put right after the amount.
 */
const NOT_A_COURSE =
  "(?! ?(?:of |de )?(?:(?:my|the|mis|las|los) )?(?:antibiotic\\w*|amoxi\\w*|penicil\\w*|vitamin\\w*|prenatal\\w*|probiotic\\w*|prednison\\w*|pepto|tums)\\b)" +
  "(?![^\\n]{0,60}\\b(?:(?:like|as|how) (?:the |my )?(?:doc|doctor|dr|pharmacist|nurse) (?:said|told me|prescribed|ordered|wanted)|as prescribed|como (?:me )?(?:dijo|indico|receto|mando|ordeno|pidio) (?:el |la |mi )?(?:doctor|doctora|doc|medico|medica|farmaceutic[oa]|enfermer[oa])|como me lo (?:recetaron|mandaron|indicaron))\\b)";

/** Long ago or far away: "last year", "years ago", "in 2019". */
const NOT_NOW = "(?! (?:(?:twice|once|\\w+ times|before) )?(?:(?:a )?(?:last|few|couple|two|three|\\d+|many|some) (?:years?|months?|weeks?)|(?:years?|months?|weeks?) ago|back in|in (?:19|20)\\d\\d|when i was)\\b)";

/** The signs of an opioid overdose a bystander sees. */
const SIGNS_EN =
  "(?:is |s |isnt |is not |was |keeps )?(?:(?:gray|grey|blue|purple)(?! (?:shirt|car|hoodie|hair|eyes|jacket|with cold|from the cold|from cold|in the cold)\\b)(?![^\\n]*\\b(?:lol|lmao|haha[a-z]*)\\b)|on the (?:floor|ground) (?:and )?(?:not moving|not breathing|unresponsive|blue)|not moving|isnt moving|wont move|stopped moving|just (?:dropped|collapsed|fell out)|dropped (?:after|right after)|not breathing|cant breathe?|can not breathe?|cannot breathe?|isnt breathing|stopped breathing|barely breathing|wont wake up|will not wake up|cant wake (?:him|her|them) up|isnt waking up|not waking up|wont respond|not responding|isnt responding|unresponsive|wont open (?:his|her|their) eyes|(?:isnt|not|stopped) reacting|turning (?:blue|purple|gray|grey)|(?:lips|face|skin|fingers) (?:is |are )?(?:turning )?(?:blue|purple|gray|grey)|(?:is )?(?:blue|purple) in the (?:face|lips)|passed out and (?:wont|cant|isnt|is not|not)|(?:making|is making) (?:a |this |that )?(?:weird )?(?:gurgling|gurgle|snoring|snore|choking)(?: (?:gurgling|gurgle|snoring|snore|choking))? (?:sound|noise)|gurgling|foaming(?: at the mouth)?|seizing|convulsing|having a seizure|shaking and (?:foaming|not responding|wont stop|cant stop)|(?:shaking|jerking|twitching|convulsing|seizing)(?: all over)?(?: on the (?:floor|ground|bed|couch))?\\b[^]{0,60}?\\b(?:wont|isnt|not|doesnt|cant get (?:him|her|them) to) (?:answer|answering|respond|responding|wake|waking)|overdosing|oding|having an overdose|od ing|collapsed)";

/** Use told earlier in the text (up to 160 characters before a sign): a lookbehind. */
const AFTER_USE_EN =
  "(?<=\\b(?:fent|fentanyl|dope|heroin|bump|line|shot|hit|pills?|bars|blues|xans|percs|coke|meth|molly|took|did|used|smoked|snorted|drank|drinking|high|doubled|tripled|double|methadone|suboxone|subs|dose|blue|pressed|xanax|benzos)\\b[^]{0,160})";
const AFTER_USE_ES =
  "(?<=\\b(?:fenta|fentanilo|chiva|heroina|pastillas|roches|chochos|cristal|perico|coca|droga|sobredosi[a-z]*|me pase|me tome|me meti|me inyecte|tome|consumi)\\b[^]{0,160})";

/** For the broad first-person signs below: only a drug, a dose or a way of taking one, not "took" or "did". */
const AFTER_DRUG_EN =
  "(?<=\\b(?:fent|fentanyl|dope|heroin|bump|line|lines|shot up|(?:a|that|the) (?:hit|shot)|bag|pills|bars|blues|xans|percs|oxys?|coke|crack|meth|molly|smoked|snorted|injected|methadone|suboxone|laced|cut with|drank|drinking|vodka|liquor|xanax|benzos|klonopin|jack|whiske?y|blue|pressed|(?:used|using|use|shot up|did (?:a|some|it)(?: \\w+)?|got high) (?:alone|by myself))\\b[^]{0,160})";
const AFTER_DRUG_ES =
  "(?<=\\b(?:fenta|fentanilo|chiva|heroina|pastillas|roches|chochos|cristal|perico|coca|droga|me meti|me inyecte|me fume|me pique|cortada|trago|tragos|pisto|alcohol|pastas|me pase|percocets?|percs?|oxis?|oxicodona|tramadol|metadona|morfina|codeina|(?:consumi|use|me meti|me inyecte|me pique|me drogue) (?:sol[oa]|a solas))\\b[^]{0,160})";

/** First-person signs of an overdose under way that need use told before them to count. */
const SIGNS_SELF_EN = [
  "(?:everything|everythings|its|it|the room|my vision|the world) (?:is |s )?(?:going|getting|turning|fading) (?:black|dark|dim|gray|grey|fuzzy)",
  "(?:im |i am |i feel like im |feel like im |i think im )(?:going under|sinking|fading(?: out| away)?|slipping away|slipping|drifting off and cant|dying|going out)",
  "(?:going under|fading out|blacking out)(?= |$)",
  "(?:cant|can not|cannot) (?:stand(?: up)?|get up|move my (?:arms|legs|body|hands)|lift my (?:arms|head)|feel my (?:legs|arms|face|hands|body|lips))",
  "(?:cant|can not|cannot) stop (?:throwing up|puking|vomiting|shaking|seizing)|shaking all over|burning up|(?:so |really )?(?:burning )?hot and shaking",
  // Vomiting and drowsiness together: the airway at risk ("been throwing up and i cant stay awake").
  "(?:throwing up|puking|vomiting|threw up|puked)\\b[^]{0,60}?\\b(?:cant|can not|cannot|can barely|can hardly) (?:stay awake|keep my eyes open)|(?:cant|can not|cannot|can barely|can hardly) (?:stay awake|keep my eyes open)\\b[^]{0,60}?\\b(?:throwing up|puking|vomiting|threw up|puked)",
  "something (?:is |s )?(?:really |seriously |very )?(?:wrong|off) with (?:me|my (?:body|heart|breathing))|something (?:is |s )?(?:really |seriously |very )?wrong after (?:that|the|this|a|my) (?:hit|shot|bump|line|bag|pill|dose|one)",
].join("|");
const SIGNS_SELF_ES = [
  "(?:se me (?:esta poniendo|pone|puso|esta yendo)|(?:se )?(?:esta poniendo|se pone|se puso)) todo (?:negro|oscuro|borroso)",
  "(?:siento|creo) que me (?:voy|muero|estoy muriendo|desmayo|apago)",
  "no (?:me )?puedo (?:ni )?(?:parar|levantar|mover|pararme|levantarme|moverme|respirar bien|sentir (?:las piernas|los brazos|la cara))",
  "algo (?:anda|esta|va) (?:muy )?mal (?:conmigo|en mi cuerpo)",
  "me estoy (?:quedando dormid[oa]|apagando|desmayando|yendo)(?: y no (?:me )?puedo (?:despertar|mantener))?|no (?:me )?puedo despertar bien|no paro de (?:vomitar|temblar|convulsionar)",
  // Vomiting with drowsiness or the sight going: "estoy vomitando y se me nubla la vista".
  "(?:vomit\\w*|guacare\\w*|devolviendo)\\b[^]{0,60}?\\b(?:me estoy (?:quedando dormid[oa]|durmiendo)|no me puedo mantener despiert[oa]|se me (?:nubla|esta nublando|nublo) la vista|veo (?:todo )?borroso|se me cierran los ojos)",
].join("|");

/** A supply meant for days taken together: "a whole months worth of", "my weeks supply of". */
const SUPPLY_EN = "(?:a |my |the |his |her )?(?:whole |entire |full )?(?:weeks?|months?|\\d+ (?:days?|weeks?)|two weeks|(?:a |one )?(?:week|month)s?) (?:worth|supply|worth of (?:pills|meds))";
/** Benzodiazepines and opioid pills, which with alcohol slow breathing. */
const DOWNER_EN = "(?:bars|xans|xanax|xannies|zans|zannies|benzos|klonopin|klonnies|k ?pins|valium|ativan|clonazepam|alprazolam|lorazepam|diazepam|percs|percocets|oxys?|oxycodone|oxycontin|roxys?|roxies|vicodin|hydrocodone|norcos?|m30s|30s|blues|tramadol|codeine|lean|morphine|dilaudid|fent|fentanyl|dope|heroin|sleeping pills|painkillers|pain pills|seroquel|ambien|gabapentin|methadone|suboxone|subs)";
const ALCOHOL_EN = "(?:(?:drinking|drank|drunk)(?! (?:coffee|water|tea|juice|soda|milk|gatorade|a (?:coffee|water|tea|soda))\\b)|beers?|tequila|vodka|whiske?y|liquor|booze|shots|wine|rum|gin|bourbon|henny|hennessy|fireball|jack|fifth|pint|handle|forties|40s|tall ?boys?|twelve pack|12 pack|white claws?|four lokos?)";
/** Drowsiness that, after downers and drink, means breathing may slow. */
const SLEEPY_EN = "(?:so |really |super |real |getting |gettin |im |very )*(?:sleepy|drowsy|can(?:t|not| barely|t even) (?:stay (?:up|awake|conscious)|keep (?:my )?(?:eyes|eye) (?:open|opened)|keep (?:my )?head up|keep (?:my )?eyes from closing|wake (?:all the way )?up)|(?:my )?eyes (?:keep|wont stop|are) (?:closing|shutting|rolling)|nodding(?: out| off)?|nodded (?:out|off)|falling asleep (?:sitting|standing|mid|while|in the middle)|keep (?:dozing|nodding|passing out|falling asleep|blacking out)|passing out|blacking out|(?:the )?(?:whole )?(?:room|everything) (?:is |s )?(?:spinning|moving)|(?:the )?(?:room|everything) (?:wont|will not|doesnt|keeps|keep) (?:stop )?(?:spinning|moving)|everything (?:is |feels |seems )?(?:so |really )?far away|breathing (?:is |feels )?(?:really |so |super |real )?(?:slow|shallow)|(?:cant|can barely|can hardly) (?:hold|keep) (?:my )?head up)";
/** Opioids and benzodiazepines, the pair that stops breathing without any alcohol. */
const OPIOID_EN = "(?:lean|purple drank|percs?|percocets?|oxys?|oxycodone|oxycontin|roxys?|roxies|norcos?|vicodin|hydrocodone|methadone|fent|fentanyl|dope|heroin|blues|m30s|tramadol|codeine|morphine|dilaudid|suboxone|subs)";
const BENZO_EN = "(?:bars|xans?|xanax|xannies|zans?|zannies|benzos|klonopin|klonnies|k ?pins|valium|ativan|clonazepam|alprazolam|lorazepam|diazepam)";
/** "Coke" the soda is drunk, canned or dieted on: "drank a lot of coke", "the coke machine". */
const STIMULANT_EN = "(?:(?<!\\b(?:drank|drink|drinking|sipping|sipped|can of|cans of|bottle of|glass of|diet|cherry|vanilla|mexican)\\b(?: \\w+){0,3} )coke(?! (?:zero|machine|can|bottle|float|and (?:fries|pizza|chips))\\b)|cocaine|blow|crack|meth|crystal|ice|speed|molly|lines|rails|bumps|adderall|addys)";
const CHEST_EN = "(?:chest (?:is |feels |keeps )?(?:so |really )?(?:crushing|crushed|hurting|hurts|killing me|on fire|burning|heavy|tight|pounding|squeezing)|chest (?:feels like |is )?(?:its |it s )?(?:gonna|going to|about to) (?:explode|burst|pop)|heart (?:is )?going (?:a )?(?:million|mile|hundred) (?:miles )?(?:a|an) (?:minute|hour)|chest pains?|heart (?:is |keeps )?(?:skipping|racing|pounding|beating (?:weird|funny|wrong))|arm (?:is |went )?numb)";
const PASTILLA_ES = "(?:pastillas|roches|clonazepam|rivotril|xanax|tafil|chochos|pastas|diazepam|valium|tramadol|pastillas para dormir|benzos?|alprazolam|lorazepam)";
const ALCOHOL_ES = "(?:tomando|chupando|pisteando|bebiendo|cervezas?|chelas?|caguamas?|tragos|tequila|mezcal|vodka|alcohol|borrach[oa]|pedo|peda|pisto|guaro|ron|whisky|vino)";
const SUENO_ES = "(?:mucho sueno|bien dormid[oa]|me estoy (?:quedando dormid[oa]|durmiendo)|me (?:cabeceo|cabeceando)|no puedo (?:mantener|tener) los ojos abiertos|se me cierran los ojos|me gana el sueno)";

/**
 * A stimulant and the body overheating, the chest or the heart: "me metí un chingo de cristal,
 * estoy ardiendo en calentura", "been on coke for two days, body is overheating and im soaked in
 * sweat". Sweating or restlessness alone is a lapse; the two together, or a fever, a chest or a
 * heart about to burst, are an overdose.
 */
const ESTIMULANTE_ES = "(?:cristal|foco|coca(?! cola)|cocaina|perico|crack|(?:una|unas|dos|tres|\\d+) rayas?|tachas?|extasis|anfetaminas?|metanfetamina|meth|speed)";
const CALOR_ES = "(?:(?:estoy |ando )?(?:ardiendo|hirviendo)(?: en (?:fiebre|calentura))?|(?:fiebre|calentura|temperatura) (?:bien |muy |super )?(?:alta|fuerte)|(?:tengo|con) (?:mucha |harta )?(?:fiebre|calentura)|(?:me duele|me aprieta|me truena) (?:mucho |bien feo |bien )?el pecho|dolor (?:en el|de) pecho|(?:el )?corazon (?:me )?(?:va a mil|a mil|se me sale|me va a (?:explotar|reventar|estallar))|(?:me )?va a (?:explotar|reventar|estallar) el corazon|convulsi[a-z]*)";
const SUDOR_ES = "(?:sudando|sudo|suda) (?:bien feo|a chorros|un chingo|mucho|muchisimo|como loc[oa]|horrible)";
const INQUIETO_ES = "(?:no (?:puedo|me puedo) (?:dejar de moverme|quedar quiet[oa]|estar quiet[oa])|no paro de moverme|temblando|tiemblo)";
const HOT_EN = "(?:overheating|burning up|(?:high |a )?fever|body (?:is )?(?:so |really )?hot|temp(?:erature)? (?:is )?(?:so |really )?high|heart (?:feels like its|is) (?:gonna|going to|about to) (?:explode|burst|pop)|chest (?:is )?(?:crushing|exploding))";
const SWEAT_EN = "(?:soaked in sweat|sweating (?:like crazy|buckets|so much|bad|a ton)|drenched|dripping sweat)";
const RESTLESS_EN = "(?:cant (?:stop|quit) (?:moving|shaking|twitching)|cant sit still|shaking)";
const STIMULANT_ON_EN = "(?:meth|crystal|coke|cocaine|crack|speed|molly|mdma|ecstasy|adderall|addys|bath salts|ice|lines|rails|bumps)";

/** Someone behind a door who does not answer, and the use they went in for. */
const NO_ANSWER_EN = "(?:wont|will not|isnt|is not|not|doesnt|does not|hasnt|stopped|aint) (?:answer|answering|respond|responding|open|opening|come out|coming out)(?: (?:the door|me|us|his phone|her phone))?";
const THIRD_USE_EN = "(?:to use|to get high|to shoot up|to fix|to smoke|(?:used|using)(?! (?:his|her|their|the|my|a|an|our|it|that|this)\\b)|shot up|got high|getting high|did a (?:bag|shot|line|hit)|fent|fentanyl|dope|heroin|blues|pills|bars|meth|crack)";
const NO_ABRE_ES = "no (?:abre|contesta|responde|sale|me abre|me contesta|me responde)";
const TERCERO_USA_ES = "(?:a meterse|a drogarse|a inyectarse|a picarse|a fumar|a usar|a consumir|se metio|se drogo|se inyecto|se pico|fumo|uso|consumio|se tomo|se trago|se puso (?:hasta|bien)|fenta|fentanilo|chiva|heroina|cristal|perico|pastillas)";

export const OVERDOSE_RULES: RiskRule[] = [
  rule("es-estimulante-calor", "overdose", "es", `(?:${CALOR_ES}|${SUDOR_ES}\\b[^]{0,80}?\\b${INQUIETO_ES}|${INQUIETO_ES}\\b[^]{0,80}?\\b${SUDOR_ES})(?<=\\b${ESTIMULANTE_ES}\\b[^]{0,200})`),
  rule("stimulant-overheating", "overdose", "en", `(?:${HOT_EN}|${SWEAT_EN}\\b[^]{0,80}?\\b${RESTLESS_EN}|${RESTLESS_EN}\\b[^]{0,80}?\\b${SWEAT_EN})(?<=\\b${STIMULANT_ON_EN}\\b[^]{0,200})`),
  // A supply for days taken at once, even "by accident": "swallowed a months worth of klonopin", "me tomé las pastillas de toda la semana".
  unlessStory(rule("supply-at-once", "overdose", "en", `${OD_VERB} ${SUPPLY_EN} (?:of )?(?:my |the |his |her )?(?:\\w+ )?${OD_DRUG}`)),
  unlessStory(rule("es-dosis-de-dias", "overdose", "es", "(?:me )?(?:tome|trague|meti|tomo) (?:todas )?(?:las (?:pastillas|medicinas|pildoras|dosis) |la medicina |lo )?de (?:toda la semana|todo el mes|una semana|un mes|la semana entera|\\w+ (?:dias|semanas))(?: (?:de )?(?:golpe|una vez|un jalon))?")),
  // Downers on top of drink, and drowsy: "popped 5 bars after a night of drinking and i can barely stay up".
  rule("downers-drink-sleepy", "overdose", "en", `${SLEEPY_EN}(?:(?<=\\b${DOWNER_EN}\\b[^]{0,200})|(?=[^]{0,200}\\b${DOWNER_EN}\\b))(?:(?<=\\b${ALCOHOL_EN}\\b[^]{0,200})|(?=[^]{0,200}\\b${ALCOHOL_EN}\\b))`),
  // An opioid with a benzodiazepine, and drowsy: "sipped lean then took 2 bars, keep nodding off mid sentence".
  rule("opioid-benzo-sleepy", "overdose", "en", `${SLEEPY_EN}(?:(?<=\\b${OPIOID_EN}\\b[^]{0,200})|(?=[^]{0,200}\\b${OPIOID_EN}\\b))(?:(?<=\\b${BENZO_EN}\\b[^]{0,200})|(?=[^]{0,200}\\b${BENZO_EN}\\b))(?![^]{0,80}\\b(?:as prescribed|doctor|dr|prescriber)\\b)`),
  rule("es-pastillas-alcohol-sueno", "overdose", "es", `${SUENO_ES}(?<=\\b${PASTILLA_ES}\\b[^]{0,200})(?<=\\b${ALCOHOL_ES}\\b[^]{0,200})`),
  // A stimulant and the chest: "did a bunch of coke, chest feels tight and my heart is skipping".
  rule("stimulant-chest", "overdose", "en", `${CHEST_EN}(?<=\\b${STIMULANT_EN}\\b[^]{0,160})`),
  // Everything at hand: "swallowed everything in the medicine cabinet", "ya me tomé el frasco entero de clonazepam".
  unlessStory(rule("everything-at-hand", "overdose", "en", "(?:took|swallowed|ate|popped|downed|took all of) (?:everything|every pill|all the pills|whatever (?:pills )?i (?:could find|had|found)) (?:in|from) (?:the |my |our )?(?:medicine cabinet|cabinet|bathroom|house|drawer|purse|bag)")),
  unlessStory(rule("es-frasco-entero", "overdose", "es", "(?:me )?(?:tome|trague|tomare|tragare|voy a tomar|voy a tragar|tomo|trago) (?:el|la|un|una) (?:frasco|caja|bote|tira|blister|paquete) (?:entero|entera|completo|completa)|(?:me )?(?:tome|trague) todo (?:lo (?:que habia|del botiquin)|el botiquin)")),
  // "shot up and something is wrong, everything is going dark", "me meti algo y se me esta poniendo todo negro".
  rule("self-signs-after-use", "overdose", "en", `(?:${SIGNS_SELF_EN})${AFTER_DRUG_EN}`),
  rule("es-senales-propias", "overdose", "es", `(?:${SIGNS_SELF_ES})${AFTER_DRUG_ES}`),
  // Using alone and the sight going: "consumí solo en el carro y ya no veo bien", "me inyecté sola y siento el cuerpo bien pesado".
  rule("es-solo-y-se-apaga", "overdose", "es", "(?:ya no veo bien|todo (?:se (?:me )?(?:pone|puso|esta poniendo|ve) )?(?:oscuro|negro)|se me apaga todo|(?:siento )?el cuerpo (?:bien |muy |super )?pesado|(?:siento|creo) que me voy)(?<=\\b(?:consumi|use|me meti|me inyecte|me pique|me drogue|fume) (?:sol[oa]|a solas)\\b[^]{0,160})"),
  unlessHistory(rule(
    "overdose-word",
    "overdose",
    "en",
    `(?<!(?:died|dead|passed|passed away|lost (?:him|her|them|my \\w+)|death) (?:of|from|to|after) (?:an? |his |her |their )?)(?<!\\b(?:when|after|since|before|the time|the day|the night|the year) (?:his|her|their|my|our) (?:\\w+ )?)(?:overdos[a-z]*|over dos(?:e|ed|ing))${NOT_NOW}|(?:i|just|might|about to|gonna|going to|think i|almost) od(?:d|ed)?${NOT_NOW}`,
  )),
  unlessStory(rule(
    "too-many-pills",
    "overdose",
    "en",
    `${OD_VERB} ${OD_QTY} (?:of )?(?:my |the |his |her )?(?:\\w+s )?${OD_DRUG}(?! (?:for the day|on time|as prescribed)\\b)` +
      `|${OD_VERB} all (?:of )?my \\w+ (?:at once|at the same time)|${OD_VERB} (?:the|a) (?:whole|entire) (?:bottle|pack|box)${NOT_A_COURSE}` +
      "|(?:took|did|used|had|shot|snorted|smoked) (?:way )?too much(?: (?:dope|fent|fentanyl|heroin|xanax|of (?:my|the) \\w+))?$|too much (?:dope|fent|fentanyl|heroin)" +
      `|${INTENT} (?:take|swallow|down) all (?:of )?(?:my|the) (?:pills|meds|medication|xanax|sleeping pills|painkillers)${ROUTINE}`,
  )),
  // "I took all my pills" is a classic overdose disclosure; with a time of day it is usually a
  // report of taking the day's medication. Missing the first is worse than paging on the second.
  unlessStory(rule(
    "all-my-pills",
    "overdose",
    "en",
    `(?:took|swallowed|ate|popped|downed) all (?:of )?my (?:pills|meds|medication|medicine|pastillas|${RX})(?! (?:today|this morning|this evening|tonight|for (?:the day|today)|on time|like (?:i|im) (?:supposed|told) to|as prescribed))`,
  )),
  unlessStory(rule("es-todas-mis-pastillas", "overdose", "es", "(?:me )?(?:tome|trague|tomé) todas mis (?:pastillas|pildoras|medicinas|medicamentos)(?! (?:de hoy|hoy|de la manana|de la noche|a tiempo|como me (?:dijeron|indicaron)))")),
  rule("took-more-than-meant", "overdose", "en", "(?:took|did|used|had|shot|snorted|smoked|drank) (?:way |a lot |so much )?more than i (?:meant|wanted|planned|should have|was supposed|usually do|normally do)(?: to)?|(?:did|took|used|shot|snorted|smoked) (?:way )?too much(?! (?:work|food|coffee|caffeine|sugar|time|money|homework|overtime|of (?:my time|the work))\\b)|(?:pills|bars|blues|percs|xans|it|the dope|the coke|that shit) (?:were|was|are|is|must have been|mustve been) (?:pressed|laced|cut) with (?:fent|fentanyl|something)"),
  rule("signs-after-use", "overdose", "en", `(?:\\b(?:cant keep my eyes open|cant feel my (?:legs|arms|face|hands|body)|heart (?:is )?(?:pounding|racing|beating) (?:so )?(?:fast|hard|out of my chest)|heart (?:is )?(?:going|beating) (?:like )?\\d{3}|heart (?:is )?pounding out of my chest|chest (?:is )?(?:so |really )?(?:tight|hurting)|cant breathe? right|(?:going to|gonna|about to) pass out|everything is spinning|(?:nodding|nodded) (?:out|off) (?:hard|bad|so bad|really bad|and (?:cant|can barely))|can barely (?:type|stay awake|keep my eyes open|breathe|move|see)|lips (?:feel|are|r) (?:weird|numb|tingly|tingling)))${AFTER_USE_EN}|\\b(?:chest|heart)\\b[^\\n]{0,40} after (?:that|a|the|my|this) (?:bump|line|hit|shot|pill|dose|fent|bag)`),
  // Benzodiazepines or opioids with a lot of alcohol: the mix that stops breathing.
  unlessStory(rule("mixed-with-alcohol", "overdose", "en", "(?:mixed|mixing|took|taking|popped|had|did|washed down) (?:my |some |a few |a couple |\\d+ |all my |the )?(?:xanax|xans|bars|benzos|klonopin|valium|ativan|oxys?|percs|opioids|fent|fentanyl|dope|heroin|methadone|sleeping pills|painkillers|seroquel)\\b[^\\n]{0,30}\\b(?:with|and|then) (?:a |half a |the |a whole |most of a |some |\\d+ )?(?:fifth|bottle|pint|handle|liquor|vodka|whiske?y|tequila|booze|shots|beers|(?:\\d+|six|a bunch of|a lot of|lots of) (?:beers|drinks|shots))\\b")),
  unlessStory(rule("es-mezcla-alcohol", "overdose", "es", "(?:mezcle|mezclando|me tome|tome|me trague|me meti) (?:mis |las |unas |\\d+ )?(?:pastillas|clonazepam|xanax|rivotril|roches|tafil|chochos|fenta|fentanilo|heroina|chiva|pastas)\\b[^\\n]{0,30}\\b(?:con|y) (?:una |media |toda la |unas |\\d+ |un )?(?:botella|caguamas?|tequila|vodka|licor|alcohol|cervezas|chelas|mezcal|whisky|pisto|tragos)\\b")),
  rule("first-person-signs", "overdose", "en", "(?:i think )?(?:im|i am) (?:overdosing|oding|nodding out and cant|turning blue)|(?:i|i think i) (?:did|took|used) too much and (?:cant|my)"),
  // ---- Someone present ----
  rule("other-signs", "overdose_other_person", "en", `${SOMEONE_HERE}(?: \\w+){0,8} ${SIGNS_EN}`),
  rule("collapsed-unresponsive", "overdose_other_person", "en", "(?:passed out|collapsed|nodded out|fell out|dropped|went down)(?: \\w+){0,5} (?:and )?(?:wont|cant|not|isnt|doesnt|will not) (?:respond|responding|wake|waking|breathe|breathing|move|moving)|snoring (?:weird|funny|really loud|strange)|(?:weird|strange) snoring"),
  rule("signs-alone", "overdose_other_person", "en", "(?:making|makes|made) (?:a |this |that |these )?(?:weird |strange |funny |scary )?(?:gurgling|gurgle|snoring|snore|choking|rattling)(?: (?:gurgling|gurgle|snoring|snore|choking))? (?:sound|sounds|noise|noises)|(?:isnt|not|stopped|hesnot|shesnot)breathing|wontwakeup|on the (?:floor|ground|bathroom floor) (?:and )?(?:not moving|not breathing|unresponsive|turning blue|blue)|(?<!\\b(?:i|im|i am|my) )(?:isnt breathing|is not breathing|not breathing|stopped breathing|barely breathing)(?! (?:right|well|properly|normally|good)\\b)|(?<!\\bmy )(?:lips|face|skin|fingers|fingernails) (?:is |are |look |looks |went |turned |turning |going )?(?:blue|purple|gray|grey|ashy)(?! from the cold\\b)"),
  rule("other-signs-object", "overdose_other_person", "en", "(?:cant|cannot|can not) (?:wake|get) (?:him|her|them|my \\w+|someone) (?:up|to wake up|to respond|to open (?:his|her|their|its) eyes|to come to)(?![^\\n]{0,40}\\b(?:picture|photo|pic|selfie|lol|lmao|haha[a-z]*)\\b)|(?:found|find) (?:him|her|them|my \\w+|someone) (?:passed out|unresponsive|not breathing|blue|on the (?:floor|bathroom floor))|(?:his|her|their) (?:lips|face|skin|fingers) (?:is |are )?(?:turning )?(?:blue|purple|gray|grey)|(?:need|needs|get|grab|gave|give|giving|used|use|where is|wheres|do you have|have|bring) (?:him |her |them |someone |some |the |a )?(?:(?:\\d+|two|three|another|one more|a second|more) )?(?:narcans?|naloxones?)|(?:his|her|their) (?:hands?|fingers|fingertips|lips|face|skin|feet)(?: \\w+){0,8}? (?:is|are|its|look|looks|went|turned|turning|going|gone) (?:all |kinda |kind of |really |so |pretty |like )?(?:blue|purple|gray|grey|bluish)(?![^]{0,40}\\b(?:cold|freezing|laugh\\w*|mad|angry|yelling|paint|dye|marker|ink|popsicle|slushie|lol|lmao|haha[a-z]*)\\b)|narcan (?:him|her|them)|still (?:(?:not|isnt|is not) (?:breathing|waking up|responding|moving)|unresponsive|hasnt woken up|wont wake up)(?<=\\b(?:narcan|naloxone|nasal spray)\\b[^]{0,120})|(?:he|she|they) (?:just )?(?:overdosed|odd|od)(?! (?:last|a|years?|months?|weeks?|in|back|when|and died)\\b)"),
  // Behind a door after using and not answering: "went in the bathroom to use an hour ago and wont answer the door".
  rule("behind-a-door", "overdose_other_person", "en", `${NO_ANSWER_EN}(?<=\\b(?:bathroom|stall|door|locked|room|restroom)\\b[^]{0,200})(?<=\\b${THIRD_USE_EN}\\b[^]{0,200})`),
  // ---- Spanish ----
  // Someone who took pills or used, barely breathing or not to be roused: "se tomó todas sus pastillas y respira bien poquito", "no logro que abra los ojos".
  rule("es-apenas-respira", "overdose_other_person", "es", `(?:(?:respira|esta respirando) (?:muy |bien |super |re )?(?:poquito|poco|despacito|lento|raro|feo)|apenas respira|casi no respira|no (?:logro|consigo|puedo hacer) que (?:me )?(?:conteste|responda|reaccione|despierte))(?<=\\b(?:${TERCERO_USA_ES}|cabece\\w*|tirad[oa])\\b[^]{0,200})|no (?:logro|consigo|puedo hacer) (?:que abra los ojos|despertarl[oa])`),
  // A stimulant and the heart racing or the chest about to burst: "el corazón me late rapidísimo después del cristal".
  rule("es-estimulante-corazon", "overdose", "es", `(?:el corazon (?:me late|me va|me esta latiendo|late) (?:muy |bien |super |re |demasiado )?(?:rapid\\w*|fuertisimo|a mil)|(?:el pecho|el corazon) (?:me va a|se me va a) (?:explotar|reventar|estallar)|me va a (?:explotar|reventar|estallar) el (?:pecho|corazon)|se me (?:sale|va a salir) el corazon|me revienta el pecho)(?:(?<=\\b(?:${ESTIMULANTE_ES}|rayas)\\b[^]{0,200})|(?=[^]{0,200}\\b(?:${ESTIMULANTE_ES}|rayas)\\b))`),
  rule("es-tras-la-puerta", "overdose_other_person", "es", `${NO_ABRE_ES}(?<=\\b(?:bano|puerta|cuarto|encerr\\w*|seguro)\\b[^]{0,200})(?<=\\b${TERCERO_USA_ES}\\b[^]{0,200})`),
  // A seizure after someone else used: "mi pareja fumó cristal y le dio una convulsión".
  rule("es-convulsion-tras-consumo", "overdose_other_person", "es", `(?:le (?:dio|esta dando|dan|dieron) (?:una |un )?(?:convulsion(?:es)?|ataque)(?! de (?:risa|panico|ansiedad|celos|tos|nervios))|(?:esta|empezo a|se puso a) convulsion\\w*)(?:(?<=\\b${TERCERO_USA_ES}\\b[^]{0,160})|(?=[^]{0,40}\\b(?:despues de|tras|luego de|por) (?:usar|fumar|meterse|inyectarse|picarse|consumir|tomar|drogarse)\\b))`),
  unlessHistory(rule(
    "es-sobredosis",
    "overdose",
    "es",
    `(?<!muri[oa] de (?:una )?)(?<!murio por (?:una )?)sobredosi[a-z]*(?! (?:hace|el ano|en (?:19|20)\\d\\d)\\b)|me (?:tome|trague|meti|tomo|estoy tomando) (?:todas las|toda la caja de|todo el frasco de|el frasco de|la caja de|un frasco de|un bote de|una caja de|el bote de|un monton de|muchas|demasiadas|un punado de|(?:(?:como |unas |unos )?(?:las|los|mis) (?:ultim[oa]s )?|unas |unos )?\\d\\d+(?! ?(?:mg|mgs|ml|miligramos|mililitros|unidades|gotas|minutos|horas|dias)\\b)|como \\d+|todas mis \\w+ de (?:golpe|una vez))${NOT_A_COURSE} ?(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|chochos|xanax|clonazepam|roches|rivotril|pastas)?|me (?:pase|pasé) (?:con|de) (?:la |el |las |los )?(?:fenta|fentanilo|chiva|heroina|cristal|perico|coca|pastillas|chochos|roches|droga|dosis|mota)|(?:tome|consumi|me meti|me inyecte|use) demasiad[oa]s?(?: (?:pastillas|pildoras|medicinas|droga|fentanilo|heroina|fenta))?$|demasiad[oa]s? (?:pastillas|fentanilo|heroina)`,
  )),
  rule("es-senales-tras-consumo", "overdose", "es", `(?:\\b(?:no siento (?:las piernas|los brazos|la cara|el cuerpo|las manos)|(?:siento que )?me voy a desmayar|todo (?:me )?da vueltas|(?:los )?labios (?:se me sienten|los siento) (?:raros|dormidos)|el corazon (?:me late|me va|me esta latiendo) (?:muy |bien |super |re |demasiado )?(?:rapido|fuerte|a mil)|(?:tengo )?el pecho (?:apretado|cerrado)|me aprieta el pecho|apenas puedo (?:escribir|respirar|mantener los ojos abiertos|moverme)|no puedo (?:abrir|mantener abiertos) los ojos))${AFTER_USE_ES}`),
  rule(
    "es-otra-persona",
    "overdose_other_person",
    "es",
    "no (?:esta )?respira(?:ndo)?|norespira|no puede respirar|no (?:se )?(?:despierta|quiere despertar|puedo despertarl[oa])|no reacciona|no responde$|(?:esta|quedo) inconsciente|(?:se (?:esta )?(?:puso|poniendo)|esta) (?:(?:bien|muy|todo|toda|medio) )?(?:morad[oa]|azul|pali[dt][oa]|gris)(?! (?:de|del|por el) frio)|labios (?:(?:bien|muy|todos|medio|super) )?(?:morados|azules|grises|negros)(?! (?:de|del|por el) frio)|ni (?:abre los ojos|reacciona|responde|se mueve|respira|despierta)(?! (?:cuando|por|de|hasta|con|en (?:la|el) (?:manana|novela|tele))\\b)|(?:le|les) (?:dio|esta dando) (?:una )?sobredosis|(?:necesito|necesita|necesitamos|trae|traigan|tienes|tienen|donde esta) (?:el |la )?(?:narcan|naloxona)|echando espuma por la boca|ronca (?:bien |muy |super |re )?(?:raro|feo)|(?:ruido|ronquido|sonido) raro|no (?:lo|la|los|las) (?:puedo|podemos) despertar|no abre los ojos|no se mueve|(?:esta|quedo|sigue) (?:tirad[oa] |acostad[oa] |desmayad[oa] )?(?:en el (?:piso|suelo|bano) )?sin (?:moverse|respirar|responder|reaccionar|despertar)|(?:tirad[oa]|desmayad[oa]) en el (?:piso|suelo|bano) (?:y )?(?:no (?:se mueve|responde|despierta|respira)|inconsciente)|(?:le|les) (?:puse|pusimos|di|dimos|aplique|aplicamos|eche|echamos|inyecte) (?:el |la |una |un )?(?:narcan|naloxona)|sigue sin (?:responder|despertar|reaccionar|respirar|moverse)|se desmayo (?:con|y|despues)",
  ),
];
