/**
 * English reports of substance use or a lapse since the last check-in (level "urgent").
 *
 * Most verbs here have innocent readings ("drank coffee", "used my coping skills",
 * "slipped on the ice", "got a high score", "smoked a brisket"), so a bare verb only counts
 * when it ends the clause, is followed by a time marker ("used yesterday") or by a drink or
 * drug word. Prescription medication is not a lapse unless it was someone else's or more
 * than prescribed.
 */
import { ALCOHOL, CONTAINER, DOSE, DRINK_ADJ, DRUG, FOIL, GREW, NON_ALCOHOLIC, QTY, RX, SMOKED, SPAN, SPREE, STREET, WHEN } from "./lexicon.ts";
import { POISON } from "./grammar-en.ts";
import { rule, type RiskRule } from "./types.ts";

const U = "substance_use" as const;

/** Not followed by a harmless drink, allowing up to 3 quantity words ("a lot of water"). */
const NOT_SOFT_DRINK = `(?! (?:(?:a|some|my|the|lots of|a lot of|so much|too much|plenty of|more|only|just|\\d+|two|three|four|five|a couple|a few|like|\\w+ (?:cups?|glass(?:es)?|bottles?|mugs?|cans?|liters?|ounces?|oz) of|a (?:cup|glass|bottle|mug|can|gallon|liter) of) ){0,3}${NON_ALCOHOLIC}\\b)`;

/** Drinks that are alcohol whatever the verb (no "drinks", "shots" or "pints", which lead to food and soda too). */
const HARD_DRINK = "wine|vodka|whiske?y|tequila|rum|gin|bourbon|scotch|brandy|cognac|beers?|liquor|booze|jack|henny|hennessy|fireball|a fifth|the fifth|handle of \\w+|mezcal|moonshine|forties|tall cans?|white claws?|four lokos?|twisted teas?|six pack|12 pack|bottle of (?:wine|vodka|whiske?y|tequila|rum|gin|jack|henny)";

/** "of water" etc. after a generic drink word ("had a drink of water", "a pint of ice cream"). */
const NOT_OF_SOFT = "(?! of (?!(?:vodka|whiske?y|tequila|rum|gin|wine|beer|bourbon|liquor|booze|jack|henny|fireball)\\b)\\w+)";

/** Words after "high" that make it a score, a school or a blood-pressure reading. */
const NOT_HIGH_IDIOM = "(?! (?:score|scores|school|blood|pressure|fives?|hopes|marks|grades?|quality|end|risk|alert|demand|functioning|standards|expectations|anxiety|stress|fever|sugar|cholesterol|on (?:life|love|sugar|caffeine|adrenaline|coffee))\\b)";

/** "really wasted my time", "smashed my phone", "blasted music": an object follows. */
const NOT_OBJECT = "(?! (?:my|the|a|an|it|that|this|his|her|their|our|all(?! (?:night|day|weekend|week|morning|afternoon|evening))|some|music|time|money|him|them)\\b)";

/** Non-drug things one smokes: food and tobacco (tobacco is not tracked as a lapse). */
const NOT_SMOKED_FOOD_TOBACCO =
  "(?! (?:a |some |the |my |\\w+ )?(?:cigarettes?|cigs?|cigars?|tobacco|hookah|vapes?|brisket|salmon|meat|ribs|turkey|chicken|fish|pork|sausage|cheese|out|the competition|a pack|packs?|newports|marlboros?)\\b)";

/**
 * A day one that is not the writer's today: their own past ("reminds me of me at day 1", "where i
 * was at day 1") or the consequence clause of a lapse just told, which the lapse's own clause
 * decides ("my cousin fell off again, back to day one": the cousin's).
 */
const NOT_PAST_DAY_ONE = "(?<!\\b(?:me|myself|mine|i was|we were|when i was|remember)(?: (?:at|on))? )(?<!\\b(?:relapsed|relapsing|fell off|slipped|picked up|used|drank|recayo|recaio)(?: again| hard| otra vez)?\\n)";

const DRINK = `(?:(?:${QTY}) ){0,2}(?:${CONTAINER} )?(?:${DRINK_ADJ} )?(?:${ALCOHOL})${NOT_OF_SOFT}`;

/** Cannabis in the forms that are vaped, dabbed or eaten; a cart or a pen only with THC or weed named. */
const THC_FORM =
  "(?:(?:thc|weed|pot|delta ?[89]|d ?[89]|hhc|thca|cannabis|live resin|rosin|710|wax|dab|distillate|kush|sativa|indica|hybrid) (?:carts?|cartridges?|pens?|vapes?|disposables?|dispos?|gummies|gummys?|edibles?|brownies?|cookies?|chocolates?|candy|candies|drinks?|seltzers?|oil|rigs?)" +
  "|thc|delta ?[89]|thca|hhc|weed vapes?|dab pens?|dab rigs?|dabs|a dab|wax|shatter|live resin|rosin|distillate|carts(?= (?:all|every|again|last|this|yesterday|today|tonight)\\b|$)|a cart(?= (?:all|every|again|last|this|yesterday|today|tonight|at|in|with)\\b|$)|(?:edible|edibles|gummies) (?:again|last night|all weekend|yesterday|today|tonight))";

export const USE_RULES_EN: RiskRule[] = [
  // Relapse vocabulary. "I did not relapse" has no past-tense match, so it stays clear.
  rule("relapsed", U, "en", `relapsed|relapsing|relaped|relasped|(?:had|have had|just had|i had) a (?:little |lil |small |minor |big |bad |major |quick |slight |tiny |full )?(?:relapse|slip|lapse|slip up|slipup)|slipped up|fell off the wagon|(?:broke|lost|blew) my (?:sobriety|clean time|clean date|sober date|sobriety date)|(?:reset|restart(?:ed)?) my (?:sobriety|clean time|clean date|sober date|sobriety date|date|days|clock)` +
    `|${NOT_PAST_DAY_ONE}back to day (?:one|1|zero|0)|day (?:one|1) again|starting over at day (?:one|1)`),
  // Bought, told in slang with a unit and a time: "copped a bag this morning", "scored a point last night".
  rule("copped-unit", U, "en", `(?:copped|(?:copped|scored|re ?upped)(?: (?:a |another |some |one |two |half a |a half )?(?:bag|bags|baggie|bundle|point|half point|g|gram|ball|8 ball|eighth|zip|pack|sack|dub|nick|dime|blue|blues|bar|bars)))(?=$| (?:${WHEN}|again|earlier|off|from)\\b)`),
  // "I slipped" only as a report, never "slipped on the ice".
  rule("slipped", U, "en", `(?:i|ive|i have|i just|and|but) slipped(?=$| ${WHEN}\\b| (?:and (?:drank|used|got high)|again)\\b)`),
  // Recovery's own words for a lapse, told without an object: "fell off again", "then slipped hard". "fell off my bike", "slipped on the ice" have one.
  rule("fell-off", U, "en", `(?:^|(?<=\\b(?:i|ive|i have|and|then|just|finally|totally|kinda|so|but) ))(?:fell off|slipped)(?: (?:hard|bad|big time|again))*(?=$| (?:${WHEN}|again|hard|bad)\\b)(?! (?:\\w+ )?(?:on|in|off|down|over|out of|and (?:fell|broke|hurt))\\b)`),
  // A stretch of use: "went on a 3 day run", "been on a run since thursday", "on a run friday thru sunday". A run with no span is a jog.
  rule("on-a-run", U, "en", `(?:went|go|been|was|were|am|im|got|still|back) on (?:a |another |an |my )?(?:(?:${SPAN}) (?:${SPREE})|(?:${SPREE}) (?:since \\w+|for (?:${SPAN})|all (?:weekend|week)|(?:from )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|last night|yesterday)(?: night)? (?:thru|through|till|til|until|to) \\w+))(?! (?:streak|club|group|app|training|plan|program)\\b)(?![^]{0,60}\\b(?:running|club|miles?|marathon|5k|10k|race|training|pace|jog\\w*|workout|gym)\\b)`),
  // A first drink that grew: "a couple beers turned into a whole 30 rack", "one drink turned into like 12".
  rule("drinks-grew", U, "en", `(?:(?:${QTY}) ){0,2}(?:${CONTAINER} )?(?:${DRINK_ADJ} )?(?:${ALCOHOL})${NOT_OF_SOFT} (?:${GREW}) (?:(?:${QTY}|the whole|the rest of the) ){0,3}(?:(?:${CONTAINER} )?(?:${ALCOHOL})|\\d+|twelve|ten|fifteen|twenty|a (?:bender|binge|blackout)|the (?:whole )?(?:bottle|case|night|weekend))`),
  // Smoking an opioid: "chased the dragon", "smoked blues on foil". "play chase the dragon" is a game.
  rule("chased-the-dragon", U, "en", `(?<!\\bplay(?:ing|ed)? )chas(?:ed|ing|in) (?:the )?dragon(?! (?:boat|kite|parade|dance|costume)s?\\b)(?<!\\b(?:boat|kite|parade|dance|costume)s?\\b[^]{0,80})|(?:smoked|smoking|smoke|hit|hitting|chased|chasing) (?:(?:${QTY}|em|them|it|some|a couple|a few) )?(?:(?:${STREET}) )?(?:on|off|with|off of) (?:a |some |the |my )?(?:${FOIL})`),
  // "used" / "using": time marker, drug, "again" or end of clause. Not "used to", not "used my...".
  rule("used", U, "en",
    `(?:i|ive|i have|i just|we|and|but|finally|also) used(?=$| (?:${WHEN}|${DRUG}|a little$|a bit$|some$)\\b)|used (?:${WHEN}|${DRUG})|used (?:a little|a bit|some)$` +
      `|(?:been|started|start|was|were|am|im|keep|kept|back to|went back to|caught myself|ended up|still) using(?=$| (?:${WHEN}|${DRUG})\\b)|using (?:again|${DRUG})`
  ),
  // Drinking alcohol. "drank coffee", "drinking water" are excluded by NOT_SOFT_DRINK.
  // A poison swallowed is an attempt (crisis-means-acts.ts), not a drink.
  rule("drank", U, "en", `(?:drank|drunk|dranks)${NOT_SOFT_DRINK}(?! (?:(?:some|a|the|half|half a|a cup of|a glass of|a bottle of|my|his|her) ){0,2}(?:${POISON})\\b)(?! (?:driver|drivers|driving)\\b)`),
  rule("drinking", U, "en", `(?:been|started|start|was|were|am|im|keep|kept|back to|went back to|went|out|caught myself|ended up|still|binge|day|i|we) drinking${NOT_SOFT_DRINK}(?! (?:problem|buddies|age|game)\\b)|drinking again`),
  rule("had-drinks", U, "en", `(?:had|drank|downed|finished|killed|slammed|chugged|pounded|knocked back|threw back|shotgunned|sipped|split|shared|ordered) ${DRINK}`),
  rule("took-shots", U, "en", "(?:took|did|had|taking|doing) (?:some |a few |a couple |a couple of |two |three |four |five |\\d+ |too many |a bunch of )?shots|(?:a )?shots? of (?:vodka|whiske?y|tequila|rum|gin|jack|fireball|henny|patron|jager|liquor|alcohol|bourbon)"),
  rule("drunk-high", U, "en",
    `(?:got|get|getting|was|were|am|im|been|felt|feel|feeling|stayed|ended up|kinda|a little|a bit|pretty|so|super|really|very) (?:drunk|wasted|hammered|smashed|tipsy|buzzed|plastered|trashed|blackout drunk|blasted|stoned|blazed|zooted|faded|cross ?faded|geeked|tweaking|tweaked out|nodding off|on a bender|sloshed|shitfaced|lit up)${NOT_OBJECT}` +
      `|(?:got|getting|i was|im|i am|we were|i got|i felt|feeling|felt|stayed|been getting) high${NOT_HIGH_IDIOM}|(?:got|getting|was|im|so) hi(?= (?:last|yesterday|again|tonight|today|with|af|as|at)\\b|$)|got (?:messed|fucked|fcked|effed) up|(?:got|was|im) baked|blacked out|hungover|hung over|nursing a hangover|had a hangover|went on a (?:bender|binge)`
  ),
  // A state told without a subject: "buzzed rn", "kinda faded ngl".
  // Words that are also everyday answers ("high" to the cravings question, "lit" for a good group) need a texting marker after them.
  rule("state-alone", U, "en", "^(?:kinda |kind of |a little |lil |little |pretty |so |hella |mad |lowkey |highkey |still |bit )?(?:(?:tipsy|buzzed|drunk|wasted|hammered|plastered|trashed|stoned|blazed|zooted|cross ?faded|geeked|tweaking|tweakin|sloshed|shitfaced)(?= (?:rn|right now|af|asf|ngl|not gonna lie|tbh|lol|lmao|again|tonight|still|already|off)\\b|$)|(?:smashed|blasted|faded|baked|lit|high|fucked up|messed up)(?= (?:rn|right now|af|asf|ngl|not gonna lie|tbh|lol|lmao|again|tonight|already)\\b))"),
  // A bottle finished: "finished off the bottle of jack", "downed most of the vodka my roommate left".
  rule("finished-the-bottle", U, "en", `(?:finished|finished off|downed|chugged|polished off|drained|emptied|knocked back|slammed|threw back|pounded|killed) (?:\\w+ ){0,6}?(?:${HARD_DRINK})\\b`),
  rule("smoked", U, "en", `(?:i|we|ive|i have|and|also|just|finally) smoked(?=$| ${WHEN}\\b| (?:a |some |an |the |\\w+ )?(?:${DRUG})\\b)${NOT_SMOKED_FOOD_TOBACCO}|smok(?:ed|ing|e) (?:a |some |an |the |a little |a lot of )?(?:${DRUG}|pipe|ice|glass|rock|rocks|bud|kush|grass|a spliff|spliffs?|reefer|hash|wax|bong|a bong|dmt)\\b`),
  rule("did-drugs", U, "en",
    `(?:did|done|doing|snorted|snorting|sniffed|railed|shot up|shooting up|popped|popping|dropped|dropping|tried|tripped on|tripping on|rolled on|rolling on|scored|copped|cooked up|hit|smoked) (?:(?:${QTY}|a gram of|a g of|an eighth of|a point of|a bag of|a baggie of|a line of|lines of|a bump of|a hit of|hits of|a tab of|tabs of|my old) )?(?:${DRUG})` +
      `|(?:took|taking|ate|used|bought|buying|got|picked up|get) (?:(?:${QTY}|a gram of|an eighth of|a bag of|a tab of|a hit of) )?(?:coke|cocaine|crack|meth|heroin|dope|fent|fentanyl|molly|mdma|ecstasy|acid|lsd|shrooms|magic mushrooms|ketamine|weed|pot|marijuana|edibles?|an edible|thc|dabs?|kratom|lean|blow|drugs|xans)(?! (?:test|tests|screen|class|dog|roast|pie|pies|luck|holders?|belly|reflux)\\b)` +
      `|(?:popped|popping|snorted|snorting|railed|crushed up|crushing up|sniffed) (?:(?:${QTY}) )?(?:${RX}|bars)|(?:dropped|took) (?:a |some |two )?tabs?(?! (?:on|open)\\b)` +
      "|took (?:a|some|a few|two|three) (?:hits?|puffs?|rips?|drags?) (?:of|off|from) (?:a |the |his |her |my |that )?(?:joint|blunt|bong|pipe|pen|cart|weed|bowl|dab|spliff)" +
      "|hit (?:the|a|my|that) (?:pipe|bong|blunt|joint|bowl|dab|dab pen|cart|weed pen|spoon|needle|rig)|injected(?! (?:my |the )?(?:insulin|vaccine|b12|ozempic|semaglutide)\\b)|(?:i|we|and|just) shot up(?=$| (?:yesterday|today|last night|again|this morning)\\b)|(?:^|(?<=\\b(?:i|we|and|just|then) ))shot up (?:in|at|behind|before|after) (?:the |my |a |group|work)(?:car|bathroom|parking lot|alley|park|truck|stall|group|work|gas station)?"
  ),
  // Someone else's pills or more than prescribed; "pills for my blood pressure" never matches.
  rule("not-my-pills", U, "en",
    `(?:${RX}|one|some|a few) (?:that |which )?(?:wasnt|werent|was not|were not|isnt|arent|is not|are not|not) (?:mine|my own|prescribed(?: to me| for me)?)` +
      `|(?:someone|somebody|some1) elses (?:${RX})|(?:took|stole|borrowed|used|popped|taking|stealing|snuck|tried) (?:some of |a few of |one of )?(?:my (?:moms|dads|mothers|fathers|friends|sisters|brothers|roommates|grandmas|grandmothers|grandpas|wifes|husbands|partners|boyfriends|girlfriends|sons|daughters|aunts|uncles)|his|her|their|a friends) (?:${RX})` +
      `|(?:more|extra|double) (?:${RX}|of my (?:${RX})|doses?) than (?:prescribed|i was prescribed|i should|im supposed to|i was supposed to)|more than (?:prescribed|my prescription|i was prescribed)` +
      `|(?:took|stole|grabbed|swiped|snagged|pocketed|lifted) (?:some |a few |a couple(?: of)? |\\d+ |two |three )?(?:${RX}) (?:from|out of) my (?:\\w+s )?(?:aunts?|uncles?|moms?|dads?|grandmas?|grandpas?|sisters?|brothers?|cousins?|friends?|roommates?|neighbors?|medicine cabinet|\\w+s (?:purse|cabinet|drawer))\\b[^]{0,60}?\\b(?:took|popped|swallowed|ate|did) (?:\\d+|two|three|one|some|a couple|them|it|a few)` +
      `|double dosed|doubled (?:up )?(?:on )?my (?:dose|meds|pills)|took (?:an )?(?:extra|double) (?:${RX}|dose|doses)`
  ),
  // Buying: drugs or alcohol, or "bought some" as a complete report.
  rule("bought", U, "en",
    `(?:bought|buying|picked up) (?:some |a |an |more |another |a few |a couple |two |a little )?(?:${ALCOHOL}|bottle|a bottle|six pack|a six pack|a case)${NOT_OF_SOFT}(?! of (?:water|juice|soda|milk)\\b)` +
      `|(?:scored|copped|got|grabbed) (?:some |a |an |more |another |a few |a couple |two )?(?!shots\\b|a drink\\b|drink\\b)(?:${ALCOHOL})${NOT_OF_SOFT}|bought some(?=$| (?:${WHEN}|from|off|again)\\b)` +
      "|(?:called|texted|met|met up with|went to|hit up|contacted|messaged|went to see|bought from|picked up from) (?:my |the |an |my old |a )?(?:dealer|plug|connect)(?!s? (?:number|contact)\\b)"
  ),
  // Street slang after a use verb, "on the ...", and the doses that only a use verb makes a drug.
  rule("street-use", U, "en", `(?:took|taking|take|did|done|doing|popped|popping|pop|used|using|smoked|smoking|snorted|snorting|sniffed|railed|blew|shot|shot up|banged|slammed|injected|ate|dropped|tried|hit|scored|copped|got|grabbed|picked up|bought|had|split|shared|mixed|bumped|dabbed) (?:(?:${QTY}|a couple|a couple of|half|a half|half of|some of|a few of|one of|two of|\\d+ of|(?:a |one |two |some )?(?:gram|g|bag|baggie|point|half point|bundle|eighth|eight ball|tab|hit|line|bump|rail|hit) of|my old) )*(?:${STREET})(?! (?:test|tests|screen|class|dog|roast|pie|pies|luck|holders?|belly|reflux|at|on you|cream|cube|cubes|skating|tea)\\b)` +
    `|(?:been|was|were|im|am|got|back|went back|get|getting|still) on (?:the |some |a )?(?:${STREET}|bars|the sauce|the bottle|a bender|a binge|a run)(?! (?:test|screen|topic)\\b)` +
    `|(?:took|did|had|tried|blew|railed|snorted|sniffed|done|doing|smoked|hit|banged|slammed|shot|shot up|injected) (?:(?:${QTY}|a couple|a couple of) )*(?:${DOSE})(?! (?:at|on|to|financially|from the (?:economy|market)|of (?:water|coffee|espresso|wheatgrass|vitamin|b12|vaccine))\\b)` +
    `|(?:smoked|smoking|hit|hitting|chased|chasing) (?:(?:${QTY}) )?(?:${SMOKED})\\b(?! (?:pedal|station|tank|bill|prices?|cream|skating|hockey|cube|of water)\\b)` +
    "|(?:used|did|copped|scored|shot|sniffed|snorted|bought|banged) (?:some |a little |more )?(?:h|boy|girl|dog food)(?= |$)" +
    "|(?:copped|scored|bought|got|picked up|grabbed|re ?upped on) (?:a |an |half a |a half |one |two |some |another )?(?:point|half point|gram|eighth|eight ball|8 ball|bundle|zip|ounce|oz|bag of (?:dope|coke|fent|blow|meth|weed|crystal))(?! of (?:water|milk|juice|gas|coffee)\\b)" +
    `|(?:took|popped|did|had|ate|split|bought|copped|snorted|railed) (?:(?:${QTY}|a couple|a couple of|half|half a) )+(?:bars|xanax bars|zanny bars|zan bars)(?! of\\b)` +
    "|(?:pressed|fake|popped|took|on) (?:bars|blues|percs|xans|30s|m30s)(?= (?:again|today|yesterday|last night|tonight)|$)" +
    "|hit (?:my |his |her |a |the |that |this |\\w+s )?(?:\\w+s )?(?:pen|cart|bong|pipe|blunt|joint|bowl|dab pen|dab rig|rig|spoon|foil)(?! (?:cap|pal)\\b)" +
    `|(?:dabbed|dabbing|nodding out|nodding off|on the nod|geeked|geeking|tweaked|tweaking|rolling|tripping|(?<!\\b(?:brain|brains|mind|head|nerves) (?:is |s |are |feels |was |were |got |totally |so |completely |just |all )*)fried|cooked|zooted)(?=$| (?:${WHEN}|again|hard|out|all)\\b| with (?:my |the |some |a |these |those )?(?:guys|boys|homies|friends|crew|roommate|cousin|brother|girls|\\w+s)\\b)`),
  // Prescription misuse: more than prescribed, someone else's, for the effect.
  rule("rx-misuse", U, "en", `(?:took|take|taking|popped|used|doubled|tripled|double|triple) (?:up )?(?:on )?(?:double|triple|extra|twice|2x|3x|\\d+x|two times) (?:of )?(?:my |the )?(?:${RX}|dose|doses)` +
    `|(?:took|taking|popped|used|take|been taking|been popping|started taking) (?:my |the |\\d+ of my |a few of my |more of my |extra )?(?:${RX}|pills|meds) (?:way |a lot |much )?(?:more|more often|faster|earlier|sooner) than (?:im |i was |i am |i )?(?:supposed to|prescribed|should|meant to|told to)` +
    `|(?:${RX}|${STREET}|dose|doses|pills?)\\b[^\\n]{0,30} (?:instead of (?:one|1|two|2|the \\w+)|to get (?:high|messed up|fucked up|fcked up|a buzz|buzzed|numb|lit|loaded)|to feel (?:something|nothing|numb|high|the buzz)|to stay (?:up|awake)|to get through the (?:day|night|shift))` +
    `|(?:took|take|taking|popped|swallowed) (?:\\d+|three|four|five|six|seven|eight|a handful|a bunch) of my (?:${RX}|pills|meds)` +
    `|(?:used up|ran through|run through|went through|finished|blew through) (?:my |a |the )?(?:whole |entire |full )?(?:month|months|script|prescription|bottle|weeks?)(?: (?:supply|worth))? (?:of )?(?:my )?(?:${RX}|pills|meds)? ?(?:in|early|before)\\b` +
    `|(?:took|take|taking|stole|borrowed|used|popped|snuck|tried|swiped|grabbed) (?:a couple |a couple of |some of |a few of |one of |two of |\\d+ of )?(?:my \\w+s|my (?:friends|moms|dads)|his|her|their|a friends|someone elses) (?:${RX}|${STREET}|pills|meds)`),
  rule("relapse-day-one", U, "en", `${NOT_PAST_DAY_ONE}(?:back (?:at|to|on)|on|at|starting) day (?:one|1|zero|0)(?! of (?:my|the|our|a) (?:job|trip|vacation|class|diet|program)\\b)|(?:lost|reset|changed|had to change|blew) my (?:date|time|days|sober date|clean date|sobriety)|(?:went|going|been) back out(?: there)?(?=$| (?:again|${WHEN})\\b)|(?:im |i am )?(?:back )?out there again|(?:i |and )?picked up (?:again|a drink|the bottle|a drug)|(?:white|desire|newcomer) chip (?:again|tomorrow|today|tonight|back)|(?:another|picking up (?:a|the|my|another)|pick up (?:a|the|another)|got (?:a|another)) (?:white|desire) chip|(?:day count|my count|days|clock|counter|day counter|sober counter|sobriety counter|clean counter|streak)(?: \\w+)? (?:got |is |was |went )?(?:reset|back) (?:to )?(?:0|zero|1|one|day one|day 1)\\b|(?:reset|restarted|restart) (?:my )?(?:day count|sober counter|sobriety counter|clean counter|sober app|sobriety app|days)\\b`),
  // Going where only alcohol or drugs are sold: "went to the liquor store on my lunch break".
  rule("went-to-store", U, "en", "(?:went|go|going|stopped|ran|drove|walked|snuck|slipped|headed|hit) (?:to|by|into|in|up|at) (?:the |a )?(?:liquor store|package store|packie|dispensary|trap house|trap|dope house|crack house|my dealers|the plugs?)(?! (?:parking lot|for (?:ice|chips|snacks|soda|cigarettes|smokes|a lottery ticket|lottery tickets|scratchers|cups)|and (?:kept|turned|left|walked out|didnt|did not)|but (?:didnt|did not|left|turned|walked|only|just))\\b)"),
  rule("alcohol-pulls", U, "en", `(?:took|had|did|a few|some|couple|couple of|a couple|a couple of|two|three) (?:pulls?|swigs?|sips?|gulps?|chugs?|slugs?) (?:off|of|from|out of) (?:a |the |my |his |her |that |this |\\w+s )*(?:${ALCOHOL}|bottle|flask|fifth|handle)`),
  rule("bare-use-verb", U, "en", `(?:^|(?<=\\b(?:i|we|and|just|then|also) ))(?:shot up|smoked|snorted|sniffed|railed|banged|slammed|used|drank|dabbed|got high|got drunk|got loaded|got wasted|got lit)(?: (?:some|a little|a bit|a lot|too much))?(?: with (?:my |a |the |some |an old |an |this |that )?\\w+(?: \\w+)?)?(?= ${WHEN}\\b|$)|^drinking(?= (?:rn|right now|now|${WHEN})\\b|$)`),
  // Cannabis vaped, dabbed or eaten: "vaped a thc cart all weekend", "hitting my dab pen", "ate two delta 8 gummies". Nicotine vapes are tobacco.
  rule("thc-forms", U, "en", `(?:vaped|vaping|vape|vapin|been vaping|ripped|ripping|puffed|puffing|hit|hitting|smoked|smoking|took|taking|ate|eating|had|did|doing|popped|tried|finished|killed|went through|burned through|bought|copped|got|picked up|dabbed|dabbing) (?:(?:${QTY}|half (?:a|an|of)|my|the|his|her|a friends|someones|his|that|this|another|the whole|a whole|like half) )*(?:${THC_FORM})(?! (?:drug|test|tests|screen|ban|laws?|tax|shop|store|stock|company|article)\\b)`),
  rule("picked-up", U, "en", `(?:^|(?<=\\b(?:i|ive|i have|i just|and|but|then|finally)\\b ))picked up(?=$| ${WHEN}\\b| after (?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\\w+) (?:days?|weeks?|months?|years?)\\b)`),
  // A lapse left unsaid after a bar, a party or a dealer: "went to the bar just for wings lol. u can guess the rest".
  rule("guess-the-rest", U, "en", "(?:you|u|ya|yall)(?: can| could| probably| prob)? (?:guess|imagine|know) (?:the rest|what happened(?: next)?|how (?:that|it|this|the night) (?:went|ended|ends|goes))(?<=\\b(?:bar|bars|liquor store|dealers?|plug|open bar|club|happy hour|trap|old crew|old friends)\\b[^]{0,160})"),
  // Pills bought off the street: "got some pills off the street last night".
  rule("off-the-street", U, "en", `(?:got|bought|buying|copped|grabbed|picked up|scored) (?:some |a few |a couple |a couple of |\\d+ |two |three )?(?:${RX}|bars|blues|${STREET}) (?:off|on|from) the (?:street|streets|corner)`),
];
