/**
 * Strong cravings and high-risk moments told in words (level `urgent`, reason
 * `craving_high`, the reason a check-in's high craving number raises), English and Spanish:
 * cravings at their worst ("cravings are off the charts", "unas ganas horribles de tomar"),
 * being at the door of a liquor store, bar or dealer ("parked outside the liquor store",
 * "afuera del bar"), a dealer reaching out or about to be contacted, and "need a drink"
 * said with force. Relapse prevention treats these as the moment to call: a counselor sees it
 * today. They are not distress, so the suicide screening question is not asked.
 *
 * A craving told as handled ("cravings were bad but they passed", "tuve ganas pero llamé a
 * mi padrino") is carved out by what follows it in the text.
 */
import { ALCOHOL, CONTAINER, DRINK_ADJ, QTY, STREET, SUSTANCIA } from "./lexicon.ts";
import { anyOf, rule, type RiskRule } from "./types.ts";

const C = "craving_high" as const;

/** What follows a craving that was handled: "but they passed", "pero se me pasó". */
const HANDLED =
  "(?![^]{0,120}\\b(?:passed|went away|gone now|is gone|are gone|faded|subsided|but i (?:didnt|did not|went|called|texted|used my|stayed|made it|got through|played|blocked|deleted|ignored|gave it (?:right )?back|handed it back|put it down|poured it out|dumped it|said no|turned it down|walked away)|(?:and|so|then) i (?:blocked|deleted|ignored|gave it (?:right )?back|handed it back|put it down|set it down|poured it out|dumped it|threw it (?:out|away)|said no|turned it down|walked away)|and i (?:called|went|texted|got through)|se me (?:paso|quito|bajo)|no lo hice|no tome|no use|no consumi|pero (?:no (?:lo hice|tome|use|consumi|fui|compre|entre|conteste)|llame|fui|le hable|le marque|aguante|me aguante|dije que no|(?:la|lo|las|los) (?:regale|devolvi|tire|deje|rechace))|y (?:llame|fui|le hable|le marque)|(?:le |les )?dije que no)\\b)";

/** What follows when the moment ended in use: then it is a lapse (use-references.ts), not a craving. */
const NOT_USED_AFTER =
  "(?![^]{0,120}\\b(?:(?:and|so|then|y) (?:i |yo )?(?:drank|took|had|hit|did|smoked|used|downed|finished|chugged|sipped) (?:it|them|some|one|half|a \\w+)|took it|drank it|hit it|caved|gave in|me (?:la|lo|las|los) (?:tome|fume|meti|bebi|acabe)|(?:la|lo|las|los) (?:probe|tome|fume)|le di (?:un |unos )?(?:trago|tragos|jalon|jalones|toque|toques)|acepte|cedi)\\b)";

const CRAVINGS = anyOf("cravings?", "urges?", "the urge", "the cravings?", "my cravings?", "cravin", "cravins");
/** A number said with a verb: "cravings are a 10". Beside a mood or a yes/no, a number is a check-in answer, read by the check-in; alone at the top it is craving-top. */
const SCORE = "(?:10|ten|9|nine)(?: out of 10)?";
const INTENSE = anyOf(
  "off the charts", "through the roof", "insane", "crazy", "out of control", "unbearable", "so bad", "really bad",
  "real bad", "terrible", "awful", "intense", "so strong", "really strong", "killing me", "hitting (?:me )?hard", "the worst (?:theyve|its) been", "too much"
);
const BE = anyOf("are", "is", "r", "been", "have been", "has been", "are getting", "are so", "so", "r so");

/** Places to buy or use. */
const OUTLET = anyOf(
  "liquor store", "bar", "the bar", "dispensary", "smoke shop", "trap", "trap house", "package store", "packie", "bottle shop", "beer store",
  "(?:my |the |his )?(?:dealers|plugs|connects) (?:house|place|spot|crib|apartment|apt)", "the spot", "the corner store buying"
);
const NEAR = anyOf("outside", "in front of", "parked (?:outside|at|by|in front of|across from)", "in the parking lot (?:of|at)", "across (?:the street )?from", "standing (?:outside|at)", "sitting (?:outside|in front of)");

/** A drink or drug one can hold, be handed or stare at: "a beer", "the baggie", "a blunt". */
const AT_HAND = `(?:(?:${QTY}) ){0,2}(?:${CONTAINER} )?(?:${DRINK_ADJ} )?(?:${ALCOHOL}|${STREET}|bag|baggie|bottle|pills|point|bundle|pipe|rig)(?! of (?:water|juice|soda|milk|chips|popcorn)\\b)(?! (?:menu|list|ad|commercial|aisle|section|label|sign|pong|belly|garden)\\b)`;
/** Where the substance is: "in my hand", "right in front of me". */
const IN_HAND = anyOf("in my hands?", "in hand", "(?:right )?in front of me", "right here", "on the (?:table|counter|seat) (?:in front of|next to) me");
/** The place of past use or buying: "where i used to cop", "donde compraba". */
const WHERE_USED = "(?:where|were) (?:i|we) (?:used to|use to|usta|would|always) (?:cop|buy|score|pick up|get (?:high|drunk|loaded|wasted|lit|my \\w+)|use|drink|shoot up|smoke|party)(?! (?:coffee|tea|water|groceries|gas|clothes)\\b)";
const DONDE_USABA = "(?:donde|de donde|por donde) (?:yo )?(?:le |les )?(?:compraba|conseguia|me drogaba|consumia|usaba|me metia|me inyectaba|pisteaba|chupaba|tomaba|fumaba)(?! (?:clases|el bus|el camion|cafe|fotos|agua|refresco)\\b)";
/** What a craving is about: "getting high", "a drink", "el perico". */
const USE_TALK = `(?:drinking|using|getting (?:high|drunk|loaded|wasted|lit|messed up)|a (?:drink|beer|hit|fix|line|bump)|my fix|${STREET})`;
/** A substance named earlier in the text, for "it" and "yet" to refer back to. Placed after the words that refer back, so it is only looked for where they occur. */
const NAMED = `(?<=\\b(?:${ALCOHOL}|${STREET}|bag|baggie|bottle|stash|pills|dealer|plug|cravings?|urges?)\\b[^]{0,200})`;
const NOMBRADA = `(?<=\\b(?:${SUSTANCIA}|ganas|antojos?|dealer|transa)\\b[^]{0,200})`;
/** A craving number at the top of the scale, alone (a check-in answer with a mood or a yes/no is read by the check-in). */
const TOP = "(?:10|ten|diez|9|nine|nueve)(?: out of (?:10|ten)| de (?:10|diez)| 10)?";
const TOP_ALONE = "(?![^]{0,40}\\b(?:jk|just kidding|kidding|not really|nah)\\b)(?=$| (?:rn|right now|now|today|tonight|and|no joke|lol|fr|ngl|tbh|bro|man|ahorita|ahora|hoy|esta noche|y|sin mentir|de verdad|carnal|hermano|wey)\\b)(?![^]{0,80}?\\b(?:mood|animo|sleep|sueno|meeting|junta|reunion|meds)\\b)(?![^]{0,80}?(?:^| )(?:yes|no|si|y|n)$)";

const DEALER = anyOf("dealer", "plug", "connect", "old dealer", "old plug", "guy i used to buy from", "dude i used to cop from");

export const CRAVING_RULES: RiskRule[] = [
  // Ready to say yes: "if somebody handed me a pill right now id take it", "si alguien me ofrece una chela le digo que sí".
  rule("would-say-yes", C, "en", `if (?:someone|somebody|anyone|anybody|my (?:old )?${DEALER}|he|she|they|you) (?:offered|handed|gave|passed|brought|sold|showed up with|walked up with|put) (?:me )?(?:a |an |some |one |another |the |a few |like )?(?:\\w+ )?(?:${ALCOHOL}|${STREET}|pills?|hit|line|bump|bag|baggie|drink|shot|bottle)(?: \\w+){0,3}? (?:(?:right )?now |rn |today |tonight )?(?:id|i would|i d|i wd|ill|i will|i know id|i know i would|im pretty sure id) (?:say yes|take it|take them|do it|use|drink it|snort it|smoke it|not say no|not be able to say no|cave)${HANDLED}|(?:want|need|craving) (?:a drink|a drank|a beer|a hit|a fix|to use|to drink|to get high|it) more than (?:i(?:ve)? (?:wanted|needed) )?anything${HANDLED}`),
  rule("es-diria-que-si", C, "es", `si (?:alguien|alguno|mi (?:ex )?(?:dealer|compa|conecte)|el|ella|me) (?:me )?(?:ofrece|ofreciera|da|diera|pasa|pasara|invita|invitara|trae|trajera|vende|vendiera) (?:una |un |unas |unos |algo de |tantito )?(?:${SUSTANCIA})(?: \\w+){0,3}? (?:(?:ahorita|ahora|hoy) )?(?:le digo que si|le diria que si|le dijera que si|digo que si|diria que si|me (?:la|lo|las|los) (?:tomo|tomaria|meto|meteria|fumo|fumaria)|no (?:le )?(?:diria|digo|podria decir) que no|acepto|aceptaria)${HANDLED}`),
  // Waiting in the lot: "sitting in the liquor store parking lot", "parked at the bar lot".
  rule("outlet-lot", C, "en", `(?:sitting|sat|parked|waiting|stopped|stuck|standing|pulled (?:in|into|up)(?: to| in)?|im|i am|been) (?:here )?(?:in|at|into) (?:the |a )?${OUTLET} (?:parking )?lot(?! (?:for (?:work|a job)|waiting for|to (?:pick up|drop off|meet))\\b)${HANDLED}`),
  // "cravings are off the charts today", "the urge is so strong rn".
  rule("cravings-intense", C, "en", `${CRAVINGS} (?:${BE} (?:(?:at|like) )?(?:a )?${SCORE}|(?:${BE} )?(?:(?:at|like) )?${INTENSE})${HANDLED}|(?:craving|craving it|jonesing|fiending|feenin|feening|itching to use|itching for a drink) (?:so |really |real )?(?:bad|hard|badly)${HANDLED}`),
  // "parked outside the liquor store", "sitting in front of the bar".
  rule("at-the-outlet", C, "en", `${NEAR} (?:a |the |my )?(?:old )?${OUTLET}(?! (?:for (?:work|a job|an interview|a meeting)|and drove away|and left|to (?:pick up|drop off|meet|wait for|get)|waiting for|picking up|dropping off)\\b)${HANDLED}`),
  // "my old plug hit me up", "about to text my dealer".
  rule("dealer-contact", C, "en", `(?:my |the |an? )?(?:old |ex )?${DEALER} (?:just )?(?:texted|hit me up|called|reached out|messaged|dmd|hit my (?:line|phone|cell|dms?|inbox)|is texting|is calling|keeps (?:texting|calling)|showed up)${HANDLED}|(?:my |the |his |an? )?(?:old )?${DEALER}s? (?:number|contact|chat|name) (?:is )?(?:pulled up|up|open|on (?:my )?screen)${HANDLED}|(?:about to|gonna|going to|want to|wanna|thinking (?:about|of)|tempted to|so close to|trying not to) (?:text|call|hit up|hmu|reach out to|message|dm|answer|text back) (?:my |the |an? )?(?:old )?${DEALER}${HANDLED}`),
  // "i need a drink so bad right now", "so close to using".
  rule("need-it-now", C, "en", `(?:i )?(?:need|want|could use|would kill for|dying for|gotta have) (?:a drink|a drank|a beer|a shot|a hit|a fix|a bump|a line|a pill|my fix|to get high|to use|to drink|to get drunk|something to take the edge off|something(?:,)? anything)(?: (?:so bad|so badly|real bad|really bad|right now|rn|bad|tonight|today|now))+${HANDLED}|(?:so |this |really |way too |dangerously )?close to (?:using|drinking|picking up|relapsing|buying|copping|going out to buy|giving in|caving|saying yes)${HANDLED}|need (?:something|anything)[ \\n](?:anything|something)${HANDLED}`),
  // The substance at hand, not yet used: "holding a beer rn", "got the baggie in my hand", "havent opened it. yet".
  rule("at-hand", C, "en", `(?<!\\bleft )(?:holding|holdin|staring at|staring down|looking at) (?:a |an |the |this |that |my |one |some |his |her )?${AT_HAND}${HANDLED}${NOT_USED_AFTER}`),
  // The substance named before, looking back or in hand now: "a bottle of jack on the counter and its staring at me", "found a bag in my jacket and its in my hand".
  rule("it-stares-back", C, "en", `(?:staring|looking) (?:right )?(?:at|back at) me|calling (?:my name|to me|me)|(?:its|it is|theyre|they are|got it|have it|holding it) (?:right )?(?:in my hands?|in hand|in front of me)${NAMED}${HANDLED}${NOT_USED_AFTER}`),
  // Passing the outlet again and again: "drove past the liquor store like 4 times".
  rule("outlet-circling", C, "en", `(?:drove|driven|driving|walked|walking|went|going|circled|circling|passed) (?:past|by|around) (?:the |a |my )?(?:old )?${OUTLET}(?: \\w+){0,3} (?:times|again|twice)${HANDLED}`),
  // Where it is comes first and what it is is looked for behind: a regex led by the long substance list would try it at every word.
  rule("in-hand", C, "en", `${IN_HAND}(?<=\\b(?:${AT_HAND})(?: \\w+){0,3} ${IN_HAND})(?<!\\b(?:no|not|dont|didnt|never|without|aint)\\b[^\\n]{0,60})${HANDLED}${NOT_USED_AFTER}`),
  rule("not-yet", C, "en", `(?:havent|have not|didnt|did not|still havent|not) (?:opened|cracked|touched|tried|sipped|drank|used|done|hit|taken|poured|broken|smoked) (?:it|them|one|any|the (?:bottle|can|bag|seal|cap)|a sip|a hit)(?: \\w+)?[ \n]+(?:yet|still)\\b${NAMED}${HANDLED}`),
  // Handed a drink or a drug, nothing said yet of what was done with it: "someone just handed me a drink at this party".
  rule("handed-one", C, "en", `(?:handed|passed|gave|poured|slid|brought|bought|offered) me (?:a |an |another |some |this |his |her |the |my )?${AT_HAND}${HANDLED}${NOT_USED_AFTER}|(?:handed|passed|poured|slid|bought|cut|racked|lined up) me (?:a |another |some |the )?(?:(?:shot|hit)(?! (?:at|in|on|to|of (?:water|juice|espresso|b12))\\b)|(?:line|bump|rail|dab)(?! (?:of (?:bs|bull|crap|code|credit|text))\\b))${HANDLED}${NOT_USED_AFTER}`),
  // Back where they used or bought: "circling the block where i used to cop".
  rule("where-i-used", C, "en", `(?:circling|circled|driving|drove|drive|walking|walked|cruising|cruised|parked|sitting|standing|pulled up|ended up|went|going|keep (?:driving|walking|going)) (?:around |past |by |near |at |on |to |outside |in front of |back to )?(?:the |that |this |my |our |a )?(?:\\w+ ){0,2}${WHERE_USED}${HANDLED}`),
  // A craving at the top of the scale said alone: "cravings 10", "craving ten rn".
  rule("craving-top", C, "en", `(?<![^])(?:my )?${CRAVINGS}(?: (?:level|lvl|are|is|at|like|a|r|rn|right now|today|tonight))* ${TOP}${TOP_ALONE}${HANDLED}`),
  // Nothing else in mind: "all i can think about is getting high", "theres a bag in my car and its all i can think about".
  rule("all-i-think-about", C, "en", `all i (?:can|could) (?:think|thought) (?:about|of) (?:is|are|was) ${USE_TALK}${HANDLED}`),
  rule("all-i-think-about-it", C, "en", `(?:is|are|was) all i (?:can|could) think (?:about|of)(?<=\\b${USE_TALK} (?:is|are|was) all i (?:can|could) think (?:about|of))${HANDLED}|(?:its|it is|thats|that is) all i (?:can|could) think (?:about|of)${NAMED}${HANDLED}|(?:cant|cannot|can not) stop thinking about ${USE_TALK}${HANDLED}`),
  // ---- Spanish ----
  // La sustancia en la mano, sin usarla aún: "tengo la cerveza en la mano", "la botella está enfrente de mí", "no la he abierto todavía".
  rule("es-en-la-mano", C, "es", `(?:tengo|traigo|tengo aqui|estoy con|agarro|agarre|sostengo|veo|estoy viendo|me quede viendo) (?:la |el |una |un |mi |esta |este |esa |ese |las |los |unas |unos )?(?:${SUSTANCIA})(?: \\w+){0,3} (?:en la mano|en las manos|en mi mano|en la bolsa|en el bolsillo|en el carro|enfrente|enfrente de mi|frente a mi|aqui conmigo)${HANDLED}`),
  rule("es-enfrente-de-mi", C, "es", `(?:esta|estan) (?:aqui )?(?:enfrente de mi|frente a mi|en mi mano|en la mesa enfrente)(?<=\\b(?:${SUSTANCIA}) (?:esta|estan) (?:aqui )?(?:enfrente de mi|frente a mi|en mi mano|en la mesa enfrente))${HANDLED}|(?:la|lo|las|los) estoy viendo${NOMBRADA}${HANDLED}`),
  rule("es-sin-abrir", C, "es", `(?:(?:no|aun no|todavia no) (?:la|lo|las|los) (?:he |e )?(?:abierto|abri|destapado|destape|usado|use|probado|probe|tocado|toque|tomado|fumado|prendido)(?:[ \n]+(?:todavia|aun))|(?:todavia|aun) (?:cerrad[oa]s?|sin abrir|sellad[oa]s?))${NOMBRADA}${HANDLED}`),
  // Le acaban de dar un trago: "me acaban de dar un trago en la fiesta", "mi compa me pasó una chela".
  rule("es-me-dieron", C, "es", `me (?:acaban de |acaba de )?(?:dio|dieron|dar|paso|pasaron|pasar|sirvio|sirvieron|servir|ofrecio|ofrecieron|ofrecer|regalo|regalaron|trajo|trajeron|invito|invitaron) (?:una |un |unas |unos |otra |otro |su |la |el |las |los )?(?:bien )?(?:${SUSTANCIA})${HANDLED}${NOT_USED_AFTER}`),
  // De vuelta donde usaba o compraba: "dando vueltas por la cuadra donde compraba".
  rule("es-donde-compraba", C, "es", `(?:dando|doy|di|dar) vueltas (?:por|en|alrededor de) (?:\\w+ ){0,3}${DONDE_USABA}${HANDLED}|(?:pase|pasando|paso|estoy|ando|estacionad[oa]|me estacione|camine|caminando|manejando|maneje|me pare|parad[oa]) (?:otra vez |de nuevo |justo )?(?:por|en|cerca de|afuera de|enfrente de|frente a|a)? ?(?:\\w+ ){0,3}${DONDE_USABA}${HANDLED}`),
  // Ganas en lo más alto de la escala, sin más: "ganas de 10", "antojo de diez ahorita".
  rule("es-ganas-top", C, "es", `(?<![^])(?:mis |las |el |unas )?(?:ganas|antojos?|cravings?|deseos?)(?: (?:de|en|a|al|nivel|como|ahorita|hoy|estan|esta|son|tengo))* ${TOP}${TOP_ALONE}${HANDLED}`),
  // Nada más en la cabeza: "solo pienso en tomar", "tengo el perico aquí y no puedo pensar en otra cosa".
  rule("es-solo-pienso", C, "es", `(?:solo|nomas|nada mas|puro) (?:pienso|estoy pensando|ando pensando) en (?:tomar|beber|usar|consumir|drogarme|ponerme|meterme|fumar|comprar|(?:la |el |una |un )?(?:${SUSTANCIA}))${HANDLED}`),
  rule("es-no-pienso-en-otra-cosa", C, "es", `(?:no puedo pensar en (?:otra cosa|nada mas)|no (?:dejo|paro) de pensar en (?:eso|ella|el)|es lo unico en (?:lo )?que (?:puedo )?pienso)${NOMBRADA}${HANDLED}|no (?:dejo|paro|puedo dejar) de pensar en (?:tomar|beber|usar|consumir|drogarme|(?:la |el |una |un )?(?:${SUSTANCIA}))${HANDLED}`),
  // "tengo unas ganas horribles de tomar", "muchas ganas de usar hoy".
  rule("es-ganas", C, "es", "(?<!\\b(?:cero|sin|nada de|ningunas|no tengo|no tenia|ni|pocas) )(?:unas |muchas |demasiadas |tantas |tremendas |bien |muy )?ganas (?:horribles |enormes |tremendas |muy fuertes |bien fuertes |fuertes |locas |insoportables )?de (?:tomar(?! (?:agua|cafe|te|jugo|refresco|leche|fotos|clases|un bano|aire|el sol|una siesta|mis medicinas|mi medicina)\\b)|beber(?! (?:agua|cafe|te|jugo|refresco|leche)\\b)|usar|consumir|drogarme|ponerme|meterme algo|fumar (?:mota|piedra|cristal|un porro)|comprar (?:una botella|algo|droga|mota|perico|cristal|chelas|cervezas|pisto)|echarme (?:un trago|unas|una|un)|recaer)" + `${HANDLED}`),
  rule("es-en-la-puerta", C, "es", `(?:afuera|enfrente|frente|en la puerta|estacionad[oa] (?:afuera|enfrente)) (?:de|del|de la) (?:la )?(?:licoreria|bar|cantina|vinateria|expendio|deposito|depo|casa de mi dealer|casa del dealer|donde venden|punto|tiendita de la esquina comprando)(?! (?:esperando a|para recoger|recogiendo|a recoger|por mi \\w+|por mis \\w+|por trabajo)\\b)${HANDLED}`),
  // La sustancia nombrada antes, a la vista o en la mano: "la tengo en la mano", "no le quito los ojos".
  rule("es-la-tengo", C, "es", `(?:(?:la|lo|las|los) (?:tengo|traigo|agarro|sostengo) (?:aqui )?(?:en la mano|en las manos|en mi mano|enfrente)|no (?:le|les) (?:quito|puedo quitar) los ojos|me esta (?:llamando|mirando|hablando))${NOMBRADA}${HANDLED}`),
  rule("es-vueltas-licoreria", C, "es", `(?:pase|pasando|he pasado|paso|di vueltas|dando vueltas) (?:por|frente a|enfrente de|afuera de) (?:la |el )?(?:licoreria|bar|cantina|vinateria|expendio|deposito|depo)(?: \\w+){0,3} (?:veces|otra vez|de nuevo)${HANDLED}|(?:numero|contacto|chat) (?:de|del) (?:mi )?(?:dealer|conecte|transa|el que me vendia|proveedor) (?:en la pantalla|abierto|en el cel)${HANDLED}`),
  rule("es-dealer", C, "es", `(?:me (?:escribio|hablo|marco|mando mensaje|mando un mensaje|busco|acaba de (?:escribir|hablar|marcar|mandar mensaje))|me esta (?:escribiendo|buscando|marcando)) (?:el|mi) (?:dealer|dealer de antes|que me vendia|que me vende|conecte|proveedor|transa|camello)${HANDLED}|(?:el|mi) (?:dealer|que me vendia|conecte|proveedor|transa) me (?:escribio|hablo|marco|mando|busco)${HANDLED}|(?:quiero|voy a|estoy por|tengo ganas de) (?:escribirle|hablarle|marcarle|contestarle) (?:a mi|al) (?:dealer|conecte|proveedor|transa)${HANDLED}`),
  // A craving told as loud, the worst, or one that cannot be held much longer: "the urge is so loud", "worst craving since i got clean",
  // "idk how much longer i can hold out tonight" (with a craving named beside it).
  rule("craving-loud", C, "en", `${CRAVINGS} (?:${BE} )?(?:so |really |super |too )?(?:loud|screaming|yelling)|${CRAVINGS} (?:wont|will not|doesnt|does not) (?:shut up|let up|quit|stop)|worst (?:craving|cravings|urge|urges) (?:since|ever|in (?:months|years|a long time))|(?:craving|urge) (?:is|was) (?:the )?worst (?:one )?(?:i(?:ve| have)? (?:had|felt)|since)${HANDLED}`),
  rule("cant-hold-out", C, "en", `(?:(?:(?:dont|do not|i dont) know|not sure|no idea) how (?:much )?(?:longer|long) (?:i can|i could|ill be able to|im gonna|im going to) (?:hold out|last|hang on|resist)|(?:cant|can not|cannot|wont be able to) (?:hold out|resist|fight it) (?:much )?(?:longer|any longer|anymore))(?:(?<=\\b(?:cravings?|urges?|the urge|drink|using|high)\\b[^]{0,160})|(?=[^]{0,120}\\b(?:cravings?|urges?|the urge)\\b))${HANDLED}`),
  // Las ganas dichas con fuerza o como las peores: "las ganas están durísimas", "un craving de los peores desde que entré".
  rule("es-ganas-fuertes", C, "es", `(?:las |mis |unas )?(?:ganas|antojos?|cravings?) (?:estan|andan|vienen|son|se ponen) (?:bien |muy |super |re )?(?:durisimas|duras|fuertisimas|fuertes|cabronas|horribles|insoportables|a todo|a mil|del carajo)|(?:craving|antojo) (?:bien |muy |super |re )?(?:fuerte|fuertisimo|cabron|horrible|durisimo)(?! de (?!(?:tomar|beber|usar|consumir|drogarme|fumar|meterme|ponerme)\\b))|(?:craving|antojo|ganas)(?: \\w+){0,3}? (?:de los peores|el peor|la peor|las peores) desde${HANDLED}`),
  rule("es-no-se-si-aguante", C, "es", `(?:no se (?:cuanto|hasta cuando) (?:mas |tiempo )?(?:voy a )?(?:aguantar|aguante|aguanto)|ya no (?:aguanto|voy a aguantar) mas)(?:${NOMBRADA}|(?=[^]{0,120}\\b(?:ganas|antojos?|cravings?)\\b))${HANDLED}`),
  // Pensando en ir por lo escondido o con el dealer: "ando pensando en ir a buscarla", "thinking about going to get the stash".
  rule("go-get-the-stash", C, "en", `(?:thinking|thought|keep thinking|been thinking) (?:about|of) (?:going|driving|walking|heading|running)(?: over| back| out)? (?:to|by) (?:my |the |an? )?(?:old )?${DEALER}s?(?: (?:house|place|spot|crib))?|(?:thinking|thought|keep thinking|been thinking) (?:about|of) (?:going |driving |walking |running |heading )?(?:over )?(?:to )?(?:get|grab|pick up|dig up|find|go get) (?:it|them|the (?:stash|bag|baggie|bottle|dope|pills))${NAMED}${HANDLED}`),
  rule("es-ir-por-lo-escondido", C, "es", `(?:pensando|pienso|me dan ganas|tengo ganas|quiero) (?:en |de )?(?:ir (?:a )?(?:buscarl[oa]s?|sacarl[oa]s?|recogerl[oa]s?|por (?:ella|el|ellas|ellos))|sacarl[oa]s?)${NOMBRADA}${HANDLED}|(?:pensando|pienso|me dan ganas|tengo ganas|quiero) (?:en |de )?(?:ir|pasar|caerle) (?:a la casa de|con|a ver a|al depa de) (?:mi )?(?:antiguo |viejo |ex )?(?:dealer|conecte|transa)${HANDLED}|(?:pensando|pienso|me dan ganas|tengo ganas|quiero) (?:en |de )?ir a (?:buscar|sacar|recoger) (?:el|la|las|los) (?:${SUSTANCIA}) (?:que )?(?:escondi|deje|guarde)${HANDLED}`),
];
