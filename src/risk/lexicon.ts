/**
 * Shared word lists (regex alternations) used by the rule files. All entries are in
 * normalized form: lower case, no accents, no apostrophes ("dont", "im", "ill").
 */
import { anyOf } from "./types.ts";

/** "myself" and its common typos. */
export const SELF = anyOf("myself", "my self", "meself", "myslef", "mysef", "mysel", "mself", "myselfe");

/** Intent / ideation lead-ins: "want to", "thinking about", "going to"... */
export const INTENT = anyOf(
  "want to", "wanna", "wana", "want 2", "wan to", "wnt to", "want too", "wanted to", "wants to",
  "need to", "going to", "gonna", "gunna", "gona", "goin to", "about to", "ready to", "trying to",
  "tryna", "plan to", "planning to", "planning on", "thinking about", "thinking of", "think about",
  "thought about", "thought of", "thoughts of", "thoughts about", "should", "should just", "will",
  "ill", "gotta", "feel like", "urge to", "urges to", "tempted to", "decided to", "wish i could",
  "just want to", "keep", "kept", "been", "started", "might", "could"
);

/**
 * Lead-ins for "die": like INTENT but without "could/might/going to", which are mostly
 * hyperbole ("this cake is so good I could die", "I'm gonna die of boredom").
 */
export const WISH = anyOf(
  "want to", "wanna", "wana", "want 2", "wan to", "wnt to", "want too", "wanted to", "wants to",
  "need to", "ready to", "deserve to", "should", "should just", "wish i could", "wish i would",
  "hope i", "pray i", "praying to", "just want to", "i just wanna", "tryna", "trying to",
  "thinking about", "plan to", "planning to", "feel like i want to"
);

/** People a participant may name as a source of danger or as a target. */
export const PERSON = anyOf(
  "him", "her", "them", "someone", "somebody", "some1", "anyone", "anybody", "everyone",
  "everybody", "you", "u", "others", "other people",
  "my (?:boss|ex|dad|father|mom|mother|stepdad|stepfather|stepmom|brother|sister|husband|wife|partner|boyfriend|girlfriend|bf|gf|roommate|neighbor|neighbour|landlord|sponsor|uncle|son|daughter|cousin|coworker|kids?|dealer|family)",
  "(?:that|this|the) (?:guy|girl|man|woman|dude|bitch|bastard|asshole|mf|person|kid|fool|punk|dealer|cop)",
  "(?:my|his|her|that) (?:dealer|plug|ex|ex boyfriend|ex girlfriend|ex husband|ex wife|baby daddy|baby mama|landlord|boss|manager|neighbou?r)"
);

/** Partners/relatives named as aggressors ("my boyfriend hit me"). */
export const AGGRESSOR = anyOf(
  "he", "she", "they", "someone", "somebody", "some guy", "a guy", "a man", "this guy",
  "my (?:boyfriend|girlfriend|bf|gf|husband|wife|partner|ex|dad|father|mom|mother|stepdad|stepfather|brother|sister|uncle|roommate|son|daughter|landlord|dealer|pimp|fiance|fiancee|neighbor)"
);

/** Alcohol words; used after "had", "drank", "bought"... */
export const ALCOHOL = anyOf(
  "beers?", "brews", "brewskis?", "drinks?", "wine", "wines", "vodka", "whiske?y", "tequila", "rum",
  "gin", "bourbon", "scotch", "brandy", "cognac", "liquor", "booze", "alcohol", "margaritas?",
  "mimosas?", "cocktails?", "martinis?", "hard seltzers?", "white claws?", "hard ciders?", "ciders?",
  "coronas", "bud lights?", "twisted teas?", "four lokos?", "fireball", "henny", "hennessy", "sake",
  "soju", "mezcal", "champagne", "prosecco", "sangria", "pints", "forties", "tall cans?", "tallboys?",
  "six pack", "6 pack", "twelve pack", "12 pack", "jager", "patron", "moonshine",
  "shots", "cervezas?", "chelas?", "mixed drinks?", "fifths?", "a fifth", "handles?", "a handle", "pints?", "forties", "40s",
  "cold ones?", "brews?", "hooch", "boxed wine", "(?:6|12|18|24|30|six|twelve|eighteen|thirty) ?(?:packs|racks?)", "a bottle of (?:wine|vodka|whiske?y|tequila|rum|gin|jack|henny)", "jack", "jack daniels"
);

/** Drinks that make "drank"/"drinking" harmless ("drank coffee", "drinking water"). */
export const NON_ALCOHOLIC = anyOf(
  "coffees?", "water", "tea", "juices?", "sodas?", "milk", "pop", "coke", "diet \\w+", "gatorade",
  "lemonade", "smoothies?", "kombucha", "protein", "shakes?", "broth", "seltzer", "la croix",
  "sparkling", "decaf", "energy drinks?", "red ?bull", "monster", "hot chocolate", "cocoa", "herbal",
  "ginger ale", "sprite", "pepsi", "fluids", "electrolytes", "pedialyte", "nothing", "non alcoholic",
  "na beers?", "mocktails?", "virgin", "root beer", "a lot of water", "liquid iv", "espressos?", "lattes?", "cappuccinos?",
  "chai", "matcha", "cider vinegar", "apple cider"
);

/** Quantity words that may sit before a drink or a drug ("a few", "two glasses of"). */
export const QTY = anyOf(
  "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
  "a few", "few", "a couple", "a couple of", "couple", "couple of", "several", "many", "lots of",
  "a lot of", "too many", "too much", "a bunch of", "like", "\\d+", "a little", "a bit of", "half a",
  "a whole", "another", "more", "my first", "extra", "a ton of", "way too many", "so many"
);

/** Containers between a quantity and a drink ("a glass of wine", "two cans of"). */
export const CONTAINER = anyOf(
  "glass(?:es)? of", "bottles? of", "cans? of", "shots? of", "pints? of", "cups? of", "sips? of",
  "a taste of", "cases? of", "handles? of", "fifths? of", "tallboys? of"
);

/** Adjectives allowed between quantity and drink; a whitelist, so "root beer" stays harmless. */
export const DRINK_ADJ = anyOf("cold", "ice cold", "big", "small", "light", "strong", "stiff", "craft", "hard", "quick", "cheap", "nice", "red", "white", "warm");

/** Illicit drugs and unambiguous slang (no words that double as everyday nouns). */
export const DRUG = anyOf(
  "coke", "cocaine", "crack", "meth", "crystal meth", "crystal", "heroin", "dope", "fent", "fentanyl",
  "fetty", "molly", "mdma", "ecstasy", "acid", "lsd", "shrooms", "magic mushrooms", "ketamine",
  "special k", "xannies", "xans?", "(?:xanax|xan) bars", "oxys?", "oxycodone", "oxycontin", "percs?",
  "percocets?", "roxys?", "norcos?", "opiates", "opioids", "benzos", "kratom", "lean", "codeine",
  "edibles?", "an edible", "thc", "weed", "pot", "marijuana", "cannabis", "dabs?", "a dab", "dxm",
  "pcp", "ghb", "poppers", "whippets", "nitrous", "speed", "uppers", "downers", "blow", "smack",
  "black tar", "tina", "drugs", "a blunt", "blunts?", "a joint", "joints?", "a bowl", "bowls", "spice",
  "k2", "bath salts", "a line", "lines", "a bump", "bumps", "a hit", "hits", "a few hits",
  "tabs? of acid", "pills? (?:that|which) (?:wasnt|werent|was not|were not|isnt|arent) (?:mine|prescribed)"
);

/**
 * Street and recovery slang that names a drug and nothing else (NIDA's slang lists, with the
 * Spanish words bilingual participants use in English texts): used after use verbs, "on the
 * ...", "copped ...". "bars" and "boy"/"h" are left to the narrower rules that need them.
 */
export const STREET = anyOf(
  "blues", "m ?30s?", "30s", "fetty", "fenty", "fent", "fentanyl", "china white", "black tar", "dope", "smack", "heroin",
  "roxys?", "roxies", "oxys?", "oxies", "percs?", "percocets?", "vikes", "norcos?", "lortabs?", "dillies", "zans?", "zannies",
  "xannies", "xans?", "footballs", "klonnies", "k ?pins", "benzos", "pressies", "pressed pills", "lean", "purple drank",
  "coke", "cocaine", "crack", "yayo", "blow", "meth", "crystal", "shards?", "crank", "tina",
  "speed", "molly", "mdma", "ecstasy", "x pills", "acid", "lsd", "shrooms", "ketamine", "special k", "weed", "pot",
  "kush", "zaza", "marijuana", "cannabis", "dabs?", "wax", "shatter", "carts?", "edibles?", "blunts?", "joints?",
  "spliffs?", "a bowl", "reefer", "kratom", "k2", "bath salts", "key bumps?",
  "mota", "perico", "chiva", "fenta", "cristal", "tachas?", "piedra", "drugs"
);

/** Prescription drugs: only a lapse when taken from someone else or beyond the prescription. */
export const RX = anyOf(
  "pills?", "meds", "medication", "medicine", "xanax", "adderall", "addys?", "oxys?", "percs?",
  "percocets?", "klonopin", "valium", "ativan", "suboxone", "subs", "methadone", "vicodin",
  "gabapentin", "tramadol", "morphine", "dilaudid", "painkillers", "pain pills", "sleeping pills",
  "prescription", "script", "benzos", "oxycodone", "hydrocodone", "norcos?", "lortabs?", "soma", "lyrica", "ritalin", "vyvanse",
  "seroquel", "ambien", "subutex", "codeine", "promethazine", "clonazepam", "alprazolam", "lorazepam", "diazepam", "fentanyl patch"
);

/** Time markers that turn a bare verb into a report: "used yesterday", "drank last night". */
export const WHEN = anyOf(
  "again", "yesterday", "today", "tonight", "last night", "this morning", "this afternoon",
  "this evening", "this weekend", "over the weekend", "last weekend", "this week", "last week",
  "on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)", "earlier", "before group",
  "after group", "after work", "at (?:a|the) party", "at the bar", "a few times", "twice", "once",
  "all weekend", "all night", "yday", "ystd", "lastnight", "last nite", "2day", "2nite", "tonite",
  "(?:last )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)(?: night)?", "for (?:a few|two|three|\\d+) days",
  "this time", "in the bathroom", "at work"
);

/** Doses and forms that only a use verb makes a drug: "did a line", "took a bump", "smoked some ice". */
export const DOSE = anyOf("lines?", "bumps?", "rails?", "hits?", "rips?", "dabs?", "bowls?", "tabs?", "points?", "a point", "half a point", "grams?", "a g", "bags?", "baggies", "bundles?", "shots? of (?:vodka|whiske?y|tequila|rum|gin|jack|fireball|henny|patron|jager|liquor)");
/**
 * A relapse told in recovery's own words as a stretch of use ("a run", "a bender") and how long
 * it lasted ("a 3 day run", "a two week bender").
 */
export const SPREE = anyOf("run", "bender", "binge");
export const SPAN = "(?:\\d+|one|two|three|four|five|six|seven|a few|few|several|couple|multi|multiple) ?(?:day|days|night|week|weekend)(?: long)?";
/** A first small amount that grew: "a couple beers turned into a 30 rack", "unas chelas se volvieron 20". */
export const GREW = anyOf("turned into", "turns into", "became", "becomes", "led to", "leads to", "ended up (?:being|as)");
/** Smoking an opioid: "chased the dragon", "smoked blues on foil". */
export const FOIL = anyOf("foil", "tinfoil", "tin foil", "aluminum foil", "aluminium foil");

/**
 * What a person can hold, be handed or look at before using, in Spanish: drinks, their
 * containers and drugs by their street names ("la chela", "la bolsita", "el perico").
 */
export const SUSTANCIA = anyOf(
  "cervezas?(?! de raiz| sin alcohol)", "chelas?", "cheves?", "caguamas?", "caguamon", "latas? de \\w+", "tragos?", "copas?", "botellas?(?! de (?:agua|jugo|refresco|leche))", "pomos?", "pistos?",
  "guaro", "vino", "tequila", "ron", "whisky", "vodka", "mezcal", "six", "bolsitas?", "bolsas? de \\w+", "grapas?", "perico", "coca(?! cola)", "cocaina",
  "cristal", "piedra", "chiva", "heroina", "fenta", "fentanilo", "mota", "porros?", "churros?", "toques?", "rayas?", "pastillas", "azulitas", "tachas?", "jeringas?"
);

/**
 * Low mood in plain words and regional slang ("feel like crap", "so down", "bien agüitado",
 * "ahuevado", "bajoneado"). Alone these are everyday complaints; beside a hardship they are distress.
 */
export const LOW_MOOD = anyOf(
  "(?:feel|feeling|felt|im|i am|ive been|been|so) (?:(?:so|really|pretty|super|very|extra|real|kinda|like|just) )*(?:low|down|depressed|like shit|like crap|like garbage|like a loser|like a failure|defeated|crushed|gutted|sick about it|awful|terrible|horrible|miserable)(?! (?:on|to|for|with|the|here|there|stairs|a bit|bad|about (?:the|my) (?:game|team|show))\\b)",
  "(?:dont|do not) (?:want|feel like) (?:to )?(?:do(?:ing)? anything|get(?:ting)? (?:up|out of bed)|see(?:ing)? anyone|eat(?:ing)?)", "no motivation (?:for|to do) anything"
);
export const LOW_MOOD_ES = anyOf(
  "(?:estoy|ando|toy|me siento|me sentia|bien|muy|andaba|estaba|quede) (?:(?:bien|muy|super|re|medio|todo|toda|tan) )*(?:aguitad[oa]|ahuevad[oa]|bajonead[oa]|achicopalad[oa]|agobiad[oa]|triste|deprimid[oa]|desanimad[oa]|por los suelos|de bajon|con el bajon|apagad[oa]|hech[oa] (?:mierda|pedazos|polvo)|del carajo|jodid[oa]|fregad[oa]|de la verga|sin ganas de nada)",
  "sin ganas de nada", "no tengo ganas de nada"
);
/** Hardships that turn low mood into distress: a job lost, rent that cannot be paid, an eviction. */
export const HARDSHIP = anyOf(
  "lost (?:my|the|our) (?:job|jobs|work|shifts?|apartment|place|housing)", "(?:got|been|was|just got|getting) (?:fired|laid off|let go|canned|sacked)",
  "(?:laid|let) me (?:off|go)", "fired me", "cut my hours", "(?:cant|cannot|can not|wont be able to|couldnt) (?:pay|make|afford|cover) (?:the |my |our )?(?:rent|bills|mortgage|car payment)",
  "behind on (?:the |my |our )?(?:rent|bills|payments)", "rent is due", "eviction(?: notice)?", "evicted", "no money", "out of work", "no job", "unemployed"
);
export const HARDSHIP_ES = anyOf(
  "perdi (?:el|mi) (?:jale|trabajo|chamba|empleo|chance|camello|brete|chambita)", "me (?:corrieron|despidieron|echaron|botaron|liquidaron)(?! de (?:la casa|mi casa|donde vivo|el cuarto))",
  "(?:me quede|estoy|ando|sigo|toy|estamos|seguimos|andamos) sin (?:jale|trabajo|chamba|empleo|casa|donde vivir|dinero|un peso|lana|feria)",
  "no (?:tengo|me alcanza|alcanzo|hay) (?:para|ni para) (?:la renta|el alquiler|pagar|comer)", "no (?:puedo|voy a poder|se como voy a) pagar", "(?:debo|debemos) (?:\\w+ ){0,2}(?:de )?(?:renta|alquiler)",
  "me van a (?:correr|sacar|desalojar|echar)", "desalojo", "desahucio"
);

/**
 * Peers in recovery named as the subject of a clause ("the new girl in group", "a guy at the
 * meeting", "mi ahijado", "el nuevo del grupo"): their day one, chip or lapse is not the writer's.
 */
export const PEER = anyOf(
  "(?:the |a |this |that |one |our )?new (?:girl|guy|kid|lady|man|woman|dude|one|member|person)", "newcomers?", "newbies?", "(?:my |a |the )?sponsee",
  "(?:a |the |this |some |one )?(?:guy|girl|lady|dude|man|woman|kid|member|person|someone|somebody) (?:at|in|from) (?:the |my |our )?(?:meeting|group|iop|program|detox|rehab|home group)",
  "(?:el|la) nuev[oa]", "(?:un|una|el|la|mi) (?:chav[oa]|chic[oa]|muchach[oa]|vato|morr[oa]|compa|companer[oa]|senor|senora) (?:nuev[oa]|de la junta|del grupo|del programa|de aa|de na)",
  "(?:mi|su) ahijad[oa]"
);

/** Smoked forms that are ambiguous anywhere else ("ice", "glass", "rock", "gas"). */
export const SMOKED = anyOf("ice", "glass", "rock", "rocks", "gas", "bud", "za", "tar", "the pipe", "foil", "off foil", "the foil");


/** People whose "gonna kill me" is a scolding after a mishap: "mi jefe me va a matar, llegue tarde". */
export const SCOLDER = "(?:boss|jefe|jefa|manager|supervisor|teacher|coach|profe|maestr[oa]|mom|mama|mother|madre|dad|papa|father|padre|sponsor|padrino|madrina|grandma|abuela|wife|esposa|sister|hermana|coworkers?|roommate|roomie|friends?|brother|bro|compa|companer[oa]|amig[oa])";
/** The everyday mishaps a scolding follows: late, forgot, dented the car. */
export const MISHAP = "(?:late|tarde|forgot|forget|olvide|olvido|overslept|me quede dormid[oa]|broke|rompi|choque|crashed|spent|gaste|missed|dented|scratched|lost|perdi|bill|cuenta|printer|no hice|didnt do|didnt finish|spilled|spilt|stained|ruined|wore|borrowed|ate|manche|derrame|tire|arruine|agarre|use|me puse|me comi)";

/**
 * Things, not people, that "kill" in hyperbole: weather, a game, school, work, food, a wait, a
 * show, an ache ("this heat is gonna kill me", "ese partido me va a matar", "el tráfico me está
 * matando"). As the subject of a threat to the participant they make it an idiom.
 */
export const THING_THAT_KILLS = anyOf(
  "heat", "humidity", "cold", "weather", "sun", "snow", "rain", "wind", "heatwave", "heat wave",
  "game", "games", "match", "team", "season", "playoffs", "overtime", "tournament", "ref", "refs", "penalties",
  "exams?", "finals?", "tests?", "quiz", "homework", "class", "classes", "school", "semester", "midterms?", "essay", "paper", "project", "deadline",
  "job", "work", "shifts?", "hours", "commute", "traffic", "line", "wait", "dmv", "inventory", "overtime",
  "food", "wings", "salsa", "sauce", "peppers?", "spice", "tacos", "burrito", "curry", "wasabi", "jalapenos?",
  "workout", "gym", "leg day", "stairs", "hike", "run",
  "show", "series", "episode", "suspense", "cliffhanger", "ending", "book",
  "rent", "bills", "prices", "gas prices", "hangover", "allergies", "migraine", "headache", "cramps", "feet", "back", "knees",
  "calor", "caloron", "bochorno", "frio", "sol", "clima", "lluvia", "partido", "juego", "equipo", "penales", "temporada", "liguilla",
  "examen", "examenes", "prueba", "tarea", "tareas", "escuela", "clase", "clases", "semestre", "proyecto",
  "trabajo", "chamba", "jale", "turnos?", "horario", "trafico", "fila", "cola", "espera", "inventario",
  "comida", "salsa", "chile", "chiles", "picante", "ejercicio", "gym", "gimnasio", "novela", "serie", "renta", "cuentas", "precios", "gasolina",
  "cruda", "alergias?", "migrana", "pies", "espalda", "rodillas", "nervios", "nerves", "stress", "estres", "ansias"
);

/**
 * Furniture and fixtures one knocks into by accident ("hit my head on the cabinet", "the top
 * bunk"); never the wall, floor, door or mirror that self-injury is done against.
 */
export const FIXTURE = anyOf(
  "cabinets?", "cupboards?", "shelf", "shelves", "bunk", "bunk bed", "top bunk", "bed frame", "headboard", "table", "coffee table", "counter", "desk", "ceiling",
  "sink", "faucet", "fridge", "freezer", "locker", "dresser", "shower", "beam", "pipe", "vent", "hood", "trunk", "steering wheel", "car door", "lamp", "fan", "rack", "slide", "monkey bars"
);
/** Everyday tasks an injury happens in: "bit my tongue eating", "cut my thumb chopping onions". */
export const EVERYDAY_TASK = anyOf(
  "eating", "chewing", "cooking", "chopping", "slicing", "peeling", "dicing", "shaving", "cleaning", "washing (?:the )?dishes", "doing (?:the )?dishes", "opening", "unloading", "gardening",
  "playing", "practicing", "at (?:work|practice|the gym)", "working out", "by accident", "accidentally"
);
/** Words of purpose or repetition that keep an injury self-harm whatever the task. */
export const INJURY_PURPOSE = anyOf("on purpose", "to feel", "deserve", "deserved", "punish", "again", "kept", "keep", "keeps", "wanted to", "want to", "urge");

/** Parts of one's own body a self-injury is done to (after "my"). */
export const BODY_PART = anyOf(
  "head", "face", "forehead", "arms?", "forearms?", "legs?", "thighs?", "wrists?", "skin", "stomach", "belly", "chest", "hands?",
  "knuckles", "fists?", "hips?", "ribs", "shins?", "ankles?", "neck", "cheeks?", "scalp", "body"
);
/** The same in Spanish, with the article ("la cabeza", "los brazos", "mis piernas"). */
export const PARTE_CUERPO = anyOf(
  "(?:la|mi) (?:cabeza|cara|frente|piel|panza|pierna|mano|muneca|espalda|pansa)", "(?:el|mi) (?:brazo|muslo|pecho|estomago|cuello|cuerpo|puno)",
  "(?:los|mis) (?:brazos|muslos|nudillos|punos)", "(?:las|mis) (?:piernas|munecas|manos)"
);
/** Sharp things used to cut or carve skin. */
export const SHARP = anyOf(
  "safety pins?", "pins?", "needles?", "razors?", "razor blades?", "blades?", "box cutter", "knife", "scissors", "glass", "a compass", "compass",
  "nails", "my nails", "a paperclip", "paper ?clips?", "sharpener blades?", "a shard", "broken glass", "a screw", "keys?"
);
export const FILO = anyOf(
  "(?:la punta (?:de|del) )?(?:un |una |el |la |mi |mis )?(?:compas|aguja|alfiler|seguro|navaja|cuchilla|gillette|vidrio|clavo|tijeras|cuchillo|sacapuntas|una?s|hoja de afeitar|rastrillo|llaves?)"
);

/**
 * Out of doors, where smoke goes away: a grill lit on the patio with the door shut behind is
 * cooking. A room named too ("brought the grill in from the patio to the bathroom") keeps it
 * a sealed room; see NOT_OUT_OF_DOORS.
 */
export const OUT_OF_DOORS = anyOf(
  "patio", "deck", "back ?yard", "yard", "porch", "balcony", "outside", "outdoors", "driveway", "afuera", "jardin", "terraza", "banqueta",
  "so (?:the )?smoke (?:stays|doesnt|wont|dont|isnt)", "(?:pa|para) que no (?:entr\\w+|se meta|pase) el humo"
);
const INDOORS = anyOf("bathroom", "bedroom", "my room", "the room", "closet", "inside", "in the car", "indoors", "cuarto", "bano", "recamara", "adentro", "closet", "dentro del? \\w+");
/** Placed where a charcoal-and-sealed-room rule starts: out of doors, with no room named, it does not match. */
export const NOT_OUT_OF_DOORS = `(?:(?=[^]{0,120}\\b${INDOORS}\\b)|(?![^]{0,120}\\b${OUT_OF_DOORS}\\b))`;
