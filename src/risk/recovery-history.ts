/**
 * Recovery history told as history: "I overdosed twice before I came here, glad those days are
 * over", "antes me cortaba, ya tengo meses sin hacerlo". A rule of past behaviour (an
 * overdose, self-harm) marked `unlessHistory` does not fire in a text that frames it as
 * behind the participant and says nothing of now. Checked on the whole text, once per match.
 *
 * Bias: any word of now ("again", "tonight", "otra vez", "anoche") keeps the rule firing, and
 * suicide attempts are not marked with this broad frame: an attempt told in passing must not be
 * lost to it.
 *
 * A narrower frame, the recovery story, also covers attempts (`unlessStory`): an explicit past
 * time ("3 years ago", "in 2019", "hace 2 años") together with a present milestone ("today i
 * got my 90 day chip", "hoy cumplo 6 meses limpio") or a retelling ("shared my story in group
 * about when...", "en el grupo conté cuando..."), and no word of now outside the milestone:
 * "2 years ago i tried to kill myself and now im thinking about it again" still fires.
 */
import { perText } from "./per-text.ts";
import { anyOf } from "./types.ts";

const BEHIND = anyOf(
  "before i (?:came here|got (?:clean|sober|help)|started (?:treatment|the program|iop|here|recovery)|went to (?:rehab|treatment|detox))",
  "(?:those|them|that) days are (?:over|behind me|gone|done)", "(?:its|thats|it is|that is|all) (?:behind me|in the past)",
  "(?:ive been|i have been|been|im|i am) (?:\\w+ ){0,2}(?:clean|sober|free)(?: (?:for|since) \\w+)", "(?:years?|months?) (?:clean|sober|free)", "\\d+ (?:days?|months?|years?) (?:clean|sober|free)",
  "(?:its been|it has been|been) (?:over |more than |almost |about )?(?:a|one|two|three|\\d+|many|several) (?:years?|months?)(?! since i (?:last )?(?:ate|slept))",
  "used to", "back in (?:the day|19\\d\\d|20\\d\\d)", "in (?:19|20)\\d\\d", "years ago", "(?:\\d+|a|an|one|two|three|four|five|a few|several) (?:years?|yrs?) ago",
  "antes de (?:entrar|llegar|venir) (?:al|a) (?:programa|tratamiento|grupo|rehab)", "(?:ya )?(?:llevo|tengo) (?:\\w+ ){0,3}sin (?:hacerlo|cortarme|consumir|usar|tomar|drogarme)",
  "(?:ya )?(?:llevo|tengo) (?:\\w+ ){0,2}(?:limpi[oa]|sobri[oa])", "hace (?:anos|mucho|tiempo|(?:como |unos |mas de |casi )?(?:\\d+|dos|tres|cuatro|cinco|seis|diez) anos)", "esos dias (?:ya )?(?:pasaron|quedaron atras|se acabaron)", "ya (?:quedo|quedaron) atras",
  "(?:cuando|de) (?:era )?(?:joven|chav[oa]|adolescente|nin[oa])", "antes (?:me|yo)"
);

/** Words of now that keep a past-behaviour rule firing whatever the frame. */
const NOW = anyOf(
  "again", "tonight", "today", "right now", "now", "last night", "this morning", "yesterday", "just", "relapsed", "slipped",
  "otra vez", "de nuevo", "hoy", "ahorita", "ahora", "anoche", "ayer", "esta noche", "volvi a", "recai", "acabo de", "acabamos de",
  // Intent and urges are about now too: "clean two years but I want to cut".
  "on purpose", "want", "wanna", "going to", "gonna", "tried", "urges?", "thinking", "scared", "afraid", "quiero", "ganas", "voy a", "pienso", "miedo"
);

/**
 * What the participant does now instead, told against the past ("antes me cortaba, ahora
 * dibujo", "used to cut, now i go for a run", "hoy caminé 5 km"): a healthy clause of now that
 * is the contrast, not a word of now about the behaviour. Removed before NOW is looked for.
 */
const INSTEAD_NOW = anyOf(
  "(?:now|these days|today|ahora|hoy en dia|hoy) (?:i |yo |me )?(?:go for (?:a )?(?:walk|run|jog|drive)s?|go to (?:group|a meeting|meetings|the gym|church)|walk|run|draw|paint|write|journal|pray|meditate|call my sponsor|text my sponsor|breathe|play (?:guitar|music|ball)|lift|swim|salgo a (?:caminar|correr|andar)|camino|corro|dibujo|pinto|escribo|rezo|oro|medito|respiro|leo|toco (?:la guitarra|musica)|voy (?:al grupo|a las juntas|al gym|al gimnasio|a la iglesia|a terapia)|le (?:llamo|hablo|escribo) a mi (?:madrina|padrino|consejer[oa])|hago ejercicio)(?: (?!(?:pero|but|y|and|aunque|though|except|excepto|anoche|ayer|hoy|today|tonight|again|otra|volvi|relapsed|recai)\\b)[a-z0-9]+){0,6}",
  "(?:today|hoy) (?:i |yo )?(?:walked|ran|drew|painted|went to (?:group|a meeting|the gym)|camine|corri|sali a (?:caminar|correr)|dibuje|pinte|fui (?:al grupo|a la junta|al gym|al gimnasio))(?: (?!(?:pero|but|y|and|aunque|though|except|excepto|anoche|ayer|hoy|today|tonight|again|otra|volvi|relapsed|recai)\\b)[a-z0-9]+){0,6}"
);

/**
 * The past behaviour talked over today in therapy or group ("hoy lo hablé en terapia y estuvo
 * bien", "talked about it with my therapist today"): the time is the talk's, not the act's.
 * Removed before NOW is looked for, like INSTEAD_NOW.
 */
const TALKED_OVER_NOW = anyOf(
  "(?:today|hoy|ayer|yesterday|anoche|last night|this week|esta semana|tonight|esta noche) (?:i |yo )?(?:lo |le |les |me )?(?:hable|platique|conte|comparti|mencione|talked about it|talked about that|told|shared|mentioned|brought it up|saque el tema)(?: (?:en|in|with|con|a|to|at) (?:la |el |my |mi )?(?:terapia|therapy|group|grupo|junta|sesion|session|therapist|counselor|terapeuta|consejer[oa]|psicolog[oa]|sponsor|padrino|madrina))?(?: (?:y|and) (?:estuvo|fue|salio|it (?:was|went)|felt) (?:bien|ok|okay|good|well|fine|great|chido|padre))?"
);
const TALKED_OVER_NOW_RE = new RegExp(`\\b${TALKED_OVER_NOW}(?![a-z0-9])`, "g");

const BEHIND_RE = new RegExp(`\\b${BEHIND}(?![a-z0-9])`);
const NOW_RE = new RegExp(`\\b${NOW}(?![a-z0-9])`);
const INSTEAD_NOW_RE = new RegExp(`\\b${INSTEAD_NOW}(?![a-z0-9])`, "g");

/** True when the text frames past behaviour as behind the participant and says nothing of now. */
export const isRecoveryHistory: (text: string) => boolean = perText((text) => (BEHIND_RE.test(text) && !NOW_RE.test(text.replace(INSTEAD_NOW_RE, " ").replace(TALKED_OVER_NOW_RE, " "))) || isRecoveryStory(text));

/** An explicit time in the past: "3 years ago", "in 2019", "last year", "hace 2 años". */
const PAST_TIME = anyOf(
  "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|a couple(?: of)?|couple(?: of)?) (?:years?|yrs?|months?) ago(?: today| this (?:week|month))?", "years ago", "(?:today|hoy) (?:(?:it|its|it has been|marks) )?(?:\\d+|one|two|three|four|five) (?:years?|months?) (?:since|ago)", "hoy (?:se cumplen|hace) (?:\\d+|un|una|dos|tres|cuatro|cinco) (?:anos|ano|meses|mes)", "(?:back )?in (?:19|20)\\d\\d", "before (?:19|20)\\d\\d", "antes (?:de|del) (?:19|20)\\d\\d", "back in the day", "last year", "years back", "remember (?:when|the (?:time|night|day) (?:i|we|when))",
  "when i was (?:\\d+|a teen\\w*|young|a kid|in (?:high school|college))", "hace (?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|varios|muchos) (?:anos|ano|meses|mes)",
  "hace (?:anos|mucho|tiempo)", "hace (?:como|unos|unas|mas de|casi) (?:\\d+|un|una|dos|tres|cuatro|cinco|seis|diez) (?:anos|ano|meses|mes)", "en (?:19|20)\\d\\d", "el ano pasado", "cuando (?:tenia \\d+|era (?:joven|chav[oa]|adolescente|nin[oa]))"
);
/** Words of now that may not sit inside a milestone's filler ("im thinking about using again after 2 years clean"). */
const NOW_WORD = "(?:again|tonight|today|now|last|yesterday|just|relapsed|slipped|want|wanna|going|gonna|urges?|thinking|scared|afraid|otra|nuevo|hoy|ahorita|ahora|anoche|ayer|volvi|recai|volver|acabo|quiero|ganas|voy|pienso|miedo)";
/** The life a story ends in, told with "now": "now i run the thursday meeting", "ahora trabajo y estudio". */
const LIFE_NOW = "(?:(?:now|today|these days|ahora|hoy|hoy en dia) )(?:i |im |i am |yo |soy )?(?:(?:coached|coaching) (?:my |our |the )?(?:\\w+ ){0,2}(?:game|team|practice)|(?:making|made|cooking|cooked|baking|baked) (?:my |our |the )?(?:(?:kids?|sons?|daughters?|family|wife|husband|mom|dad|kiddos) )?(?:breakfast|pancakes|waffles|dinner|lunch|a cake|cookies|tamales)|(?:took|take|taking) (?:my|the) (?:kids?|son|daughter) to (?:school|the park|practice)|run|lead|chair|sponsor|coach|teach|volunteer|mentor|work (?:at|as|in|for|full time)|study|help (?:others|people|newcomers)|am a (?:peer|counselor|sponsor|mom|dad|nurse|student|mentor)|celebrated|celebrating|graduated|(?:im |i am )?(?:grateful|thankful|happy) (?:for|to be)|celebre|celebramos|festeje|festejamos|me gradue|(?:estoy |me siento )?(?:agradecid[oa]|feliz) (?:con|de|por)|cumplo (?:\\d+|un|una|dos|tres) (?:anos?|meses|mes) (?:en|de) (?:la universidad|la escuela|el trabajo|mi trabajo|casad[oa])|a (?:peer|counselor|sponsor|mom|dad|nurse|student|mentor)|trabajo (?:en|de|como|tiempo completo)|estudio|ayudo a|apadrino|coordino|doy (?:juntas|platicas)|(?:consejer[oa]|padrino|madrina|enfermer[oa]|estudiante|mama|papa|mentora?))";
/** A clean-time token named on its own, with no verb: "proud of my 18 month coin", "mi ficha de un año". */
const TOKEN = "(?:\\d+|one|two|three|four|five|six|nine|a|1st|first) ?(?:day|month|year|yr)s? (?:chip|coin|medallion|key ?tag)|(?:ficha|medalla|llavero) de (?:\\d+|un|una|uno|dos|tres|seis|nueve) (?:dias?|mes|meses|ano|anos)";
/** Clean time: "2 years clean", "18 meses sin consumir". */
const CLEAN_TIME = "(?:\\d+|\\w+) (?:days?|months?|years?|yrs?|dias|meses|anos) (?:clean|sober|limpi[oa]|sobri[oa]|off (?:the )?(?:benzos|bars|pills|dope|heroin|fent|meth|coke|booze|alcohol|opioids|xanax)|sin (?:consumir|tomar|usar|drogas))(?: from it)?";
/** A milestone of recovery now, with the words of now that introduce it ("today i got my chip"). */
const MILESTONE = `(?:(?:today|hoy|now|ahora|ahorita|just|and|y|but|pero|ya|finally|por fin|tonight|this (?:morning|week)|esta (?:manana|semana|noche)) )*(?:(?:(?:i |yo |me )?(?:hes|shes|he is|she is|theyre|they are|he has|she has|got|picked up|earned|received|celebrated|celebrating|celebrate|hit|reached|have|im|i am|am|cumplo|cumpli|tengo|llevo|recibi|dieron|celebre|celebro|estoy|ando)(?: (?!${NOW_WORD}\\b)\\w+){0,6}? ${anyOf(
  "chips?", "coins?", "medallions?", "key ?tags?", "fichas?", "medallas?", "llaveros?", CLEAN_TIME, "(?:clean|sober|limpi[oa]|sobri[oa])",
  // Clean time said bare, as recovery says it: "now i have 18 months and a job".
  "(?:\\d+|\\w+) (?:months?|years?|meses|anos)(?= and | y |\\n|$)"
)})|${CLEAN_TIME}(?= (?:now|today|and counting|hoy|ahora)\\b|\\n|$)|${TOKEN}|(?:(?:estoy )?aqui (?:contandolo|para contarlo)|vivo para contarlo|(?:lived|here|alive) to tell (?:it|the tale|about it))|(?:(?:im|i am|so|very|really|muy|bien|tan) )*(?:grateful|thankful|blessed|agradecid[oa]|bendecid[oa]) (?:to (?:still )?be (?:here|alive)|(?:de|por) (?:estar|seguir) (?:aqui|viv[oa]|con vida))|${LIFE_NOW})(?: (?:today|hoy|now|ahora|tonight|this (?:morning|week)|esta (?:manana|semana|noche)))?`;
/** An anniversary of the past event, which names today without being about now: "3 years ago today", "hoy hace 2 años". */
const ANNIVERSARY = "(?:ago (?:today|this (?:week|month))|(?:today|hoy) (?:(?:it|its|it has been|marks) )?(?:\\d+|one|two|three|four|five) (?:years?|months?) (?:since|ago)|hoy (?:se cumplen|hace) (?:\\d+|un|una|dos|tres|cuatro|cinco) (?:anos|ano|meses|mes))";
/** Retelling the past: a share, a story, a testimony, a step. */
const RETELLING = anyOf(
  "shared (?:my story|about|in group|my (?:share|testimony))", "told (?:the (?:group|new \\w+|newcomers?)|my story|them|everyone|my sponsor)(?: \\w+){0,2} about", "talked about", "wrote (?:my \\w+ )?about", "in my share",
  "my (?:story|testimony|share|lead)", "(?:gave|did) (?:my|a) (?:lead|share|talk)", "step (?:4|four|5|five)", "comparti (?:mi historia|sobre|en el grupo)", "conte (?:en el grupo|mi historia|de cuando|cuando|sobre)",
  "les conte", "platique (?:de|sobre)", "mi testimonio", "hable (?:en el grupo )?(?:de|sobre) (?:cuando|mi)",
  // How it went, told to the group: "conté cómo fue cuando tuve la sobredosis", "told the group how it happened".
  "conte (?:como|lo que) (?:fue|paso|estuvo|me paso)", "told (?:the group|my group|them|everyone) (?:how|what) (?:it )?(?:happened|went|was)"
);
/** Words of now for a story: like NOW, but a past attempt's own verb ("tried", "intenté") is the history told. */
const NOW_STORY = anyOf(
  "again", "tonight", "today", "right now", "now", "last night", "this morning", "yesterday", "just", "relapsed", "slipped",
  "otra vez", "de nuevo", "hoy", "ahorita", "ahora", "anoche", "ayer", "esta noche", "volvi a", "recai", "volver a", "acabo de", "acabamos de",
  "(?:still )?think(?:ing)? about (?:it|doing it|that|dying|ending it|it again)", "thoughts", "lo (?:sigo )?pienso", "todavia (?:lo )?pienso", "sigo pensando",
  "want(?! to (?:say|share|thank|tell|celebrate|let (?:you|yall|everyone|the group) know))", "wanna", "going to", "gonna", "urges?", "thinking", "scared", "afraid",
  "quiero(?! (?:compartir|decir|agradecer|contarles|contar|celebrar|dar las gracias))", "ganas", "voy a", "pienso", "miedo"
);

const PAST_TIME_RE = new RegExp(`\\b${PAST_TIME}(?![a-z0-9])`);
const MILESTONE_RE = new RegExp(`\\b${MILESTONE}(?![a-z0-9])`, "g");
const RETELLING_RE = new RegExp(`\\b${RETELLING}(?![a-z0-9])`);
/** A retelling with the time it was told: "anoche compartí mi historia", "tonight i told my story". The time is the retelling's, not the behaviour's. */
const RETOLD_WHEN_RE = new RegExp(`\\b(?:(?:today|tonight|last night|this morning|yesterday|hoy|anoche|ayer|esta noche|esta manana) )(?:(?:en|in|at) (?:el |la |the )?(?:grupo|junta|terapia|sesion|group|meeting|therapy|session) )?(?:(?:i|yo|le|les|me) )*${RETELLING}(?![a-z0-9])`, "g");
const NOW_STORY_RE = new RegExp(`\\b${NOW_STORY}(?![a-z0-9])`);
const ANNIVERSARY_RE = new RegExp(`\\b${ANNIVERSARY}(?![a-z0-9])`, "g");

/** True when the text tells a past crisis as a recovery story: an explicit past time, a milestone or a retelling, and no word of now. */
export const isRecoveryStory: (text: string) => boolean = perText((text) => {
  if (!PAST_TIME_RE.test(text)) return false;
  const rest = text.replace(MILESTONE_RE, " ");
  return (rest !== text || RETELLING_RE.test(text)) && !NOW_STORY_RE.test(rest.replace(ANNIVERSARY_RE, " ").replace(RETOLD_WHEN_RE, " "));
});

/** The lead of a past attempt right before a match ("tried to | kill myself", "intenté | suicidarme") or an "attempt" right after it. */
const ATTEMPT_LEAD = /(?:^| )(?:tried|attempted|try|trying|tries|intente|trate|quise|intento|casi)(?: (?:to|de|a|and))? ?$/;
const ATTEMPT_NOUN = /^ (?:attempt|attempts)\b/;

/** True for a crisis word inside a past attempt that the text tells as a recovery story. */
export function isRetoldAttempt(text: string, index: number, matched: string): boolean {
  const before = text.slice(Math.max(0, index - 20), index);
  if (!ATTEMPT_LEAD.test(before) && !ATTEMPT_NOUN.test(text.slice(index + matched.length, index + matched.length + 12))) return false;
  return isRecoveryStory(text);
}
