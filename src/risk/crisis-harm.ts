/**
 * Self-harm and danger to others, English and Spanish.
 *
 * Self-harm phrases collide with accidents ("I cut myself shaving") and grooming
 * ("cortarme el pelo"); those are carved out only when the accident/grooming words follow
 * directly. Any intent form ("want to hurt myself", "keep cutting myself") is always crisis.
 * Threats against someone close told laughing, with nothing serious, are annoyance
 * (unlessJoke, joke-frame.ts): "im gonna kill my roommate if he leaves dishes again haha".
 */
import { EVERYDAY_TASK, INJURY_PURPOSE, INTENT, PERSON, SELF, THING_THAT_KILLS } from "./lexicon.ts";
import { NO_JUEGO } from "./crisis-violent-acts.ts";
import { rule, type RiskRule, unlessHistory, unlessJoke } from "./types.ts";

/** Words right after "hurt/cut myself" that describe an accident, not self-harm. */
const ACCIDENT =
  "(?! (?:some slack|slack|a break|a deal|off|out of|loose|short|shaving|cooking|chopping|cutting (?:veggies|vegetables|onions)|by accident|accidentally|at (?:the gym|work|practice|the game)|playing|lifting|running|working out|at work|on (?:a|the|some|my) \\w+|with (?:a|the) (?:can|paper|lid|knife while)|while|when i fell|falling|skiing|hiking|moving|exercising|at the gym|in the kitchen|in the garden|gardening)\\b)";

/** Grooming / kitchen objects after Spanish "cortar(me)": haircut, nails, a finger in the kitchen. */
const ES_GROOMING =
  "(?! (?:(?:poquito|poquitito|tantito|un poquito|un poco|feo|bien feo|sin querer) )?(?:el |los |las |la |mi |mis |un |unas |unos |un poco )?(?:pelo|cabello|flequillo|fleco|barba|bigote|unas|puntas|pelito|melena|dedo|dedos|mano|pie|pies|patillas)\\b| (?:con|cocinando|pelando|picando|afeitando|afeitarme|afeitandome|rasurando|rasurarme|rasurandome|depilandome|sin querer|por accidente|en la cocina)\\b)";

/** Hair and nails after "me voy a cortar": a haircut, never a kitchen or a blade ("me voy a cortar con la navaja" stays). */
const ES_HAIR = "(?! (?:el |los |las |la |mi |mis |un poco |bien corto )?(?:pelo|cabello|flequillo|fleco|barba|bigote|unas|puntas|pelito|melena|patillas)\\b)";

/**
 * An everyday task right after the injury, in a text with no word of intent or of doing it
 * again: "me corté el dedo pelando papas", "me corté la mano con un vidrio lavando trastes".
 */
const ES_ACCIDENT = "(?!(?: [a-z]+){0,6} (?:pelando|picando|cocinando|lavando|limpiando|recogiendo|levantando|abriendo|trabajando|jugando|rasurandome|afeitandome|depilandome|sin querer|por accidente)\\b(?![^]{0,160}\\b(?:a proposito|adrede|para sentir|para castigarme|para calmarme|para desahogarme|otra vez|de nuevo|segui|sigo|seguia|volvi a|quiero|ganas de)\\b))";

/**
 * An everyday task in the same clause, with no word of purpose or repetition in the text: "bit
 * my tongue so hard it bled eating cereal", "cut my thumb chopping onions so hard it bled".
 */
/**
 * A burn or cut "again" from the stove, a pan or the food itself is a clumsy cook, not a
 * habit of hurting oneself: "me quemé la mano con el sartén otra vez". Placed before the
 * "otra vez" of es-lesion-proposito; a lighter, a cigarette or a blade named keeps it firing.
 */
const KITCHEN_NOT_BEFORE =
  "(?<!\\b(?:sarten|comal|estufa|horno|plancha|aceite|olla|freidora|parrilla|asador|vapor|agua hirviendo|cocina|cocinando|arroz|comida|frijoles|tortillas?|cafe)\\b[^\\n]{0,40})";

/** A skin condition that itches ("eczema, scratched it raw in my sleep"): scratching there is the illness, not an injury. */
const SKIN_ILL = "(?:itch|itchy|itching|itches|rash|eczema|psoriasis|poison (?:ivy|oak)|hives|bug bites?|mosquito bites?|chicken ?pox|dermatitis|in my sleep|derm|dermatologist|cream|ointment)";
const NOT_ITCH = `(?!(?<=\\b(?:scratched|scratching|picked|picking))(?:(?<=\\b${SKIN_ILL}\\b[^]{0,80}\\w+)|[^]{0,100}\\b${SKIN_ILL}\\b))`;
const EN_ACCIDENT = `(?![^\\n]{0,60}\\b${EVERYDAY_TASK}\\b(?![^]{0,120}\\b${INJURY_PURPOSE}\\b)(?<![^]{0,160}\\b${INJURY_PURPOSE}\\b[^]{0,60}))`;

/**
 * "gonna kill him at bowling": beating someone at a game, in the same clause, with no weapon
 * anywhere in the text.
 */
const GAME = "(?:bowling|cards|poker|spades|euchre|rummy|uno|trivia|chess|checkers|pool|billiards|darts|golf|mini golf|tennis|pickleball|ping pong|cornhole|horseshoes|bingo|dominoes|scrabble|monopoly|mario kart|madden|fifa|2k|fortnite|video games|game night|the game|basketball|hoops|softball|volleyball|racquetball|karaoke|the rematch|board games|jeopardy|wordle)";
const AT_A_GAME = `(?!(?=[^\\n]{0,40}\\b(?:at|in|on) ${GAME}\\b)(?![^]*\\b(?:gun|knife|piece|strap|blade|pistol|glock)\\b))`;

/** Object after "kill/hurt him" that makes it an idiom ("kill him with kindness"). */
const HARM_IDIOM = `(?! (?:with kindness|feelings|feeling|a text|a message|an email|a msg|a dm|a note|a line|a call)\\b)(?![^\\n]{0,60}\\b(?:lol jk|jk|just kidding|lmao jk|haha jk)\\b)${AT_A_GAME}`;

/** People close to the participant, who intrusive thoughts are about. */
const KIN = "baby|babies|newborn|infant|son|daughter|kids?|children|child|toddler|little one|wife|husband|partner|mom|dad|girlfriend|boyfriend|family";

/** Thinking or picturing, the lead of an act imagined against someone. */
const PICTURING = "(?:thoughts|thinking|intrusive thoughts|images|urges?|picturing|imagining|fantasi[sz]ing|daydreaming|cant stop thinking|keep thinking|keep picturing|keep imagining|keep seeing myself)(?: (?:of|about))?";
/** Anyone, close or not, as the target of an act imagined. */
const ANYONE_EN = "(?:him|her|them|(?:my|his|her) (?:\\w+ )?(?:boss|supervisor|manager|stepdad|stepfather|stepmom|landlord|roommate|neighbou?r|ex|coworker|uncle|cousin|brother|sister|dad|father|mom|mother|husband|wife|partner|boyfriend|girlfriend|bf|gf|sponsor|dealer|pimp|teacher|counselor|po)|(?:that|this|the) (?:guy|dude|man|woman|bitch|bastard|mf|asshole|kid|girl|cop|lady))";
/** Whose body: a third person's. */
const WHOSE_EN = "(?:his|her|their|(?:my|his|her) (?:\\w+ )?(?:bosss|stepdads|stepfathers|moms|dads|mothers|fathers|exs|wifes|husbands|roommates|neighbou?rs|uncles|brothers|sisters|boyfriends|girlfriends|partners))";

/** Intent words for harming others; narrower than INTENT ("I keep hurting my family" is guilt). */
const OTHER_INTENT =
  "(?:want to|wanna|wana|going to|gonna|gunna|about to|planning to|plan to|thinking about|thinking of|urge to|urges to|feel like|ill|i will|might|could|afraid ill|scared ill|ready to|tempted to)";

export const SELF_HARM_RULES: RiskRule[] = [
  unlessHistory(rule("self-harm-word", "self_harm", "en", "self ?harm(?:ing|ed|s)?|selfharm[a-z]*|self ?injur[a-z]*|self mutilat[a-z]*|sh urges|urges? to (?:cut|self harm|sh|burn)(?![^\\n]*\\n?[^\\n]*\\b(?:but|and|pero) (?:i |yo )?(?:didnt|did not|resisted|held off|no lo hice|called|reached out|used my|went)\\b)")),
  // Intent: always crisis, whatever follows.
  rule("intent-hurt-myself", "self_harm", "en", `${INTENT} (?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|starve|starving|scratch|scratching|hit|hitting|bleed|bleeding) ${SELF}`),
  // Bare mentions, minus accidents that are named right after.
  unlessHistory(rule("hurt-myself", "self_harm", "en", `(?:hurt|hurting|harm|harming|harmed|burn|burning|burned|burnt|cut|cutting|cuts|cutted|cuting|punch|punching|hit|hitting|scratch|scratching|bang|banging|starve|starving|starved) ${SELF}${ACCIDENT}`)),
  unlessHistory(rule("cutting-again", "self_harm", "en", "(?:started|start|been|am|im|was) cutting again|relapsed on (?:cutting|self harm|sh)|cuts on my (?:arms?|wrists?|legs?|thighs?|stomach)|(?:cut|cutting|slice|slicing|carve|carving) (?:my )?(?:wrists?|arms?|legs?|thighs?|skin|stomach|belly|hips?|forearms?)(?! (?:on|shaving|by accident|accidentally|while)\\b)|(?:razor|blade) to my (?:skin|arm|wrist|leg)")),
  // Injury with a self-harm purpose or extent: "to feel something", "till it bled", a body part, "again".
  rule("injury-purpose", "self_harm", "en", `(?:cut|cutting|burned|burnt|burning|scratched|scratching|scraped|scraping|gouged|slashed|carved|carving|sliced|hit|hitting|punched|punching|banged|banging|bit|biting|stabbed|picked|picking|hurt)${NOT_ITCH}${EN_ACCIDENT}(?: \\w+){0,6} (?:to feel (?:something|anything|better|real|alive)|(?:bc|because|since|cause|cuz) i (?:couldnt|cant|could not) feel|(?:til|till|until) (?:it|they|i|my \\w+) (?:bled|bleed|bleeds|bruised|was bleeding|were bleeding|broke)|on purpose|raw|so hard it bled)|(?:punch|punching|punched|hit|hitting|bang|banging|banged|slam|slamming|slammed) (?:my (?:head|fist|fists) (?:against|into|on) )?(?:the |a )?walls?(?: (?:with my (?:head|fists?)|(?:til|till|until)|so hard))|(?:burned|burnt|burning|cut|cutting|scratched|scratching|carved|carving) (?:into |in |up )?(?:my )?(?:arms?|legs?|wrists?|thighs?|skin|stomach|hands?|hips?) (?:with|w) (?:a |my |the )?(?:lighter|cigarette|cig|razor|blade|knife|nails|scissors|glass|pen|lid)`),

  rule("cut-again", "self_harm", "en", "(?:cut|sliced|slashed) (?:too |really |so |way )?deep(?:er)?(?! (?:into|in) (?:the|my|our) (?:budget|wood|onion|savings|hours)\\b)|(?:i|ive|i have|been|started|start|i just|and) (?:cut|cutting|burned|burning|scratched) again(?! (?:my hair|the)\\b)|(?:started|back to) (?:cutting|burning|scratching) (?:again|myself)" +
    // The habit named once and its return said after: "i used to cut, started again last night".
    "|(?:used to|use to|usta) (?:cut|burn|self harm|sh|hurt myself|scratch)\\b[^\\n]{0,20}\\n?[^\\n]{0,12}\\b(?:started|start|starting|doing it|did it|relapsed|been doing it)(?: it)? again"),
  // ---- Spanish ----
  rule("es-lesion-proposito", "self_harm", "es", `(?:tengo )?(?:las |mis )?(?:munecas|brazos|piernas|muslos) (?:cortad[oa]s|llen[oa]s de cortes|sangrando)|(?<!\\bse )me (?:volvi a (?:quemar|cortar|golpear|lastimar|pegar)|queme|quemo|corte|corto|rasgue|rasgo|raspe|rasguñe|rasgune|pegue|pego|golpee|golpeo|lastime|lastimo|mordi|muerdo|arañe|arane)${ES_ACCIDENT}(?: \\w+){0,6} (?:para sentir (?:algo|dolor|alivio|algo mas)|para (?:calmarme|desahogarme|castigarme|no sentir|olvidar)|con (?:el |un |una |la )?(?:cigarro|encendedor|navaja|cuchilla|gillette|vidrio)|hasta (?:que (?:me )?sangr[a-z]*|sangrar|sacarme sangre)|a proposito|adrede|${KITCHEN_NOT_BEFORE}(?:otra vez|de nuevo)|contra la pared)|me (?:rasgue|raspe|corte|queme) la piel|(?:con|w) (?:una |un |la |el )?(?:navaja|cuchilla|gillette|cigarro|encendedor|vidrio)(?: \\w+){0,2} (?:otra vez|de nuevo|para sentir|hasta sangrar)`),

  // Progressive forms: "me estoy rasguñando hasta sacarme sangre", "me estoy quemando con el encendedor".
  rule("es-lesion-progresiva", "self_harm", "es", "me (?:segui|sigo|seguia|he seguido) (?:cortando|quemando|lastimando|rasgunando)|(?:segui|sigo|seguia) (?:cortandome|quemandome|lastimandome|rasgunandome)|me estoy (?:cortando|quemando|rasgunando|rascando|rasgando|golpeando|lastimando|mordiendo|arañando|aranando)(?: \\w+){0,4} (?:hasta (?:sacarme )?(?:sangre|sangrar)|con (?:un |una |el |la )?(?:encendedor|cigarro|navaja|cuchilla|vidrio|gillette|cuchillo|tijeras)|y no (?:puedo|me puedo) (?:parar|dejar de)|otra vez|a proposito)"),
  unlessHistory(rule("es-cortarme", "self_harm", "es", `(?<!\\b(?:dias|semanas|meses|anos|tiempo|rato) sin )cortarme${ES_GROOMING}|cortandome${ES_GROOMING}|me (?:estoy cortando|he estado cortando|estuve cortando|estaba cortando|sigo cortando|corte|corto|cortaba|he cortado|volvi a cortar|he vuelto a cortar)${ES_GROOMING}|volvi a cortarme|(?:cortes|cortadas)(?: (?:nuevos|nuevas|frescos|frescas|recientes))? en (?:los |las |mis )?(?:brazos|munecas|piernas|muslos)`)),
  rule("es-hacerme-dano", "self_harm", "es",
    `hacerme dano|lastimarme|autolesion[a-z]*|autolastim[a-z]*|me autolesion[a-z]*|me (?:quiero|voy a) (?:lastimar|cortar${ES_HAIR}|hacer dano|quemar|golpear)|quemarme(?! (?:con el sol|al sol|la lengua|la mano|cocinando))|golpearme|me lastime(?=$| (?:a proposito|adrede|otra vez|de nuevo)\\b)|me hice dano(?! (?:en|jugando|corriendo|al|con)\\b)|me hago dano|me estoy haciendo dano`
  ),
];

/** Spanish threats to kill or beat someone; "partir la madre" is also a game's boast (NO_JUEGO). */
const ES_MATARLO =
  "(?:voy a|quiero|ganas de|pienso|pienso en|pensando en|he pensado en|tengo ganas de|lo voy a|la voy a|los voy a|voy a ir a) (?:matarl[oa]s?|matarte|matar (?:a|al|a la|a los|a las) (?:alguien|el|ella|ese|esa|mi \\w+|\\w+)|lastimarl[oa]s?|lastimar a (?:alguien|el|ella|mi \\w+)|hacerle dano a (?:alguien|el|ella|mi \\w+))|(?:lo|la|los|las|te) (?:voy a|quiero|pienso|van a) (?:matar|lastimar|apunalar|balear)|matar a alguien|hacerle dano a alguien|lastimar a alguien|(?:lo|la) mato$|(?:lo|la|los|las|le|les) (?:voy a|vamos a|quiero|pienso) (?:agarrar|dar|poner) a (?:golpes|madrazos|putazos|cuchilladas|balazos|tiros|patadas)|hasta matarl[oa]s?|(?:atropellar|aventarle el carro|echarle el carro|echarles el carro|aventarles el carro)(?:l[oa]s?)? a (?:la gente|todos|el|ella|mi \\w+|ese|esa|esos)|homicid[a-z]*|(?:darle|darles|meterle|pegarle) (?:un |unos )?(?:balazos?|tiros?|plomazos?|navajazos?|punaladas?|putazos?)|(?:le|les|lo|la) (?:voy a|vamos a|quiero) (?:romper|partir|madrear|golpear|picar|apunalar|balear|desfigurar|quebrar) (?:la cara|la madre|el hocico|la cabeza|todo)?|(?:romperle|partirle|quebrarle) (?:la cara|la madre|la cabeza|el hocico)|(?:voy a|quiero|ganas de|pienso|vamos a) (?:apunalar|balear|picar|acuchillar|disparar(?:le)?|matar|madrear|golpear) a (?:ese|esa|este|esta|mi|el|la|alguien|un|una|mis|los|las)\\b";

/**
 * Killing and beating in street slang, with the victim as a pronoun: "los vamos a quebrar hoy",
 * "quebrarlos", "lo voy a plomear", "a ese culero me lo voy a echar". A piñata, a glass, a record
 * or a class is what one breaks, and does not match ("tronar" a girlfriend is to break up with her).
 */
const MATAR_JERGA_ES = "(?:quebrar|escabechar|plomear|filerear|cocer a (?:balazos|tiros|punaladas))";
const NOT_OBJETO_ES = "(?![^]{0,100}\\b(?:pinata|vaso|plato|huevos?|record|banco|alcancia|ventana|vidrio|taza|botella|nuez|dieta|racha|negocio|empresa|examen|materia|clase|profe|maestr[oa]|escuela|partido|juego|final)\\b)(?<!\\b(?:pinata|vaso|plato|huevos?|record|banco|alcancia|ventana|vidrio|taza|botella|nuez|dieta|racha|negocio|empresa|examen|materia|clase|profe|maestr[oa]|escuela|partido|juego|final)\\b[^]{0,120})";
const PERSONA_ES = "(?:wey|weyes|guey|vato|vatos|cabron|cabrones|culero|culeros|pendejo|pendejos|ese|esa|esos|esas|padrastro|vecino|tipo|morro|bato|ruco|los de)";
const ES_JERGA =
  `(?:(?:lo|la|los|las) (?:voy a|vamos a|vo a|van a|quiero|queremos|pienso|pensamos|tengo que|tenemos que|hay que) ${MATAR_JERGA_ES}(?! (?:la|el|los|las|un|una|mi|su) \\w)` +
  `|(?:quebrar|plomear|filerear|escabechar)(?:me|nos|te)?l[oa]s?` +
  `|(?:me|nos) (?:lo|la|los|las) (?:voy a|vamos a|vo a) (?:echar|quebrar)(?=$| (?:hoy|esta noche|manana|al rato|ahorita|en cuanto|cuando)\\b)(?<=\\b${PERSONA_ES}\\b[^]{0,80})` +
  `|(?:echarme|echarnos)(?:l[oa]s?)? a (?:ese|esa|esos|este|esta|mi) (?:wey|guey|vato|cabron|culero|pendejo|tipo|padrastro|vecino|morro|bato|ruco)` +
  `|(?:partirles|romperles|quebrarles|rajarles|partirle|romperle) (?:la madre|su madre|la cara|el hocico|la jeta|el osico))${NOT_OBJETO_ES}`;

export const HARM_TO_OTHERS_RULES: RiskRule[] = [
  unlessJoke(rule("es-jerga-matar", "harm_to_others", "es", ES_JERGA)),
  // Street slang for killing someone, with a time or a reason: "im gonna smoke that dude tonight", "gonna pop my stepdad".
  unlessJoke(rule("slang-kill", "harm_to_others", "en", `(?:im|i am|were|we|ima|imma|gonna|going to|about to|finna|want to|wanna|ill|i will|we will|well) (?:gonna |going to )?(?:smoke|pop|clap|drop|body|light up|air out|wet|merk|murk|ghost|off|lay out|catch) (?:him|her|them|that (?:dude|guy|fool|mf|bitch|punk|clown|man)|this (?:dude|guy|fool)|my (?:stepdad|stepfather|dad|ex|neighbor|boss|landlord|uncle|cousin|brother|roommate))(?: (?:slipping|lacking))?(?! (?:in|at|on) (?:the )?(?:game|finals?|court|field|match|league|2k|madden|fortnite|cards|pool|chess|ping pong|race)\\b)(?=$| (?:tonight|today|tomorrow|next time|when|for what|if|after|up|out|and)\\b)(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*|jk|game|match|finals?|weed|blunt|joint|cig)\\b)`)),
  // "going to kill him", "want to hurt someone". Base/-ing verbs only: past "killed it" is an idiom.
  unlessJoke(rule("kill-someone", "harm_to_others", "en",
    // A workout or a dish that "would kill anybody" is hyperbole.
    `(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|beat up|beating up)(?<!\\b${THING_THAT_KILLS}(?: \\w+){0,3} (?:would|could|will|gonna|is gonna|is going to|can|might) \\w+(?: up)?) ${PERSON}${HARM_IDIOM}|beat ${PERSON} (?:up|senseless|to death|half to death|until (?:he|she|they) (?:stops|cant|is dead|s dead))` +
      "|(?:run|running|drive|driving|ram|ramming|plow|plowing|mow|mowing|put|putting|send|sending|take|taking) (?:my |the |a |his |her )?(?:car|truck|van|suv|whip) (?:right |straight )?(?:into|through|over|down) (?:the |a |those |these |all )?(?:people|crowd|\\w+ crowd|everyone|everybody|him|her|them|(?:my )?(?:ex|boss|coworkers)|protesters|kids)\\b"
  )),
  // "Hurt" alone is mostly emotional ("my drinking hurt my family"), so it needs an intent word.
  // A place shot up: mass violence announced.
  rule("shoot-up-place", "harm_to_others", "en", "(?:(?:shoot|shooting|shot) up|bomb|blow up|set fire to|burn down) (?:the|my|this|that|his|her|our) (?:place|school|office|job|work|building|church|party|store|bar|club|mall|clinic|meeting|group)(?! (?:with (?:water|nerf|paintball)|for (?:a|the) (?:photo|video|movie|ad))\\b)"),
  rule("es-balacera", "harm_to_others", "es", "(?:voy a|quiero|vamos a|pienso) (?:balacear|tirotear|agarrar a balazos|rafaguear) (?:el|la|mi|ese|esa|a todos en) \\w+"),
  unlessJoke(rule("intent-hurt-other", "harm_to_others", "en", `${OTHER_INTENT} (?:hurt|harm|attack|punch|hit) ${PERSON}${HARM_IDIOM}`)),
  rule("make-them-pay", "harm_to_others", "en", `(?:going to|gonna|will|ill|want to|about to) make (?:him|her|them|${PERSON}) pay(?! for (?:dinner|lunch|the|it|his|her|their|my)\\b)|(?:he|she|they|that \\w+) (?:wont|will not|isnt going to|aint gonna) (?:walk away|get away with (?:it|this)|see tomorrow|live (?:through|past))|(?:got|grabbed|have|bringing|taking|loaded|with) (?:my |a |the )?(?:gun|pistol|knife|bat|piece|strap)\\b[^\\n]{0,10}\\n?[^\\n]{0,40}(?:going|gonna|heading|on my way|driving) (?:over )?to (?:his|her|their|my \\w+s?|the \\w+s?|that \\w+s?) (?:place|house|apartment|apt|job|work|crib)|i know (?:how|where (?:he|she|they) (?:lives?|works?|sleeps?))$`),
  rule("hurt-someone", "harm_to_others", "en", "(?:hurt|harm|harming|hurting) (?:someone|somebody|some1|others|anyone|anybody)(?!s)|(?:want|wanna|going to|gonna) (?:hurt|harm|kill) people|homicid[a-z]*|want (?:him|her|them|someone|that \\w+) dead|(?:get|got|buy|bought) a (?:gun|knife) (?:for|to (?:kill|hurt|shoot|get)) (?:him|her|them)"),
  // Thoughts of harming someone close, told with fear: "thoughts of hurting my baby". Clinically urgent even when ego-dystonic.
  rule("thoughts-of-harming", "harm_to_others", "en", `(?:thoughts|thinking|intrusive thoughts|images|urges?|picturing|imagining|cant stop thinking)(?: (?:of|about))? (?:hurting|harming|killing|drowning|smothering|shaking|hitting|stabbing|strangling|suffocating|choking) (?:my |the |our )?(?:${KIN}|someone|somebody|people|him|her|them)` +
    // The act pictured rather than named: "keep picturing holding a pillow over her face", "imagining holding him under the water".
    `|(?:thoughts|thinking|images|urges?|picturing|imagining|keep seeing myself|cant stop thinking)(?: (?:of|about))? (?:holding|putting|pressing|pushing|squeezing) (?:a |the |my )?(?:pillow|blanket|hand|hands)? ?(?:over|on|around) (?:her|his|their|the babys|my (?:\\w+ )?(?:babys|sons|daughters|kids|toddlers)) (?:face|mouth|nose|neck|throat)(?<=\\b(?:${KIN})\\b[^]{0,160})|(?:picturing|imagining|urges? to|thoughts of|keep seeing myself) (?:holding|pushing|putting) (?:him|her|them|the baby|my (?:\\w+ )?(?:baby|son|daughter|kid|toddler)) under (?:the )?(?:water|bath)`),
  // A weapon brought where the anger is: "im bringing my piece tomorrow and hes done".
  rule("weapon-to-them", "harm_to_others", "en", "(?:bringing|bring|taking|take|gonna bring|going to bring|carrying) (?:my |a |the )?(?:piece|gun|strap|pistol|glock|knife|blade|heat)(?: \\w+){0,2} (?:to (?:work|the job|the site|school|his (?:house|place)|her (?:house|place))|tomorrow|tonight)(?![^\\n]{0,40}\\b(?:range|shooting range|hunting|lol|cake|cut the|cutting|cook|cooking|kitchen|lunch|steak|fruit|boxes|carpet|drywall|fishing|camping|carve|carving)\\b)"),
  // A threat with a time or a target: "somebody at that shop is getting hurt tonight", "im putting him in the hospital".
  rule("threat-with-time", "harm_to_others", "en", "(?:(?:someone|somebody|people|he|she|they|that \\w+|this \\w+)(?: (?:at|from|in)(?: \\w+){1,2})? (?:is|are|s|gonna|going to|will)|someones|somebodys) (?:getting|get|gonna get|going to get|be getting) (?:hurt|killed|stabbed|jumped|smoked|dropped|handled)(?: \\w+){0,2} (?:tonight|tomorrow|today|soon|this weekend|when (?:he|she|they) \\w+)(?![^\\n]{0,30}\\b(?:lol|lmao|haha[a-z]*|at practice|in the game)\\b)|(?:im|ill|i will|gonna|going to|about to|i swear ill|im gonna|im going to) (?:put|putting|send|sending) (?:him|her|them|that \\w+|my \\w+|his ass|her ass) (?:in|into|to) (?:the |a )?(?:hospital|ground|grave|icu|morgue|er|wheelchair|coma|body bag|casket|hospital bed)(?! (?:van|ramp|for the|accessible)\\b)|six feet (?:under|deep)(?<=\\b(?:put|putting|send|sending|gonna|going to|ill)\\b[^]{0,40})"),
  // A lethal act pictured against an adult named or pointed at, not only kin: "keep thinking about putting a pillow over his face", "picturing running my boss over with my truck".
  unlessJoke(rule("pictured-lethal-act", "harm_to_others", "en", `${PICTURING} (?:(?:putting|holding|pressing|shoving) (?:a |the |my )?pillow (?:over|on|against) ${WHOSE_EN} (?:face|mouth|nose)|(?:putting|wrapping|getting|squeezing) my hands (?:around|on) ${WHOSE_EN} (?:neck|throat)|(?:running|mowing) ${ANYONE_EN} (?:over|down)|running over ${ANYONE_EN}|(?:pushing|shoving|throwing) ${ANYONE_EN} (?:down the stairs|off (?:the|a) (?:roof|bridge|balcony|ledge|cliff)|in front of (?:a|the) (?:train|bus|truck|car))|(?:killing|murdering|stabbing|strangling|smothering|suffocating|shooting|poisoning|choking|drowning|slitting) ${ANYONE_EN}(?! (?:up|at|in|on|with kindness)\\b))${HARM_IDIOM}`)),
  // ---- Spanish ----
  unlessJoke(rule("es-matarlo", "harm_to_others", "es",
    `(?:${ES_MATARLO})${NO_JUEGO}`
  )),
  // Present-for-future threats and thoughts of harming someone close: "le rompo la cara", "no llega a mañana", "pensamientos de lastimar a mi bebé".
  unlessJoke(rule("es-amenaza-presente", "harm_to_others", "es", "(?:le|les) (?:rompo|parto|quiebro|madreo|reviento|pico|meto un tiro|meto un balazo) (?:la cara|la madre|la cabeza|el hocico|la jeta|todo|el alma)|(?:ese|esa|el|ella|este|esta)(?: (?:wey|guey|vato|tipo|cabron|vieja|morro|culero))? no (?:llega|pasa|amanece) (?:a|de) (?:manana|la noche|hoy|el lunes|este fin)|(?:(?:pensamientos|ideas|imagenes|ganas) de|me imagino|me la paso imaginando|pienso en|no dejo de pensar en) (?:lastimar|hacerle dano|matar|ahogar|asfixiar|sacudir|golpear|ahorcar|estrangular|apunalar|acuchillar|atropellar|envenenar|degollar|balear|ahorcando|estrangulando|apunalando|acuchillando|atropellando|envenenando|matando|asfixiando) a (?:mi \\w+|mis \\w+|mi|mis|alguien|ese \\w+|esa \\w+)")),
  // Someone unnamed hurt at a time, the threat said impersonally: "alguien va a salir lastimado esta noche", "hoy alguien sale herido".
  unlessJoke(rule("es-alguien-sale-herido", "harm_to_others", "es", `(?:(?:hoy|esta noche|manana|al rato|ahorita|en la noche)\\b[^\\n]{0,20}?\\balguien (?:va a salir|sale|saldra|va a terminar|termina|va a acabar) (?:lastimad[oa]|herid[oa]|muert[oa]|en el hospital|picad[oa]|balead[oa])|(?:hoy|esta noche|manana|al rato|ahorita|en la noche)\\b[^\\n]{0,20}?\\balguien se (?:muere|va a morir)|alguien (?:va a salir|sale|saldra|va a terminar) (?:lastimad[oa]|herid[oa]|muert[oa]|en el hospital|picad[oa]|balead[oa])(?: \\w+){0,3} (?:hoy|esta noche|manana|al rato|ahorita))${NO_JUEGO}`)),
  // The same urge with the child as a clitic, a crying baby named before: "el bebé llora y me dan ganas de taparle la boca hasta que se calle".
  rule("es-ganas-de-ahogarlo", "harm_to_others", "es", `(?:pensamientos|ideas|imagenes|ganas|me imagino|pienso en|se me viene a la (?:mente|cabeza)) (?:de )?(?:ahogarl[oa]|asfixiarl[oa]|sacudirl[oa]|aventarl[oa]|estrangularl[oa]|apretarle (?:el cuello|la garganta)|taparle (?:la boca|la cara|la nariz)(?: y la nariz)?|ponerle (?:la|una) (?:almohada|cobija) (?:en|sobre) la cara)(?<=\\b(?:bebe|nin[oa]|nene|nena|hij[oa]|chiquit[oa]|criatura)\\b[^]{0,160})(?![^]{0,40}\\b(?:jaja[a-z]*|jeje[a-z]*)\\b)`),
];
