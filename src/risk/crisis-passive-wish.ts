/**
 * Passive wishes to be dead (the Columbia scale's first item) that name no act and no death
 * word: death hoped for from outside ("hoping a truck hits me", "ojalá me atropelle un
 * camión"), sleep that would not end ("fall asleep and never wake up", "dormirme y saltarme
 * todo") and indifference to dying ("wouldn't mind if I didn't make it home", "no me
 * importaría no despertar"). English and Spanish.
 *
 * A hyperbole taken literally is one too: "work is gonna kill me and honestly i hope it does",
 * "este calor me va a matar, ojalá que sí". The idiom alone is carved out of the threat rules;
 * hoping it comes true is not.
 *
 * The outside agents are things that kill (vehicles, bullets, illness, "something");
 * "hope the bus comes soon" names no harm to the speaker and does not match.
 */
import { anyOf, rule, type RiskRule } from "./types.ts";

const R = "suicidal_ideation" as const;

/** Hoping, wishing, praying, in the forms texters use. */
const HOPE = anyOf("hope", "hoping", "hopin", "i hope", "wish", "wishing", "i wish", "pray", "praying", "prayin", "i pray", "kinda hope", "lowkey hope", "secretly hope", "ask", "asking", "i ask", "beg", "begging", "i beg");

/** What could kill the speaker from outside. */
const AGENT = anyOf(
  "(?:a|the|some|that|this) (?:bus|car|truck|train|semi|plane|drunk driver|stray bullet|bullet|tree|brick|wave|heart attack|stroke|disease|illness|tumor|accident)",
  "something", "someone", "somebody", "god", "the (?:good )?lord", "jesus", "death", "the reaper", "the universe", "cancer", "covid", "lightning"
);

/** What the agent does to the speaker. */
const HITS = anyOf("hits", "hit", "kills", "kill", "takes", "take", "takes me out", "take me out", "runs over", "run over", "crashes into", "falls on", "ends", "end");

/** Sleep that would not end. */
const SLEEP = anyOf("fall asleep", "go to sleep", "go to bed", "sleep", "close my eyes", "lie down", "lay down", "pass out");
const NOT_WAKE = anyOf(
  "never (?:have to )?wake up", "not (?:have to )?wake up", "dont wake up", "not ever wake up", "never open my eyes again", "stay asleep forever",
  "sleep forever", "skip (?:the rest|all of it|it all|everything|the rest of (?:it|my life|this life|this))", "be done(?: with it all| with everything)?$", "never come back"
);

/** What could kill the speaker from outside, in Spanish; a vehicle only with an indefinite article ("un camión"), since "el camión" one catches. */
const AGENTE_ES = anyOf(
  "(?:un|una|algun|alguna) (?:camion|trailer|troca|carro|coche|tren|bus|autobus|micro|combi|borracho|conductor|rayo|bala(?: perdida)?|balazo|arbol|ladrillo)",
  "(?:el|la) (?:tren|rayo|muerte|pelona|flaca|calaca)", "una bala", "la enfermedad"
);

/** "ojalá me pase algo bueno" is a hope, not a wish to die. */
const NOT_GOOD = "(?! (?:bueno|buena|lindo|bonito|padre|chido|interesante|diferente|nuevo|mejor|positivo|asi)\\b)";

/**
 * A death from outside told as a condition, with relief or indifference after it: "if a truck ran me over id
 * just feel relieved", "if i wrecked on the highway it would all be over", "wouldnt be the worst thing if a drunk
 * driver took me out". A crash on a friend's couch is sleep, not a wreck.
 */
const FATAL_IF_EN = anyOf(
  `${AGENT} (?:\\w+ ){0,2}?(?:(?:hit|hits|killed|kills|crashed into|crashes into|ended|took|takes|went down with|goes down with) me|(?:ran|runs|run) me over|(?:ran|runs) over me|(?:took|takes) me out)`,
  "i (?:just )?(?:got|get|was|were) (?:hit|run over|killed|struck|taken out)",
  "i (?:just )?(?:crashed|crash|wrecked|wreck|rolled|flipped|drowned|died|die|never woke up|didnt wake up|dont wake up|went off the road|went over the edge)(?! at\\b)(?! (?:on|in) (?:the |a |my |his |her |their |\\w+s )?(?:couch|sofa|bed|floor|air mattress|futon)\\b)",
  "(?:the|my|a) (?:plane|bus|car|train|boat) (?:went|goes|going) down with me"
);
const RELIEF_EN = anyOf(
  "relieved", "(?:a |such a |be a )?relief", "(?:wouldnt|would not|wont|dont|do not) (?:even |really )?(?:be sad|care|mind|be upset|cry|fight it|be sorry)",
  "(?:i would|id|i d|ill) (?:honestly |just |actually |really )?(?:feel |be )(?:ok|okay|fine|glad|grateful|happy|at peace|relieved)", "(?:it|everything|it all) (?:would|will|d) (?:all )?be over"
);
/** The Spanish counterpart: "si me atropella un camión me sentiría aliviado", "si choco se acaba todo y ni me importaría". */
const FATAL_SI_ES = anyOf(
  "me (?:atropell|arroll|agarr|aplast|embist|mat)[a-z]* (?:un|una|el|la|algun|alguna) (?:camion|trailer|troca|carro|coche|tren|bus|autobus|guagua|micro|combi|borracho|conductor|rayo|bala)",
  "(?:un|una|el|la|algun) (?:camion|trailer|troca|carro|coche|tren|bus|autobus|guagua|micro|combi|borracho) me (?:atropell|arroll|agarr|aplast|embist|mat|llev)[a-z]*",
  "(?:me (?:durmiera|duermo|dormia|quedara dormid[oa]) y (?:ya )?(?:no|nunca) (?:despertara|despierto|volviera a despertar)|choco|chocara|me estrello|me estrellara|me la pego|me la pegara|me mato|me matara|me muero|me muriera|no despierto|no despertara|me voy de la carretera|me salgo de la carretera|me voy al barranco)"
);
const ALIVIO_ES = anyOf(
  "(?:me )?(?:sentiria|sentiria|estaria|quedaria) (?:muy |bien |hasta )?(?:aliviad[oa]|tranquil[oa]|en paz|bien)", "(?:que )?alivio", "(?:ni )?me (?:importaria|importa|daria pena|daria igual|da igual|dolería|doleria)",
  "tan tranquil[oa]", "se (?:acaba|acabaria|termina|terminaria) todo", "(?:mejor|mucho mejor)(?=$| (?:asi|ya|la neta|la verdad|pa todos|para todos)\\b)", "(?:ya )?descansaria"
);
const NOT_FUN_EN = "(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*|jk|game|level|round)\\b)";

export const PASSIVE_WISH_RULES: RiskRule[] = [
  // "honestly hoping a truck hits me", "wish something would just take me out".
  // Asked of God too: "every night i ask god to take me in my sleep". A ride is no harm: "hope the bus takes me home".
  rule("hope-agent", R, "en", `${HOPE}(?: (?:every|each) (?:single )?(?:night|day|morning)| all the time| sometimes| always| at night| before bed)?(?: that)? ${AGENT}(?: (?:would|will|could|just|finally|would just|comes and|comes along and|to))* ${HITS} me(?! (?:home|back|along|with|to (?:the|work|school|church|group|my|a|an|see))\\b)`),
  // "praying i get hit by a car", "hope i dont make it home".
  rule("hope-i-get-hit", R, "en", `${HOPE}(?: that)? i (?:get|got|would get|will get) (?:hit|killed|shot|run over|struck)|${HOPE}(?: that)? i (?:dont|never|wont|do not|will not) (?:make it|get) (?:home|back|through|out|to (?:morning|tomorrow))`),
  // "want to fall asleep and never wake up", "go to sleep and skip the rest of it".
  rule("sleep-not-wake", R, "en", `${SLEEP}(?: \\w+){0,3} and (?:just )?${NOT_WAKE}`),
  // "wouldnt mind if i didnt make it home", "if i died in my sleep i would be ok with that".
  rule("wouldnt-mind-dying", R, "en",
    "(?:wouldnt|would not|wont|will not|dont|do not) (?:mind|care|be upset|be sad) if i (?:died|didnt (?:make it|wake up)|never woke up|was (?:gone|dead)|got (?:hit|killed))" +
      "|if i (?:(?:fell|went|go|fall) (?:asleep|to sleep|to bed)(?: tonight)? and (?:just )?)?(?:died|didnt wake up|never woke up|never woke back up|was gone)(?: \\w+){0,4} (?:i would be|id be|im) (?:ok|okay|fine|good|at peace|relieved)(?: with (?:it|that))?"),
  // ---- Spanish ----
  // "ojalá un camión me atropelle", "ojalá me diera un infarto", "quisiera que me pasara algo".
  rule("es-ojala-algo", R, "es",
    `(?:ojala|ojala que|quisiera que|a veces quisiera que|pido que|rezo para que) (?:un|una|el|la|algo|alguien|dios)? ?(?:\\w+ )?me (?:atropell[ae][a-z]*|arroll[ae][a-z]*|embist[a-z]*|aplast[ae][a-z]*|mat[ae][a-z]*|caiga encima|cayera encima|(?:pase|pasara|de|diera) algo${NOT_GOOD}|de un infarto|diera un infarto|toque una bala|tocara una bala)`),
  // Death from outside told with the agent after the verb, in the subjunctive: "ojalá me agarrara un camión",
  // "quisiera que me cayera un rayo", "que diosito me recoja". A bus one catches ("ojalá agarre el camión
  // temprano") has a definite article and the speaker as subject, and does not match.
  rule("es-ojala-me-agarre", R, "es",
    `(?:ojala|ojala que|quisiera que|a veces quisiera que|pido que|le pido a (?:dios|diosito) (?:que|para que)|rezo (?:para|por) que|dios quiera que|a ver si) (?:ya )?me (?:agarr|atropell|arroll|embist|aplast|pegu|peg|llev|cay)[a-z]* ${AGENTE_ES}` +
      `|(?:ojala|ojala que|quisiera que|pido que|a ver si) (?:ya )?me (?:de|diera|diese|agarre|agarrara|pegue|pegara) (?:un |una |el |la )?(?:cancer|infarto|derrame|paro cardiaco|tumor|enfermedad (?:grave|terminal))` +
      "|(?:que |le pido a )?(?:dios|diosito|la muerte|la pelona|la flaca|la calaca) (?:(?:ya|por favor|de una vez|cada noche|todas las noches|todos los dias|cada dia|diario) )?(?:me (?:lleve|llevara|recoja|recogiera|llame|llamara)|que me (?:lleve|recoja))(?! (?:a|al|con|de|pa|para) )"),
  // "quiero dormirme y no despertar", "dormirme y saltarme todo lo que queda".
  rule("es-dormir-no-despertar", R, "es",
    "(?:dormirme|dormir|cerrar los ojos|acostarme|quedarme dormid[oa])(?: \\w+){0,3} y (?:ya )?(?:no (?:despertar|volver a despertar|abrir los ojos)|nunca (?:despertar|mas despertar)|saltarme (?:todo|lo que (?:queda|sigue)|el resto)|no volver)"),
  // "no me importaría no despertar", "me daría igual morirme".
  rule("es-no-me-importaria", R, "es",
    "(?:no me importaria|me daria igual|me vale si|no me molestaria) (?:no despertar|morirme|morir|que me (?:pasara|paso) algo|que me mataran|no volver|si me muero|que me atropellaran)"),
  // A "kills me" idiom hoped for: "gonna kill me and i hope it does", "me va a matar y ojalá que sí".
  rule("hope-it-kills", R, "en", "(?:kill|killing|kills) me\\b[^]{0,40}\\b(?:i (?:really |honestly |kinda |lowkey )?hope (?:it|they|he|she) (?:does|do|will|would|did)|(?:and )?i hope so|hopefully (?:it|they) (?:does|do|will)|i wish it (?:would|did|could)|i wouldnt mind)(?![a-z])"),
  rule("es-ojala-me-mate", R, "es", "(?:me (?:va|van) a matar|me (?:esta|estan) matando|me mata|me matan)\\b[^]{0,40}\\b(?:ojala (?:que )?(?:si|lo haga|asi sea|me mate|de verdad)|y (?:la neta )?que bueno|ni modo que (?:me )?mate)(?![a-z])"),
  // Relief at a death from outside, told as a condition: "if a truck ran me over id just feel relieved".
  rule("if-fatal-relief", R, "en", `if ${FATAL_IF_EN}\\b[^\\n]{0,60}?\\b${RELIEF_EN}${NOT_FUN_EN}|(?:wouldnt|would not|wont) (?:be|even be) (?:the worst thing|so bad|that bad|a bad thing)(?: \\w+){0,2} if ${FATAL_IF_EN}${NOT_FUN_EN}`),
  rule("es-si-me-atropella-alivio", R, "es", `si (?:yo )?${FATAL_SI_ES}\\b[^]{0,70}?\\b${ALIVIO_ES}(?![^\\n]{0,30}\\b(?:jaja[a-z]*|jeje[a-z]*)\\b)`),
  // Prayed for not to wake: "le rezo a diosito que ya no me deje despertar", "le pido a la virgen que me lleve dormida".
  rule("es-rezo-no-despertar", R, "es", "(?:rezo|le rezo|pido|le pido|ruego|le ruego|oro)(?: a (?:dios|diosito|la virgen|el senor|jesus|todos los santos))? (?:que|para que|por que) (?:ya )?(?:no me (?:deje|dejes|deja|permita) (?:despertar|amanecer|ver otro dia|abrir los ojos)|me (?:lleve|recoja|llame) (?:dormid[oa]|mientras duermo|en la noche|en el sueno|esta noche))"),
];
