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
const HOPE = anyOf("hope", "hoping", "hopin", "i hope", "wish", "wishing", "i wish", "pray", "praying", "prayin", "i pray", "kinda hope", "lowkey hope", "secretly hope");

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

export const PASSIVE_WISH_RULES: RiskRule[] = [
  // "honestly hoping a truck hits me", "wish something would just take me out".
  rule("hope-agent", R, "en", `${HOPE}(?: that)? ${AGENT}(?: (?:would|will|could|just|finally|would just|comes and|comes along and))* ${HITS} me`),
  // "praying i get hit by a car", "hope i dont make it home".
  rule("hope-i-get-hit", R, "en", `${HOPE}(?: that)? i (?:get|got|would get|will get) (?:hit|killed|shot|run over|struck)|${HOPE}(?: that)? i (?:dont|never|wont|do not|will not) (?:make it|get) (?:home|back|through|out|to (?:morning|tomorrow))`),
  // "want to fall asleep and never wake up", "go to sleep and skip the rest of it".
  rule("sleep-not-wake", R, "en", `${SLEEP}(?: \\w+){0,3} and (?:just )?${NOT_WAKE}`),
  // "wouldnt mind if i didnt make it home", "if i died in my sleep i would be ok with that".
  rule("wouldnt-mind-dying", R, "en",
    "(?:wouldnt|would not|wont|will not|dont|do not) (?:mind|care|be upset|be sad) if i (?:died|didnt (?:make it|wake up)|never woke up|was (?:gone|dead)|got (?:hit|killed))" +
      "|if i (?:died|didnt wake up|never woke up|was gone)(?: \\w+){0,4} (?:i would be|id be|im) (?:ok|okay|fine|good|at peace|relieved)(?: with (?:it|that))?"),
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
      "|(?:que |le pido a )?(?:dios|diosito|la muerte|la pelona|la flaca|la calaca) (?:(?:ya|por favor|de una vez) )?(?:me (?:lleve|llevara|recoja|recogiera|llame|llamara)|que me (?:lleve|recoja))(?! (?:a|al|con|de|pa|para) )"),
  // "quiero dormirme y no despertar", "dormirme y saltarme todo lo que queda".
  rule("es-dormir-no-despertar", R, "es",
    "(?:dormirme|dormir|cerrar los ojos|acostarme|quedarme dormid[oa])(?: \\w+){0,3} y (?:ya )?(?:no (?:despertar|volver a despertar|abrir los ojos)|nunca (?:despertar|mas despertar)|saltarme (?:todo|lo que (?:queda|sigue)|el resto)|no volver)"),
  // "no me importaría no despertar", "me daría igual morirme".
  rule("es-no-me-importaria", R, "es",
    "(?:no me importaria|me daria igual|me vale si|no me molestaria) (?:no despertar|morirme|morir|que me (?:pasara|paso) algo|que me mataran|no volver|si me muero|que me atropellaran)"),
  // A "kills me" idiom hoped for: "gonna kill me and i hope it does", "me va a matar y ojalá que sí".
  rule("hope-it-kills", R, "en", "(?:kill|killing|kills) me\\b[^]{0,40}\\b(?:i (?:really |honestly |kinda |lowkey )?hope (?:it|they|he|she) (?:does|do|will|would|did)|(?:and )?i hope so|hopefully (?:it|they) (?:does|do|will)|i wish it (?:would|did|could)|i wouldnt mind)(?![a-z])"),
  rule("es-ojala-me-mate", R, "es", "(?:me (?:va|van) a matar|me (?:esta|estan) matando|me mata|me matan)\\b[^]{0,40}\\b(?:ojala (?:que )?(?:si|lo haga|asi sea|me mate|de verdad)|y (?:la neta )?que bueno|ni modo que (?:me )?mate)(?![a-z])"),
];
