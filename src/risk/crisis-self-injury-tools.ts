/**
 * Self-injury told through the tool, the cover story or the moment before, English and Spanish
 * (forms of non-suicidal self-injury that name no cut and no purpose word the other rules need):
 *
 *   - "the thing" again with a blade: "did it again with the razor, deeper this time";
 *   - a cover story denied: "i say its the cat. its not the cat";
 *   - a heated object or ice and salt held to the skin: "heated a spoon and held it on my leg";
 *   - a blade in hand, about to start: "box cutter out, sitting in the tub, havent started",
 *     "tengo la navaja en la mano y ya me hice unas líneas";
 *   - a tool against one's own body with a reason of self-hatred: "hit my legs with a hammer
 *     because i hate myself", "me di con el martillo porque no sirvo";
 *   - skin rubbed off, a head struck with no stopping: "me estoy pegando la cabeza contra la
 *     pared y no puedo parar".
 * A thumb hit hanging a picture, a spoon heated for honey or the cat that did scratch name no
 * denial, no reason and no own skin, and do not match.
 */
import { BODY_PART, PARTE_CUERPO } from "./lexicon.ts";
import { rule, type RiskRule, unlessHistory } from "./types.ts";

const BLADE = "(?:blade|blades|razor|razors|box cutter|boxcutter|exacto|x acto|sharpener blade)";
const NAVAJA = "(?:navaja|rastrillo|gillette|cuchilla|hoja de afeitar|cutter|exacto)";
/** Self-hatred or a wish to feel: the reason a blow to oneself is self-harm. */
const HATE_EN = "(?:(?:because|bc|cuz|cause|since|so) i (?:hate myself|deserve (?:it|this)|am worthless|m worthless|cant feel)|i hate myself|to (?:make|feel)\\b[^\\n]{0,30}\\b(?:stop|something|anything|real)|to punish (?:myself|me))";
const ODIO_ES = "(?:(?:porque|xq|x q|pq|por que) (?:me odio|no sirvo|me lo merezco|no valgo)|me odio|no sirvo para nada|para (?:sentir algo|castigarme|no sentir))";
const HOT_TOOL = "(?:spoon|knife|butter knife|key|coin|nail|needle|paperclip|paper clip|fork|lighter|wire|screw|bobby pin)";
const HOT_ES = "(?:cuchara|cuchillo|llave|moneda|clavo|aguja|clip|tenedor|encendedor|alambre|pasador)";

export const SELF_INJURY_TOOL_RULES: RiskRule[] = [
  rule("did-it-again-blade", "self_harm", "en", `(?:did|done|doing) (?:it|the thing|that|this) again\\b[^]{0,80}?\\b(?:${BLADE}|deeper|went deep)\\b(?![^]{0,60}\\b(?:shav\\w*|beard|haircut|hair|boxes|cardboard)\\b)|\\b${BLADE}\\b[^]{0,60}?\\b(?:went deeper|deeper (?:than (?:usual|before|last time)|this time))`),
  rule("cover-story-denied", "self_harm", "en", "(?:(?:its|it is|it was|they are|theyre|they were|those are|those r) not (?:a |the |my |from (?:a |the |my )?)?(?:cat|cats|dog|kitten|puppy|rose ?bush\\w*|thorns?|accident)|(?:we|i) (?:dont|do not|never) (?:have|had|own) (?:a |any )?(?:cat|cats|dog|kitten|puppy|rose ?bush\\w*)|(?:the |my )?(?:cat|dog) (?:didnt|did not) do (?:it|that|this|them)|(?:cuts|marks|scratches|burns|scars|bruises) (?:are|were|r|came) from (?:my|the|a|our) (?:cat|dog|kitten|puppy|rose ?bush\\w*|\\w+)\\b[^]{0,30}?\\b(?:theyre|they are|they were|its|it is|it was|they r) not\\b)(?<=\\b(?:tell|told|say|said|telling|saying|think|thinks|thought|believe|believes)\\b[^]{0,120})"),
  unlessHistory(rule("heated-object-on-skin", "self_harm", "en", `(?:held|hold|holding|pressed|pressing|put|putting) (?:a|the|my) (?:hot|heated|red hot|burning) ${HOT_TOOL} (?:on|to|against|into) my (?:${BODY_PART}|hip|hips)|(?:heated|heat|heating|heated up|warmed) (?:up )?(?:a|the|my|some) (?:\\w+ )?${HOT_TOOL}\\b[^]{0,60}?\\b(?:held|hold|holding|pressed|press|pressing|put|putting|stuck) (?:it|the \\w+) (?:on|to|against|into) my (?:${BODY_PART}|hip|hips)|(?:ice|salt) (?:and|with|n|\\+) (?:salt|ice)\\b[^]{0,60}?\\b(?:skin|${BODY_PART}|burn|burns|burning)`)),
  rule("blade-in-hand", "self_harm", "en", `(?:${BLADE} (?:is )?in my hand|(?:got|have|holding|took) (?:the|a|my) ${BLADE} (?:out|in my hand))\\b[^]{0,100}?\\b(?:havent (?:started|cut|done it)|not yet|about to (?:start|cut|do it)|in the (?:tub|bathtub)|bathroom floor|sitting in the tub)(?![^]{0,60}\\b(?:boxes|cardboard|carpet|drywall|packages?|amazon|warehouse|shift|craft\\w*|project|opening)\\b)`),
  unlessHistory(rule("tool-on-self-hate", "self_harm", "en", `(?:hit|hitting|smashed|smashing|beat|beating|bashed|bashing|whacked|whacking|slammed) (?:my (?:own )?(?:${BODY_PART}|knees?|fingers?|feet|foot)|myself) (?:with|w) (?:a|the|my) (?:hammer|belt|bat|rock|brick|pipe|stick|book|shoe)\\b(?![^\\n]{0,30}\\b(?:building|hanging|fixing|nailing|putting up|working on|by accident|accidentally)\\b)[^]{0,60}?\\b${HATE_EN}(?! for (?:not|forgetting|being|doing|eating|missing)\\b)(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*)\\b)|(?:rubbed|rubbing|scrubbed|scrubbing) (?:an |the |a )?(?:eraser|sandpaper|steel wool)\\b[^]{0,30}?\\b(?:on|into|against|over) my (?:${BODY_PART})\\b[^]{0,40}?\\b(?:until|till|til|to)\\b[^\\n]{0,20}\\b(?:skin|bled|bleeding|raw|came off)`)),
  rule("head-cant-stop", "self_harm", "en", "(?:keep|kept|keeps|been|cant stop) (?:slamming|banging|hitting|smashing|bashing) my head (?:on|against|into) (?:the |my )?\\w+\\b[^\\n]{0,30}?\\b(?:and (?:i )?(?:cant|can not|cannot) stop|over and over)"),
  // ---- Spanish ----
  rule("es-navaja-en-mano", "self_harm", "es", `(?:tengo|agarre|saque|traigo) (?:la|el|una|un|mi) ${NAVAJA} (?:en la mano|afuera|lista)\\b[^]{0,80}?\\b(?:ya me hice|me hice|me voy a|voy a empezar|todavia no|aun no|en la tina|en el bano)|ya me hice (?:unas|unos|dos|tres|\\d+) (?:lineas|cortes|rayas)(?<=\\b${NAVAJA}\\b[^]{0,120})|me hice (?:unas|unos|dos|tres|\\d+) (?:lineas|cortes|rayas) en (?:${PARTE_CUERPO}|el muslo|los muslos)`),
  rule("es-cabeza-sin-parar", "self_harm", "es", "me (?:estoy|estaba|sigo|he estado) (?:pegando|golpeando|dando) (?:de cabezazos |con )?(?:la cabeza )?(?:contra|en) (?:la pared|el piso|la puerta|el suelo|el espejo)\\b[^\\n]{0,30}?\\b(?:no (?:me )?puedo (?:parar|detener|dejar)|sin parar|no paro)"),
  unlessHistory(rule("es-herramienta-odio", "self_harm", "es", `me (?:di|doy|pegue|pego|golpee|golpeo|daba|pegaba) (?:con|de) (?:el|un|una|la|mi) (?:martillo|cinturon|cinto|piedra|palo|fierro|tubo|libro)\\b[^]{0,60}?\\b${ODIO_ES}`)),
  unlessHistory(rule("es-calor-o-hielo-en-piel", "self_harm", "es", `(?:calente|caliente|calento) (?:un|una|el|la|mi) ${HOT_ES}\\b[^]{0,60}?\\b(?:me (?:lo|la) (?:puse|pegue|pase|apreté|apriete)|me queme) (?:en )?(?:${PARTE_CUERPO}|el brazo|la pierna|la mano)?|me (?:queme|quemo|quemaba|quemado) con (?:un|una|el|la|mi) (?:${HOT_ES}|cigarro|cerillo|plancha) (?:calient\\w* )?(?:en )?(?:${PARTE_CUERPO}|el brazo|la pierna|la mano)\\b[^]{0,40}?\\b(?:para sentir|a proposito|adrede|porque me (?:odio|lo merezco)|para castigarme|otra vez)|(?:hielo (?:con|y) sal|sal (?:con|y) hielo)\\b[^]{0,60}?\\b(?:piel|brazo|pierna|mano|quem\\w*|arde|ardor)`)),
];
