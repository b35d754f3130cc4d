/**
 * Suicidal ideation (the Columbia scale's wish to be dead and active thoughts, with or without
 * a method), English and Spanish. Intent, plans, preparatory acts and attempts are in
 * crisis-acts.ts.
 *
 * Bias: missing one of these is the worst error the bot can make, so rules are broad and
 * only carve out idioms that are common AND clearly harmless ("I could die of embarrassment",
 * "dye my hair"). Denials ("I'm not suicidal") are handled centrally in negation.ts; rules
 * that are negative on purpose ("I don't want to live") are never cancelled by negation.
 */
import { INTENT, SELF, WISH } from "./lexicon.ts";
import { anyOf, rule, type RiskRule, unlessLaughingWish } from "./types.ts";

const R = "suicidal_ideation" as const;

/** "die" with stretched/typo forms; "diiie" is also handled by the de-stretched variant. */
const DIE = "d+(?:i+e+|y)(?! (?:my|her|his|your|the|it) hair)";

/** Harmless continuations after "die"/"dying": "die of laughter", "die laughing". */
const DIE_IDIOM = " (?:of|from) (?:laughter|laughing|embarrassment|boredom|shame|cringe|cuteness|happiness)| laughing";

/** Clause-final fillers that may trail an otherwise final phrase ("I can't go on anymore lol"). */
const TAIL = "(?: (?:anymore|any more|any longer|like this|lol|tbh|honestly|now|right now|rn|today|tonight|man|bro|dude|please|pls|plz|ok|okay|idk|seriously|really|fr|for real))*$";

/** Spanish idioms after "morir": "me voy a morir de hambre / de risa". */
const ES_IDIOM = " de (?:risa|hambre|sueno|frio|calor|verguenza|aburrimiento|cansancio|ganas|amor|miedo|pena|envidia|la (?:risa|verguenza|pena)|lo (?:rico|bueno|sabroso|delicioso|bonito|lindo|chistoso|gracioso|padre|chido|bien|aburrid[oa]|ridicul[oa]|emocionad[oa]|nervios[oa]|llen[oa])|(?:esta|la|una) (?:gripa|gripe|cruda|resaca|tos|fiebre|calentura|migrana|diarrea|colitis|infeccion|covid|muela))";

/**
 * "Están tan picosos que me voy a morir": "voy a morir" as the result of "tan ... que" is an
 * exaggeration; "tan cansada que me quiero morir" (a wish) is not carved out.
 */
const NOT_SO_THAT = "(?:(?<!\\b(?:tan|tanto|tanta|tantos|tantas)\\b[^\\n]{0,40}\\bque (?:me )?)|(?!(?:me )?voy a (?:morir|morirme)\\b))";

/**
 * A long wait laughed at: "pa cuando me atiendan en el seguro ya no voy a estar viva jaja". A
 * note to be read ("cuando leas esto") is never one, and neither is anything said without the laugh.
 */
const NOT_WAIT_JOKE = "(?!(?<=\\bcuando (?!(?:leas|lean|veas|vean|recibas|reciban|encuentres|encuentren|escuches|oigas|abras|despiertes|despierten|amanezca|anochezca|oscurezca|salga el sol|llegue la noche)\\b)[^\\n]{0,80})[^\\n]{0,30}\\b(?:ja(?:ja)+\\w*|je(?:je)+\\w*|lol|xd)\\b)";

/** How one wakes, after "no despertar": with a headache, hungover, at midnight. */
const ES_WAKE_STATE = "(?! (?:con|sin|tan|cruda|crudo|enferm[oa]|adolorid[oa]|cansad[oa]|a (?:media|medianoche|las)|en la (?:noche|madrugada)|temprano|de madrugada|cada rato|a cada rato|con hambre)\\b)";

/** The wish said now or as ongoing: "i wish i was dead", "been wishing i was dead all week". */
const WISHING = "wish(?:ing|in)?";

const QUIERO = anyOf(
  "quiero", "kiero", "qiero", "quisiera", "kisiera", "deseo", "deseando", "tengo ganas de", "ganas de", "pienso",
  "estoy pensando en", "pensando en", "he pensado en", "pienso en", "voy a", "necesito", "prefiero",
  "me dan ganas de", "quiero mejor", "solo quiero", "nada mas quiero"
);

/** Preferring not to exist: "id rather just not exist", "preferiría no existir". */
const RATHER_NOT = rule("rather-not-exist", R, "en", "(?:id|i would|i d|honestly id) (?:rather|prefer to|prefer) (?:just )?(?:not (?:exist|be here|be alive|be around|wake up)|be dead|disappear forever|never wake up)");
const ES_RATHER_NOT = rule("es-preferiria-no-existir", R, "es", "(?:preferiria|prefiero|quisiera mejor) (?:ya )?(?:no existir|no estar aqui|no estar viv[oa]|no despertar|estar muert[oa]|desaparecer para siempre)");

/**
 * "Darme de baja" (to sign off) said of oneself with nothing to leave, or of life: "me quiero dar
 * de baja la verdad", "darme de baja de esta vida". A gym, a class or a plan ("de la clase") does not match.
 */
const ES_DARME_DE_BAJA = rule("es-darme-de-baja", R, "es",
  "(?:quiero|me quiero|kiero|quisiera|tengo ganas de|ganas de|me dan ganas de|voy a|me voy a|pienso|deberia|ya me quiero|solo quiero|nomas quiero) (?:ya )?(?:darme|dar) de baja(?=$| (?:de (?:esta vida|la vida|este mundo|todo)|del mundo|de una vez|ya|y ya|la (?:vdd|verdad|neta)|neta|para siempre)\\b)");
/** Not knowing what one is still alive for: "ni sé pa' qué sigo aquí", "no sé para qué sigo viviendo". */
const ES_PARA_QUE_SIGO = rule("es-para-que-sigo", R, "es",
  "(?:no se|ni se|ya no se|no entiendo|quien sabe) (?:ni )?(?:para|por) ?que (?:sigo|estoy|seguir) (?:aqui|vivo|viva|viviendo|respirando|existiendo|en este mundo|en esta vida)(?=$| (?:la neta|neta|la verdad|la vdd|ya|todavia|aun|la mera verdad)$)" +
    "|(?:para|por) ?que (?:sigo|seguir) (?:vivo|viva|viviendo|respirando|existiendo)(?=$| (?:si|la neta|neta)\\b)");
/** Having died instead, in the past conditional: "mejor me hubiera muerto yo", "debí haberme muerto yo y no él". */
const ES_HUBIERA_MUERTO = rule("es-hubiera-muerto", R, "es",
  `(?:(?:mejor|ojala(?: que)?|quisiera que|(?:hubiera|habria|seria) (?:sido )?mejor (?:que|si)) (?:yo )?me (?:hubiera|hubiese|huviera|habria) (?:muerto|matado|tocado morir a mi)|(?:debi|deberia|debia|tenia que|tendria que) (?:de )?(?:haberme muerto|haber muerto yo|morirme yo|haberme matado|haberme ido yo)|(?:hubiera|habria) sido mejor que (?:yo )?me (?:muriera|muriese|matara)|(?:por que|porque) no me mori (?:yo|en|cuando))(?!${ES_IDIOM})`);

/** Signing off life, and not knowing why one is still alive: "want to unsubscribe from life", "idk why im still here". */
const UNSUBSCRIBE = rule("unsubscribe-from-life", R, "en",
  "(?:unsubscribe|unsubscribing|log off|logging off|sign off|signing off|opt out|opting out|clock out|clocking out) (?:from |of )?(?:life|living|existence|this life|this world|everything)(?: for good| permanently| forever)?(?![a-z])(?! (?:insurance|coach|lessons?)\\b)" +
    "|(?:dont|do not|i dont|dont even|idk|i dont even) (?:really |even )?(?:know|get|understand|i dont know) why (?:im|i am|i m) still (?:here|alive|around|breathing|living)(?=$| (?:tbh|honestly|anymore|any more|lol|fr)$)");
/** Having died instead: "wish i had died in that crash", "i should have died instead of my son". */
const SHOULD_HAVE_DIED = rule("should-have-died", R, "en",
  "(?:(?:wish|wishing) (?:that )?(?:i|id) (?:had |would have |wouldve )?died(?! (?:of|from|laughing)\\b)|(?:i )?(?:should have|shouldve|should of|shoulda) (?:just )?died(?: (?:instead|too|with (?:him|her|them)|in (?:that|the) \\w+|that (?:night|day)|back then))|(?:it )?(?:would have|wouldve|would of) been better if i (?:had )?died)(?![^\\n]{0,30}\\b(?:game|round|level|match|lol|lmao|haha[a-z]*)\\b)");

/**
 * Someone else's suicide, in a story or in life, and the writer taking it as their own: "saw a
 * show where a guy kills himself and now i keep thinking i should do the same", "mi primo se
 * quitó la vida y yo también quiero hacerlo". The story alone is not the writer's crisis.
 */
const COPYCAT = rule("copycat", R, "en",
  "(?:kill(?:s|ed|ing)? (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life)" +
    "[^]{0,120}\\b(?:i|im|me)\\b[^\\n]{0,30}\\b(?:want to|wanna|gonna|going to|will|might|should|plan to|thinking about|think about|thinking of)\\b[^\\n]{0,20}\\b(?:do it|do that|try it|too|the same|same thing|as well)(?![a-z])");
const ES_COPYCAT = rule("es-copycat", R, "es",
  "se (?:suicid[a-z]*|mato|quito la vida|quita la vida|quitan la vida)" +
    "[^]{0,120}\\b(?:yo|me)\\b[^\\n]{0,30}\\b(?:quiero|voy a|pienso|deberia|tambien|dan ganas de)\\b[^\\n]{0,20}\\b(?:hacerlo|intentarlo|hacer lo mismo|lo mismo)(?![a-z])");

export const IDEATION_RULES: RiskRule[] = [
  RATHER_NOT,
  COPYCAT,
  ES_COPYCAT,
  UNSUBSCRIBE,
  SHOULD_HAVE_DIED,
  ES_RATHER_NOT,
  ES_DARME_DE_BAJA,
  ES_PARA_QUE_SIGO,
  ES_HUBIERA_MUERTO,
  // Any form of the word: suicidal, suicide, suicidio, suicidarme, suicida (+ common typos).
  rule("suicide-word", R, "en", "su[iaeo]?[cs]{1,2}id[a-z]*(?! (?:prevention|awareness|hotline|lifeline|walk|month|week|training|survivors?|loss|rates?|statistics|stats|research)\\b)|sewer ?slide|self delet[a-z]*|unaliv[a-z]*|commit sudoku"),
  // "kill myself", "off myself", "end myself". Past "killed myself laughing/at the gym" is an idiom.
  rule("kill-myself", R, "en",
    `(?:kill?|kill?ing|kil+|murder|murdering|off|offing|end|ending|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|overdose|od) ${SELF}(?! in the foot)` +
      `|killed ${SELF}(?! (?:laughing|at|working|studying|on|over|trying|for|doing|with work|cleaning))`
  ),
  // Texting shorthand "kms" (but not "5 kms" = kilometres).
  // Words run together, as typed in a hurry: "iwanttodie", "killmyself", "quieromorir".
  rule("fused-words", R, "en", "i?(?:wanna|wantto|want2|needto|gonna|goingto|justwantto)(?:die|killmyself|kms|endit|endmylife|bedead)|(?:kill|kil|end|off)myself|endmylife|takemylife|betteroffdead"),
  rule("es-palabras-juntas", R, "es", "(?:me|ya)?(?:quiero|kiero|voya|mevoya|mequiero|nomas quiero)(?:morir|morirme|matarme|matar|suicidarme|desaparecer)|(?:no)?quierovivir|quitarmelavida"),
  rule("kms", R, "en", "(?<![0-9] )kms|kys myself"),
  rule("someone-kill-me", R, "en", "(?:wish|want|hope|need|pray|praying|hoping|wishing) (?:that )?(?:someone|somebody|something|a car|a truck|a bus|a train|god|a bullet|lightning|cancer) (?:would |to |will |could |just )*(?:kill|end|hit|take|run) (?:me|over me)"),
  // Ending one's life: always crisis.
  rule("end-my-life", R, "en", "(?:end|ending|ended|take|taking|took) (?:my|my own) life(?! savings| insurance)|quit (?:life|living)"),
  rule("end-it-all", R, "en", "(?:end|ending|finish) (?:it all|everything|all of this|my suffering|my pain)(?! (?:with|for today|for now|early|on a high))"),
  rule("intent-end-it", R, "en", `${INTENT} (?:just )?(?:end|ending|finish) (?:it|things)(?! (?:with|off|early|for today|for now|here|there|at))`),
  // "I want to die", "wanna be dead", "want to disappear" (+ "stop living/existing").
  unlessLaughingWish(rule("want-to-die", R, "en",
    `${WISH} (?:just |simply |really )?(?:${DIE}(?!${DIE_IDIOM})|be dead|not exist|not be alive|not be here|disappear|sleep forever|go to sleep forever|stop living|stop existing|stop breathing|stop being alive|be gone(?! (?:by|before|for|at|from|when))|not be around(?: anymore| any more)?|not wake up|be with (?:my )?(?:dead|late) \\w+|go to heaven|be in heaven|(?:be|join) (?:with )?(?:my )?\\w+ in heaven)`
  )),
  rule("i-should-die", R, "en", `(?:feel|feeling|felt) like dying(?! (?:of|from|laughing)\\b)|(?:i should|let me|just let me|i deserve to|i want to just|i wanna just|should i just) ${DIE}(?!${DIE_IDIOM})`),
  rule("think-about-dying", R, "en", "(?:thoughts?|ones|ideas|urges|images|fantasies|dreams)\\b[^\\n]{0,30}\\b(?:about|of) (?:ending it(?! with| early| off)|ending things(?! with| early| off)|ending my life|not being here|not waking up|being dead|dying|killing myself|my (?:own )?funeral)|(?:picturing|imagining|planning|picture|imagine|daydreaming about|fantasi[sz]ing about) my (?:own )?funeral|(?:thinking|think|thought|thoughts|dreaming|fantasi[sz]ing) (?:about|of) (?:just |simply |maybe )?(?:dying|death|being dead|not being here|not being alive|not existing|ending it(?! with| early| off)|ending things(?! with| early| off)|not waking up|jumping|my funeral|how to die)"),
  rule("wish-dead", R, "en",
    `${WISHING} (?:i|id) (?:was|were|could be|had been|be) (?:dead|gone|never born|not alive|not here|not around)|${WISHING} i (?:had )?never (?:been born|existed|woke up)|${WISHING} (?:id|i would have|i wouldve) never (?:been born|existed)|${WISHING} i (?:could|would) (?:just )?(?:${DIE}|disappear|not wake up|never wake up|sleep forever|stop existing)(?!${DIE_IDIOM})`
  ),
  rule("better-off-dead", R, "en", "better off dead|(?:rather|sooner) be dead|better off without me|(?:everyone|everybody|they|theyd|the world|my (?:kids|family|wife|husband|children|parents|mom|dad)) (?:would |will |d )?be better off$|(?:be )?better without me|(?:happier|easier) without me|(?:better|easier) (?:for everyone )?if i (?:just )?(?:was|were|wasnt|werent|died|disappeared|didnt exist|was gone|were gone|wasnt here|wasnt around)|(?:easier|better|simpler) (?:for (?:everyone|everybody|me) )?to (?:just )?(?:be dead|die|not be here|not exist|disappear|not wake up|not be around)"),
  rule("better-if-i-were-gone", R, "en", "(?:better|easier|happier|simpler) (?:off )?(?:for (?:everyone|everybody|them|all of them|my \\w+) )?(?:if|when) i (?:just )?(?:was|were|am|m|wasnt|werent|died|die|was gone|were gone|disappeared|didnt exist|wasnt here|wasnt around|was dead|were dead|was not here|just disappeared|just died)|better off (?:without|sin) (?:me|mi)"),
  rule("no-reason-to-live", R, "en", "(?:no|nothing|no more|not any|dont see a|dont see any|cant see a|cant see any|dont have a|dont have any|lost my|what is the|whats the|wats the) (?:reason|reasons|point|purpose) (?:to|in|of|for) (?:live|living|go on|going on|keep going|keep living|be alive|being alive|be here|being here|wake up|waking up|exist|existing|life|staying alive|anything|it all)"),
  rule("nothing-to-live-for", R, "en", "nothing (?:left )?to live for|no will to live|lost (?:the|my|all) will to live|(?:life|living|it) (?:isnt|is not|aint|not) worth (?:living|it anymore|it any more|living anymore)|not worth living|life is (?:pointless|meaningless|not worth it|over)"),
  rule("point-of-living", R, "en", "(?:whats|wats|what is|whats even|what even is|theres no|there is no|no|(?:dont|do not|cant|cannot|dont even|no longer) (?:really |even )?see) (?:even |really )?(?:the |any )?(?:point|reason|use) (?:of|in|to) (?:being alive|living|life|going on|waking up(?! (?:early|at|before|for|on|so|this|that|to)\\b)|being here|existing|staying alive|keep going|keeping going|trying anymore)"),
  rule("whats-the-point", R, "en", `(?:whats|wats|what is) the point(?: anymore| of anything| of it all| of trying| of even trying| of me| in anything)?${TAIL}`),
  rule("tired-of-living", R, "en", `(?:tired|sick|done|exhausted) (?:of|with) (?:living|being alive|life|existing|being here|it all|everything|this life)|give up on (?:life|living|everything|myself)|given up on (?:life|living)|(?:feel like|want to|wanna|ready to|about to) giv(?:e|ing) up${TAIL}|(?:see|theres|there is|is) no way out|no way out$`),
  // "I can't go on": only when it ends the clause, so "can't go on the trip" stays harmless.
  rule("cant-go-on", R, "en", `(?:cant|cannot|can not|cnt|cant really) (?:go on|keep going|keep living|do life)(?: (?:living|much longer|without (?:her|him|them|my \\w+)|with (?:this|my life|life)))?${TAIL}`),
  rule("cant-take-it", R, "en", "(?:cant|cannot|can not|cnt) (?:do this|take it|take this|handle (?:it|this|life)|live like this|keep living like this|live with this|deal with (?:it|this|life)) (?:anymore|any more|any longer)|(?:cant|cannot) take (?:it|this|much more)$|(?:cant|cannot) take much more"),
  rule("dont-think-i-can", R, "en", "(?:dont|do not) (?:think|know if|know how) (?:i can|much longer i can|i will|ill) (?:go on|keep going|keep living|do this anymore|take (?:it|this) anymore|make it through (?:the night|tonight|another day|the weekend)|hold on|survive)|(?:wont|not going to|not gonna) make it through (?:the night|tonight|another day)"),
  // Negative on purpose: "I don't want to live". The leading negation is part of the rule.
  rule("dont-want-to-live", R, "en",
    "(?:dont|do not|no longer|never|not|dont even|dont really|really dont|dont wanna|dont want|no) (?:really |even |actually |just )?(?:want|wanna|wana|wanting|wantin|wish|feel like|care) ?(?:to |2 )?(?:live|living|be alive|exist|existing|be here anymore|be here any more|be on this earth|be in this world|keep living|keep going|be around anymore|go on(?: living| anymore| like this)?$)"
      + "|(?:not sure|dont know|unsure|dont think) (?:if |whether |that )?i (?:want|wanna|want to|can) (?:to )?(?:live|be alive|keep going|keep living|go on|be here)(?! (?:with|in|at|on)\\b)"
  ),
  // Passive ideation told as not wanting to be here or to exist, a clause of its own: "i dont want to die exactly but i dont
  // want to be here either", "part of me doesnt want to exist", "i wish i could just not exist". Negative on purpose, like the rule above;
  // a place or an event named in the clause ("at this party", "this meeting") makes it a complaint.
  rule("dont-want-to-be-here", R, "en",
    "(?<!\\b(?:they|kids|he|she|you|u|we|people|everyone|everybody|nobody|guys|yall|who) )(?:dont|do not|part of me (?:doesnt|does not)|no longer|not|never) (?:really |even |actually |just |honestly |fully |totally )?(?:want|wanna|wana|wanting|wish|feel like) ?(?:to |2 )?(?:be here|exist|be alive|be around|be on this (?:planet|earth)|be anymore|be in this world|be a person|be me)(?: (?:either|anymore|any more|any longer|no more|at all|too|really|tbh|honestly|lol|rn|right now|now))*(?=$| (?:and|but|so|because|cuz|bc|tbh|i dont know|idk)\\b)(?<![^\\n]{0,60}\\b(?:party|meeting|class|store|wedding|concert|line|office|waiting room|dmv|game|shift|job|work|school|dentist|doctors|church|mall|airport|house|hospital|group|program|iop|appointment|funeral|event)\\b[^\\n]{0,60})"
      + "|wish (?:i|id) (?:could |would )?(?:just )?(?:didnt|did not|never|not|could stop|would stop|could just stop) (?:exist|existed|existing|be here|be alive)|(?:wish|want|wanna|wanted) (?:i could |to )?(?:just )?(?:cease to exist|stop existing|fade away|vanish|evaporate|blink out of existence|be erased)(?! (?:from|for|on|off|into|of) (?:the |a |this |that |my )?(?:group|chat|party|room|internet|social media|app|map|earth for a|week|weekend|day|while|bit)\\b)"),
  rule("dont-care-if-i-die", R, "en", `(?:dont|do not) care (?:if|whether) i (?:live|${DIE}|wake up|make it|survive)`),
  rule("wake-up", R, "en", "(?:dont|do not|dont even|never) (?:want|wanna) (?:to )?wake up|hope i (?:dont|never|do not|wont) wake up|(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up|wish i (?:wouldnt|didnt|would never|would not|could just not|could not) wake up"),
  // "I have a plan": alone at the end of a clause, or followed by a method / timing.
  rule("wish-not-wake", R, "en", "(?:hope|hoping|pray|praying|wish|wishing|want|wanting) (?:that )?(?:i )?(?:just |simply |really )?(?:dont|never|do not|wont|wouldnt|would not|didnt|not to|to not|to never) wake up(?! (?:early|late|at|before|until|till|til|for|in time)\\b)"),
  // Others fine without the participant: "theyd be fine if i just wasnt around anymore", "estarían bien si yo ya no estuviera".
  // A weekend or a dinner away names an absence with an end.
  rule("fine-if-i-were-gone", R, "en", "(?:theyd|they would|theyll|they will|everyone would|everyones|everybody would|everyone will|my (?:kids|family|wife|husband|son|daughter|parents|mom|dad) (?:would|will|d)|(?:he|she)(?:d| would)) (?:all )?(?:honestly |really |probably )?(?:be )?(?:fine|ok|okay|alright|all right|good|better|happier|at peace)(?: \\w+){0,2} (?:if|when|once) (?:i|im) (?:just |finally )?(?:wasnt|werent|was not|were not|am not|m not|not) (?:around|here|alive|in the picture|in their lives|in (?:the|this) world)(?: anymore| any more| at all)?(?! (?:for|this|tonight|tomorrow|on|at|to)\\b)"),
  rule("es-bien-si-no-estuviera", R, "es", "(?:estarian|estaria|estaran|van a estar|quedarian|quedaria|vivirian|estarias) (?:todos )?(?:mas |muy )?(?:bien|tranquil[oa]s?|a gusto|felices|en paz)(?: \\w+){0,2} si (?:yo )?(?:ya )?no (?:estuviera|existiera|estuviera aqui|estuviera viv[oa]|anduviera por aqui)(?! (?:en|para|pa|el|la|hoy|manana|esta)\\b)"),
  rule("to-not-wake", R, "en", "(?:and|so i|so that i|to|till i|until i|then|(?:to |and )?make sure (?:that )?i) (?:just )?(?:not|never|dont|wont) wake up(?: again)?(?! (?:early|late|until|till|til|at|for|before|in time|on time|with|feeling|sick|hungover|sore|groggy|in pain|all night|at night|in the night|tired|starving|hungry)\\b)"),
  // Waking in a named state is the point of a remedy, not death: "pa no despertar con dolor de cabeza", "para no despertarme a media noche".
  rule("es-para-no-despertar", R, "es", `(?:para|pa|y|(?:para |pa )?asegurarme de(?: que)?) (?:ya )?no (?:volver a )?despertar(?:me)?${ES_WAKE_STATE}|(?:para|pa|y) (?:ya )?no (?:volver a )?abrir los ojos`),
  rule("and-not-come-back", R, "en", "(?:go|walk|drive|swim|leave|disappear|head out)(?: \\w+){0,5} (?:and|to) (?:just )?(?:not|never) (?:come back|return|be found|come home|be seen again)(?! (?:until|till|for|before)\\b)"),
  rule("nobody-would-care", R, "en", "(?:nobody|no one|noone) (?:would|will|is going to|gonna) (?:care|notice|miss me|even notice|even care) (?:if|when) i (?:died|die|was gone|were gone|disappeared|wasnt here|kill)|(?:nobody|no one|noone) (?:would |will )?(?:miss|even miss) me|(?:im|i am) (?:just )?a burden(?: to (?:everyone|everybody|my family|them))?$|(?:such|nothing but) a burden"),
  // Means and methods.
  rule("method", R, "en", "(?:jump|jumping|throw myself) (?:off|from) (?:a|the|this|that) (?:bridge|building|roof|cliff|overpass|balcony|parking garage)|(?:step|stepping|walk|walking|jump|jumping|throw myself) in front of (?:a|the) (?:train|bus|truck|car|traffic)|drive (?:my car )?(?:off|into) (?:a|the) (?:bridge|cliff|tree|wall|river|lake|oncoming traffic)|slit (?:my )?(?:wrists?|throat)|(?:saving|stockpiling|hoarding) (?:up )?(?:my )?(?:pills|meds)|(?:bought|got|have|buy|get) a (?:gun|rope) to (?:end|kill|do it)|noose|blow my brains out|(?:gun|pistol) to my (?:head|temple)|bullet (?:in|through) my (?:head|brain)|(?:pills|gun|rope|meds) (?:are )?(?:ready|lined up|loaded|counted out)|(?:drive|driving|crash|crashing|steer|steering) (?:my car |the car )?(?:off|into) (?:the|a) (?:road|cliff|tree|wall|river|lake|oncoming traffic|bridge)|crash my car on purpose"),
  // Worth more dead, a fatal illness hoped for, sleep that lasts, death as the only way out.
  rule("worth-more-dead", R, "en", "(?:how easy (?:it would be|itd be|it d be|it is|it would|to)|thinking about|think about|want to|wanna|urge to|tempted to) (?:to )?(?:just )?(?:crash|wreck|total|flip) (?:my|the) (?:car|truck)(?: on purpose| into \\w+)?(?! (?:if|when|because|bc|cuz)\\b)|(?:would|could|will) (?:stop|end|be over|go away|be (?:better|easier|lighter))\\b[^\\n]{0,20}\\bif i (?:just )?(?:wasnt|werent|was not|were not|was gone|were gone|died|disappeared|didnt exist)|if i (?:just )?(?:wasnt|werent|was not|were not|was gone|were gone|died|disappeared|didnt exist)(?: (?:here|around|alive))?(?: anymore)?\\b[^\\n]{0,30}\\b(?:would|could|will|everything|it all|the pain) (?:would |will |could )?(?:stop|end|be over|go away|be (?:better|easier|lighter|fine))|worth more (?:dead|gone)|(?:life )?insurance\\b[^\\n]{0,60}\\bthan (?:from )?(?:me|i|having me)\\b|(?:life )?insurance(?: \\w+)? (?:payout|money|check|policy) (?:would|will|could) (?:do|be worth|help|mean|give|take care)\\b[^\\n]{0,40}\\b(?:than (?:i|me)|if i|when i)|(?:hoping|hope|wish|praying|pray)(?: that)? (?:the |my )?(?:scan|scans|test|tests|biopsy|results?|mri|ct|labs) (?:comes?|come|will come) back (?:bad|positive|as cancer|terminal)|(?:hoping|hope|wish|pray)(?: that)? (?:its|it is|it turns out to be) (?:cancer|terminal|fatal)|wish (?:i could|i would|to) (?:just )?(?:go to )?sleep\\b[^]{0,60}\\bforever|(?:the )?only (?:way out|escape|way to (?:stop|end) (?:the|this|my) pain)\\b[^\\n]{0,40}\\b(?:is|would be|seems) (?:to )?(?:not|die|dying|death|disappear|end|be gone|never)"),
  // "I want it all to stop", "make it stop", "I want everything to end".
  rule("make-it-stop", R, "en", "(?:want|need|wish|wanna|pray for) (?:it|it all|everything|this|this pain|the pain|all of this|all this|life|my life|the world) (?:to |would )?(?:stop|end|be over|go away forever)|make (?:it|it all|this|everything|the pain|all of this|the thoughts|the voices|life) stop"),
  // ---- Spanish ----
  unlessLaughingWish(rule("es-quiero-morir", R, "es",
    `${NOT_SO_THAT}(?:me )?${QUIERO} (?:(?:morir|morirme)(?!${ES_IDIOM})|matarme|estar muert[oa]|desaparecer|dejar de existir|dejar de vivir|dormir para siempre|no despertar|no existir|acabar con (?:todo|mi vida|esto)|terminar con (?:todo|mi vida|esto)|quitarme la vida|suicidarme|irme de este mundo|ya no estar)`
  )),
  unlessLaughingWish(rule("es-me-quiero-matar", R, "es", `${NOT_SO_THAT}me (?:${QUIERO}|voy a|dan ganas de) (?:morir|matar)(?!${ES_IDIOM})`)),
  rule("es-matarme", R, "es", "matarme(?! (?:estudiando|trabajando|de risa|en el gym|en el gimnasio|a trabajar))|quitarme la (?:vida|existencia)|me quito la vida|cortarme las venas|ahorcarme|aventarme (?:de|del|desde)|tirarme (?:de|del|desde) (?:un|el|la) (?:puente|edificio|techo|azotea|balcon)"),
  rule("es-ojala", R, "es", "me (?:quiero|voy a) ir de este mundo|(?:quiero|kiero) (?:estar con (?:mi )?\\w+ en el cielo|irme al cielo)|ojala (?:me muera|me muriera|estuviera muert[oa]|no despertara|no despierte|no hubiera nacido|no existiera)"),
  rule("es-mejor-muerto", R, "es", `mejor (?:me muero|me mato|morirme|me voy de este mundo|desaparezco|ya no despierto)$|(?:porque|pues|ya que) ya no (?:voy a estar|estare)|ya no voy a estar (?:aqui|aca|mas|con ustedes|para (?:el|ella|ellos)|en este mundo|en esta vida|viv[oa]|con vida)${NOT_WAIT_JOKE}|mejor muert[oa]|(?:estaria|estarian|estarias|estariamos|seria|serian|estaran|vivirian) (?:todos )?mejor sin mi|mejor sin mi$`),
  rule("es-tampoco-quiero-estar", R, "es", "(?:tampoco|ya no|ni) (?:quiero|kiero|deseo|quisiera) (?:estar aqui|estar aca|existir|seguir aqui|estar en este mundo|estar viv[oa])(?: (?:tampoco|ya|mas|la neta))*$|ojala (?:no existiera|pudiera (?:dejar de existir|desaparecer|no existir))"),
  rule("es-no-quiero-vivir", R, "es", "no (?:quiero|kiero|qiero|deseo|tengo ganas de|quisiera|querer|kerer|tener ganas de) (?:vivir|seguir viviendo|seguir vivo|seguir viva|seguir con vida|estar vivo|estar viva|existir|despertar|despertarme|estar en este mundo|estar aqui$|seguir aqui$|seguir$|seguir asi$)"),
  rule("es-sin-razon", R, "es", "no (?:tengo|hay|veo|encuentro) (?:razon|razones|motivo|motivos|sentido|por que|para que) (?:para |de )?(?:vivir|seguir|seguir viviendo|estar aqui|existir)|(?:la vida|mi vida|vivir) no (?:tiene|vale) (?:sentido|la pena)|no vale la pena (?:vivir|seguir)|no le (?:veo|encuentro) sentido a (?:la vida|vivir|nada)|nada tiene sentido|no le (?:veo|encuentro|hallo) (?:razon|motivo|caso|sentido) a (?:seguir|vivir|la vida|mi vida|estar aqui)|la unica salida (?:es|seria|que veo es) (?:desaparecer|morir|morirme|irme|no estar|matarme|acabar|dejar de)|(?:valgo|valdria) mas muert[oa]|(?:el )?seguro(?: de vida)? (?:les )?(?:serviria|ayudaria|valdria|haria) mas|ojala (?:que )?(?:el (?:doctor|medico|resultado|estudio) |los (?:doctores|medicos|resultados|estudios) )?(?:me )?(?:sea|salga|salgan|diga|digan|den|encuentre|encuentren)(?: que (?:es|tengo))? (?:cancer|algo (?:malo|grave|terminal)|terminal)|(?:pensamientos|ideas) (?:de|sobre) (?:acabar con todo|acabar con mi vida|morir|morirme|matarme|quitarme la vida|no despertar|desaparecer|estar muert[oa]|ya no estar)"),
  rule("es-sin-ganas", R, "es", "(?:sin|no tengo|perdi las|ya no tengo) ganas de vivir|(?:cansad[oa]|hart[oa]) de (?:vivir|la vida|existir|todo)$|no (?:veo|hay|tengo|encuentro) (?:otra )?salida"),
  // "Ya no aguanto más" (crisis) but not "no aguanto el calor" (a complaint about something).
  rule("es-para-que-seguir", R, "es", "(?:que|cual) (?:sentido|caso) tiene (?:seguir|vivir|seguir viviendo|estar aqui|la vida|mi vida|levantarme|despertar)|(?:para|por) que (?:sigo|seguir|vivir|vivo|me levanto|despertar|sigo vivo|sigo viva)(?: (?:aqui|viviendo|vivo|viva|asi))?(?: (?:si|cuando)\\b[^\\n]*)?$|no le (?:veo|encuentro|hallo) (?:caso|sentido) a (?:nada|la vida|vivir|seguir|mi vida|(?:despertar|despertarme|levantarme|amanecer)(?! (?:temprano|tan temprano|a las|antes|para|pa|el|los|en)\\b))|me (?:canse|harte|estoy cansando) de (?:vivir|la vida|existir|luchar|todo)|no puedo mas con (?:nada|mi vida|la vida|todo)"),
  rule("es-ojala-me-maten", R, "es", "(?:ojala|quisiera que|deseo que|pido que) (?:me )?(?:atropell[a-z]*|mat[ae]ra?n?|llevar[a-z]* (?:la muerte|dios)|cayera un rayo|pas[ae]ra? algo|diera algo|de algo|diera un infarto)|(?:ojala|rezo|pido a dios|le pido a dios|quisiera) (?:que )?(?:ya )?no (?:despierte|despertar|me despierte|amanezca|volver a despertar)|(?:estarian|estaria|seria|serian|estaran|estarias|estariamos) (?:todos )?(?:mejor|mas facil|mas sencillo|menos pesado)(?: (?:para|con) (?:todos|ellos|mi familia|mis hijos))? si (?:yo )?(?:ya )?(?:me muero|me muriera|no estuviera|no existiera|desapareciera|estuviera muert[oa]|ya no estoy|ya no estuviera)"),
  rule("es-no-aguanto", R, "es",
    "no aguanto mas(?! (?:el|la|los|las|a|al|este|esta|ese|esa|con|de|tu|su|mi|que)\\b)|no aguanto(?! mas| (?:el|la|los|las|a|al|este|esta|ese|esa|con|de|tu|su|mi|que)\\b)|ya no puedo mas(?! (?:el|la|los|las|con el|con la|de)\\b)|no puedo mas$|no puedo (?:mas|seguir) con (?:esta vida|la vida|mi vida|todo|esto)|no puedo seguir(?: asi| viviendo| adelante)?$"
  ),
  rule("es-no-despertar", R, "es", "(?:y )?ya no amanecer|no volver a amanecer|no amanecer (?:nunca|mas)|(?:dormir|dormirme) y no (?:despertar|despertarme|volver a despertar)|no (?:quiero|kiero) (?:volver a )?despertar"),
  rule("es-carga", R, "es", "nadie me (?:extranaria|va a extranar|extranara)|nadie (?:lo )?notaria si (?:me muero|desaparezco|muriera|no estoy)|(?:soy|solo soy) una carga"),
  rule("es-pienso-muerte", R, "es", "(?:pienso|pensando|pensado|pienso mucho|pensar) en (?:la muerte|morir|morirme|estar muert[oa]|no despertar|desaparecer)"),
  rule("es-que-se-acabe", R, "es", "(?:quiero|kiero|necesito|ojala) que (?:todo|esto|el dolor|mi vida) (?:se acabe|termine|se termine|pare|acabe)"),
];
