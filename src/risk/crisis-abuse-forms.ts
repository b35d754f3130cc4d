/**
 * Abuse told as what was done or threatened, without "hit me" or "abuse", English and Spanish
 * (the hotline's warning signs; child protection's reportable signs):
 *
 *   - locked in from outside, writing on a device the abuser does not know of;
 *   - a child struck with a belt or cord, with marks or an age: "whips my cousin with a cord,
 *     shes 8", "le pega a mi hermanito con el cinturón, tiene marcas";
 *   - a threat to break the participant's limbs: "said hell break my legs", "me rompe las piernas";
 *   - sex demanded for housing, or someone entering the room or bed while the participant sleeps;
 *   - breath stopped: a pillow or a hand over the face;
 *   - a child touched by an adult: "keeps touching my little sister, shes 10";
 *   - followed home day after day, with someone at the door.
 * A parent taking a phone for grades, a dog that follows, keys locked in name no aggressor and
 * no harm, and do not match.
 */
import { AGGRESSOR } from "./lexicon.ts";
import { rule, type RiskRule } from "./types.ts";

const SUBJECT = `(?:${AGGRESSOR}|hes|shes|my (?:\\w+ )?(?:moms|dads|aunts|uncles|sisters|grandmas) (?:boyfriend|girlfriend|husband|wife|man))`;
const YOUNG = "(?:little (?:brother|sister|cousin|niece|nephew|one|boy|girl)|brother|sister|cousin|son|daughter|kid|kids|nephew|niece|baby|stepson|stepdaughter)";
const NINO_ES = "(?:hermanit[oa]|herman[oa] (?:chiquit[oa]|menor)|hij[oa]|nin[oa]|sobrin[oa]|primit[oa]|prim[oa]|bebe|nene|nena|chiquit[oa]|hijastr[oa])";
const ADULTO_ES = "(?:padrastro|novio de mi (?:mama|tia|abuela)|esposo de mi (?:mama|tia|abuela)|tio|abuelo|vecino|primo|senor|hombre|pareja de mi mama|viejo de mi mama|papa|padre)";

export const ABUSE_FORM_RULES: RiskRule[] = [
  rule("locked-in-from-outside", "abuse", "en", `${SUBJECT} (?:\\w+ ){0,2}locked (?:me in|the (?:\\w+ )?(?:door|room|bedroom) from (?:the )?outside|me (?:in|inside) (?:the|my|his|her) \\w+)|(?:texting|writing|messaging) (?:you )?(?:from|on) (?:a|an|the|my|my old) \\w+ (?:he|she|they) (?:doesnt|does not|dont) know (?:about|i have)`),
  rule("child-struck-with-object", "abuse", "en", `(?:hits|hit|beats|beat|whips|whipped|whooped|whoops|beating|hitting|whipping) (?:my |his |her |their )?${YOUNG} (?:with|w) (?:a|the|his|her|an) (?:belt|cord|extension cord|wire|hanger|switch|paddle|shoe|buckle|stick)\\b[^]{0,80}?\\b(?:marks|welts|bruises|bleeding|bled|(?:hes|shes|he is|she is) (?:only )?\\d{1,2}\\b)`),
  rule("threat-to-break-limbs", "abuse", "en", "(?:said|says|told me|swore|threatened|threatens)\\b[^\\n]{0,40}?\\b(?:hell|he will|hes going to|hes gonna|shell|she will|shes going to|shes gonna|theyll|theyre gonna) (?:break|snap|smash) my (?:legs|arms|neck|jaw|fingers|hands|knees|face)(?![^\\n]*\\b(?:jk|just kidding)\\b)(?![^\\n]{0,40}\\b(?:fantasy|football|game|games|match|madden|2k|fifa|league|basketball|chess|cards|poker|court|field)\\b)"),
  rule("sex-for-housing", "abuse", "en", "(?:sleep with|have sex with|sex with) (?:him|her|them|me)? ?or (?:im|i get|ill be|ill get|get|i am) (?:evicted|kicked out|out on the street|out|homeless)|says (?:sex|sleep with him) or (?:double rent|rent|get out|evicted)|(?:came|comes|got|gets|climbed|climbs|snuck|sneaks) (?:in|into) my bed (?:while|when) i (?:was|m|am|was still) (?:asleep|sleeping)|(?:came|comes|coming|snuck|sneaks) (?:in|into) my room (?:while|when) i (?:was|m|am|was still) (?:asleep|sleeping)(?<=\\b(?:sex|sleep with|evict\\w*|rent|touch\\w*|naked|creep\\w*)\\b[^]{0,200})"),
  rule("smothered", "abuse", "en", `${SUBJECT} (?:\\w+ ){0,2}(?:held|holds|put|puts|pressed|presses|pushed|shoved) (?:a |the |his |her )?(?:pillow|hands?) (?:over|on|against|onto) my (?:face|mouth|nose|mouth and nose)`),
  rule("child-touched", "abuse", "en", `${SUBJECT} (?:\\w+ ){0,2}(?:keeps |kept |has been |is |s |was )?(?:touching|touched|touches|molesting|fondling) (?:my |his |her )?${YOUNG}\\b[^]{0,40}?\\b(?:(?:hes|shes|he is|she is|theyre) (?:only )?\\d{1,2}\\b|inappropriately|down there|private)`),
  rule("followed-to-the-door", "abuse", "en", "(?:some guy|a guy|a man|someone|somebody|this guy|my ex|he|she) (?:has |keeps |is |s |been |has been )?(?:followed|following|follows) me (?:home |from )\\b[^]{0,80}?\\b(?:every (?:day|night)|all week|this week|for (?:days|weeks))\\b[^]{0,80}?\\b(?:(?:at|outside|by) my (?:door|house|place|apartment|window)|knocked on my door|waiting (?:at|by|outside))"),
  // ---- Spanish ----
  rule("es-pega-al-nino-con", "abuse", "es", `(?:le|les) (?:pega|pego|da|dio|azota|azoto) (?:a (?:mi |mis |su )?${NINO_ES} )?con (?:el|la|un|una) (?:cinturon|cinto|cable|fajo|chancla|palo|cuarta|manguera)\\b[^]{0,80}?\\b(?:marcas|moretones|sangre|verdugones|tiene \\d{1,2})`),
  rule("es-amenaza-romper", "abuse", "es", "(?:dijo|dice|me amenazo|amenaza|me juro)\\b[^\\n]{0,40}?\\bme (?:rompe|va a romper|quiebra|va a quebrar|parte|va a partir) (?:las piernas|los brazos|el cuello|la cara|las manos|los dedos)"),
  rule("es-sexo-por-cuarto", "abuse", "es", "si no me acuesto con (?:el|ella) me (?:corre|saca|echa|corren|sacan)|(?:se metio|se mete) (?:a|en) mi cama (?:mientras|cuando) (?:dormia|duermo|estaba dormid[oa]|estoy dormid[oa])|(?:entro|entra|se metio|se mete) (?:a|en) mi (?:cuarto|recamara) (?:mientras|cuando) (?:dormia|duermo|estaba dormid[oa]|estoy dormid[oa])(?<=\\b(?:acuest\\w*|sexo|toc\\w*|renta|corre|saca|desnud\\w*)\\b[^]{0,200})"),
  rule("es-almohada-en-la-cara", "abuse", "es", "me (?:puso|pone|apreto|aprieta|tapo|tapa|aplasto) (?:la|una|su) (?:almohada|mano|cobija) (?:en|sobre|contra) (?:la|mi) (?:cara|boca|nariz)|me (?:tapo|tapa|apreto|aprieta) (?:la boca|la nariz|la cara|la boca y la nariz) con (?:la|una|su) (?:mano|almohada|cobija)(?=[^]{0,60}\\b(?:no (?:podia|puedo|pude) respirar|casi me (?:ahogo|ahoga|desmayo)|hasta que))"),
  rule("es-toca-al-nino", "abuse", "es", `(?:mi |el |un )?${ADULTO_ES} (?:\\w+ ){0,2}(?:toca|toco|tocaba|manosea|manoseo|manoseaba|abusa de|abuso de) a (?:mi |mis |la |el )?${NINO_ES}(?! (?:la|el|las|los|una|un|unas|unos) (?:guitarra|piano|musica|canciones?|puerta|timbre|turno|mananitas|violin|acordeon)\\b)`),
  rule("es-me-sigue-a-casa", "abuse", "es", "(?:un (?:tipo|hombre|senor|vato|wey|cuate)|alguien|mi ex|un carro) me (?:sigue|seguia|ha seguido|viene siguiendo) (?:desde|del|de la|hasta)\\b[^]{0,80}?\\b(?:todos los dias|todas las noches|cada dia|desde hace)\\b[^]{0,80}?\\b(?:mi puerta|afuera de mi|toco (?:mi|la) puerta|en mi casa|frente a mi casa)"),
];
