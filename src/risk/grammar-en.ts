/**
 * The English grammar the crisis rules are built from: who (the participant, someone present),
 * what (intent, plan, preparatory act, attempt) and with what (means of dying). A rule states a
 * category-level pattern, subject + verb class + object class, so texts nobody wrote yet are
 * found: "I'm going to" x "swallow" x "the whole bottle", or "I bought" x "a rope".
 * All entries are normalized text (normalize-text.ts): lower case, no apostrophes.
 */
import { anyOf } from "./types.ts";

/** The participant speaking, with the contractions texters use. Often left out ("gonna do it tonight"). */
export const I = anyOf("i", "im", "i am", "ive", "i have", "ill", "i will", "id", "i just", "i finally", "i already");

/** Someone present with the participant now: the subject of an emergency the participant reports. */
export const SOMEONE_HERE = anyOf(
  "friend", "buddy", "homie", "roommate", "he", "she", "they", "hes", "shes", "theyre", "someone", "somebody", "this (?:guy|girl|dude|person|lady|man|woman|kid)",
  "my \\w+", "(?:guy|dude|girl|lady|man|woman|kid|person)(?: (?:next to me|beside me|with me|here|i was with|i came with|at the \\w+))", "(?:my|our|the|a) (?:friend|buddy|homie|homeboy|roommate|roomie|brother|bro|sister|sis|cousin|boyfriend|girlfriend|bf|gf|husband|wife|partner|man|girl|son|daughter|kid|mom|mother|dad|father|uncle|aunt|neighbor|neighbour|coworker|sponsor|sponsee|guy|dude)(?: here)?"
);

/** Intent lead-ins for an act: "going to", "tonight i will", "about to", "decided to". */
export const WILL = anyOf(
  "going to", "gonna", "gunna", "goin to", "will", "ill", "im", "about to", "ready to", "need to", "plan to", "planning to",
  "planning on", "decided to", "made up my mind to", "finally going to", "gotta", "have to", "figured out", "figured out i",
  "decided", "decided i", "know", "know i", "the plan is to", "my plan is to", "its going to be", "its gonna be"
);

/**
 * Lead-ins of thoughts about an act, without stated intent (the Columbia scale's ideation
 * with a method): "want to", "thinking about", "if i".
 */
export const WISH_TO = anyOf(
  "want to", "wanna", "wana", "thinking about", "thinking of", "think about", "tempted to", "urge to", "could just",
  "should just", "should", "might", "might just", "wish i could", "want so bad to", "cant stop thinking about",
  "keep thinking about", "if i", "if i just", "maybe i should", "maybe ill", "how to", "i could just"
);

/** Pills and medication as a means (never a dose on its own: see the quantities below). */
export const PILLS = anyOf(
  "pills?", "meds", "medications?", "medicine", "tablets?", "capsules?", "sleeping pills", "painkillers", "pain pills",
  "tylenol", "advil", "ibuprofen", "aspirin", "benadryl", "ambien", "seroquel", "trazodone", "xanax", "klonopin", "valium",
  "ativan", "oxys?", "percs?", "insulin", "lithium", "antidepressants", "prescriptions?", "bottle", "stash"
);

/** Amounts of pills that make taking them an act, not a dose. */
export const ALL_OF = anyOf(
  "all (?:\\d+ |\\w+ )?(?:of )?(?:my|the|these|those|them|his|her)?", "them all", "every (?:last )?(?:one|pill)", "the (?:whole|entire|full) (?:bottle|pack|box|strip|script|prescription)(?: of)?",
  "a (?:whole|full|entire) (?:bottle|pack|box)(?: of)?", "(?:a )?handfuls? of", "a bunch of", "a ton of", "too many", "enough",
  "the rest of (?:my|the)", "\\d\\d+", "twenty|thirty|forty|fifty|a hundred"
);

/** A routine dose: "take all my pills at night now", "with food". */
export const ROUTINE = "(?! (?:at night|in the morning|with (?:food|dinner|breakfast|water)|once a day|daily|every (?:day|night|morning)|each (?:day|night)|at bedtime|before bed|on time|as prescribed|like (?:the|my) doctor)\\b)";

/** Poisons and caustics swallowed as a method (household, garage and farm products). */
export const POISON = anyOf(
  "bleach", "clorox", "antifreeze", "anti freeze", "rat poison", "rat bait", "mouse poison", "poison", "drain cleaner", "drano", "liquid plumber", "lye",
  "pesticides?", "insecticide", "bug spray", "roach (?:killer|spray)", "weed ?killer", "herbicide", "roundup", "paraquat", "ammonia",
  "(?:windshield )?washer fluid", "windshield fluid", "methanol", "lighter fluid", "toilet (?:bowl )?cleaner", "oven cleaner", "cyanide", "arsenic"
);

/** Weapons, ligatures and places: the means of a method. */
export const WEAPON = anyOf("gun", "pistol", "handgun", "rifle", "shotgun", "revolver", "glock", "firearm", "bullets?", "ammo", "a round");
export const LIGATURE = anyOf("rope", "noose", "cord", "belt", "extension cord", "ligature");
export const BLADE = anyOf("razors?", "razor blades?", "blades?", "box cutter", "knife", "knives");
export const HEIGHT = anyOf(
  "bridge", "building", "roof", "rooftop", "cliff", "overpass", "balcony", "parking garage", "ledge", "tower", "window", "highway"
);
export const VEHICLE = anyOf("train", "bus", "truck", "car", "semi", "traffic", "oncoming traffic", "a moving car");

/**
 * The fatal acts themselves, as verb + object: "take them all", "swallow the whole bottle",
 * "hang myself", "use the gun on myself", "jump off the bridge", "drive into a wall".
 */
/** The fatal acts one by one (each becomes its own rule, see ruleEach in types.ts). */
export const FATAL_ACTS: readonly string[] = [
  `(?:take|taking|swallow|swallowing|down|downing|pop|popping|eat|eating|chug|chugging|od on|overdose on) (?:them |it )?${ALL_OF} ?(?:my |the |of |these |those )?(?:${PILLS})${ROUTINE}`,
  `(?:mix|mixing|take|taking|swallow|finish|finishing|down|chase|chasing) (?:the |my |all |all my |all the |a )?(?:${PILLS}|bottle|vodka|alcohol|booze|liquor|fifth)\\b(?: \\w+){0,3} (?:and|with) (?:the |my |all |all my |all the |a )?(?:${PILLS}|bottle|vodka|alcohol|booze|liquor|fifth|whiske?y|wine)(?: together| at once)?`,
  `(?:take|swallow|down|pop|eat) every (?:last |single )?(?:pill|tablet|one(?: of (?:them|my|those|these|the)(?: \\w+)? ?(?:${PILLS})?)?)`,
  `(?:use|grab|take|borrow|get) (?:my |the |his |her |a |that |those |these |my \\w+s |my \\w+ )?(?:${WEAPON}|rope|noose|razor blades?|blades|box cutter)(?! (?:range|safe|license|class|show|lock|cleaning kit)\\b)`,
  "go through with it (?:this time|tonight|today|for real|now)",
  "(?:shoot up|shoot|do|use|smoke|snort|take|drink|swallow) (?:a |the )?(?:hot shot|whole bag|whole gram|whole thing|all of it|everything i have|it all|the rest|all my \\w+)(?: at once)?(?: (?:and|to|so i) (?:not|never|dont|wont) wake up| on purpose)",
  "(?:take|down|pop|chug) (?:them|those|these|it) all(?=$| (?:at once|tonight|today|now|right now|and|at the same time)\\b)",
  "swallow (?:them|those|these|it) all", "(?:take|swallow|pop|down) (?:them|those|these|my pills|the pills) one (?:by|after) (?:one|another)",
  `(?:take|swallow|pop) enough (?:${PILLS} )?to (?:die|not wake up|never wake up|end it|sleep forever)`,
  "(?:shoot|hang|drown|poison|gas|stab|suffocate|electrocute|off|kill|unalive|overdose|od) my ?self",
  `(?:take|taking|swallow|swallowing|down|downing|pop|popping|eat|eating) (?:the|a) (?:whole|entire|full) (?:bottle|pack|box|strip|script|prescription)(?! of (?:water|juice|soda|wine|vodka|beer|whiske?y|tequila|rum|gin|\\w+ water|gatorade)\\b)`,
  `(?:use|using|put|putting|point|pointing|turn|turning) (?:it|the \\w+|my \\w+|that|this|them) (?:on|against|to|at) (?:my ?self|my (?:head|temple|chest|wrists?|throat))`,
  `put (?:a|the|my) (?:${WEAPON}) (?:to|in|against) my (?:head|mouth|temple|chest)`,
  "pull the trigger", "eat (?:a|my) (?:bullet|gun)", "blow my (?:brains|head) (?:out|off)", "tie (?:a|the) (?:noose|rope)",
  `(?:jump|leap|throw myself|fall) (?:off|from) (?:a |the |that |this |my |our )?(?:${HEIGHT})`,
  `(?:jump|step|walk|throw myself|lay down|lie down)(?: out)? (?:in front of|into|onto) (?:a |the )?(?:${VEHICLE}|tracks|train tracks)`,
  "(?:walk (?:out )?into|(?:wade|swim) out into) (?:the )?(?:lake|river|ocean|sea|water)(?![^\\n]{0,40}\\b(?:fish\\w*|waders|cool off|kayak\\w*|boat|tube|float\\w*|lol|haha\\w*)\\b)",
  `(?:drive|crash|steer|swerve|floor it|gun it|speed) (?:my car |the car |my truck |it )?(?:off|into|over) (?:a |the |that )?(?:${HEIGHT}|tree|wall|river|lake|pole|oncoming traffic|traffic|semi|truck|guardrail)`,
  "(?:slit|cut|open|slice) (?:my )?(?:wrists?|throat|veins)", "cut (?:too )?deep(?:er)? this time",
  `(?:drink|chug|swallow|eat|down) (?:some |the |a (?:cup|glass|bottle) of |a bunch of )?(?:${POISON})`, "drink myself to death", "(?:shoot|do|use) (?:a |the )?(?:hot shot|whole bag|whole gram|all of it) (?:on purpose|to (?:die|end it|not wake up))",
  "end (?:it|things)(?! (?:with|off|early|for today|for now|here|there|at|between|before)\\b)", "end (?:it all|everything|my life|my own life)",
  "take my (?:own )?life", "not (?:be here|be alive|wake up) (?:tomorrow|by morning|after tonight)"
];
export const FATAL_ACT = anyOf(...FATAL_ACTS);

/** Times that make an announced act imminent. */
export const SOON = anyOf("tonight", "today", "tomorrow", "right now", "now", "soon", "this weekend", "after (?:everyone|they|the kids|my \\w+) (?:go|goes|is|are) (?:to sleep|to bed|asleep|gone|out)", "when (?:everyone|they|my \\w+) (?:is|are) (?:asleep|gone|at work|out)");
