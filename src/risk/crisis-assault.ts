/**
 * Abuse told as the act itself, a threat, or a home that is not safe, English and Spanish,
 * where the words "abuse", "hit me" or "me pega" never appear (the hotlines' first-contact
 * texts: what was done, by whom, and whether the participant can go back):
 *
 *   - an assault verb with the participant as its object, done by a person: "he grabbed me
 *     by the hair", "husband pinned me down", "slammed my head on the counter", "threw a
 *     bottle at my head", "pulled a knife on me", "me jaló del pelo", "me dio una cachetada",
 *     "me agarró del cuello", "me sacó un cuchillo", "me dejó el ojo morado";
 *   - a threat reported in the aggressor's words or against the family: "my dad said if i
 *     come back he'll end me", "he knows where my kids go to school", "dijo que si vuelvo me
 *     mata", "va por mi familia", "me tiene amenazada";
 *   - home unsafe or the participant put out of it: "i cant go back in that house with him",
 *     "afraid to go home, hes been drinking", "kicked me out in my socks", "no puedo volver a
 *     la casa con él";
 *   - sexual coercion and intrusion: "says i can stay if i sleep with him", "my stepdad comes
 *     into my room at night", "si no me acuesto con él me saca", "se mete a mi cuarto";
 *   - cornering, watching, withholding: "keeps cornering me", "wont give me my meds unless",
 *     "me arrincona", "me está vigilando", "me encierra con llave".
 * A sibling's shove over a cookie, a coach in sparring, a game, or a laugh keeps it ordinary.
 */
import { AGGRESSOR } from "./lexicon.ts";
import { anyOf, rule, type RiskRule } from "./types.ts";

/** Who does it: the aggressor list, and a relation named without "my" at the start of a clause. */
const WHO = `(?:${AGGRESSOR}|(?:^|\\b(?:and|then|but) )(?:husband|wife|bf|gf|boyfriend|girlfriend|partner|ex|stepdad|dad|uncle|landlord|roommate|dealer|brother|cousin)|my (?:man|old man|old lady|boo|bae|stepbrother|cousin|grandpa|grandfather|moms (?:my )?(?:boyfriend|bf)|baby daddy|baby mama|ex boyfriend|ex girlfriend|ex husband|ex wife|pimp|john|boss)|(?:hes|shes|theyre))`;
/** Striking, seizing and throwing, with the participant or their body as the object. */
const ASSAULT = anyOf(
  "grabbed", "grabs", "dragged", "drags", "shoved", "shoves", "pushed", "pushes", "slapped", "slaps", "punched", "punches", "kicked", "kicks", "choked", "chokes",
  "strangled", "strangles", "pinned", "pins", "slammed", "slams", "smacked", "smacks", "hit", "hits", "beat", "beats", "kneed", "headbutted", "bit", "bites", "spit on", "spat on",
  "stomped on", "stomped", "backhanded", "elbowed", "smashed", "bashed", "banged", "rammed", "scratched", "clawed", "shook", "threw", "throws", "burned", "burnt", "bruised"
);
const MY_BODY = "(?:me|my (?:head|face|hair|neck|throat|arm|arms|wrist|wrists|stomach|belly|chest|back|ribs|leg|legs|eye|jaw|mouth|nose|lip|ear|side|shoulder|body))";
/** A sport, a game, a small child or a laugh: not an assault. */
/** A video game: a grenade thrown "at me" in one is play. */
const VIDEO_GAME = "(?:fortnite|warzone|apex|call of duty|cod|minecraft|roblox|valorant|halo|gta|overwatch|pubg|free fire|xbox|ps5|playstation|gaming|teammate|in game|lobby|respawn\\w*|health bar|lost all my health)";
const NOT_PLAY = `(?![^\\n]{0,60}\\b(?:lo+l|lmao+|haha[a-z]*|jaja[a-z]*|jk|sparring|spar|practice|game|match|wrestling|boxing|bjj|jiu jitsu|mma|class|playing|pillow|snowball|tickl\\w*)\\b)(?<!\\b${VIDEO_GAME}\\b[^]{0,100})(?![^]{0,80}\\b${VIDEO_GAME}\\b)`;

/** "said im next": the participant named as the next target. */
const NEXT = "(?:said|says|told me|screamed|yelled) (?:that )?(?:im|i am|i was|youre|you are|ur) next";
const THREAT_VERB = anyOf("end", "kill", "murder", "bury", "hurt", "beat", "fuck me up", "mess me up", "put me in the hospital", "make me disappear", "come after me", "find me");
const FAMILY = "(?:my (?:kids?|son|daughter|baby|babies|family|mom|mother|sister|brother|little \\w+))";

/** The Spanish counterparts. */
const ME_HIZO = anyOf(
  // A hand taken is a friendly touch ("me agarró de la mano y bailamos"); pulled by it, not.
  "me (?:jalo|jala|jalaron|agarro|agarra|agarraron|tomo) (?:del|de los|de la|de las|por el|por los|por la|por las) (?:pelo|pelos|cabello|cuello|brazo|brazos|greñas|grenas|garganta|cara)",
  "me (?:jalo|jala|jalaron|jaloneo|jalonea) (?:de|por) la mano",
  "me (?:avento|avienta|aventaron|tiro|tira|tiraron|estrello|estrella|azoto|azota) (?:contra|al|a la|en el|en la|por) (?:la pared|el piso|el suelo|la puerta|el carro|la mesa|las escaleras|la cama|el mueble|piso|suelo)",
  "me (?:dio|da|dieron|ha dado|volvio a dar|metio|metieron|mete|solto|soltaron|planto|pego|pegaron|aplico) (?:una |un |unas |unos |sus )?(?:cachetada|cachetadas|bofetada|bofetadas|bofeton|pela|galleta|galletazo|galletazos|trompada|trompadas|pescozon|pescozones|pinazo|pinazos|golpiza|paliza|putiza|madriza|chinga|patada|patadas|punetazo|punetazos|trancazo|trancazos|chingadazo|chingadazos|madrazo|madrazos|cintarazos|cinturonazos|manazo|jalon de pelo)",
  "me (?:pateo|patea|patearon|cacheteo|cachetea|abofeteo|arrastro|arrastra|mordio|muerde|quemo con|quema con|quemaron con|corto con|apreto el cuello|aprieta el cuello|aplasto|estrangulo|zarandeo|sacudio)",
  "me (?:agarro|agarra|agarraron|agarraba|dio|daba|dan) a (?:cinturonazos|golpes|patadas|putazos|madrazos|chingadazos|cachetadas|trancazos|palos|correazos|manazos|punetazos|cintarazos)",
  "me (?:tiro|tira|tiraron|avento|avienta|aventaron|lanzo|lanza|arrojo) (?:un|una|el|la) (?:plato|vaso|botella|silla|zapato|control|celular|cenicero|plancha|sarten|cuchillo|piedra)",
  "me (?:saco|sacaron|puso|pusieron|apunto con|apunta con) (?:un|una|el|la|su) (?:cuchillo|navaja|pistola|arma|fierro|machete|cuete|fusca|escuadra|cuchilla)",
  "me (?:rompio|rompieron|revento|reventaron|partio|partieron) (?:la boca|la nariz|el labio|la cara|un diente|los dientes|las costillas|la ceja|la cabeza)",
  "me (?:dejo|dejaron|ha dejado) (?:el ojo morado|los ojos morados|la cara (?:hinchada|morada)|el labio (?:roto|partido)|moretones|marcas|la nariz rota|morad[oa])",
  "me (?:hit|hitted|slapped|punched|choked|pushed|kicked|beat|grabbed)"
);
const JUEGO_NO = "(?![^\\n]{0,60}\\b(?:jaja[a-z]*|jeje[a-z]*|jugando|juego|partido|box|entreno|entrenamiento|entrenador|sparring|practica|lucha|fifa|play|xbox|gym|spinning|crossfit|zumba|clase|ajedrez|domino|cartas|carrera|videojuego|billar|tenis|futbol|boliche|(?:para|pa) (?:ensenarme|mostrarme|bailar|abrazarme|que (?:viera|vea)))\\b)";
/** A child or a pet as the subject keeps it ordinary: "mi hermanito me pateó". */
const NO_NINO = "(?<!\\b(?:hermanit[oa]|sobrinit[oa]|hijit[oa]|bebe|nin[oa]|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|chiquit[oa]|entrenador|profe)\\b[^\\n]{0,20})";
const AGRESOR = "(?:el|ella|ellos|mi (?:novio|novia|esposo|esposa|marido|mujer|pareja|ex|papa|papi|padre|padrastro|tio|primo|hermano|hermanastro|abuelo|suegro|cunado|casero|roomie|companero de cuarto|jefe|patron|vecino|viejo|vieja|dealer|boyfriend|girlfriend)|el (?:casero|dueno|patron|jefe|vecino|roomie|dealer|tipo|vato|wey))";
const FAMILIA = "(?:mi familia|mis hij[oa]s|mi hij[oa]|mi mama|mi madre|mis hermanos|mi hermana|mi bebe|mis papas|mi esposa|mi esposo)";
const ME_MATA = anyOf("me mata", "me matan", "me va a matar", "me van a matar", "me parte la madre", "me rompe la cara", "me va a ir peor", "me va a pesar", "me encuentra", "me busca", "me desaparece", "me entierra", "me va a buscar", "me va a encontrar", "me quita a los ninos", "me quita a mis hijos", "me saca");

/** After "forced me": a task, a place or a direction, which make it ordinary ("forced me to work a double", "forced me out of bed"). */
const NOT_A_TASK_EN = "(?! (?:to|into|out|off|onto|back|up|down|awake|through|in(?:to)? (?:a |the )?(?:corner|meeting|class|line|car seat)|(?:a |the )?(?:smile|laugh))\\b)";
/** Someone who may be a household member, partner or acquaintance, for "me tocó" (which is also "it was my turn"). */
const PERSONA_ES = "(?:tio|tia|primo|prima|padrastro|papa|padre|abuelo|hermano|hermanastro|novio|esposo|marido|pareja|ex|jefe|patron|vecino|amigo|compa|companero|maestro|profe|doctor|casero|roomie|dealer|tipo|senor|hombre|vato|wey|el)";

export const ASSAULT_RULES: RiskRule[] = [
  // Sexual assault told in a few words: "they forced me", "he made me do stuff i didnt want".
  rule("forced-me", "abuse", "en", `(?:forced|forces) (?:me|himself on me|herself on me)${NOT_A_TASK_EN}(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*|jk)\\b)`),
  rule("made-me-do-stuff", "abuse", "en", "(?:made|makes|forced|pressured|pushed|talked) me (?:into )?(?:do(?:ing)? |have |having )?(?:stuff|things|something|sexual (?:stuff|things)|sex|sexual things|it) (?:that )?(?:i|ive|i have) (?:didnt|did not|dont|do not|never) (?:want|wanted|agree|agreed|consent|consented)"),
  rule("es-me-forzaron", "abuse", "es", `me (?:forzo|forzaron|forzaba|forzo a tener|violo|violaron|abuso|abusaron)(?! a (?!(?:tener|hacer|acostarme|tocar)\\b))(?![^\\n]{0,40}\\b(?:jaja[a-z]*|jeje[a-z]*)\\b)|me (?:obligo|obligaron|forzo|forzaron|obliga|obligan) a (?:tener (?:relaciones|sexo)|acostarme|hacer(?:le)? (?:cosas|eso|algo)(?: (?:que|q) (?:yo )?no (?:queria|quise|quiero))?|tocarl[oa]|tocarle|desvestirme|chupar\\w*)|me (?:manoseo|manosea|manosearon|manoseaban|manoseaba)|${PERSONA_ES}(?: \\w+){0,4} me (?:toco|tocaba|toca|tocaron)(?=$| (?:ahi|sin (?:permiso|que yo quisiera)|cuando|mientras|aunque|las (?:piernas|pompis|nalgas)|los pechos|mis partes|abajo)\\b)`),
  // "he grabbed me by the hair", "husband pinned me down", "my boyfriend slammed my head on the counter".
  rule("assault-act", "abuse", "en", `${WHO} (?:just |already |again |has |had |always |keeps |kept |then |also )?${ASSAULT} ${MY_BODY}\\b(?! (?:by (?:the|my) hand|up|off|out(?! of \\w+ by my)|a(?! (?:few|lot|bunch|couple|million|hundred|dozen|second|third|ton|bit)\\b)|an|some|at|to|into (?:a |an |the |this |that |his |her |our )?(?:meeting|class|church|store|shop|party|conversation|convo|argument|drama|mess|plan|project|office|pool|lake|water|dance|hug|game|photo|picture|selfie|\\w+ing)|into doing|in (?:a|the) (?:race|game|\\w+ game)|to it|awake|back|over|by|for|with (?:kindness|a pillow|questions|emails|a text))\\b)${NOT_PLAY}`),
  // Something thrown at, or a weapon pulled on, the participant: "threw a bottle at my head", "pulled a knife on me".
  rule("assault-object", "abuse", "en", `(?:threw|throws|poured|pours|dumped|dumps|splashed|splashes) (?:a |some |the |his |her )?(?:hot|boiling|scalding) (?:\\w+ )?(?:on|at|in) (?:me|my (?:face|head|chest|back|arm|legs?))|(?:threw|throws|poured|splashed) (?:bleach|acid|gas|gasoline) (?:on|at|in) (?:me|my \\w+)|(?:hes|shes|theyre|he is|she is|they are) (?:looking|searching|coming) (?:for me |after me )?(?:with|w) (?:a |the |his |her )?(?:belt|knife|gun|bat|hammer|machete|pipe|extension cord|cord|razor)|\\band (?:hits|beats|slaps|punches|kicks|chokes) me (?:if|when|whenever|every time|anytime) i\\b${NOT_PLAY}|(?:got|has|had|holding|holds|held|put|puts|pressed|presses|pressing) (?:a |the |his |her |their )?(?:knife|gun|pistol|blade|box cutter|razor) (?:to|at|against) my (?:throat|head|neck|face|chest|back|temple)|(?:threw|throws|throwing|hurled|chucked|swung) (?:a |the |his |her |my )?\\w+(?: \\w+)? at (?:me|my (?:head|face))\\b${NOT_PLAY}|(?:pulled|pulls|pointed|points|held|holds|waved) (?:a |the |his |her |their )?(?:knife|gun|pistol|blade|machete|bat|box cutter) (?:on|at|to) (?:me|my (?:head|face|throat|neck))\\b${NOT_PLAY}`),
  // A threat against the participant in the aggressor's words: "said if i come back hell end me".
  rule("reported-threat", "abuse", "en", `(?:threaten\\w*|said|says|keeps saying|swore)(?: that)? (?:to |hell |shell |hes gonna |shes gonna |hes going to |shes going to )?(?:take|taking) (?:the|my|our) (?:kids|children|baby|son|daughter)\\b(?! (?:to|for|out|over|along)\\b)[^]{0,60}?\\b(?:if i (?:leave|tell|call|go)|never see)|${NEXT}\\b(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*|jk|in line|to (?:go|present|speak|talk))\\b)|(?:said|says|told me|tells me|texted|swore|threatened|keeps saying)(?: that)? (?:if i \\w+(?: \\w+){0,4} )?(?:hell|shell|theyll|he will|she will|they will|hed|shed|he would|she would|hes gonna|shes gonna|hes going to|shes going to) ${THREAT_VERB}(?: me)?\\b(?! for (?:a|an|some|one|another|that|those|these|more|seconds|leftovers)\\b)(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*|jk|late|homework|forget|find out)\\b)`),
  // A threat against the family, with a debt or a demand: "i owe him and he knows where my kids go to school".
  rule("threat-to-family", "abuse", "en", `(?:owe|owes|debt|pay him|pay her|pay up|or else|warned|threatened|if i (?:leave|tell|talk|call|dont pay))\\b[^]{0,80}?\\b(?:knows?|found out) where (?:i live|i stay|i work|${FAMILY} (?:go|goes|lives?|stays?|works?|sleeps?))|(?:hell|shell|theyll|hes gonna|hes going to|they are gonna|theyre gonna) (?:come after|go after|hurt|get|find) ${FAMILY}`),
  // Home unsafe: "cant go back in that house with him", "afraid to go home, hes been drinking".
  rule("unsafe-home", "abuse", "en", `(?:cant|can not|cannot|dont want to|scared to|afraid to|too scared to|not safe to) (?:go|going) (?:back )?(?:home|in(?:to|side)? (?:that|the|my) (?:house|place|apartment|apt|room))(?: tonight)? (?:with|to) (?:him|her|them|my \\w+)|(?:scared|afraid|terrified|not safe|dont feel safe|too scared) (?:to )?(?:go|going|be|stay|sleep) (?:back )?(?:home|there|in that house)\\b[^]{0,60}?\\b(?:hes|shes|he is|she is|he|she|they) (?:been |is |s |just )?(?:drinking|drunk|high|raging|angry|mad|waiting|broke|smashed|threw|hit|hits|threatened|said hed|said shed)|kicked me out\\b[^]{0,40}?\\b(?:locked|in my (?:socks|underwear|pajamas|pjs)|no (?:shoes|coat|jacket|phone|money)|freezing)`),
  // Sexual coercion and intrusion at night: "i can stay if i sleep with him", "my stepdad comes into my room at night".
  rule("sexual-coercion", "abuse", "en", `(?:forces|forced|makes|made|pressures|pressured|keeps pressuring) me (?:to )?(?:send|sending) (?:him |her |them )?(?:nudes|naked (?:pics|pictures|photos)|pics|photos|videos)|(?:threatens|threatened|threatening|says hell|said hed|gonna|going to) (?:to )?(?:post|leak|share|send|show) (?:my |the )?(?:nudes|naked (?:pics|pictures|photos)|pics|photos|videos|sex tape)|(?:lets?|letting|let) (?:himself|herself) in(?:to my (?:room|apartment|apt|place|bedroom))? (?:while|when) (?:im|i am|i was|i m) (?:sleeping|asleep|in the shower|showering|changing|alone)|(?:stay|live here|keep (?:my|the) \\w+|pay (?:the )?rent|cover (?:the )?rent|get (?:my|the) \\w+|not (?:kick|throw) me out) if i (?:sleep with|have sex with|hook up with|sleep w|do stuff with|do things with|fool around with) (?:him|her|them)|my (?:stepdad|stepfather|uncle|dad|father|brother|stepbrother|cousin|grandpa|grandfather|landlord|roommate|moms (?:my )?(?:boyfriend|bf)) (?:keeps |kept |still |always |has been |been )?(?:comes?|came|coming|sneaks?|snuck|sneaking|gets?|got|getting|walks?|walking) (?:in|into) (?:my|the) (?:room|bed|bedroom|bathroom|shower)(?: \\w+){0,2} (?:at night|every night|(?:when|while) i (?:shower|showering|change|changing|am (?:asleep|showering|changing)|was (?:asleep|showering|changing))|when (?:everyone|nobody|my mom|mom) (?:is|s) (?:asleep|gone|out|home)|while i (?:sleep|was asleep|am asleep))(?! to (?:borrow|get|grab|ask|check on me|drop off|give me|bring|feed the)\\b)`),
  // Cornering, withholding and sleep taken away: "keeps cornering me", "wont give me my meds unless".
  rule("cornered-withheld", "abuse", "en", `(?:sends?|sending|sent|posts?|posted|posting) (?:me )?(?:pics|pictures|photos|videos|vids) of my (?:house|home|car|job|work|kids|door|place|apartment|apt|window)\\b[^]{0,60}?\\b(?:coming|watching|knows|outside|tonight|waiting|see me)|${WHO} (?:keeps |kept |always |has been |s been )?(?:corners?|cornering|cornered|backs? me into|backed me into) (?:me )?(?:\\w+ )?(?:when|while|in|at|every|alone)|${WHO} (?:wont|will not|doesnt|refuses to|wouldnt) (?:give|let) me (?:have )?(?:my |any )?(?:meds|medication|medicine|insulin|inhaler|pills|money|food)(?: back)? (?:unless|until|if i dont|till)(?![^\\n]{0,40}\\b(?:homework|chores|clean|grades|room)\\b)|(?:screams?|screaming|yells?|yelling|cusses?|cussing) at me\\b[^]{0,40}?\\b(?:wont|will not|doesnt) let me (?:sleep|leave|go|eat|out)|${WHO}(?: is| s)? (?:outside|at|by) my (?:window|door|house|place|apartment|apt|car|job|work)\\b(?: \\w+){0,2} (?:banging|pounding|knocking|yelling|screaming|trying to get in)`),
  // ---- Spanish ----
  // A near-miss is an accident, not a blow ("casi me corto con la licuadora", "por poco me quemo con la plancha").
  rule("es-agresion", "abuse", "es", `${NO_NINO}(?<!\\b(?:casi|por poco|ya merito|ya mero|tantito y) )(?:${ME_HIZO})${JUEGO_NO}`),
  rule("es-amenaza-dicha", "abuse", "es", `(?:dijo|dice|dicen|dijeron|me dijo|me dice|amenazo|amenaza|jura|juro) (?:que )?(?:si (?:\\w+ ){0,5})?(?:${ME_MATA})(?![^\\n]{0,40}\\b(?:jaja[a-z]*|jeje[a-z]*|tarde|la tarea|si se entera)\\b)|(?:va|van|viene|vienen|ira|iran) (?:a ir )?por ${FAMILIA}|(?:me )?(?:tiene|tienen) amenazad[oa]s?|me (?:esta|estan|anda|andan) (?:vigilando|acechando|cazando)${JUEGO_NO}`),
  rule("es-casa-insegura", "abuse", "es", `no (?:puedo|quiero|me atrevo a) (?:volver|regresar|ir|entrar) (?:a|en) (?:la|mi|esa) casa\\b[^\\n]{0,30}?\\b(?:con (?:el|ella)(?=$| (?:ahi|aqui|alla|esta noche|hoy|borracho|asi|tomado)\\b)|con mi (?:pareja|esposo|marido|novio|novia|ex|padrastro|papa|padre|mama|madre|hermano|tio|primo|viejo|vieja|suegro|suegra))|(?:tengo miedo|me da miedo) (?:de )?(?:volver|regresar|ir|llegar) a (?:la|mi) casa|${AGRESOR} (?:esta|anda|sigue) afuera de (?:la|mi) (?:casa|ventana|puerta|trabajo|depa)\\b[^]{0,40}?\\b(?:tocando|golpeando|gritando|pateando|tengo miedo|no se va)|me (?:encierra|encierran) (?:con llave|en)`),
  rule("es-coercion-sexual", "abuse", "es", `me (?:obliga|obligo|presiona|presiono|fuerza|forzo) a (?:mandarle|mandar|enviarle|enviar|pasarle) (?:fotos|videos|nudes|packs?)|(?:dice que|amenaza con|si no) (?:\\w+ ){0,3}?(?:publica|publicar|sube|subir|ensena|ensenar|manda|mandar) (?:las|mis) (?:otras )?(?:fotos|videos|packs?)|si no me (?:acuesto|duermo|meto) con (?:el|ella)|(?:tengo|tuve) que acostarme con (?:el|ella)|${AGRESOR} se (?:mete|metio|mete|cuela|colo|sube|subio) (?:a|en) mi (?:cuarto|cama|recamara)|(?:entra|entro|se mete|se metio|se cuela|se colo) (?:a|en) mi (?:cuarto|cama|recamara|bano)(?: \\w+){0,2} (?:cuando|mientras) (?:estoy|estaba|me estoy|me estaba) (?:dormid[oa]|durmiendo|banando|cambiando|sol[oa])|me (?:forzo|forzaron|obligo|obligaron)(?: \\w+){0,2} (?:aunque|cuando|mientras) (?:le dije que no|yo no queria|no queria|estaba dormid[oa]|estaba borrach[oa])|(?:manda|mando|envia|envio|sube|subio) fotos de mi (?:casa|carro|trabajo|puerta|ventana|depa|departamento)\\b[^]{0,60}?\\b(?:viene|va a venir|vigilando|sabe|afuera|esta noche|me espera)|me (?:arrincona|arrinconan|arrincono|acorrala|acorralo|acorralan)`),
  rule("es-moretones-de", "abuse", "es", `(?:moretones|marcas|morad[oa]s?)(?: \\w+){0,5} (?:de donde|donde|porque|por que|de que) me (?:apreto|agarro|pego|golpeo|jalo|mordio|pateo|aventó|avento)`),
];
