/**
 * Negation scope.
 *
 * A rule match is cancelled only when the words directly before it, in the same clause,
 * are a negation followed by nothing but function words: "I'm not | going to | kill myself",
 * "no | me quiero matar", "I have never | thought about | killing myself". Any content word
 * in between breaks the scope, so
 *   "I'm not okay, I want to die"        -> crisis (clause break)
 *   "I didn't drink but I want to die"   -> crisis ("drink but i" is not filler)
 *   "no I want to die"                   -> crisis ("i" is not filler)
 *   "I never thought I'd want to die"    -> crisis ("id" is not filler)
 * Only a short window before the match is inspected, so the cost per match is constant.
 *
 * Crisis rules that are negative by construction ("I don't want to live", "no quiero
 * vivir", "nothing to live for") are never cancelled: a second negation in front of them is
 * rare and ambiguous, and ambiguity must resolve to crisis.
 */
import { PEER } from "./lexicon.ts";
import { perText } from "./per-text.ts";

/** Words that negate what follows, English and Spanish. ("cant" is deliberately absent:
 *  "I can't kill myself because of my kids" is still crisis talk.) */
const NEGATOR =
  "not|never|no|dont|do not|doesnt|does not|didnt|did not|wont|will not|wouldnt|would not|havent|have not|hasnt|has not|hadnt|isnt|is not|arent|are not|aint|wasnt|was not|werent|shouldnt|no longer|nor|non|neither|nunca|jamas|tampoco|ni|ningun|ninguna|nada de";

/** Function words that may sit between a negation and the phrase it negates. */
const FILLER = [
  // English auxiliaries, modals and intent words.
  "am|im|is|are|was|were|be|being|been|have|has|had|do|did|does|get|got|go|going|gone|back|will|would|ill|id|ive",
  "going to|gonna|gunna|goin to|want to|wanna|wana|want 2|wanting to|plan to|planning to|planning on|plan on",
  "intend to|intending to|try to|trying to|tryna|about to|actually|really|even|ever|currently|at all|again|anymore|any more|more|longer",
  "thinking about|thinking of|think about|think of|thought about|thought of|thoughts of|thoughts about|thoughts|urges? to|desire to|feel like",
  "having|any|feel|feeling|felt|a|an|the|so|that|to|ever again|right now|now|today|tonight|once|single|drop of|one|recently|lately",
  // Spanish clitics, auxiliaries and intent words.
  "me|te|lo|la|le|se|he|ha|hemos|has|voy a|vas a|va a|vamos a|quiero|quise|quisiera|pienso|pienso en|pensado en|tengo|tenia|ganas de",
  "pensamientos|pensamientos de|ideas|ideas de|intencion de|estoy|estoy pensando en|pensando en|siento|me siento|soy|ya|mas|para nada|de|en|a",
  "haria|hare|planeo|intentaria|intentare|hacer|volvi a|volvere a|he vuelto a|he pensado en|nunca",
].join("|");

/**
 * Extra, use-only scope words: a counterfactual or a wish is not a lapse ("I almost
 * relapsed", "wanted to get high", "it's been 30 days since I drank", "casi recaí").
 * Never applied to crisis rules: "I almost killed myself" is a crisis.
 */
const COUNTERFACTUAL =
  "used to|use to|usta|when i was|back when i was|back when i|back when|from when i was|from when i|(?:years?|months?) ago(?: i was| i)?|before (?:rehab|treatment|recovery|detox|jail|prison|i got (?:clean|sober|help)|i came here|the program)|in my (?:active )?(?:addiction|using days|drinking days)|cuando (?:yo )?(?:estaba|andaba)|almost|nearly|wanted to|want to|wanna|urge to|urges to|craving to|tempted to|temptation to|thought about|thinking about|think about|dreamed|dreamt|dream|had a dream|nightmare|afraid|scared|worried|fear|instead of|without|since|refused to|chose not to|decided not to|tried not to|resisted|stopped|quit|quitting|stop|avoid|avoided|avoiding|trying not to|if i|casi|quise|queria|quiero|ganas de|antojo de|sin|en vez de|desde que|sone que|sone|pense en|pensando en|tentad[oa] a|miedo de|deje de|evite|para no|would have|wouldve|could have|couldve|hubiera|habria|hubiese";

/** Words allowed after a counterfactual: "dreamed [that] [i] ...", "afraid [i'll] ...". */
const COUNTERFACTUAL_FILLER = `${FILLER}|i|that|about|of|que|yo|to|ill|might|would|could|id|again|i would|i might|every day|daily|all the time|always`;

/**
 * A topic, not an act: "we talked about suicide in group", "trained on how to use narcan",
 * "hablamos de sobredosis". Scopes a match like a negation: only function words (and the
 * words of a topic) may sit between the frame and the match, so "we talked about how I
 * want to die" is still a crisis.
 */
const TOPIC =
  "(?:heard|saw|seen|read|watched|caught)(?: (?:it|something|a (?:story|thing|segment|report|post)))? (?:on|in) (?:the )?(?:news|radio|tv|facebook|fb|twitter|tiktok|instagram|ig|reddit|paper|local news|newspaper)(?: (?:last night|today|this morning|yesterday))? about|the word|the words|the term|learned how to|learning how to|learn how to|taught us how to|showed us how to|trained us how to|aprendimos a|nos ensenaron a|shared about|shared his|shared her|shared their|told us about|told his story|told her story|told their story|spoke of|compartio sobre|compartio de|nos conto de|nos conto sobre|talked about|talking about|talk about|talks about|learned about|learning about|learn about|heard about|read about|reading about|discussed|discussing|spoke about|speaking about|training on|trained on|trained in|training in|class on|classes on|class about|workshop on|video about|video on|news story about|story about|article about|podcast about|documentary about|documentary on|movie about|film about|show about|episode about|post about|report about|report on|lecture on|presentation on|group on|session on|hablamos de|hablamos del|hablamos sobre|hablaron de|hablaron sobre|platicamos del|aprendimos|aprendimos sobre|platicamos de|platicaron de|vimos un video de|leimos sobre|clase de|clase sobre|taller de|taller sobre|charla de|charla sobre|platica de|platica sobre|una platica sobre|mentioned|mention|noticia de|noticia sobre" +
  // Things made or held about a subject, and the subject named as a topic: "a handout on", "the topic tonight was", "el tema de la junta fue".
  "|(?:article|articles|story|stories|study|studies|research|reading|readings|news|book|books|handout|sheet|pamphlet|flyer|brochure|worksheet|segment|paper|essay|assembly|session|discussion|sermon|lecture|seminar|webinar|panel|chapter|unit|module|course|poster|talk|speech|series|psa|campaign|walk|vigil|fundraiser) (?:was |is )?(?:on|about|regarding|covering)" +
  "|(?:ad|ads|poster|sign|billboard|commercial|psa|flyer|banner|sticker|shirt|bumper sticker|anuncio|cartel|letrero|playera)(?: [a-z]+){0,4} (?:says|said|reads|read|dice|decia)(?: that| que)?|(?:topic|theme|subject)(?: (?:tonight|today|this week|of the (?:day|week|night)|in group|at group))? (?:was|is|were)|(?:preached|preaching|lectured|wrote|writing|write|posted|posting|testified|teaching|taught) (?:about|on)|went over|covered|in case of" +
  "|(?:documental|pelicula|libro|articulo|nota|hoja|folleto|tarea|taller|sermon|podcast|video|reportaje|programa|ensayo|serie|sesion|junta|platica|charla|campana|caminata|cancion) (?:sobre|de|del|acerca de|de la|de los|de las)" +
  "|(?:el |la )?tema(?: (?:de|del|de la|de hoy|hoy|junta|grupo|sesion|la|el)){0,3} (?:fue|es|era)|hablo (?:de|del|sobre)|hablaron del|conto (?:de|del|sobre)|contaron (?:de|del|sobre)|salio lo de|salieron lo de|noticias? (?:de|del|sobre)|en caso de" +
  // What the news reported: "en las noticias dijeron que hubo muchas sobredosis", "the news said there were more overdoses".
  "|(?:(?:the|local|el|la|las|los) )?(?:news|noticias|noticiero|paper|periodico|radio|report|reporte) (?:said|says|reported|reports|dijeron|dicen|dijo|dice|decian|reporto|reportaron|hablo de|mentioned)(?: (?:that|que|q))?";
const TOPIC_FILLER =
  "that|this|those|these|all the|all those|and|or|y|o|relapse|relapses|recaida|recaidas|addiction|adiccion|depression|depresion|grief|duelo|the|a|an|her|his|their|our|su|sus|intento de|intentos de|historia de|experiencia con|experiencia de|how to|how|to|use|using|give|bunch of|lot of|some|signs of|warning signs of|prevention of|fentanyl|fent|opioid|opioids|drug|drugs|heroin|meth|alcohol|teen|teenage|youth|accidental|rising|local|the rise in|de|del|la|las|el|los|un|una|senales de|senales de alerta de|senales de alerta del|alerta|prevencion de|como|usar|what|what an|what a|what to do in an?|his|her own|la prevencion del|prevencion del|prevention|suicide prevention|hubo|hay|habia|there (?:were|was|are|have been|has been)|muchas|muchos|many|more|mas|so many|tantas|varias|several|record|another|otra|a lot of|lots of|en el condado|in the county|in town|en el pueblo";
const TOPIC_SCOPE = new RegExp(`(?:^| )(?:${TOPIC})(?: (?:${TOPIC_FILLER}))* ?$`);

/**
 * A story told by a film, a show or a book about someone else: "the movie had a suicide scene",
 * "la película trata de un chavo que se suicida". Any words but the writer's own may sit between
 * the frame and the match, so "the show is about suicide and i want to die" is still a crisis.
 */
const MEDIA_NOUN = "(?:movie|film|show|series|book|novel|memoir|biography|autobiography|song|episode|documentary|podcast|play|pelicula|peli|serie|libro|novela|memorias|biografia|autobiografia|cancion|episodio|documental|obra)";
/** Where a story is watched: "a series on netflix where", "una peli en la tele donde". */
const PLATFORM = "(?:netflix|hulu|youtube|tiktok|tele|tv|hbo|max|prime|disney|vix|amazon|cable|cine|movies)";
const MEDIA =
  `(?:${MEDIA_NOUN}(?: (?:is|was|s|es|era))? (?:about|by|written by|had|has|with|called|named|titled|shows|showed|escrito por|escrita por|escritos por|escritas por|trata de|trata del|trata sobre|se trata de|se trata del|es sobre|es de|es del|habla de|habla del|habla sobre|tiene|tenia|muestra)|(?:in|on|en) (?:the|that|this|la|el|esa|ese|esta|este) ${MEDIA_NOUN}|${MEDIA_NOUN}(?: (?:on|en) (?:the |la )?${PLATFORM})? (?:where|in which|of a|of an|de|donde|en (?:la|el) que))`;
const WRITER = "i|im|ive|id|ill|me|my|myself|mine|we|us|our|yo|mi|mis|conmigo|nos|nosotros|nuestro|nuestra";
/** Words that turn from the story to the writer's now: "the movie was about suicide and now i know which bridge". */
const TURN = "now|but|tonight|today|ahora|pero|hoy|esta noche|ya";
const MEDIA_SCOPE = new RegExp(`(?:^| )${MEDIA}(?: (?!(?:${WRITER}|${TURN})(?: |$))[a-z0-9]+){0,8} ?$`);
const WRITER_FIRST = new RegExp(`^(?:${WRITER})(?: |$)`);
/**
 * The writer taking the topic as their own: "the show is about suicide and i want to do it
 * too", "trata de un chavo que se suicida y yo también lo voy a hacer". Anywhere in the text,
 * it keeps a topic's crisis word firing.
 */
const IDENTIFIES = /\b(?:i|im|yo)\b[^\n]{0,30}\b(?:want to|wanna|gonna|going to|will|might|should|plan to|thinking about|think about|quiero|voy a|pienso|deberia|tambien)\b[^\n]{0,20}\b(?:do it|do that|try it|too|the same|same thing|as well|hacerlo|intentarlo|hacer lo mismo|lo (?:voy a|quiero|pienso) hacer|lo mismo)(?![a-z])/;
const identifies = perText((text) => IDENTIFIES.test(text));

/**
 * Someone else's use: a third-party subject earlier in the clause and no first person
 * ("my roommate got drunk", "everyone at the party was doing coke", "mi hermano recayó").
 * A trigger worth a note, not the participant's lapse.
 */
const THIRD_PARTY = new RegExp(
  `(?:^| )(?:he|she|they|hes|shes|theyre|everyone|everybody|people|someone|somebody|nobody|coworkers?|friends|(?:my|his|her|our|their|mi|su|sus|mis) (?:\\w+ )?(?:dads|moms|brothers|sisters|roommate|roomie|friend|friends|buddy|buddies|brother|sister|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|son|daughter|kids?|cousin|uncle|aunt|neighbou?r|coworkers?|boss|family|parents|sponsor|sponsee|hermano|hermana|mama|papa|esposo|esposa|novio|novia|primo|prima|amigo|amiga|amigos|tio|tia|hijo|hija|roomie|pareja|vecino|jefe)|ella|ellos|ellas|todos|${PEER})(?= )`
);
const FIRST_PERSON = /(?:^| )(?:i|im|ive|id|ill|me|we|us|were|yo|nos|nosotros|mi|di|ando|estoy|tome|fume|use|probe|acepte|cai|meti|bebi|consumi|recai|compre|acabe|termine|entre)(?= |$)/;

/**
 * A screening question reported with the participant's no: "my counselor asked if im having
 * thoughts of hurting myself, i said no", "la doctora me preguntó si he pensado en matarme y le
 * dije que no". The question scopes the match like a topic (a few words between "asked if" and
 * it), and the answer no must follow it in the text; an answer yes, or no answer, keeps it firing.
 */
const ASKED_SCOPE = /(?:^| )(?:asked|asks|asking|ask|questioned|screened)(?: me)?(?: (?:today|again|yesterday|at intake|at group))? (?:if|whether|was|were|do|did|am|are|have|had|about)(?: [a-z0-9]+){0,7} ?$|(?:^| )(?:me |nos )?(?:pregunto|preguntaron|pregunta|preguntan|preguntaba)(?: (?:hoy|otra vez))? (?:que )?(?:si)(?: [a-z0-9]+){0,7} ?$/;
const ANSWERED_NO = /(?:^|[ \n])(?:(?:and |y )?(?:i |yo )?(?:said|told (?:her|him|them|the \w+)|answered|replied|dije|le dije|les dije|conteste|le conteste|respondi|le respondi)(?: (?:que|q))? (?:no|nope|nah|nel|never|nunca|not at all|para nada|de ninguna manera)|(?:^|\n)(?:no|nope|nah|nel)(?= |$|\n))(?![a-z0-9])/;
const ANSWERED_YES = /\b(?:said|told (?:her|him|them|the \w+)|answered|dije|le dije|conteste|respondi)(?: (?:que|q))? (?:yes|yeah|yep|sometimes|si|a veces|the truth|la verdad)\b/;

/**
 * A past told as over: "i used to think about suicide a lot back when i was using, i dont
 * anymore", "antes solía pensar en matarme, ya no". The match must follow "used to" with only
 * function words between, the text must say it is over, and nothing may bring it back to now:
 * "used to cut, started again last night" and "...i dont anymore, but lately its back" still fire.
 */
const USED_TO_SCOPE = new RegExp(`(?:^| )(?:used to|use to|usta|solia|yo solia)(?: (?:${FILLER}|a lot|all the time|sometimes|seguido|pensar|pensar en|querer))* ?$`);
const OVER_NOW = /(?:^|[ \n])(?:i (?:dont|do not)(?: do that| think about it| feel (?:that|like that))? anymore|(?:dont|do not) (?:think about it|feel (?:that way|like that)|have (?:those|them|that)(?: thoughts)?) anymore|not anymore|no longer|(?:those|that) (?:days|thoughts) are (?:over|gone|behind me)|ya no (?:lo )?(?:pienso|siento|hago|tengo)|ya no(?=$|\n))(?![a-z0-9])/;
const BACK_NOW = /\b(?:again|lately|tonight|today|right now|these days|(?:its|theyre|they are|it is|its coming|came|coming) back|still|ultimamente|otra vez|de nuevo|hoy|esta noche|todavia|volvi\w*|regres\w*|but|pero)\b/;

const DENIAL = new RegExp(`(?:^| )(?:${NEGATOR})(?: (?:${FILLER}))* ?$`);
const COUNTERFACTUAL_SCOPE = new RegExp(`(?:^| )(?:${COUNTERFACTUAL})(?: (?:${COUNTERFACTUAL_FILLER}))* ?$`);
const SELF_NEGATED = new RegExp(`(?:^| )(?:${NEGATOR}|cant|cannot|nothing|nobody|noone|no one|nadie|nada|sin|ya no)(?: |$)`);

/**
 * A denial immediately taken back: "I don't want to kill myself but I think about it a lot",
 * "no me quiero matar, pero lo pienso". When a crisis phrase was denied and the text also
 * has such a hedge, the denial is ignored (ambiguity resolves to crisis).
 */
const HEDGE = new RegExp(
  "(?:^|[ \\n])(?:but|pero|though|although|aunque|yet)(?: (?:i|yo|sometimes|a veces|still|todavia|honestly|lately|do|really|mucho|seriously|if im honest))* " +
    "(?:think about it|thinking about it|thought about it|keep thinking about it|cant stop thinking about it|lo pienso|pienso en eso|lo he pensado|lo estoy pensando|sometimes i do|a veces si|i might|maybe i will|maybe i should|maybe i do|tal vez si|quizas si|part of me does|part of me wants to|una parte de mi si)"
);

/** True when the text hedges a denial (see HEDGE). Linear: one scan of the text. */
export function isHedged(text: string): boolean {
  return HEDGE.test(text);
}

/** How far back (in characters) negation scope is searched. Bounded for linear total time. */
const WINDOW = 90;

/** The text of the same clause before `index`, at most WINDOW characters. */
function clausePrefix(text: string, index: number): string {
  const from = Math.max(0, index - WINDOW);
  const slice = text.slice(from, index);
  const lineBreak = slice.lastIndexOf("\n");
  return lineBreak >= 0 ? slice.slice(lineBreak + 1) : slice;
}

/** True when a crisis match is cancelled by an explicit denial, or is a topic, right before it. */
export function isCrisisDenied(text: string, index: number, matched: string): boolean {
  const prefix = clausePrefix(text, index);
  if ((TOPIC_SCOPE.test(prefix) || (MEDIA_SCOPE.test(prefix) && !WRITER_FIRST.test(matched))) && !identifies(text)) return true;
  if (SELF_NEGATED.test(` ${matched} `)) return false;
  if (ASKED_SCOPE.test(prefix)) {
    const after = text.slice(index + matched.length);
    if (ANSWERED_NO.test(after) && !ANSWERED_YES.test(text) && !isHedged(text)) return true;
  }
  if (USED_TO_SCOPE.test(prefix)) {
    const after = text.slice(index + matched.length);
    if (OVER_NOW.test(after) && !BACK_NOW.test(text) && !isHedged(text)) return true;
  }
  return DENIAL.test(prefix);
}

/** True when a substance-use match is denied, counterfactual ("never", "almost", "since"), a topic or someone else's. */
export function isUseDenied(text: string, index: number, matched = ""): boolean {
  const prefix = clausePrefix(text, index);
  return DENIAL.test(prefix) || COUNTERFACTUAL_SCOPE.test(prefix) || TOPIC_SCOPE.test(prefix) || isThirdParty(prefix, matched);
}

/** A third-party subject in the clause prefix, and no first person in the clause up to the verb. */
function isThirdParty(prefix: string, matched: string): boolean {
  if (!THIRD_PARTY.test(prefix)) return false;
  // "me and my brother got high", "he had some and I took two": any first person before the
  // verb makes it the participant's.
  const upToVerb = `${prefix} ${matched.split(" ").slice(0, 3).join(" ")}`;
  return !FIRST_PERSON.test(upToVerb.replace(/\b(?:mi|my) (?=\w)/g, " "));
}
