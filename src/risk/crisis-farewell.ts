/**
 * Announced finality and farewells, English and Spanish (988 / SAMHSA warning signs: saying
 * goodbye, giving away things that matter, putting affairs in order; the C-SSRS intent item
 * stated without the words kill, suicide or die):
 *
 *   suicidal_intent  - the participant announces not being alive or around after a time
 *                      ("wont be around after tonight", "tonight is my last night", "ya no
 *                      voy a estar para cuidarlo", "me despido de este mundo");
 *   preparatory_act  - a farewell made of two signals (an apology or absolution, thanks for
 *                      trying, "tell them I love them", a goodbye, "at peace with it", the
 *                      passwords handed over), who gets what, a pet given away for good.
 *
 * Program life sounds final too ("last group today, thank you for everything", "graduating,
 * not sure how to say goodbye"): every farewell rule here is carved out near program-life
 * words (program-life.ts), and a lone goodbye is never enough.
 */
import { anyOf, rule, type RiskRule, unlessProgramLife } from "./types.ts";

/** Times after which the participant announces not being alive or around; weekdays are left out, they are mostly travel. */
const AFTER_TIME = "(?:after|past|by) (?:tonight|today|this weekend|the weekend|morning|sunrise)";

/** Being absent from life: "wont be alive", "wont be around to see", "not be here after tonight". */
const ABSENT_EN =
  "(?:be (?:alive|breathing|on this earth|in this world|living)|be (?:around|here)(?= (?:much longer|for (?:much )?longer|for long|anymore|any more|to (?:see|wear|watch|use|read|meet|need|enjoy|take care|look after|feed|raise|walk|bother|annoy|burden|worry|disappoint|let (?:anyone|you|them|\\w+) down|mess (?:anything|things|it) up|hurt)|" + AFTER_TIME + ")\\b))";

/**
 * Farewell signals: an apology, an absolution or thanks for trying (APOLOGY), and the signals
 * of leaving for good (FINAL). A farewell is a FINAL signal with another signal of either
 * kind: "sorry for everything, forgive me?" after an argument is not one.
 */
const APOLOGY_EN = anyOf(
  "(?:im |i am )?(?:so )?sorry for everything", "sorry (?:that )?(?:i (?:was never|never was|could never|couldnt|wasnt|cant|am not|m not|didnt|never)|for (?:not being|being (?:such )?a|never being))(?: \\w+){0,4} (?:better|enough|good enough|what you (?:needed|wanted)|stronger|burden|disappointment|failure|mess)", "(?:please )?forgive me", "(?:(?:it|this) (?:wasnt|isnt|was not|is not|was never)|none of (?:this|it) (?:was|is)) your fault",
  "thank(?:s| you)(?: all| guys)? for (?:trying(?! to (?:get|find|book|schedule|set|sort|fix|reach|switch|move|help me (?:with|find|get|pick))\\b)|everything you (?:tried|did)|putting up with me|not giving up on me)"
);
const FINAL_EN = anyOf(
  "(?:this is|thats|this will be|this the) (?:the|my) (?:last|final) (?:one|message|text|msg|check ?in|reply) (?:youll|you will|you ll|u will|ull) (?:ever )?(?:get|hear|see|receive)(?: from me)?",
  "tell (?:the group|my \\w+|them|everyone|everybody|her|him) (?:that )?i love (?:them|you|her|him|yall)", "good ?bye", "bye(?: forever| everyone| all| yall)?$", "farewell",
  "(?:(?:it|this) (?:wasnt|isnt|was not|is not|was never)|none of (?:this|it) (?:was|is)) anyones fault|(?:its|it is|this is|it was) nobodys fault", "dont save my seat", "(?:now )?i can (?:finally )?go(?: now| in peace)?(?=$)", "(?:youre|you are) on the list", "(?:im |i am |finally )?at peace with (?:it|this|my decision|everything)", "(?:gave|sent|left|wrote down|told|emailed|texted) (?:\\w+ ){0,3}(?:all )?my (?:bank |account )?(?:passwords?|pins?)",
  "(?:gave|sent|left|showed|told|emailed) (?:\\w+ ){0,4}(?:my )?life insurance", "(?:all |everything is |its all )?squared away", "(?:wont|will not) (?:need|be needing) (?:it|them|this|these|those)",
  "someone who is (?:actually )?going to be (?:here|around)", "take care of (?:my \\w+|them|her|him) for me",
  // A decision announced as a clause of its own: "decided. thanks for trying".
  "(?:^|(?<=\\n))(?:(?:i|ive|i have|i just|i finally|finally|i already|already|its|ok|okay|so) )?(?:decided|made up my mind|made my decision|my mind is made up|mind is made up)(?: (?:now|already|finally|for real|this time))?$"
);
const APOLOGY_ES = anyOf(
  "(?:fueron|han sido|siempre fueron) (?:muy |tan )?(?:buen[oa]s?) conmigo",
  "perdon(?:enme|ame)? por todo", "perdon(?:enme|ame)? por (?:no (?:ser|haber sido) (?:mejor|suficiente|lo que necesitaban)|ser (?:una carga|un fracaso|una decepcion))", "no (?:fue|es) (?:tu |su )culpa", "gracias (?:por|x) (?:intentarlo|intentar|todo lo que hicieron|aguantarme|no rendirse conmigo)"
);
const FINAL_ES = anyOf(
  "(?:este es|es) (?:el|mi) ultimo (?:mensaje|texto|msj) que (?:te |les |le )?(?:mando|envio|escribo|van a recibir)",
  "(?:diganle|digan|dile|digale) a (?:mi \\w+|mis \\w+|todos|el grupo) que (?:los|las|la|lo|l[oa]s) quiero", "adios", "despedirme", "me despido",
  "(?:ya )?estoy en paz", "ya me puedo ir(?: tranquil[oa]| en paz)?(?=$)", "no (?:fue|es) culpa de nadie", "(?:ya )?termine con todo(?=$| (?:ya|la neta|de una vez)$)", "(?:le |les )?(?:di|deje|mande|pase|escribi) (?:\\w+ ){0,3}(?:mis )?(?:contrasenas|claves|seguro de vida)", "ya no (?:los|las|lo|la) (?:voy a )?necesitar"
);
/**
 * Things given away or services cancelled, and a sign that nothing will be needed again: "regalé
 * toda mi ropa, ya no voy a necesitar nada", "le regalé mi gallo a mi compadre, ya me voy pa
 * siempre", "cancelé el celular, ya no me va a hacer falta". Clothes grown out of, a move or a
 * new phone make it ordinary.
 */
const GIVE_ES = "(?:regale|he regalado|estoy regalando|ando regalando|regalando|reparti|estoy repartiendo|le (?:di|deje|pase)|les (?:di|deje|pase)|cancele|di de baja|vendi (?:todas? )?mis)";
const NOT_NEEDED_ES = anyOf(
  "(?:ya )?(?:me voy|me ire|me vo) (?:para|pa) siempre(?! (?:a|al|de|del|para|pa) \\w)", "ya no (?:voy a |vo a )?necesit(?:ar|o|are) (?:nada|eso|esto|mis cosas)(?: (?:de eso|de esto|mas))?(?=$| ya\\b)",
  "ya no (?:los|las|lo|la|le|me) (?:voy a |vo a )?(?:necesitar|usar|ocupar)", "(?:donde|a donde|adonde|pa donde|para donde) (?:voy|me voy) no (?:los|las|lo|la|me) (?:voy a )?(?:necesit|ocup|sirv)[a-z]*",
  "ya no me (?:van a|va a) (?:hacer falta|servir)", "(?:despues de eso )?ya no (?:hace|va a hacer|hara|me hace) falta(?=$)"
);
const ORDINARY_GIVE_ES = "(?:no me queda\\w*|me queda(?:n)? (?:chic|grand)\\w*|bebe|crecio|crecieron|me mudo|nos mudamos|mudanza|me voy a vivir|nos vamos a vivir|iglesia|donar|done|bazar|venta|nuev[oa]s?|usad[oa]s?|viej[oa]s?|otro celular|otra linea)";
const NOT_ORDINARY_GIVE_ES = `(?![^]{0,120}\\b${ORDINARY_GIVE_ES}\\b)(?<!\\b${ORDINARY_GIVE_ES}\\b[^]{0,160})`;
/**
 * A message, letter or video left "for when I'm gone", or a letter written beside a method made
 * ready: "grabé un video pa mi hija pa que lo vea cuando ya no esté", "la carta ya está escrita y
 * las pastillas juntas", "the letter is written and the pills are in my backpack".
 */
const LEFT_FOR_ES = "(?:grabe|grabando|deje|dejando|escribi|escribiendo|hice|mande|guarde|prepare|tengo)(?: \\w+){0,2}? (?:un |una |unos |unas |mis |las |los |el |la )?(?:videos?|cartas?|cartitas?|audios?|mensajes?|notas?)(?: \\w+){0,9}? (?:para |pa )?(?:cuando|pa cuando|para cuando) (?:yo )?ya no (?:este|estemos|exista|viva)(?=$| (?:aqui|yo|con (?:ella|el|ustedes|ellos))$)";
const LETTER_ES = "(?:(?:la|mi|una|las|mis) (?:carta|cartas|nota|notas|despedida)(?! de (?:recomendacion|motivos|presentacion|renuncia|trabajo|no antecedentes|la escuela|del banco|del seguro))(?: \\w+){0,2} (?:escrita|escritas|lista|listas|hecha|hechas)|(?:deje|escribi|tengo escritas?) (?:la |una |mis |unas )?(?:cartas?|notas?) (?:para|a) (?:todos|mi familia|mis hijos|cada uno))";
const MEANS_READY_ES = "(?:(?:pastillas|pildoras|medicinas|chochos) (?:\\w+ )?(?:juntas|guardadas|contadas|listas|escondidas|ahorradas)|(?:soga|cuerda|pistola|arma|navaja|cuchilla)s? (?:lista|cargada|afilada|guardada|escondida)|tengo (?:la|una) (?:soga|cuerda|pistola|arma) lista)";
const LEFT_FOR_EN = "(?:recorded|made|wrote|left|filmed|saved)(?: \\w+){0,2}? (?:a |the |some |my )?(?:video|videos|letter|letters|note|notes|message|messages|voice memos?)(?: \\w+){0,8}? (?:for )?(?:when|after) (?:im|i am|i m) (?:gone|not here anymore|not around anymore|dead|no longer here)";
const LETTER_EN = "(?:(?:the|my) (?:letters?|notes?) (?:is|are) (?:written|done|ready|finished)|wrote (?:letters?|notes?) (?:for|to) (?:everyone|everybody|my (?:family|kids)))";
const MEANS_READY_EN = "(?:(?:the |my )?pills (?:are )?(?:in my (?:backpack|bag|drawer|pocket)|hidden|counted|ready|saved)|hid the pills|(?:rope|gun) (?:is )?(?:ready|loaded|under (?:the|my) bed))";

/** Benefits paperwork at work is not putting affairs in order. */
const NOT_PAPERWORK = "(?![^\\n]{0,60}\\b(?:open enrollment|benefits|hr|at work|beneficiary form for work|for the new job)\\b)";

/** Being a burden, or someone having to deal with the participant: "wont be a problem for anyone", "yall wont have to deal with me". */
const BURDEN_EN =
  "(?:(?:wont|will not|not going to|not gonna|aint gonna|wont even|never going to|gonna stop|going to stop|will stop|ill stop) (?:be|being) (?:a |an |anyones |your |their |the |yalls |everyones |my \\w+s )?(?:problem|burden|bother|worry|pain|weight|trouble|headache|disappointment|mess|drain|issue)(?: (?:for|to|on|in) (?:anyone|anybody|you|u|yall|them|everyone|everybody|my \\w+|you guys|this family))?" +
  "|(?:nobody|no one|noone|you|u|they|my family|everyone|yall|you guys|my \\w+) (?:will|wont|is going to|are going to|gonna) (?:have to|need to|ever have to) (?:worry about|deal with|take care of|put up with|carry|clean up after|pay for|look after) me(?: anymore)?)";
/** A move, a ride, a discharge or money that explains the end of a burden. */
const NOT_LEAVING =
  "(?![^]{0,80}\\b(?:moving|move out|moved|graduat\\w*|leaving for|new job|new place|transfer\\w*|discharg\\w*|last day|vacation|trip|deploy\\w*|lease|apartment|sober living|halfway house|paycheck|paid|job|disability|insurance|check|ride|uber|lyft|bus|train|flight|plane|almost (?:done|finished|there|here)|finish\\w*)\\b)";

/** A FINAL signal with another signal within 200 characters, in either order. */
const pair = (apology: string, final: string) => `${final}\\b[^]{1,200}?\\b(?:${apology}|${final})|${apology}\\b[^]{1,200}?\\b${final}`;

/** An ordinary absence near it: "tomorrow i wont be here, out of town for work", "group is tomorrow but i wont be here". */
const NOT_AWAY = "(?![^]{0,80}\\b(?:out of town|vacation|trip|travel\\w*|work|shift|visit\\w*|flight|camping|moving|court|doctor|appointment|dentist|hospital|surgery|wedding|funeral|meeting|group|class|session)\\b)(?<!\\b(?:out of town|vacation|trip|travel\\w*|work|shift|visit\\w*|flight|camping|moving|court|doctor|appointment|dentist|hospital|surgery|wedding|funeral|meeting|group|class|session)\\b[^]{0,80})";

/**
 * A message meant to be read once the writer is gone: "by the time you read this ill be gone",
 * "cuando leas esto ya no voy a estar". Where the writer will be instead (work, a flight, asleep)
 * makes it ordinary.
 */
const READ_THIS_EN = "(?:by the time|when|once|if) (?:you|u|yall|you guys|anyone|someone|somebody|my \\w+) (?:read|reads|see|sees|get|gets|find|finds|open|opens|hear|hears) (?:this|these|my (?:message|text|note|letter|messages|texts))";
const GONE_EN = "(?:(?:ill|i will|i ll|i)(?: (?:already|probably|prob|most likely))? be (?:dead|gone|in heaven|at peace|no longer here|not (?:here|alive|around) anymore|with \\w+ in heaven)|(?:i )?(?:wont|will not) be (?:here|alive|around|breathing|on this earth)|(?:im|i am|i m) (?:already )?(?:dead|gone)|i (?:will have|ll have|would have) (?:already )?(?:gone|died|left this world))";
const READ_THIS_ES = "(?:para cuando|pa cuando|cuando|si) (?:leas|lean|lees|leen|veas|vean|ves|ven|recibas|reciban|recibes|reciben|encuentres|encuentren|encuentras|encuentran|escuches|escuchen|oigas|abras|abran) (?:esto|este (?:mensaje|msj|texto|audio|video)|esta (?:carta|nota)|estas (?:cartas|notas)|mi (?:carta|mensaje|nota)|mis (?:mensajes|cartas))";
const GONE_ES = "(?:(?:yo )?ya )?(?:no (?:voy a estar|estare)(?: viv[oa]| aqui| con ustedes| en este mundo)?|(?:voy a estar|estare) muert[oa]|me (?:habre|voy a haber) (?:ido|muerto|matado)|ya me (?:fui|mori|habre ido))";
/** Where the writer will be instead: at work, on a flight, asleep. */
const ELSEWHERE = "(?![^\\n]{0,60}\\b(?:work|shift|plane|flight|airport|asleep|sleeping|bed|store|gym|class|school|trabajo|chamba|jale|turno|avion|aeropuerto|dormid[oa]|durmiendo|tienda|escuela|camino|road|trip|viaje)\\b)";

export const FAREWELL_RULES: RiskRule[] = [
  // "i wont be around after tonight", "ive made up my mind, i wont be alive much longer".
  unlessProgramLife(rule("absent-after", "suicidal_intent", "en", `(?:(?:wont|will not|not going to|not gonna|aint gonna|wont even|probably wont|might not) ${ABSENT_EN})`)),
  // A note to be read after the writer is gone: "by the time you read this ill be dead", "para cuando leas esto ya no voy a estar".
  rule("read-when-gone", "suicidal_intent", "en", `${READ_THIS_EN}\\b[^\\n]{0,30}?\\b${GONE_EN}${ELSEWHERE}`),
  rule("es-cuando-leas-esto", "suicidal_intent", "es", `${READ_THIS_ES}\\b[^\\n]{0,30}?\\b${GONE_ES}${ELSEWHERE}`),
  // A time, then not being here, with nothing after it: "dont bother texting tomorrow i wont be here", "after tonight i wont be around".
  unlessProgramLife(rule("absent-from-time", "suicidal_intent", "en", `(?:tomorrow|tmrw|tmr|after tonight|by (?:the )?(?:morning|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b[^]{0,40}\\b(?:i )?wont be (?:here|around)(?=$)${NOT_AWAY}`)),
  // "tonight is my last night", "this is my last day alive".
  unlessProgramLife(rule("last-night", "suicidal_intent", "en", `(?:(?:(?:tonight|today|this) (?:is|will be|is gonna be|is going to be) my (?:last|final) night$|my (?:last|final) (?:night|day|sunrise|weekend) (?:alive|on (?:this )?earth|in this world)))`)),
  // Love passed on through someone: "tell my kids i love them", "diganle a mis hijos que los amo".
  unlessProgramLife(rule("love-passed-on", "preparatory_act", "en", "(?:please |pls )?tell (?:my (?:kids|children|son|daughter|family|mom|dad|wife|husband|baby|babies|little \\w+)) (?:that )?i (?:love|loved) (?:them|him|her|you)(?! (?:and|but) (?:ill|i will) (?:see|call|be)\\b)(?![^\\n]{0,30}\\b(?:lol|lmao|haha[a-z]*|jaja[a-z]*)\\b)")),
  unlessProgramLife(rule("es-amor-recado", "preparatory_act", "es", "(?:por favor |porfa |x favor )?(?:diganle|digan|dile|digale|diles) a (?:mis hijos|mi familia|mi (?:hijo|hija|mama|papa|esposa|esposo|bebe)) (?:que )?(?:los|las|la|lo) (?:quiero|amo|quise|ame)(?! (?:y|pero) (?:ya|luego|manana) (?:voy|los veo|llego)\\b)")),
  // Absence as relief with a time, or for good: "nobody will have to worry about me after tonight", "ill be gone for good".
  unlessProgramLife(rule("relief-after", "suicidal_intent", "en", `(?:(?:nobody|no one|noone|you|they|my family|everyone|yall|you guys) (?:will|wont|is going to|are going to|gonna) (?:have to|need to|ever have to) (?:worry about|deal with|take care of|put up with|carry|clean up after) me(?: anymore)? (?:${AFTER_TIME}|ever again)|(?:ill|i will|im going to|im gonna) be gone (?:for good|forever|by (?:morning|sunrise|tomorrow))|(?:you|u|yall|you guys|nobody|no one|anyone) (?:wont|will not|are not going to|arent gonna|is not going to|will never|wont ever) (?:ever )?hear from me (?:again|ever again|after (?:tonight|today|this)|anymore after)|(?:im|i am) (?:finally )?(?:going to|gonna) do it(?:\\n| )(?:tonight|today|right now|now)$)`)),
  // Being a burden that ends soon, with no move or discharge that explains it: "i wont be a problem for anyone much longer",
  // "soon i wont be anyones burden", "yall wont have to deal with me for much longer".
  unlessProgramLife(rule("burden-ends-soon", "suicidal_intent", "en", `(?:${BURDEN_EN} (?:much longer|for (?:much )?longer|for long|(?:very |pretty )?soon|anymore after (?:tonight|today|this))|(?:soon|before long|shortly) (?:i |ill )?${BURDEN_EN})\\b${NOT_LEAVING}`)),
  // A farewell made of two signals: "im sorry for everything ... tell the group i love them ... goodbye".
  unlessProgramLife(rule("farewell-pair", "preparatory_act", "en", `(?:${pair(APOLOGY_EN, FINAL_EN)})`)),
  // "wrote down who gets what", "wrote out who gets my truck".
  unlessProgramLife(rule("who-gets-what", "preparatory_act", "en", `(?:(?:wrote|writing|written|decided|figured|made a list of|listed|told \\w+|put) (?:down |out |up )?who (?:gets|will get|should get|can have|takes) (?:what|my|all my))`)),
  // A pet given away for good: "asked my neighbor to take my dog for good".
  unlessProgramLife(rule("pet-for-good", "preparatory_act", "en", `(?:(?:take|keep|have|adopt|raise|look after) my (?:dog|dogs|cat|cats|pets?|bird|puppy|kitten) (?:for good|forever|permanently|from now on))`)),
  // Affairs put in order with one act: "paid off the life insurance", "made sure my will is signed", "sent my sister all my passwords".
  unlessProgramLife(rule("affairs-one-act", "preparatory_act", "en", `(?:paid|paid off|paid up|updated|checked on|made sure|renewed|signed|finished|wrote|made|got|printed|left out|put out) (?:\\w+ ){0,3}(?:the |my )?(?:life insurance|last will|will and testament|testament|funeral (?:plans|arrangements)|burial plot|final arrangements)${NOT_PAPERWORK}|(?:made sure|signed|finished|wrote|updated) my will\\b|my will (?:is|was) (?:signed|done|finished|ready|in order)|(?:gave|sent|left|wrote|told|showed|emailed|texted|handed|passed) (?:\\w+ ){0,5}(?:all (?:of )?my (?:bank |account )?passwords|where (?:the|my) passwords (?:are|is)|my bank (?:passwords|pins|logins))`)),
  unlessProgramLife(rule("left-for-when-gone", "preparatory_act", "en", `${LEFT_FOR_EN}(?=$| \\w+$)|${LETTER_EN}\\b[^]{0,100}?\\b${MEANS_READY_EN}|${MEANS_READY_EN}\\b[^]{0,100}?\\b${LETTER_EN}`)),
  // ---- Spanish ----
  unlessProgramLife(rule("es-regale-ya-no-necesito", "preparatory_act", "es", `(?:${GIVE_ES}\\b[^]{0,140}?\\b${NOT_NEEDED_ES}|${NOT_NEEDED_ES}\\b[^]{0,140}?\\b${GIVE_ES})${NOT_ORDINARY_GIVE_ES}`)),
  unlessProgramLife(rule("es-para-cuando-ya-no-este", "preparatory_act", "es", `${LEFT_FOR_ES}|${LETTER_ES}\\b[^]{0,100}?\\b${MEANS_READY_ES}|${MEANS_READY_ES}\\b[^]{0,100}?\\b${LETTER_ES}`)),
  unlessProgramLife(rule("es-ya-no-voy-a-estar", "suicidal_intent", "es", `(?:(?:ya no (?:voy a estar|estare|voy a seguir) (?:para|pa) \\w+|ya (?:no|nunca) (?:van a|vas a|van a volver a|vuelven a) saber (?:nada )?de mi|(?:me despido|despedirme|me voy|irme) de (?:este mundo|esta vida|la vida)|(?:manana|esta noche|despues de (?:hoy|esta noche)) ya no (?:voy a estar|estare|voy a existir)|ya no (?:voy a estar|estare)(?: aqui)? (?:manana|despues de (?:hoy|esta noche))|ya no (?:van a tener que|van a|tendran que|tienen que) (?:preocuparse|batallar|cargar|aguantarme|lidiar) (?:por mi |conmigo )?(?:despues de (?:hoy|esta noche)|desde manana|nunca mas)|(?:hoy|esta noche) es mi ultim[oa] (?:noche|dia)$|mi ultim[oa] (?:noche|dia) (?:con vida|en este mundo|viv[oa])|(?:en paz|list[oa]|preparad[oa]) (?:para|pa) irme(?= para siempre|$)))`)),
  unlessProgramLife(rule("es-carga-por-poco", "suicidal_intent", "es", "(?:ya )?no (?:voy a ser|sere|seguire siendo) (?:una |su |tu )?(?:carga|problema|molestia|estorbo) (?:para (?:nadie|ustedes|ti|mi familia|nadie mas) )?(?:por mucho tiempo|por mucho mas|mucho tiempo mas|ya pronto|dentro de poco)|(?:pronto|dentro de poco) (?:ya )?no (?:voy a ser|sere) (?:una |su |tu )?(?:carga|problema|molestia|estorbo)")),
  unlessProgramLife(rule("es-asuntos-un-acto", "preparatory_act", "es", "(?:deje|dejar|pague|pagado|actualice|revise|firme|hice|tengo listo|deje listo|arregle) (?:\\w+ ){0,3}(?:el |mi )?(?:seguro de vida|testamento|funeral|entierro)|(?:le |les )?(?:pase|di|deje|mande|escribi|ensene|dije) (?:\\w+ ){0,5}(?:todas mis (?:contrasenas|claves)|donde estan (?:mis|las) (?:contrasenas|claves)|mis contrasenas del banco)")),
  unlessProgramLife(rule("es-despedida-doble", "preparatory_act", "es", `(?:${pair(APOLOGY_ES, FINAL_ES)})`)),
  unlessProgramLife(rule("es-quien-se-queda", "preparatory_act", "es", `(?:(?:quien se (?:queda|quedara|va a quedar) con (?:que|mis|mi|el|la|los|las)|se (?:quede|queden|quedara|quedaran) con (?:mi|mis) (?:perr\\w*|gat\\w*|mascotas?|hijos) (?:para siempre|de por vida|ya)|(?:mande|mandando|envie|enviando|escribi|escribiendo|grabe|estoy mandando) (?:un |unos |mis )?(?:mensajes?|cartas?|notas?|audios?|videos?) a (?:todos|cada uno|mis \\w+|mi \\w+)(?: [a-z]+){0,4} (?:para|pa) despedirme))`)),
];
