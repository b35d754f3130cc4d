/**
 * Harm to others told by the preparations and the fear, not by "kill" or "hurt", English and
 * Spanish (threat assessment: a target, a place, a weapon, a time; and the parent afraid of
 * what they might do to their own child):
 *
 *   - a list of grievances with someone at its top;
 *   - a blade on a person: "gonna slash him", "not his tires, him";
 *   - fire set with the person inside: "torch his truck with him in it";
 *   - a beating "until he doesnt get up";
 *   - a parent's fear of harming a child, or an act begun: "scared im going to shake my son",
 *     "need someone to come take him", "tengo miedo de lastimar a mi bebé";
 *   - an intrusive urge acted towards: "the urge to push her down the stairs and i stood right
 *     behind her"; "i dont trust myself around him";
 *   - Spanish blows announced with a weapon: "le voy a dar con el machete", "ya tengo el bat para
 *     cuando lo vea", "cuando se duerma le hago lo mismo".
 *   - a house set on fire with the person inside, or gasoline bought for it: "set his house on
 *     fire with him inside", "le voy a prender fuego a la casa con ella adentro";
 *   - going to someone's work or home with a weapon to settle a grievance: "going down to his
 *     job with a bat, hes done", "voy con el machete a su trabajo a arreglar esto", "le meto
 *     una puñalada, ya tengo la navaja".
 * A bonfire, a barbecue, old letters burned and a machete for clearing brush name no person,
 * and do not match.
 * (Lying in wait with a weapon is in crisis-revenge.ts.) A bat for a ball game, a guest list or prices slashed name no
 * menace, and do not match.
 */
import { rule, type RiskRule, unlessJoke } from "./types.ts";

const WHO = "(?:him|her|them|that (?:guy|dude|man|woman|bitch|mf|bastard|fool|punk)|(?:my|his|her) (?:\\w+ )?(?:ex|stepdad|stepfather|dad|father|mom|mother|boss|supervisor|landlord|roommate|neighbou?r|brother|sister|uncle|cousin|husband|wife|boyfriend|girlfriend|bf|gf|dealer|coworker|baby daddy|baby mama|man))";
/** Grievances that put a name on a list. */
const GRIEVANCE = "(?:humiliat\\w*|disrespect\\w*|wronged|did me (?:wrong|dirty)|screwed me|crossed me|snitched|betrayed|revenge|get even|played me)";
const CHILD = "(?:baby|babies|newborn|infant|son|daughter|kid|kids|toddler|little (?:one|boy|girl|guy)|boy|girl)";
const HIJO_ES = "(?:bebe|bebes|hij[oa]s?|nin[oa]s?|chiquit[oa]s?|nene|nena)";

/**
 * Care that a new parent fears getting wrong: nails, the bath, a diaper. It excuses only an
 * accident ("hurt", "squeeze"): shaking, smothering or hitting a child in the bath is no less
 * a fear of harming them.
 */
const NOT_CARE = "(?![^]{0,40}\\b(?:nails|bath|bathe|bathing|diaper|car seat|carrier|stairs|clumsy|holding (?:him|her))\\b)";

/** A movie, a show or a book being told: the act is a plot. */
const NOT_FICTION = "(?<!\\b(?:movie|film|show|episode|book|novel|series|netflix|season|scene|game|pelicula|serie|novela|capitulo|libro|juego)\\b[^]{0,120})(?![^]{0,80}\\b(?:movie|film|episode|netflix|pelicula|serie|novela|capitulo)\\b)";
/** Someone's home, car or business, what is set on fire. */
const BUILDING_EN = "(?:house|place|home|car|truck|trailer|apartment|apt|room|garage|camper|van|shop|store|building|crib)";
const INSIDE_EN = "(?:with|while) (?:him|her|them|hes|shes|theyre|he is|she is|they are|the kids|everyone|his family|her family|the family)(?: \\w+){0,2}? (?:in it|inside|in there|asleep|sleeping|still inside|home|in bed)";
const ARMS_EN = "(?:bat|baseball bat|machete|knife|gun|pistol|blade|hammer|pipe|crowbar|tire iron|axe|hatchet|strap|piece|glock|shotgun|rifle|box cutter|shank|9|nine)";
/** A grievance to settle, near a weapon carried to someone. */
const SETTLE_EN = "(?:hes done|shes done|theyre done|settle (?:this|it|things|the score)|handle (?:this|it|him|her|business)|teach (?:him|her|them)|(?:gonna|going to|will) learn|learn (?:today|tonight)|pay for (?:it|this|what)|make (?:him|her|them) pay|finish (?:this|it|him|her)|end (?:this|him|her)|once and for all|for what (?:he|she|they) did|disrespect\\w*|see how (?:tough|bad) (?:he|she)|(?:he|she) (?:had|has) it coming|deserves? it)";
const NOT_YARD_EN = "(?![^]{0,100}\\b(?:softball|baseball|game|practice|league|batting cage|yard|brush|weeds|trim|clear|camping|hunting|fishing|fix|repair|build|deck|fence|garden|kitchen|cook|lol|lmao|haha\\w*|jk)\\b)";
const ARMAS_ES = "(?:machete|cuchillo|navaja|pistola|cuete|fusca|escuadra|fierro|bat|bate|tubo|martillo|cadena|filero|punal|hacha|escopeta|rifle|arma)";
const AJUSTE_ES = "(?:su (?:casa|trabajo|chamba|jale|negocio|depa|canton|taller|tienda|cuarto)|la casa de|el trabajo de|arreglar (?:esto|las cosas|cuentas|esta|este asunto)|ajustar cuentas|muy (?:hombre|macho|valiente|chingon|salsa)|me las (?:paga|va a pagar|vas a pagar)|me la (?:paga|debe|hizo)|que aprenda|para que aprenda|ya (?:vera|veras)|va a ver|por (?:el|ella|ese|esa|ellos)|a ese|a esa|se (?:acabo|muere))";
const MONTE_ES = "(?![^]{0,100}\\b(?:monte|hierba|yerba|pasto|maleza|milpa|campo|cana|arbol|arboles|ramas?|coco|cocos|jardin|patio|lena|solar|terreno|limpiar|chapear|desmontar|podar|cortar (?:el|la|los|las) (?:pasto|hierba|ramas|lena)|cocinar|carne|pollo|pinata|beis|partido|jaja\\w*|jeje\\w*)\\b)";

export const HARM_INTENT_RULES: RiskRule[] = [
  rule("name-on-a-list", "harm_to_others", "en", `(?:have|got|made|wrote|theres|there is|keeping) (?:a|my) list\\b[^]{0,80}?\\b(?:first on it|number one|at the top|top of (?:it|the list)|first one)(?<=\\b${GRIEVANCE}\\b[^]{0,200})|(?:hes|shes|theyre|he is|she is|they are|youre|you are) (?:first|number one|at the top) on (?:my|the) list(?<=\\b${GRIEVANCE}\\b[^]{0,200})|${GRIEVANCE}\\b[^]{0,120}?\\b(?:a|my) list\\b[^]{0,60}?\\b(?:first|number one|at the top|top of it)`),
  unlessJoke(rule("blade-on-person", "harm_to_others", "en", `(?:gonna|going to|im|ill|i will|about to|want to|wanna) (?:slash|shank|knife|cut|gut|carve up) ${WHO}(?! (?:off|out|loose|some slack|a check|a deal|in line|short|down to size|back|in on)\\b)(?![^\\n]{0,30}\\b(?:hair|bangs|lawn|grass|check|slack|deal|line|traffic)\\b)|(?:slash|cut|stab) (?:him|her|them),? not (?:his|her|their) (?:tires|car|truck)`)),
  rule("fire-with-them-inside", "harm_to_others", "en", "(?:torch|torching|burn|burning|set fire to|light|lighting) (?:up )?(?:his|her|their|my \\w+s?) (?:\\w+ )?(?:car|truck|house|place|trailer|apartment|apt|garage|shed|camper|room|van)(?: on fire)? (?:with|while) (?:him|her|them|hes|shes|theyre|he is|she is) (?:\\w+ ){0,3}(?:in it|inside|in there|asleep|sleeping)"),
  unlessJoke(rule("till-they-dont-get-up", "harm_to_others", "en", `(?:beat|beating|stomp|stomping|hit|hitting|kick|kicking|choke|choking|pound|pounding) ${WHO} (?:\\w+ ){0,3}(?:until|till|til|untill) (?:he|she|they) (?:doesnt|dont|does not|cant|wont|stops|stop) (?:get up|getting up|move|moving|breathe|breathing|wake up)`)),
  // A parent afraid of harming a child, or an act begun on one.
  rule("fear-of-harming-child", "harm_to_others", "en", `(?:scared|afraid|terrified|worried) (?:im|i am|ill|i will|i might|that i|of what i)(?: \\w+){0,3} (?:(?:hurt|squeeze) (?:my|the|our) ${CHILD}${NOT_CARE}|(?:shake|hit|smother|throw|choke|slap|snap and hurt) (?:my|the|our) ${CHILD})|(?:almost|nearly|came close to|came so close to) (?:shook|shaking|shake|threw|throwing|smothered|smothering|hit|hitting|choked|slammed) (?:my|the|our) ${CHILD}|(?:hands?|fingers) (?:on|around) (?:my|the|our) (?:little )?(?:babys|sons|daughters|kids|toddlers|boys|girls) (?:neck|throat|face)|(?:grabbed|shook|squeezed) (?:her|him|my ${CHILD}) too hard\\b[^]{0,40}?\\b(?:wanted to keep|couldnt stop|kept going)|(?:need|needs) (?:someone|somebody|you|someone to come|somebody to come)(?: to)?(?: come)? (?:take|get|watch) (?:him|her|them|the baby|my ${CHILD})(?<=\\b(?:scared|afraid|hurt|shake|shook|hit|squeez\\w*|snap|lose it|lost it|grabbed|throw|threw)\\b[^]{0,160})`),
  rule("urge-acted-toward", "harm_to_others", "en", "(?:urges?|thoughts?|picturing|imagining|keep (?:picturing|imagining|thinking about)) (?:to |of |about )?(?:push|pushing|shove|shoving|throw|throwing|drown|drowning|stab|stabbing|smother|smothering) (?:my |her |him |them )?(?:\\w+ )?(?:down|into|off|under|in front of|out of|with)?\\b[^]{0,100}?\\b(?:stood|was standing|walked (?:him|her|them)|had my hands?|got the knife|right behind (?:him|her|them))|(?:dont|do not|cant|can not) trust myself (?:around|with|near|alone with) (?:him|her|them|my (?:\\w+ )?(?:mom|dad|mother|father|baby|son|daughter|kids?|wife|husband|partner|brother|sister|grandma|toddler)|the (?:baby|kids))(?=$| (?:right now|anymore|tonight|today|alone|when|if|after|because|bc|cuz|rn|now)\\b)"),
  // Fire set with the person inside, or fuel bought for it.
  unlessJoke(rule("arson-with-them-inside", "harm_to_others", "en", `(?:set|setting|light|lighting|burn|burning|torch|torching|firebomb|firebombing|douse|dousing) (?:down |up )?(?:his|her|their|that \\w+s|my \\w+s) (?:\\w+ )?${BUILDING_EN}(?: (?:on fire|ablaze|up|down|alight))?(?: \\w+)? ${INSIDE_EN}|(?:his|her|their) ${BUILDING_EN} (?:is |s )?(?:going up|gonna go up|going to go up|gonna burn|going to burn|will burn|burns)\\b[^\\n]{0,20}? with (?:him|her|them) (?:in it|inside|in there)|(?:set|light|lighting|setting) (?:him|her|them) (?:on fire|ablaze|alight)|burn (?:him|her|them) alive|(?:bought|got|have|filled|grabbed|picked up) (?:a |the |some |my |two |2 )?(?:gas(?:oline)?|gas cans?|can of gas|lighter fluid|kerosene)\\b[^]{0,80}?\\b(?:burn|torch|light|set fire to|set)(?: up| down)? (?:him|her|them|his|their|that \\w+s)\\b${NOT_FICTION}`)),
  // Going to someone's work or home with a weapon, to settle a grievance.
  unlessJoke(rule("armed-to-their-door", "harm_to_others", "en", `(?:(?:going|goin|gonna go|gunna go|headed|heading|driving|about to go|finna go|going back|go|pulling up|pull up|showing up|show up) (?:down |over |back |up |out )?(?:to (?:his|her|their|that \\w+s|my \\w+s) (?:job|work|house|place|apartment|apt|shop|store|office|door|crib|spot|trailer|school)|(?:over |down |up |out )?there|to see (?:him|her|them))(?: \\w+){0,2} (?:with|w) (?:a|my|the|this|his|that) ${ARMS_EN}|(?:grabbing|grab|got|getting|taking|bringing|loading|load|packing) (?:a|my|the) ${ARMS_EN}\\b[^\\n]{0,20}? (?:and|n) (?:going|goin|heading|headed|driving|go|im going|pulling up)(?: down| over| back| up)? (?:there|to (?:his|her|their|that \\w+s|my \\w+s) \\w+|after (?:him|her|them)))(?=[^]{0,100}\\b${SETTLE_EN}\\b)${NOT_YARD_EN}${NOT_FICTION}`)),
  // ---- Spanish ----
  unlessJoke(rule("es-le-doy-con", "harm_to_others", "es", "(?:le|les) (?:voy a dar|vamos a dar|doy|damos|voy a meter|meto|voy a caer|caigo) (?:con|un|una) (?:el |la |un |una )?(?:machete|machetazo|tubo|tubazo|bat|bate|batazo|fierro|cuchillo|pistola|martillo|piedra|palo|navaja|cadena)(?! (?:a la|al) (?:hierba|yerba|pasto|maleza|monte|arbol|rama|coco|tronco|pinata|pelota)\\b)")),
  rule("es-ya-tengo-el-arma", "harm_to_others", "es", "ya (?:tengo|traigo|cargo|llevo|agarre) (?:el|la|un|una|mi) (?:bat|bate|machete|cuchillo|pistola|fierro|navaja|cuete|tubo)\\b[^]{0,60}?\\b(?:para cuando (?:lo|la|los) vea|para cuando (?:salga|llegue|aparezca|se duerma)(?![^]{0,40}\\b(?:jugar|juego|partido|beis\\w*|practica|pinata|entrenar|liga)\\b)|pa cuando (?:lo|la) vea|para (?:ese|esa) (?:wey|guey|vato|tipo|cabron|culero|vieja)|para ir por (?:el|ella)|para (?:el|ella)$|cuando se duerma|le hago)|cuando (?:se duerma|se quede dormid[oa]|llegue|salga|lo vea|la vea) (?:le|les) (?:hago|voy a hacer) lo mismo"),
  rule("es-miedo-de-lastimar", "harm_to_others", "es", `(?:miedo|panico) (?:de )?(?:(?:lastimar|hacerle dano) a (?:mi|mis) ${HIJO_ES}(?![^]{0,40}\\b(?:unas|bano|banarl\\w*|panal|cargarl\\w*|vestirl\\w*|cortarle|corto|la silla|el carro)\\b)|(?:sacudir|golpear|ahogar|aventar|pegarle) a (?:mi|mis) ${HIJO_ES})|casi (?:la|lo) (?:avente|sacudi|ahogue|golpee|azote|tire) contra|(?:que alguien|alguien) (?:venga|se la lleve|se lo lleve) (?:por (?:ella|el|mi bebe|mi hij[oa])|a mi bebe)(?<=\\b(?:miedo|lastimar|sacudir|avente|sacudi|golpee|ahogue)\\b[^]{0,160})`),
  unlessJoke(rule("es-prenderle-fuego", "harm_to_others", "es", `(?:prender(?:le|les)?|echarle|echarles|meterle|meterles|pegarle|pegarles|(?:le|les) (?:voy a |vamos a )?(?:prendo|prender|echo|echar|meto|meter|pego|pegar)) (?:fuego|lumbre|candela)(?: a (?:la|su|el) (?:casa|carro|troca|cuarto|depa|departamento|traila|casita|negocio|tienda|puerta)(?: de \\w+)?)?\\b[^\\n]{0,30}?\\b(?:con (?:el|ella|ellos|ellas|todos|la familia|los ninos|toda la familia) (?:adentro|dentro)|mientras (?:duerme|duermen|esta dormid[oa]|estan dormid[oa]s|esta adentro|estan adentro))|(?:quemar(?:le|les)?|(?:le|les) (?:voy a |vamos a )?(?:quemo|quemar)) (?:la casa|el carro|el cuarto|el depa|el departamento|la troca|la traila|el negocio|la tienda)\\b[^\\n]{0,30}?\\b(?:mientras (?:duerme|duermen|esta dormid[oa]|estan dormid[oa]s|esta adentro)|con (?:el|ella|ellos) (?:adentro|dentro))|(?:compre|consegui|traigo|tengo|ya tengo|llene|cargue) (?:la |el |un |una |unos |mi )?(?:gasolina|galon de gasolina|bidon|garrafa|petroleo|tiner|thinner)\\b[^]{0,80}?\\b(?:(?:le|les) (?:voy a )?quemo|quemarle|quemarles|(?:le|les) (?:voy a )?(?:prendo|prender) fuego|prenderle fuego|quemarl[oa]s?|echarle (?:fuego|lumbre)|quemar(?:le)? (?:la|el|su) (?:casa|carro|troca|depa|traila))${NOT_FICTION}`)),
  unlessJoke(rule("es-voy-armado", "harm_to_others", "es", `(?:(?:voy|vamos|me voy|ire|voy a ir|vamos a ir|me lanzo|le caigo|llego|voy a llegar|ando|me dejo ir)(?: \\w+){0,4}? con (?:el|la|mi|un|una) ${ARMAS_ES}|(?:agarro|agarre|voy a agarrar|tomo|saco|cargo|llevo|me llevo) (?:el|la|mi|un|una) ${ARMAS_ES}\\b[^\\n]{0,20}?\\b(?:y )?(?:me voy|voy|vamos|le caigo|me lanzo))(?=[^]{0,100}\\b${AJUSTE_ES}\\b)${MONTE_ES}${NOT_FICTION}`)),
  unlessJoke(rule("es-le-meto-una-punalada", "harm_to_others", "es", `(?:le|les) (?:meto|voy a meter|vamos a meter|doy|voy a dar|dejo ir|pego|voy a pegar|clavo|voy a clavar|meteria|dejo caer) (?:un|una|unos|unas|sus|dos|tres|varios|varias) (?:punaladas?|navajazos?|cuchilladas?|cuchillazos?|balazos?|plomazos?|machetazos?|filerazos?|puntazos?|fierrazos?|batazos?|tubazos?)${NOT_FICTION}`)),
];
