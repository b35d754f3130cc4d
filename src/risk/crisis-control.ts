/**
 * Abuse told as confinement, control or unwanted sexual touching, English and Spanish (the
 * National Domestic Violence Hotline's warning signs: taking the phone, keys, ID or money,
 * checking the phone, cutting off contact; RAINN: touching without consent, sex under
 * pressure). The words "hit", "abuse" or "rape" never appear:
 *
 *   - something taken so the participant cannot leave or call: "he took my charger and my car
 *     keys, i cant leave", "me quitó el celular y las llaves, no puedo salir";
 *   - the phone watched, and reaching out in secret: "texting u from the bathroom so he doesnt
 *     see", "te escribo a escondidas, él me revisa el cel";
 *   - nowhere safe tonight: "where can i go tonight? i cant stay here with him";
 *   - sexual touching without consent: "my landlord keeps touching me ... i told him to stop",
 *     "mi tío me tocó anoche", "me obliga a tener relaciones".
 * A kid who takes the charger, lost keys or a doctor's exam name no consequence and no
 * aggressor, and do not match.
 */
import { AGGRESSOR } from "./lexicon.ts";
import { anyOf, rule, type RiskRule } from "./types.ts";

const ABUSER = `(?:${AGGRESSOR}|hes|shes|theyre|theyve|he has|she has)`;
const TOOK = anyOf("took", "takes", "taken", "has taken", "hid", "hides", "has hidden", "keeps", "kept", "locked up", "locks up", "broke", "smashed", "threw away", "threw out", "wont give (?:me )?back", "has", "got", "s got", "stole", "cut up", "took away");
const ITEMS = anyOf("phone", "cell", "cellphone", "charger", "phone charger", "car keys", "keys", "id", "license", "drivers license", "passport", "papers", "documents", "birth certificate", "green card", "wallet", "cards", "bank cards?", "debit card", "money", "shoes", "car", "sim card", "laptop");
const CANT_LEAVE = anyOf(
  "(?:so )?(?:i|me) (?:cant|can not|cannot|couldnt|wont be able to|dont have a way to) (?:leave|go(?! to\\b)|call|get out|escape|reach|talk to|contact|drive|text|get help|get away)",
  "to keep me (?:here|home|from)", "so i dont (?:leave|call|go)", "(?:i|im) (?:stuck|trapped)", "cant go anywhere", "cant call anyone"
);
const WATCHES = anyOf("checks", "check", "checking", "goes through", "going through", "went through", "reads", "reading", "tracks", "tracking", "monitors", "monitoring", "looks through", "snoops through", "has a tracker on", "put a tracker on");
const WATCHED = "(?:all )?my (?:phone|texts|messages|cell|location|email|emails|dms|call log|calls|car)";
const SECRET = anyOf(
  "so (?:he|she|they|my \\w+) (?:doesnt|dont|wont|cant|does not) (?:see|know|hear|find out|catch me)", "before (?:he|she|they) (?:gets|comes|wakes) (?:back|home|out|up)",
  "in secret", "secretly", "behind (?:his|her|their) back", "(?:if|when) (?:he|she|they) (?:finds|find|sees|see) (?:out|this)", "(?:scared|afraid) (?:he|she|theyll|hell|shell)"
);
/** A laugh or a shrug right after keeps it ordinary: "my wife checks my phone lol its fine". */
const NOT_FINE = "(?![^]{0,40}\\b(?:lol|lmao|haha[a-z]*|jaja[a-z]*|jeje[a-z]*|jk|its (?:fine|ok|okay|cool)|no big deal|en la escuela|at school)\\b)";
const TOUCHED = "(?:touched|touches|touching|keeps touching|kept touching|touch) me";
const UNWANTED = anyOf(
  "(?:while|when) i (?:was )?(?:asleep|sleeping|passed out|drunk|high)", "i (?:was )?(?:froze|frozen)", "(?:told|asked) (?:him|her|them) (?:to )?(?:stop|not to|no)", "(?:i )?said no", "without (?:asking|my (?:consent|permission))",
  "(?:doesnt|didnt|wont|wouldnt) stop", "came (?:in|into) my (?:room|bed|bedroom)", "comes (?:in|into) my (?:room|bed|bedroom)", "(?:i|i didnt|i dont) (?:didnt |dont )?want (?:it|him to|her to)", "when nobody|when everyone (?:is|was) (?:asleep|gone)"
);

const AGRESOR_ES = "(?:el|ella|mi (?:novio|novia|esposo|esposa|marido|mujer|pareja|ex|papa|padrastro|tio|primo|hermano|hermanastro|abuelo|suegro|cunado|casero|roomie|companero de cuarto|jefe|patron|vecino)|el (?:casero|dueno|patron|jefe|vecino|roomie))";
const COSAS = anyOf("el celular", "el cel", "el telefono", "mi celular", "mi cel", "mi telefono", "el cargador", "mi cargador", "las llaves", "mis llaves", "mis papeles", "los papeles", "el pasaporte", "mi pasaporte", "la identificacion", "mi identificacion", "mi id", "mis documentos", "el dinero", "mi dinero", "la cartera", "mis tarjetas", "el carro", "los zapatos", "la mica", "la green card");
const SIN_SALIR = anyOf(
  "no (?:puedo|pude|podia|voy a poder) (?:salir|irme|llamar|hablar|ir a ningun lado|pedir ayuda|escaparme|comunicarme)", "(?:pa|para) que no (?:me )?(?:vaya|salga|llame|hable|escape|pida ayuda|me vaya)",
  "no me deja", "sin (?:telefono|celular|cel|poder salir|poder llamar|dinero)", "estoy atrapad[oa]", "me tiene encerrad[oa]"
);

/** Being shut in by someone: "locks me in the apartment", "keeps me locked in my room". A lock-out ("locks me out") is not one. */
const LOCKS_ME_IN = `${ABUSER} (?:\\w+ ){0,2}?(?:locks|locked|locking|keeps|kept|has|had|has been locking|been locking|likes to lock|will lock|would lock|started locking) me (?:locked |shut )?(?:in|inside|up)(?! (?:a hug|the (?:group chat|game|convo|conversation))\\b)(?: (?:the|my|his|her|our|their|a) \\w+)?`;
/** What is taken to control someone, besides the phone and keys: medication, money, food. */
const HELD_ITEMS = anyOf("meds", "medication", "medications", "medicine", "pills", "inhaler", "insulin", "glasses", "paycheck", "check", "checks", "food stamps", "ebt(?: card)?", "benefits", "food", "clothes");
/** The control that goes with a thing taken: shut in, not let out, told nobody will believe it. */
const CONTROL_MARK = anyOf(
  `${LOCKS_ME_IN}`, "(?:wont|will not|doesnt|does not|wouldnt|never) let me (?:leave|go|out|call|see|have|use|eat|sleep|talk|work|keep)", "(?:not|never) allowed to (?:leave|go out|call|see|have|work|talk)",
  "(?:says|said|tells me|told me|keeps saying|always says)(?: that)? (?:nobody|no one|noone|nobodys) (?:will|would|is gonna|is going to|ever|gonna) (?:believe|belive|beleive) me", "(?:if|when) i (?:tell|call|leave|try to leave)", CANT_LEAVE
);

export const CONTROL_RULES: RiskRule[] = [
  // Shut in: "she locks me in the apartment when she goes out", "keeps me locked in my room".
  rule("locks-me-in", "abuse", "en", `${LOCKS_ME_IN}${NOT_FINE}`),
  // A thing taken with control beside it, in either order: "takes my meds ... says nobody will believe me", "wont let me leave and hides my insulin".
  rule("takes-with-control", "abuse", "en", `(?:${ABUSER} (?:\\w+ ){0,2}?${TOOK} (?:away )?(?:all )?my (?:\\w+ )?(?:${ITEMS}|${HELD_ITEMS})\\b[^]{0,120}?\\b${CONTROL_MARK}|${CONTROL_MARK}\\b[^]{0,120}?\\b(?:${TOOK}|takes away|took away) (?:away )?(?:all )?my (?:\\w+ )?(?:${ITEMS}|${HELD_ITEMS}))${NOT_FINE}`),
  rule("took-my-things", "abuse", "en", `${ABUSER} (?:\\w+ ){0,2}?${TOOK} (?:away )?(?:all )?my (?:\\w+ )?${ITEMS}\\b[^]{0,80}?\\b${CANT_LEAVE}${NOT_FINE}`),
  rule("phone-watched", "abuse", "en", `${ABUSER} (?:\\w+ )?${WATCHES} ${WATCHED}\\b[^]{0,80}?(?:\\b${SECRET}|every (?:night|day|time)|all the time|constantly|24 7)${NOT_FINE}|\\b${SECRET}\\b[^]{0,80}?\\b${ABUSER} (?:\\w+ )?${WATCHES} ${WATCHED}`),
  rule("texting-in-secret", "abuse", "en", `(?:texting|writing|messaging|typing|text|msg|messaging you)(?: (?:you|u|yall|this))?(?: \\w+){0,2} (?:from|in) (?:the|my) (?:bathroom|closet|car|basement|garage)\\b[^]{0,40}?\\b${SECRET}|(?:texting|writing|messaging) (?:you|u|yall) (?:in secret|secretly|quietly while (?:he|she|they))`),
  rule("nowhere-safe-tonight", "abuse", "en", `where (?:can|do|should|could|would) i (?:go|stay|sleep|run)(?: to)?(?: tonight| right now| now| tn)?\\b[^]{0,60}?\\b(?:cant|can not|cannot|not safe|scared|afraid|wont let)(?: \\w+){0,4} (?:him|her|them|my (?:bf|gf|boyfriend|girlfriend|husband|wife|partner|ex|dad|stepdad|mom)|here)|(?:cant|can not|cannot) (?:stay|be|sleep) (?:here |home |there )?with (?:him|her|them|my (?:bf|gf|boyfriend|girlfriend|husband|wife|partner|ex|stepdad))\\b[^]{0,60}?\\bwhere (?:can|do|should|could) i (?:go|stay|sleep)`),
  rule("unwanted-touch", "abuse", "en", `${TOUCHED}\\b[^]{0,60}?\\b${UNWANTED}|${UNWANTED}\\b[^]{0,60}?\\b${TOUCHED}|(?:groped|gropes|groping|grope|fondled|fondles|fondling|felt me up|feels me up|feeling me up|keeps feeling me up)(?: me)?|(?:makes|made|forces|forced|pressures|pressured|keeps pressuring|guilts|guilted) me (?:to |into )?(?:have sex|having sex|sleep with|do sexual|do stuff|do things|touch (?:him|her|it)|sex)(?![^\\n]{0,20}\\b(?:ed|class|education)\\b)|(?:forced|forces) (?:himself|herself) on me`),
  // ---- Spanish ----
  rule("es-me-quito-mis-cosas", "abuse", "es", `me (?:quito|quita|quitaron|escondio|esconde|escondieron|agarro|rompio|tiro|guardo|tiene|robo|tira) (?:\\w+ ){0,2}?(?:${COSAS})\\b[^]{0,80}?\\b${SIN_SALIR}${NOT_FINE}|me (?:tiene|tienen) (?:sin (?:telefono|celular|cel|dinero|llaves|poder salir)|vigilad[oa]|controlad[oa])`),
  rule("es-me-revisa-el-cel", "abuse", "es", `(?:me )?(?:revisa|reviso|checa|checo|esculca|esculco|lee|rastrea|vigila) (?:el|mi|mis) (?:cel|celular|telefono|mensajes|whatsapp|face|ubicacion)\\b[^]{0,80}?\\b(?:a escondidas|todas las noches|todo el tiempo|todos los dias|no me deja|tengo miedo|(?:pa|para) que no|si se entera)${NOT_FINE}|(?:a escondidas|escondid[oa]|tengo miedo|si se entera)\\b[^]{0,80}?\\b(?:me )?(?:revisa|checa|esculca|lee|vigila) (?:el|mi|mis) (?:cel|celular|telefono|mensajes|whatsapp)`),
  rule("es-a-escondidas", "abuse", "es", `(?:te |les |le )?(?:escribo|estoy escribiendo|mando (?:mensaje|esto)|les mando|te mando)(?: \\w+){0,2} (?:a escondidas|escondid[oa]|desde el bano|del bano|en secreto)|(?:pa|para) que no (?:me )?(?:vea|oiga|escuche|se entere) (?:el|ella|mi \\w+)(?: que (?:te|les) escribo)?`),
  rule("es-a-donde-ir", "abuse", "es", `(?:a )?donde (?:puedo|podria|me puedo|voy a|puedo yo) (?:ir|quedarme|dormir|irme|quedar)(?: esta noche| ahorita| hoy)?\\b[^]{0,60}?\\b(?:no puedo (?:quedarme|estar|seguir) (?:aqui |aca )?con|no aguanto|no estoy segur|tengo miedo|no quiero (?:volver|regresar) con|me va a)`),
  rule("es-tocamientos", "abuse", "es", `${AGRESOR_ES} (?:\\w+ ){0,6}?me (?:anda |esta |estuvo |sigue |vuelve a |volvio a )?(?:tocando|toco|toca|tocar|manosea|manoseo|manoseando|manosear)(?! (?:la|el|los|las) (?:panza|brazo|hombro|frente|espalda|cabeza|mano|puerta|turno|cancion)\\b)(?<!\\bcual (?:\\w+ )?me (?:toco|toca))(?<!me (?:toco|toca)(?= (?:[a-z]+(?:ar|er|ir)|ir|ser|ver|a (?:las|la|mi|ti)|al|de|que|hoy|manana|es|son|fue|era|el turno|turno|pagar|esta semana|este (?:mes|ano|fin))\\b))(?![^\\n]{0,30}\\b(?:pa|para) (?:revisar\\w*|checar\\w*)\\b)|me (?:anda |esta |sigue )?(?:manosea|manoseo|manoseando|manosean)|me (?:obliga|obligo|obligaba|forzo|fuerza|presiona|presiono) a (?:tener relaciones|tener sexo|acostarme con|hacer cosas|hacerle cosas|tocarlo|tocarla)`),
];
