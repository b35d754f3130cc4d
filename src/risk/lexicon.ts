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
  "cold ones?", "brews?", "hooch", "boxed wine", "a bottle of (?:wine|vodka|whiske?y|tequila|rum|gin|jack|henny)", "jack", "jack daniels"
);

/** Drinks that make "drank"/"drinking" harmless ("drank coffee", "drinking water"). */
export const NON_ALCOHOLIC = anyOf(
  "coffee", "water", "tea", "juice", "soda", "milk", "pop", "coke", "diet \\w+", "gatorade",
  "lemonade", "smoothies?", "kombucha", "protein", "shakes?", "broth", "seltzer", "la croix",
  "sparkling", "decaf", "energy drinks?", "red ?bull", "monster", "hot chocolate", "cocoa", "herbal",
  "ginger ale", "sprite", "pepsi", "fluids", "electrolytes", "pedialyte", "nothing", "non alcoholic",
  "na beers?", "mocktails?", "virgin", "root beer", "a lot of water", "liquid iv", "espresso", "latte",
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
/** Smoked forms that are ambiguous anywhere else ("ice", "glass", "rock", "gas"). */
export const SMOKED = anyOf("ice", "glass", "rock", "rocks", "gas", "bud", "za", "tar", "the pipe", "foil", "off foil", "the foil");


/** People whose "gonna kill me" is a scolding after a mishap: "mi jefe me va a matar, llegue tarde". */
export const SCOLDER = "(?:boss|jefe|jefa|manager|supervisor|teacher|coach|profe|maestr[oa]|mom|mama|mother|madre|dad|papa|father|padre|sponsor|padrino|madrina|grandma|abuela|wife|esposa|sister|hermana|coworkers?|roommate|roomie|friends?|brother|bro|compa|companer[oa]|amig[oa])";
/** The everyday mishaps a scolding follows: late, forgot, dented the car. */
export const MISHAP = "(?:late|tarde|forgot|forget|olvide|olvido|overslept|me quede dormid[oa]|broke|rompi|choque|crashed|spent|gaste|missed|dented|scratched|lost|perdi|bill|cuenta|printer)";

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
