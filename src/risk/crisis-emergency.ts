/**
 * Overdose / medical emergencies, abuse and "I am in danger" messages, English and Spanish.
 *
 * Reason mapping:
 *   overdose  - too many pills, "OD", and the signs a bystander reports during an opioid
 *               overdose (not breathing, blue lips, won't wake up, needs Narcan);
 *   emergency - explicit emergencies (911, ambulance, "I'm in danger", seizure, chest pain);
 *   abuse     - someone else is hurting, threatening or assaulting the participant.
 */
import { AGGRESSOR, INTENT, RX } from "./lexicon.ts";
import { rule, type RiskRule } from "./types.ts";

/** Amounts that make taking pills an overdose rather than a dose. "All my pills" alone is adherence. */
const OD_QTY =
  "(?:way )?(?:too many|too much|all (?:of )?(?:the|his|her)|a bunch of|a handful of|a lot of|a ton of|so many|the (?:whole|entire) (?:bottle|pack|box|strip) of|a (?:whole|entire) (?:bottle|pack|box) of|the rest of (?:my|the)|like \\d\\d+|\\d\\d+|handfuls of)";
const OD_VERB = "(?:took|take|taken|taking|swallowed|swallow|ate|popped|downed|snorted|shot|used|injected)";
const OD_DRUG = `(?:${RX}|\\w+ pills|tylenol|advil|benadryl|ibuprofen|ambien|seroquel|trazodone|insulin|fent|fentanyl|heroin|dope|xans|bars)`;

export const OVERDOSE_RULES: RiskRule[] = [
  rule("overdose-word", "overdose", "overdos[a-z]*|over dos(?:e|ed|ing)|(?:i|he|she|they|friend|someone|somebody|just|might|about to|gonna|going to|think i|think he|think she|almost) od"),
  rule(
    "too-many-pills",
    "overdose",
    `${OD_VERB} ${OD_QTY} (?:of )?(?:my |the |his |her )?${OD_DRUG}` +
      `|${OD_VERB} all (?:of )?my \\w+ (?:at once|at the same time)|${OD_VERB} (?:the|a) (?:whole|entire) (?:bottle|pack|box)` +
      "|(?:took|did|used|had) (?:way )?too much(?: (?:dope|fent|fentanyl|heroin|xanax|of (?:my|the) \\w+))?$|too much (?:dope|fent|fentanyl|heroin)" +
      `|${INTENT} (?:take|swallow|down) all (?:of )?(?:my|the) (?:pills|meds|medication|xanax|sleeping pills|painkillers)`
  ),
  rule(
    "not-breathing",
    "overdose",
    "(?:cant|cannot|can not|cnt|cant really) breathe|(?:not|isnt|is not|stopped|wasnt|barely) breathing|trouble breathing|hard to breathe|struggling to breathe|(?:lips|face|skin|fingers) (?:is |are )?(?:turning )?(?:blue|purple|gray|grey)|unresponsive|passed out and (?:wont|cant|isnt|is not)"
  ),
  // "I took all my pills" is a classic overdose disclosure; with a time of day it is usually a
  // report of taking the day's medication. Missing the first is worse than paging on the second.
  rule(
    "all-my-pills",
    "overdose",
    "(?:took|swallowed|ate|popped|downed) all (?:of )?my (?:pills|meds|medication|medicine|pastillas)(?! (?:today|this morning|this evening|tonight|for (?:the|to)day|on time|like (?:i|im) (?:supposed|told) to|as prescribed))" +
      "|(?:me )?(?:tome|trague) todas mis (?:pastillas|pildoras|medicinas)(?! (?:de hoy|hoy|de la manana|de la noche|a tiempo))",
  ),
  rule("wont-wake-up", "overdose", `(?:${AGGRESSOR}|friend|my \\w+) (?:wont|will not|cant|isnt|is not|doesnt|does not) (?:wake up|waking up|respond|responding)`),
  rule("narcan", "overdose", "(?:need|needs|get|grab|gave|give|giving|used|use) (?:him |her |them |someone |some )?(?:narcan|naloxone)|narcan (?:him|her|them)"),
  // ---- Spanish ----
  rule(
    "es-sobredosis",
    "overdose",
    "sobredosis|me (?:tome|trague|meti|tomo|estoy tomando) (?:todas las|toda la caja de|todo el frasco de|el frasco de|la caja de|un monton de|muchas|demasiadas|un punado de|\\d\\d+|todas mis \\w+ de (?:golpe|una vez)) ?(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|chochos|xanax|clonazepam)?|(?:tome|consumi|me meti) demasiad[oa]s?(?: (?:pastillas|pildoras|medicinas|droga|fentanilo|heroina))?$|demasiad[oa]s? (?:pastillas|fentanilo|heroina)"
  ),
  rule("es-no-respira", "overdose", "no (?:puedo|puede|podia) respirar|no (?:esta )?respira(?:ndo)?|no (?:se )?despierta|no reacciona|no responde$|esta inconsciente|labios (?:morados|azules)|(?:necesito|necesita|necesitamos|trae) (?:narcan|naloxona)"),
];

export const EMERGENCY_RULES: RiskRule[] = [
  // "emergency contact" is a form field, not an emergency.
  rule("emergency-word", "emergency", "emergenc(?:y|ies)(?! (?:contacts?|fund|kit|preparedness|numbers? (?:on|in) file))|mayday"),
  rule("call-911", "emergency", "(?:call|calling|called|dial|dialing|dialed|phone) (?:the )?(?:911|9 1 1|police|cops|an ambulance|ambulance|the ambulance)|911|9 1 1|s ?o ?s|mayday|need (?:an )?ambulance|(?:in|at|to) the er$|(?:in|at) the er (?:now|right now)|emergency room"),
  rule("in-danger", "emergency", "(?:im|i am|were|we are|i feel|feel) (?:not safe|unsafe|in danger)|(?:dont|do not) feel safe|not safe (?:at home|here|with (?:him|her|them|my \\w+)|anymore|right now)|in danger$|(?:afraid|scared|fear|fearing) for my (?:life|safety)|my life is in danger"),
  rule("help-me", "emergency", "(?<!(?:can|could|will|would) (?:you|u) (?:please |pls |plz )?)(?:please |pls |plz |someone |somebody )?help me(?: please| pls| plz| now| rn| right now)?$|i need help(?: now| right now| asap| please| pls| immediately)?$|somebody help|someone help"),
  rule("medical", "emergency", "(?:having|had|think im having|i think im having|going into) a (?:seizure|heart attack|stroke)|seizing|chest (?:pain|pains|tightness|is tight)|(?:think|feel like) im dying|(?:think|feel like) i (?:might|could|am going to|m going to|will|may) (?:die|pass out)(?! (?:of|from|laughing)\\b)|dts|delirium tremens|withdrawal seizure"),
  // ---- Spanish ----
  rule("es-emergencia", "emergency", "(?<!contacto de )(?<!contactos de )emergencias?|(?:llama|llamen|llamar|llame|llamo|llamad|marca|marquen) (?:al |a la |a una |una |la )?(?:911|policia|ambulancia|patrulla)|ambulancia|auxilio|socorro|ayudenme|ayudame(?: por favor| porfa)?$|necesito ayuda(?: urgente| ya| ahora| por favor)?$"),
  rule("es-peligro", "emergency", "no estoy a salvo|no me siento (?:segur[oa]|a salvo)|no estoy segur[oa] (?:en (?:casa|mi casa)|aqui|con (?:el|ella))|estoy en peligro|corro peligro|mi vida (?:corre|esta en) peligro|temo por mi vida"),
  rule("es-medico", "emergency", "(?:siento|creo) que me (?:muero|voy a morir|estoy muriendo)(?! de)|me estoy muriendo(?! de)|(?:tengo|tuve|me dio) (?:una )?(?:convulsion|convulsiones|infarto|ataque al corazon)|dolor (?:de|en el) pecho"),
];

export const ABUSE_RULES: RiskRule[] = [
  // "-ing me" with anyone as subject: "he's hitting me". Sports ("beating me at chess") excluded.
  rule("hitting-me", "abuse", "(?:hitting|beating|choking|strangling|attacking|abusing|raping|punching|kicking|slapping|threatening|stalking|molesting) me(?! (?:at|in|to|with|out|up|off)\\b)"),
  rule(
    "he-hit-me",
    "abuse",
    `${AGGRESSOR} (?:just |has |had |have |keeps |kept |always |then |also |has been |is |s |was )?(?:hit|hits|beat|beats|choked|chokes|strangled|raped|assaulted|attacked|stabbed|punched|punches|slapped|slaps|kicked|kicks|threatened|threatens|hurt|hurts|abused|abuses|shoved|pushed|grabbed|molested) me(?! (?:at|in|to|out|up|with the|that|hard|how|when)\\b)`
  ),
  rule("kill-me-threat", "abuse", "(?:going to|gonna|gunna|wants to|want to|trying to|tried to|threatened to|threatening to|threatens to|will|is gonna|said hed|said shed|says hell|says shell|swore hed|is going to) (?:kill|hurt|beat|shoot|stab|choke) me"),
  rule("weapon", "abuse", `${AGGRESSOR} (?:has|have|got|pulled|is holding|is pointing|pointed|grabbed) (?:a|his|her) (?:gun|knife|weapon|pistol)`),
  rule("assault", "abuse", "(?:sexually )?(?:assaulted|raped|molested) me|i (?:was|got|have been|ve been|been|just got) (?:raped|assaulted|sexually assaulted|molested|abused|attacked|beaten up|beat up|jumped|stabbed|shot|strangled|choked)|domestic (?:violence|abuse)|(?:is|s|being|gets|got|getting) (?:abusive|violent) (?:with|to|towards) me"),
  // ---- Spanish ----
  rule(
    "es-me-pega",
    "abuse",
    "me (?:esta |estan |sigue |siguen )?(?:pegando|golpeando|ahorcando|amenazando|lastimando|maltratando|violando|acosando|persiguiendo)|me (?:pega|pego|golpea|golpeo|amenaza|amenazo|maltrata|maltrato|viola|violo|violaron|ahorca|ahorco|empujo|empuja|agredio|agrede|ataco|atacaron|asaltaron|apunalaron|dispararon)(?! (?:la|el|los|las) (?:gripe|gripa|resfriado|chicle|virus|cancion|costumbre|mania)\\b)"
  ),
  rule("es-amenaza", "abuse", "me (?:quiere|quieren|va a|van a) matar|me amenazo con (?:matarme|pegarme|un cuchillo|una pistola)|tiene (?:una )?(?:pistola|arma|cuchillo)|abus(?:o|a|aron|ando) de mi|abuso sexual|violencia (?:domestica|familiar)|tengo miedo de (?:el|ella|mi (?:pareja|esposo|esposa|novio|novia|ex|papa|padrastro|hermano))"),
];
