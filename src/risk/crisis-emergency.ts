/**
 * Medical emergencies and abuse, English and Spanish.
 *
 *   medical_emergency - explicit emergencies (911, an ambulance, a seizure, chest pain, "I
 *                       can't breathe?"): 911 first;
 *   abuse             - someone is hurting, threatening or assaulting the participant, or the
 *                       participant is not safe where they are.
 * Overdoses, the participant's own and someone else's, are in crisis-overdose.ts.
 */
import { AGGRESSOR, MISHAP, SCOLDER, THING_THAT_KILLS } from "./lexicon.ts";
import { rule, type RiskRule, unlessStory } from "./types.ts";

/**
 * "My boss is gonna kill me if I'm late lol", "mi jefe me va a matar si llego tarde jaja": the
 * everyday mishap or the joke in the same clause makes the threat an idiom.
 */
const MISHAP_JOKE =
  "(?! (?:if|when|si|cuando) (?:\\w+ ){0,3}(?:late|tarde|forget|forgot|olvido|olvide|find out|finds out|se entera|se enteran|sees this|ve esto|miss (?:the|my) (?:bus|deadline|game))\\b)(?![^\\n]*\\b(?:lol|lmao|haha[a-z]*|jaja[a-z]*|jeje[a-z]*|jsjs[a-z]*|xd|jk)\\b)";

/**
 * At the end of a threat: not one whose subject is a thing ("this humidity is gonna kill me",
 * "este partido me va a matar"), a few words back with no person or new clause between. Checked
 * after the threat's words, so the look back runs only where a threat matched.
 * The thing must head the subject: "the dealer from work is gonna kill me" stays a threat.
 */
const NOT_A_THING = `(?<!(?<!\\b(?:from|at|in|of|with|for|to|de|del|en|con|al|para) (?:the |a |my |his |her |el |la |los |las |mi |su )?)\\b${THING_THAT_KILLS}(?: (?!(?:and|but|y|pero|he|she|hes|shes|my|his|her|ella|mi|mis)\\b)[a-z0-9]+){1,9})`;

/** At the end of a threat: not a scolder's (within 30 characters before) with a mishap within 80 characters. */
/** At the end of a threat: a toy or play as the weapon ("gonna shoot me with his nerf gun", "kill me with tickles"). */
const WITH_A_TOY = "(?! (?:with|w) (?:a |an |his |her |their |my |the |some |those |these |that )?(?:\\w+ )?(?:nerf|water gun|water guns|squirt|toy|toys|foam|bubble|paintball|airsoft|laser|cap gun|finger guns?|pillows?|snowballs?|water balloons?|tickles?|kisses|hugs|spray bottle|silly string|marshmallows?|lightsaber|sword|light saber)\\b)";
const NOT_SCOLDING = `(?:(?<!\\b${SCOLDER}\\b[^\\n]{0,30})|(?<!\\b${MISHAP}\\b[^]{0,110})(?![^]{0,80}\\b${MISHAP}\\b))`;

/**
 * "Qué calor, me estoy muriendo aquí": dying of heat, cold, hunger, a laugh or sore feet is a
 * complaint. Any danger sign in the text is caught by its own rule (chest pain, no breath).
 */
const HYPERBOLE_CAUSE_ES = "(?:calor|caloron|bochorno|frio|sol|hambre|sueno|cansancio|flojera|aburrimiento|risa|jaja[a-z]*|jeje[a-z]*|lol|pies|nervios|antojo|verguenza|pena|picante|picos[oa]s?|chile|partido|examen|trabajo|chamba|fila|trafico|cruda)";
const NOT_HYPERBOLE_ES = `(?<!\\b${HYPERBOLE_CAUSE_ES}\\b[^]{0,40})(?![^]{0,40}\\b${HYPERBOLE_CAUSE_ES}\\b)`;

/** An ordinary illness named beside "i feel like im dying": "worst flu of my life", "cramps so bad". */
const NOT_ILLNESS = "(?<!\\b(?:flu|a cold|head cold|cramps|period|hangover|migraine|food poisoning|stomach bug|covid|strep|allergies|toothache|tooth|sinus infection)\\b[^]{0,40})(?![^]{0,40}\\b(?:flu|a cold|head cold|cramps|period|hangover|migraine|food poisoning|stomach bug|covid|strep|allergies|toothache|tooth|sinus infection)\\b)";
/** Said of a knock to the head: it is minor ("just a bump", "nada más un chichón", "estoy bien"). */
const MINOR = "(?![^]{0,80}\\b(?:just a bump|only a bump|a little bump|im fine|im ok|im okay|im good|no big deal|all good|goose egg|nothing serious|nada grave|nada mas un|nomas un|solo un (?:chichon|golpe|moreton|raspon)|un chichon|estoy bien|no paso nada|ya estoy bien)\\b)";
/**
 * "Hit my head so hard on the cabinet door": a bump on furniture or a fixture is an everyday
 * knock. A fall to the floor stays, and a head injury with a danger sign (confused, throwing
 * up) is its own rule (crisis-medical.ts).
 */
const NOT_ON_FURNITURE =
  `(?! (?:on|against|into|off|under|getting (?:in|out|up)(?: \\w+){0,2} (?:on|against)) (?:the |a |my |that |this |our |his |her )?(?:\\w+ )?(?:cabinet|cabinets|cupboard|shelf|shelves|door|doors|doorframe|door frame|bunk|bunk bed|bed|headboard|table|counter|desk|ceiling|sink|faucet|fridge|freezer|window|locker|dresser|shower|beam|pipe|vent|hood|trunk|steering wheel|car door|mirror|lamp|fan|rack|frame|slide|monkey bars)\\b)${MINOR}`;

/**
 * Someone else's seizure or stroke that is over: a past time and a recovery both told ("had a
 * seizure last week, shes home and fine now"). Either alone still counts.
 */
/**
 * An ache told with its everyday cause: "chest hurts from all this coughing", "arm is numb from
 * sleeping on it". A cause named in the clause makes the symptom ordinary; "chest hurts and my
 * left arm is going numb" names none and stays an emergency.
 */
const NOT_ORDINARY_ACHE = "(?![^\\n]{0,40}\\b(?:from|cuz|cause|because|bc|after|de tanto|por) (?:\\w+ ){0,3}(?:cough\\w*|sneez\\w*|laugh\\w*|lifting|the gym|working out|workout|push ?ups|bench\\w*|slept|sleeping|sleep|lying|laying|shot|vaccine|booster|toser|tos|estornud\\w*|dormir|gym|ejercicio|vacuna|inyeccion)\\b)";
/** Bleeding from a nick while shaving, a paper cut or a hangnail: a towel, not 911. */
const NOT_A_NICK = "(?<!\\b(?:shav\\w*|nick\\w*|paper cut|hangnail|cuticle|pimple|zit|rasur\\w*|afeit\\w*)\\b[^\\n]{0,60})(?![^\\n]{0,40}\\b(?:shav\\w*|nick\\w*|paper cut|hangnail|cuticle|toilet paper|band ?aid|rasur\\w*|afeit\\w*|curita)\\b)";
/** An event dated in the past, right after it: "had a stroke back in 2015", "had a seizure two years ago". */
const LONG_AGO_EN = "(?! (?:back )?(?:in (?:19|20)\\d\\d|(?:a|one|two|three|\\d+|a few|a couple(?: of)?) (?:years?|yrs?|months?) ago|last (?:year|winter|summer|spring|fall)|when (?:i|he|she) was)\\b)";
export const OVER_NOW_EN = "(?!(?=[^]{0,60}\\b(?:last (?:week|month|year|night|summer|spring|fall|winter)|(?:back )?in (?:19|20)\\d\\d|(?:a |\\w+ )(?:days?|weeks?|months?|years?) ago)\\b)(?=[^]{0,120}\\b(?:(?:fine|ok|okay|good|better|home|back to normal|recovering|recovered) now|(?:doing|is doing|s doing) (?:fine|great|well|good|better)|(?:all|totally|completely) (?:fine|good|better|recovered)|back (?:at|in|to) (?:school|work))\\b))";

export const MEDICAL_RULES: RiskRule[] = [
  // "emergency contact" is a form field, not an emergency.
  rule("emergency-word", "medical_emergency", "en", "emergenc(?:y|ies)(?! (?:contacts?|fund|kit|preparedness|numbers? (?:on|in) file))|mayday"),
  // The ER in a recovery story ("woke up in the er back in 2019, 5 years clean now") is history.
  unlessStory(rule("call-911", "medical_emergency", "en", "(?:call|calling|called|dial|dialing|dialed|phone) (?:the )?(?:911|9 1 1|police|cops|an ambulance|ambulance|the ambulance)|911|9 1 1|s ?o ?s|mayday|need (?:an )?ambulance|(?:in|at|to) the er$|(?:in|at) the er (?:now|right now)|emergency room")),
  rule("in-danger", "abuse", "en", "(?:im|i am|were|we are|i feel|feel) (?:not safe|unsafe|in danger)|(?:dont|do not) feel safe|not safe (?:at home|here|with (?:him|her|them|my \\w+)|anymore|right now)|in danger$|(?:afraid|scared|fear|fearing) for my (?:life|safety)|my life is in danger"),
  // A call for help now, to anyone: 911 first. A plea without urgency ("please help me") is
  // distress (distress-rules.ts), which asks the screening question.
  rule("help-now", "medical_emergency", "en", "(?:someone|somebody|anyone|anybody|some1) (?:please |pls |plz )?help(?! (?:me )?(?:with|understand|figure|find|get|out)\\b)|help me (?:please |pls |plz )?(?:now|rn|right now|asap|quick|quickly|hurry|immediately)$|(?:i |we )?need help (?:now|right now|asap|immediately|fast|quick|urgently)$"),
  rule("withdrawal-injury", "medical_emergency", "en", `(?:seeing|hearing|feeling) (?:bugs|things|stuff|spiders|people|voices|shadows)(?: (?:that|on|crawling|everywhere|in the|moving))|(?:seeing|hearing|feeling) (?:bugs|spiders|voices|snakes)|seeing things (?:that arent there)?|(?:shaking|tremors|sweating|seizing) (?:so bad|really bad|and (?:seeing|cant|throwing up|sweating))|hit my head (?:really |so |super )?hard${NOT_ON_FURNITURE}|blood everywhere|bleeding (?:a lot|badly|bad|everywhere|really bad|so much|and it wont stop|wont stop)|(?:cant|cannot) stop the bleeding|(?:wont|doesnt|will not|cant|isnt) stop(?:ping)? bleeding${NOT_A_NICK}|(?:someone|somebody) (?:please )?come(?: (?:quick|now|help|over))?$|(?:left arm|my arm) (?:is )?(?:numb|tingling|hurts)${NOT_ORDINARY_ACHE}|chest (?:hurts|is killing me|feels crushed)${NOT_ORDINARY_ACHE}`),

  // A seizure, heart attack or stroke: told in a recovery story ("had a heart attack back in 2015, now hes 9 years clean") it is history.
  unlessStory(rule("medical-event", "medical_emergency", "en", `(?:having|had|think im having|i think im having|going into) a (?:seizure|heart attack|stroke(?! of (?:luck|genius|insight|brilliance)\\b))${OVER_NOW_EN}${LONG_AGO_EN}|withdrawal seizure`)),
  rule("medical", "medical_emergency", "en", `(?:cant|cannot|can not|cnt) breathe?(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*|so (?:pretty|beautiful|cute|funny|good|gorgeous)|laughing)\\b)|trouble breathing|hard to breathe?|struggling to breathe?|seizing|chest (?:pain|pains|tightness|is tight)|(?:think|feel like) im dying(?! (?:of|from) (?:the flu|a cold|a hangover|this hangover|boredom|laughter|laughing|embarrassment|cringe|the heat|heat|this heat|hunger|thirst|cuteness|allergies|cramps)\\b)(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*)\\b)${NOT_ILLNESS}|(?:think|feel like|feels like) (?:im|i am|i m) (?:going to|gonna|about to) (?:die|pass out|faint|black out)(?! (?:of|from|laughing|lol)\\b)|heart (?:is )?(?:pounding|racing|beating|going)(?: like| at| over)? (?:1[4-9]\\d|2\\d\\d)(?![^\\n]{0,30}\\b(?:run|running|ran|workout|working out|gym|jog|jogging|exercise|cardio|hike|hiking|spin|lol|lmao)\\b)|(?:heart|chest) (?:feels|is|feel) like (?:its |it is |someone is |somebodys )?(?:being )?(?:squeezed|crushed|in a vise|exploding)|(?:squeezing|crushing) (?:pain |pressure )?(?:in|on) my chest|(?:throwing up|vomiting|puking|coughing up|threw up|vomited|coughed up|puked) blood|(?:i see|im seeing|i hear|im hearing|i feel) (?:bugs|spiders|snakes|things|voices|shadows|people) (?:crawling|that arent|on the|in the|everywhere)|(?:think|feel like) i (?:might|could|am going to|m going to|will|may) (?:die|pass out)(?! (?:of|from|laughing)\\b)|dts|delirium tremens`),

  // ---- Spanish ----
  rule("es-emergencia", "medical_emergency", "es", "(?<!contacto de )(?<!contactos de )emergencias?|(?:llama|llamen|llamar|llame|llamo|llamad|marca|marquen) (?:al |a la |a una |una |la )?(?:911|policia|ambulancia|patrulla)|ambulancia|auxilio|socorro|ayudenme(?! (?:con|a)\\b)|(?:ayudame|ayuda) (?:por favor |porfa )?(?:ya|ahora|rapido|urgente)$|necesito ayuda (?:urgente|ya|ahora mismo|ahora|rapido)$"),
  rule("es-peligro", "abuse", "es", "no estoy a salvo|no me siento (?:segur[oa]|a salvo)|no estoy segur[oa] (?:en (?:casa|mi casa)|aqui|con (?:el|ella))|estoy en peligro|corro peligro|mi vida (?:corre|esta en) peligro|temo por mi vida"),
  rule("es-abstinencia-herida", "medical_emergency", "es", `me (?:aprieta|aprietan|oprime|aplasta) el pecho|(?:presion|opresion|peso) (?:fuerte )?en el pecho|(?:veo|oigo|escucho|vi|oi|siento) (?:cosas|bichos|animales|voces|sombras|gente|aranas|aranitas)(?: [a-z]+){0,4} (?:que no (?:estan|hay|existen)|en la pared|caminando|por todos lados|subiendo)(?![^]{0,60}\\b(?:lampara|luz|foco|arbol(?:es)?|tele|cortina|jaja[a-z]*|jeje[a-z]*)\\b)|(?:vomitando|vomite|vomito|escupiendo|escupi|tosiendo) sangre|(?:viendo|oyendo|escuchando|sintiendo) (?:cosas|bichos|animales|voces|sombras|gente)(?: (?:que no (?:estan|hay)|en la pared|caminando|por todos lados))?|(?:temblando|sudando) (?:mucho|un chingo|y (?:viendo|no puedo|vomitando))|(?:estoy |me estoy )?sangrando (?:mucho|un chingo|sin parar|bastante)|no (?:para|deja) de sangrar|me (?:pegue|golpee|di) (?:en|un golpe en) la cabeza(?! (?:con|contra)\\b)${MINOR}|(?:me duele|dolor (?:de|en)) (?:mucho |bien fuerte |fuerte )?(?:el pecho|el brazo izquierdo)${NOT_ORDINARY_ACHE}|brazo izquierdo (?:entumido|dormido|adormecido)`),

  // "Me dio una convulsión" told in a recovery story ("hace 3 años ..., hoy tengo 3 años sobrio") is history.
  unlessStory(rule("es-evento-medico", "medical_emergency", "es", "(?<!\\b(?:casi|por poco|ya merito|ya mero|tantito y) )(?:me dio|tuve) (?:un |una )?(?:infarto|ataque al corazon|convulsion|convulsiones|derrame)")),
  rule("es-medico", "medical_emergency", "es", `(?<!\\b(?:casi|por poco|ya merito|ya mero|tantito y|nomas falto que) )me (?:esta dando|da) (?:un |una )?(?:infarto|ataque al corazon|convulsion|derrame)|le esta dando (?:un |una )?(?:infarto|ataque al corazon|convulsion|derrame|embolia)|(?:estoy |esta )?convulsionando|no (?:puedo|podia) respirar|(?:siento|creo) que me (?:muero|voy a morir|estoy muriendo)(?! de)${NOT_HYPERBOLE_ES}|me estoy muriendo(?! de)${NOT_HYPERBOLE_ES}|tengo (?:una )?(?:convulsion|convulsiones|infarto|ataque al corazon)|dolor (?:de|en el) pecho${NOT_ORDINARY_ACHE}`),

];

/**
 * After "grabbed me", "slapped me": something fetched or a friendly touch, not a blow ("grabbed
 * me a coffee", "grabbed me some groceries", "grabbed me by the hand", "slapped me a high
 * five"). A count is never a thing fetched: "grabbed me a few times" stays.
 */
const NOT_FETCHED =
  "(?!(?<=\\b(?:grabbed|grabs) me)(?: (?:a|an|some|another) (?!(?:few|couple|lot|bunch|second|third|fourth|little|bit|hundred|million|dozen|number|hard)\\b)\\w+| by the hand\\b))" +
  "(?!(?<=\\b(?:slapped|slaps) me) (?:a )?(?:high five|high-five|five|fist bump)\\b)";

export const ABUSE_RULES: RiskRule[] = [
  // "-ing me" with anyone as subject: "he's hitting me". Sports ("beating me at chess") excluded.
  rule("hitting-me", "abuse", "en", "(?:hitting|beating|choking|strangling|attacking|abusing|raping|punching|kicking|slapping|threatening|stalking|molesting) me(?! (?:at|in|to|with|out|up|off)\\b)"),
  rule("he-hit-me", "abuse", "en",
    `${AGGRESSOR} (?:just |has |had |have |keeps |kept |always |then |also |has been |is |s |was )?(?:hit|hits|beat|beats|choked|chokes|strangled|raped|assaulted|attacked|stabbed|punched|punches|slapped|slaps|kicked|kicks|threatened|threatens|hurt|hurts|abused|abuses|shoved|pushed|grabbed|molested) me(?! (?:at|in|to|out|up|with the|that|how)\\b)${NOT_FETCHED}`
  ),
  // Someone coming to hurt the participant: "hes coming for me and he knows where i live", "viene por mi y sabe donde vivo".
  rule("coming-for-me", "abuse", "en", "(?:hes|shes|theyre|he is|she is|they are|hes gonna be|they gonna be|is) (?:coming|comin) (?:for|after) me(?! (?:at|to pick|with the car|for (?:lunch|dinner|the)|in (?:the|his|her) car)\\b)|(?:he|she|they) (?:knows|know) where i (?:live|stay|sleep|work)(?<=\\b(?:threat\\w*|kill|hurt|coming|pay|owe|find me|get me|warned)\\b[^]{0,120})"),
  rule("es-viene-por-mi", "abuse", "es", "(?:viene|vienen|va a venir|van a venir) (?:por mi|a buscarme para|a matarme|a golpearme|a partirme)(?! (?:a las|al trabajo|en el carro|para (?:ir|comer|cenar))\\b)|sabe(?:n)? donde vivo(?<=\\b(?:amenaz\\w*|matar\\w*|pagar|pague|debo|debe|por mi|buscar\\w*)\\b[^]{0,120})"),
  rule("kill-me-threat", "abuse", "en", `(?:(?:hell|shell|theyll|he will|she will|they will|hed|shed|theyd|he would|she would)(?: really| actually| literally)?|going to|gonna|gunna|wants to|want to|trying to|tried to|threatened to|threatening to|threatens to|will|is gonna|said hed|said shed|says hell|says shell|swore hed|is going to) (?:kill|hurt|beat|shoot|stab|choke) me${WITH_A_TOY}${NOT_A_THING}${MISHAP_JOKE}${NOT_SCOLDING}`),
  // A partner's or an ex's threat to kill, reported: never a scolding, and a nervous laugh does not make it one.
  rule("partner-threat", "abuse", "en", "(?:husband|hubby|boyfriend|bf|ex|ex husband|ex boyfriend|partner|baby daddy|fiance)(?: \\w+){0,2} (?:said|says|told me|swore|swears|keeps saying|threatened|threatens|texted|text me)(?: that)? (?:hes|he is|he will|hell|hed|he would|hes going to|hes gonna|he was going to|he was gonna|to)(?: \\w+){0,2} (?:kill|murder|shoot|stab|strangle|choke) me"),
  rule("es-pareja-amenaza", "abuse", "es", "(?:esposo|marido|novio|ex|pareja|exesposo|exnovio|viejo|senor)(?: \\w+){0,2} (?:me )?(?:dijo|dice|jura|juro|amenazo|amenaza|escribio|mando decir|sigue diciendo) (?:que )?(?:me )?(?:va a|iba a|quiere|piensa|me va a)? ?(?:matar(?:me)?|balear(?:me)?|apunalar(?:me)?|ahorcar(?:me)?)|(?:esposo|marido|novio|ex|pareja)(?: \\w+){0,2} (?:me )?amenazo con matarme"),
  // Confinement by a partner: "he wont let me leave", "locked in the bathroom, hes banging on the door".
  rule("confined", "abuse", "en", `${AGGRESSOR} (?:wont|will not|doesnt|does not|isnt going to|is not going to|aint gonna|wouldnt|would not) let me (?:leave|go|out|call|use (?:my|the) phone|see|sleep|eat|get help)|(?:im|i am|were|we are|got|been|hes got me|shes got me|they got me) (?:locked|trapped|shut) (?:me |us )?in (?:the|my|a|his|her|their) (?:bathroom|room|bedroom|closet|house|apartment|apt|car|basement|garage)|locked me (?:in|out of|inside)|(?:hes|shes|theyre|he is|she is|they are|he|she|they|someone|somebody|my \\w+) (?:is |are |keeps |started |just started )?(?:banging|pounding|kicking|punching|beating|trying to break) (?:on |down |in )?(?:the|my) (?:door|bathroom door|bedroom door|front door|window|car window)`),
  rule("stalked-hiding", "abuse", "en", "(?<!\\b(?:dog|dogs|cat|cats|puppy|kitten|pup|toddler|baby|shadow|duck|ducks|goose|geese)\\b(?: \\w+){0,2} )(?:keeps |kept |is |s |been |has been |always )?(?:following|follows|followed|stalking|stalks|stalked|watching|showing up at|shows up at|showed up at|waiting outside|parked outside) (?:me(?: home| everywhere| around)?|my (?:job|work|house|home|place|door|apartment|apt|car|school|kids school))(?! (?:on|in) (?:instagram|insta|twitter|tiktok|facebook|social media)\\b)(?![^\\n]{0,40}\\bto (?:say hi|chat|talk|walk (?:me|with me)|carry|help|make sure (?:im|i am|i get))\\b)|(?:im |i am |were |we are )?hiding (?:in|from) (?:the |my )?(?:bathroom|closet|room|bedroom|car|him|her|them|my \\w+)|(?:screaming|yelling) and (?:throwing|breaking|smashing|punching) (?:stuff|things|shit|everything|the walls?|dishes)|(?:throwing|breaking|smashing) (?:stuff|things|shit) at me"),
  rule("hitting-someone-here", "abuse", "en", `${AGGRESSOR} (?:is |s |are |keeps )(?:hitting|beating|choking|strangling|stabbing|attacking|hurting) (?:my|his|her|the|our) (?:mom|mother|dad|father|sister|brother|kids?|baby|son|daughter|wife|girlfriend|grandma|grandpa|roommate|cousin|niece|nephew|stepson|stepdaughter|little \\w+)(?: with (?:a|the|his|her) \\w+)?(?= (?:right now|now|rn|again)\\b|$)`),
  rule("weapon", "abuse", "en", `${AGGRESSOR} (?:has|have|got|pulled|is holding|is pointing|pointed|grabbed) (?:a|his|her) (?:gun|knife|weapon|pistol)`),
  rule("assault", "abuse", "en", "(?:sexually )?(?:assaulted|raped|molested) me|i (?:was|got|have been|ve been|been|just got) (?:raped|assaulted|sexually assaulted|molested|abused|attacked|beaten up|beat up|jumped|stabbed|shot|strangled|choked)|domestic (?:violence|abuse)|(?:is|s|being|gets|got|getting) (?:abusive|violent) (?:with|to|towards) me"),
  // ---- Spanish ----
  rule("es-me-pega", "abuse", "es",
    "(?<!\\b(?:abuelit[oa]|hermanit[oa]|sobrinit[oa]|hijit[oa]|bebe|nin[oa]|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|entrenador|profe|sparring)\\b[^\\n]{0,20})(?:me (?:esta |estan |estaba |estaban |sigue |siguen )?(?:pegando|golpeando|ahorcando|asfixiando|estrangulando|amenazando|lastimando|maltratando|violando|acosando|persiguiendo)|me (?:pega|pego|golpea|golpeo|amenaza|amenazo|maltrata|maltrato|viola|violo|violaron|ahorca|ahorco|empujo|empuja|agredio|agrede|ataco|atacaron|asaltaron|apunalaron|dispararon)(?! un (?:tiro|balazo|plomazo)\\b)(?! (?:la|el|los|las) (?:gripe|gripa|resfriado|chicle|virus|cancion|costumbre|mania)\\b))(?![^\\n]{0,60}\\b(?:jaja[a-z]*|jeje[a-z]*|jugando|en el box|sparring|entrenando|en la practica|en el partido)\\b)"
  ),
  rule("es-amenaza", "abuse", "es", `me (?:quiere|quieren|va a|van a) matar${NOT_A_THING}(?! de (?:un |una |los |las |la |el )?(?:coraje|corajes|susto|disgusto|nervios|risa|infarto|pena|verguenza|hambre|sueno|cansancio|aburrimiento|calor|frio)\\b)${MISHAP_JOKE}${NOT_SCOLDING}|me amenazo con (?:matarme|pegarme|un cuchillo|una pistola)|tiene (?:una )?(?:pistola|arma|cuchillo)|abus(?:o|a|aron|ando) de mi|abuso sexual|violencia (?:domestica|familiar)|tengo miedo de (?:el|ella|mi (?:pareja|esposo|esposa|novio|novia|ex|papa|padrastro|hermano))|me (?:sigue|siguen|persigue|vigila|acecha) (?:a todos lados|a todas partes|hasta (?:mi )?(?:casa|trabajo)|todo el tiempo)|(?:estaba|esta|se para|se paro|me espera|me esperaba) afuera de mi (?:casa|trabajo|escuela|departamento|depa)|me (?:esta|estan|viene|vienen) siguiendo(?! en (?:insta|instagram|face|facebook|tiktok|twitter|redes)\\b)|(?:le|les) (?:esta|estan) (?:pegando|golpeando|ahorcando|madreando|pateando|cintareando) (?:a mi|a mis|al|a la) (?:mama|madre|hermana|hermano|hermanit[oa]s?|hij[oa]s?|hijit[oa]s?|sobrin[oa]s?|sobrinit[oa]s?|nin[oa]|nene|nena|primit[oa]s?|niet[oa]s?|bebe|abuela|papa)|(?:estoy |me )?escondid[oa] (?:en|de) (?:el bano|el closet|el cuarto|mi cuarto|el)|(?:gritando|grita) y (?:aventando|tirando|rompiendo|quebrando) (?:cosas|todo)`),
  rule("es-encerrada", "abuse", "es", "no me (?:deja|dejan|quiere dejar|quieren dejar) (?:salir|irme|ir|llamar|usar el (?:telefono|cel|celular)|ver a|pedir ayuda)(?! (?:temprano|antes de (?:la|las) \\d|antes de (?:hora|tiempo)|a (?:comer|almorzar|descansar|fumar))\\b)|(?:estoy |me tiene |me tienen |me dejo |me dejaron |estamos )?encerrad[oa]s? en (?:el|la|mi|su) (?:bano|cuarto|recamara|closet|casa|carro|sotano|departamento)|me (?:encerro|encerraron|tiene encerrad[oa]|tienen encerrad[oa])|(?:esta|estan|sigue|siguen|empezo a) (?:golpeando|pateando|aporreando|tumbando|tratando de tumbar) la puerta|me (?:volvio|volvieron|vuelve|vuelven) a (?:pegar|golpear|ahorcar|lastimar|amenazar|violar|empujar|patear)"),
];
