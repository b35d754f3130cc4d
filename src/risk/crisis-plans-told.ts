/**
 * Plans, preparations and attempts told by their circumstances rather than by a verb of
 * killing, English and Spanish:
 *
 *   suicidal_plan   - a means beside a time when nobody is watching ("i have a razor and the tub,
 *                     tonight when my mom goes to bed"), nobody awake to stop it, a train's
 *                     timing learned, a place kept in sight with a time to go there, a running
 *                     engine in a shut garage announced, a whole supply used at once "and it'll
 *                     be over";
 *   suicidal_intent - not alive for a named event ("no voy a estar vivo pa el lunes", "wont be
 *                     around for tmrws check in, doesnt matter"), the fight given up and "it"
 *                     done tonight, "taking myself out" before what one dreads;
 *   suicide_attempt - a jump announced from a height one is on, wrists bleeding "and i meant to",
 *                     a month's supply swallowed, pills taken and a bare apology after;
 *   preparatory_act - whether life insurance pays out "if it's... you know", a means acquired
 *                     with its ordinary use denied ("not for protection", "not for partying"),
 *                     passwords left "he'll know what to do after", the last time someone
 *                     sees the participant.
 * Each rule carries the ordinary uses of its words as carve-outs (a shave, a hunt, a trip, a laugh).
 */
import { BLADE, LIGATURE, WEAPON } from "./grammar-en.ts";
import { ARMA, SOGA } from "./grammar-es.ts";
import { rule, type RiskRule, unlessProgramLife, unlessStory } from "./types.ts";

/** A laugh or a joke marker after the words. */
const NO_LAUGH = "(?![^]{0,60}\\b(?:lol|lmao|haha\\w*|jk|jaja\\w*|jeje\\w*)\\b)";

// ---- A means, and a time when nobody is watching ----
const MEANS_EN = `(?:${WEAPON}|${LIGATURE}|${BLADE}|razors?|razor blades?|fent|fentanyl)`;
const NOBODY_WATCHING_EN = "(?:after|when|once|as soon as|till|til|until) (?:everyone|everybody|every1|my (?:mom|dad|mother|father|wife|husband|family|kids|roommate|roomie|parents|girlfriend|boyfriend|gf|bf|brother|sister)|the kids|the house|they|she|he)(?:s| is| are| has| have)? (?:asleep|goes to (?:bed|sleep)|go to (?:bed|sleep)|gone to (?:bed|sleep)|falls asleep|fall asleep|leaves|leave|left|gone|out|empty)";
/** A shave, a hunt, a cleaning, a gift, a cooked meal: what one does with a razor or a gun while others sleep. */
const CHORE_EN = "(?:shav\\w*|legs|haircut|trim\\w*|hunt\\w*|deer|range|clean\\w*|sell\\w*|pawn\\w*|lock\\w* (?:it|them) up|safe|gift|present|wrap\\w*|surprise|cook\\w*|carv\\w*|turkey|steak|project|craft\\w*|lol|lmao|haha\\w*)";
const NOT_CHORE_EN = `(?![^]{0,120}\\b${CHORE_EN}\\b)(?<!\\b${CHORE_EN}\\b[^]{0,120})`;
const MEDIO_ES = `(?:${ARMA}|${SOGA}|navaja|cuchillo|cuchillas?|gillette|fenta|fentanilo)`;
const NADIE_MIRA_ES = "(?:cuando|en cuanto|apenas|despues de que|ya que|hasta que) (?:todos|todo mundo|mi (?:mama|papa|esposa|esposo|familia|vieja|viejo|roomie|hermana|hermano|novia|novio)|mis (?:papas|hijos|padres)|los ninos|ellos|ella|el) (?:se (?:duerm\\w+|dorm\\w+|vay\\w+|acuest\\w+)|este(?:n)? dormid[oa]s?|salga(?:n)?|no este(?:n)?)";
const QUEHACER_ES = "(?:rasur\\w*|afeit\\w*|piernas|cort\\w* el pelo|caza\\w*|cazar|venad\\w*|limpi\\w*|vend\\w*|empen\\w*|regalo|sorpresa|envolv\\w*|cocin\\w*|carne|pavo|proyecto|jaja\\w*|jeje\\w*)";
const NOT_QUEHACER_ES = `(?![^]{0,120}\\b${QUEHACER_ES}\\b)(?<!\\b${QUEHACER_ES}\\b[^]{0,120})`;

// ---- Nobody there to stop it ----
const NOBODY_TO_STOP_EN = "(?:nobody|no one|noone|no body)(?: (?:is|will be|would be|gonna be|going to be))? (?:awake|around|home|there|up|else here|here)? ?(?:to|who (?:can|could|will|would)) stop me(?=$| (?:this time|then|now|from (?:doing it|jumping|going)|tonight)\\b)|(?:wont|will not|wouldnt) be (?:anyone|anybody) (?:awake |around |home |there )?to stop me(?=$| (?:this time|then|now|tonight)\\b)";
const NADIE_ME_DETIENE_ES = "(?:nadie|ninguno)(?: (?:esta|va a estar|estara|anda|hay))? (?:despierto|despiert[oa]s|ahi|en casa|cerca|aqui)? ?(?:para|que) (?:detenerme|pararme|me detenga|me pare|impedirmelo|me lo impida|atajarme)(?=$| (?:esta vez|ahora|esta noche)\\b)|no (?:hay|va a haber|habra) nadie (?:despierto |en casa |aqui )?(?:para|que) (?:detenerme|pararme|me detenga|me pare|impedirmelo)(?=$| (?:esta vez|ahora|esta noche)\\b)";

// ---- A train's timing learned ----
const TRAIN_TIMING_EN = "(?:train (?:schedule|times|timetable)|(?:timed|been timing|timing) (?:it|the trains?|the freight)|(?:figured out|know|learned|checked|timed|memorized|found out) (?:when|what time|the times?|the schedule|exactly when)(?: (?:the|that) (?:train|freight))?)";
const NO_BRAKE_EN = "(?:doesnt|does not|dont|never|wont|will not) (?:even )?(?:slow down|slow|brake|hit the brakes)|never (?:even )?(?:slows|brakes)(?: down)?|(?:goes|comes|passes|flies) (?:through|by) (?:at )?full speed";
const TRAIN_ORDINARY = "(?:(?:be|im|was|running|get|got|made me) late|late for|commute|station|stop at|ride|catch|missed|noise|loud|horn|honk\\w*|woke|wakes|delay\\w*|tarde|estacion|ruido|pitid\\w*|claxon|retras\\w*|lol|haha\\w*|jaja\\w*)";
const NOT_TRAIN_ORDINARY = `(?![^]{0,100}\\b${TRAIN_ORDINARY}\\b)(?<!\\b${TRAIN_ORDINARY}\\b[^]{0,100})`;
const HORARIO_TREN_ES = "(?:horario del tren|(?:ya )?(?:se|supe|cheque|averigue|me aprendi|calcule) (?:a que hora|cuando|el horario en que) pasa el (?:tren|carguero))";
const SIN_FRENAR_ES = "no (?:frena|baja (?:la )?velocidad|se frena|disminuye)|pasa (?:bien |muy )?(?:rapido|recio|a toda velocidad)";

// ---- A place kept in sight, and a time to go there ----
const SPOT_EN = "(?:bridge|overpass|parking garage|rooftop|roof|ledge|cliff|tracks|train tracks|dam|top floor|top level)";
const KEEP_LOOKING_EN = "(?:been|keep|kept|i keep|ive been) (?:looking at|eyeing|staring at|thinking about|driving (?:by|past)|going (?:by|past)|checking out)";
const GO_THERE_EN = "(?:drive|go|head|walk|get|ride) (?:out |up |over |back )?(?:there|to it) (?:after dark|tonight|at night|late tonight|when its dark|when (?:nobodys|no ones|nobody is|no one is) around|when everyones asleep|before sunrise|early tomorrow)";
const SPOT_LEISURE = "(?:fish\\w*|photos?|pics?|pictures|picnic|fireworks|sunset|sunrise|view|stars|meteor|eclipse|concert|party|date|jog\\w*|run|running|dog|skat\\w*|bike|biking|hike|hiking|paint\\w*|lights|lol|haha\\w*)";
const NOT_SPOT_LEISURE = `(?![^]{0,100}\\b${SPOT_LEISURE}\\b)(?<!\\b${SPOT_LEISURE}\\b[^]{0,160})`;
const SITIO_ES = "(?:puente|paso a desnivel|azotea|techo|edificio|barranco|precipicio|vias|presa|ultimo piso|estacionamiento)";
const SIGO_VIENDO_ES = "(?:he estado|llevo dias|sigo|ando|no dejo de) (?:viendo|mirando|pensando en|pasando por|checando|ver|mirar|pensar en|pasar por)";
const IR_ALLA_ES = "(?:ir|voy|me voy|ire|subir|subo|me subo|manejar|llegar)(?: a ir)? (?:para |pa )?(?:alla|ahi|para alla|hasta alla) (?:en la noche|esta noche|de noche|cuando oscurezca|en la madrugada|cuando no haya nadie|cuando todos duerman)";
const OCIO_ES = "(?:pesca\\w*|pescar|fotos?|atardecer|amanecer|paseo|picnic|cohetes|estrellas|vista|concierto|fiesta|cita|correr|perr[oa]|bici|pintar|luces|jaja\\w*|jeje\\w*)";
const NOT_OCIO_ES = `(?![^]{0,100}\\b${OCIO_ES}\\b)(?<!\\b${OCIO_ES}\\b[^]{0,160})`;

// ---- A running engine in a shut garage, announced ----
const ENGINE_EN = "(?:run|running|start|starting|leave|leaving|turn on|turning on|idle|idling|sit in|sitting in) (?:the |my |his |her )?(?:car|truck|van|suv|engine)(?:(?: with it)? (?:running|on))?";
const SHUT_GARAGE_EN = "(?:in|inside) the (?:closed |shut )?garage(?: \\w+){0,2} with the (?:garage )?(?:door|doors) (?:shut|closed|down)";
const GARAGE_CHORE = "(?![^]{0,60}\\b(?:warm\\w*|defrost\\w*|fix\\w*|oil|tune|jump\\w*|battery|mechanic|calentar\\w*|arregl\\w*|bateria|mecanico|lol|haha\\w*|jaja\\w*)\\b)";
const MOTOR_ES = "(?:prender|prendo|voy a prender|dejar|dejo|voy a dejar|encender|enciendo|arrancar|arranco|meterme al) (?:el |mi |la )?(?:carro|coche|troca|camioneta|motor)(?: prendid[oa]| encendid[oa])?";
const COCHERA_CERRADA_ES = "(?:en|dentro de) (?:la |el )?(?:cochera|garaje|garage)(?: \\w+){0,2} con (?:la |el )?(?:puerta|cortina|porton) (?:cerrad[oa]|abajo)";

// ---- A whole supply at once, "and it'll be over" ----
const WHOLE_SUPPLY_EN = "(?:shoot|shot|do|use|smoke|snort|take|swallow|drink|bang|hit) (?:the |my |a |this |that )?(?:whole|entire|full) (?:bag|gram|bundle|stash|bottle|supply|script|thing|batch|pack)(?: of \\w+)?(?: (?:at once|in one go|all at once|in one shot))?";
const OVER_EN = "(?:(?:itll|it will|it would|itd|everything will|everything would|it all will|it all would|all this will|it all) (?:all )?be over|(?:ill|i will|id|i would) be (?:done|gone)(?: for good)?)(?=$| (?:for good|finally|then|quick|fast)\\b)";
const BOLSA_ENTERA_ES = "(?:me voy a (?:meter|inyectar|fumar|tomar|tragar|poner)|meterme|me meto|inyectarme|me inyecto|fumarme|me fumo|tomarme|me tomo|tragarme|me trago|ponerme|me pongo) (?:toda|todo|el|la) (?:la |el )?(?:bolsa|bolsita|gramo|paquete|frasco|caja|bote|dotacion|receta)(?: (?:entera|entero|complet[oa]))?(?! de (?:agua|jugo|refresco|leche|cafe|te|cerveza|helado|galletas|papas|cereal|soda|suero)\\b)(?: (?:de una|de golpe|de un jalon|de una vez))?";
const SE_ACABA_ES = "(?:se acaba todo|se acaba|se termina todo|se termina|ya estuvo|ya no despierto|se acabo|y listo)(?=$| (?:por fin|de una vez|para siempre)\\b)";

// ---- Not alive for a named event ----
const EVENT_EN = "(?:check ?ins?|group|meeting|session|appointment|court date|court|hearing|birthday|graduation|results|visit|shift|class|party|recital|cookout|reunion|holidays|christmas|thanksgiving|dinner)";
const WONT_BE_AROUND_EN = `(?:wont|will not|not gonna|im not gonna|aint gonna|not going to|wont even) be (?:around|here|alive|breathing) (?:for|at|by|to see|to make) (?:the |my |our |your |this |next |tomorrows |tmrws |tmrw |tomorrow |mondays |\\w+days |next weeks |\\w+s )?(?:\\w+ )?${EVENT_EN}`;
const NO_MATTER_EN = "(?:(?:(?:doesnt|dont|does not|wont|will not|wouldnt) (?:even )?matter(?: anyway| anymore| now)?|no point|(?:so )?dont (?:bother|worry|wait)|whats the point|anyway|by then)(?=$)|(?:so )?whats the point|no point (?:in|to))";
/** Before the absence, the shrug opens the clause: "doesnt matter i wont be around for group". */
const NO_MATTER_BEFORE_EN = "(?:(?:doesnt|dont|does not) (?:even )?matter(?: anyway| anymore| now)?|no point|whats the point)";
const AWAY_EN = "(?:vacation|trip|out of town|travel\\w*|visiting|work|shift|wedding|funeral|hospital|surgery|moving|detox|rehab|jail|court ordered|dentist|doctor)";
const NOT_AWAY_EN = `(?![^]{0,100}\\b${AWAY_EN}\\b)(?<!\\b${AWAY_EN}\\b[^]{0,100})`;
const DIA_ES = "(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)";
const NO_VIVO_PARA_ES = `(?:ya )?no (?:voy a|vo a) (?:estar|seguir) viv[oa] (?:(?:para|en|pal|al|el) )?(?:entonces|ese dia|esa fecha|manana|(?:el )?(?:${DIA_ES}|grupo|fin|otro|cumple\\w*|juicio|check ?in)|(?:la )?(?:junta|cita|sesion|audiencia|semana que viene|proxima|otra)|(?:el )?grupo del ${DIA_ES}|(?:la |el )?(?:junta|sesion|grupo) del ${DIA_ES})|ya no (?:estare|voy a estar|sigo) viv[oa] (?:para|pal|el) (?:entonces|manana|el ${DIA_ES}|el grupo|la junta)`;
/** A wait told in hyperbole: "para cuando arreglen la calle ya no voy a estar vivo". */
const NOT_LONG_WAIT_ES = "(?<!\\bpara cuando\\b[^\\n]{0,80})(?![^]{0,60}\\b(?:jaja\\w*|jeje\\w*|ano|anos|siglos?|decadas?|tramite|lista de espera)\\b)(?<!\\b(?:anos|siglos?|decadas?|tramite|lista de espera)\\b[^]{0,100})";

// ---- The fight given up, then "it" with a time ----
const GAVE_UP_EN = "(?:done|finished|through|tired of|sick of|so tired of|cant keep|cant do the|no more|quit|quitting|giving up|gave up|stop|stopping) (?:fighting|trying|struggling|pretending|hanging on|holding on)(?! (?:with|to|for|about|over|against)\\b)";
const DO_IT_NOW_EN = "(?:(?:im |ill |i will |im gonna |gonna |going to |i am )?(?:doing|do) it (?:tonight|today|now|right now|this weekend|tomorrow)|(?:tonight|today) (?:im doing it|ill do it|i do it|is the night|its happening))(?=$| (?:for real|finally|i promise)\\b)";
const FIGHT_ORDINARY_EN = "(?:laundry|taxes|paperwork|homework|packing|meal prep|landlord|custody|lawyer|insurance|ex|divorce|diet|smoking|vap\\w*|gym|workout|lol|lmao|haha\\w*)";
const NOT_FIGHT_ORDINARY_EN = `(?![^]{0,120}\\b${FIGHT_ORDINARY_EN}\\b)(?<!\\b${FIGHT_ORDINARY_EN}\\b[^]{0,120})`;
const ME_RENDI_ES = "(?:me canse|me harte|estoy cansad[oa]|estoy hart[oa]|ya no puedo|ya no quiero|ya no voy a|deje|dejo|no mas|me rindo|me rendi) (?:de )?(?:luchar|pelear|seguir luchando|seguir peleando|intentar|intentarlo|aguantar|fingir)";
const LO_HAGO_YA_ES = "(?:(?:hoy|esta noche|manana) lo (?:hago|voy a hacer|hare|vo a hacer)|lo (?:hago|voy a hacer|hare|vo a hacer) (?:hoy|esta noche|manana))(?=$| (?:ya|de una vez|por fin|en serio)$)";
const PELEA_ORDINARIA_ES = "(?:ropa|tarea|impuestos|papeles|tramite|casero|custodia|abogado|seguro|ex|divorcio|dieta|fumar|gym|gimnasio|mudanza|jaja\\w*|jeje\\w*)";
const NOT_PELEA_ORDINARIA_ES = `(?![^]{0,120}\\b${PELEA_ORDINARIA_ES}\\b)(?<!\\b${PELEA_ORDINARIA_ES}\\b[^]{0,120})`;

// ---- Taking oneself out before what one dreads ----
const TAKE_OUT_EN = "(?:take|taking|takin|took) my ?self out(?! (?:to|for|on|with|again|of (?!(?:the )?(?:equation|picture|this world)\\b))\\b)";
const DREAD_EN = "(?:before (?:my |the |i )?(?:court|court date|sentencing|trial|hearing|go back|have to go back|get locked up|get sent back|they)|not going back|never going back|no more$|for good|permanently|of (?:the )?(?:equation|picture|this world)|im done|tonight|this weekend)";
const TAKE_OUT_TREAT = "(?:dinner|lunch|breakfast|brunch|movie|movies|treat|(?<!court )date|solo|spa|shopping|birthday|coffee|ice cream|drinks|mocktail|lol|haha\\w*)";
const NOT_TAKE_OUT_TREAT = `(?![^]{0,80}\\b${TAKE_OUT_TREAT}\\b)(?<!\\b${TAKE_OUT_TREAT}\\b[^]{0,80})`;
const QUITARME_ES = "(?:quitarme|me voy a quitar|voy a quitarme|me quito|mejor me quito|me quitare) de en medio";
const TEMIDO_ES = "(?:antes (?:de la|del|de que) (?:audiencia|juicio|sentencia|me (?:encierren|agarren|regresen|lleven))|antes de (?:volver|regresar)|no (?:vuelvo|voy a volver|regreso|voy a regresar) (?:al bote|a la carcel|a la cana|al tambo|ahi|alla)|ya no mas|para siempre|de una vez|esta noche|hoy)";
const DISPUTA_ES = "(?:pelea|pleito|discusion|chisme|bronca|que se arreglen|que hablen|que decidan|estorbar|paso|jaja\\w*|jeje\\w*)";
const NOT_DISPUTA_ES = `(?![^]{0,80}\\b${DISPUTA_ES}\\b)(?<!\\b${DISPUTA_ES}\\b[^]{0,80})`;

// ---- A jump announced from a height one is on ----
const ON_HEIGHT_EN = "(?:im|i am|i m|standing|sitting|up|here|made it) (?:\\w+ ){0,3}?(?:on|at|to) (?:the |a |my |this )?(?:roof|rooftop|bridge|ledge|overpass|edge|top floor|top level|top of (?:the |a )?\\w+(?: \\w+)?|parking garage|railing|tracks|cliff)";
const ABOUT_TO_JUMP_EN = "(?:and |so )?(?:im |i am )?(?:about to|bout to|gonna|going to|ready to|finna|fixing to) (?:jump|let go|step off|go over)(?=$| (?:now|rn|right now|off|tonight)\\b)(?! off (?:into|in) (?:the )?(?:water|pool|lake|river|snow)\\b)";
const EN_ALTURA_ES = "(?:(?:estoy|ando|toy|aqui|ya estoy|llegue|me subi) (?:\\w+ ){0,2}?(?:en|arriba de|a) (?:la azotea|el puente|el techo|la orilla|el borde|las vias|el barandal|el ultimo piso|lo alto de \\w+(?: \\w+)?|el paso a desnivel)|(?:arriba del|al) (?:puente|techo|borde|barandal|ultimo piso|paso a desnivel))";
const ME_AVIENTO_ES = "(?:y )?(?:ya )?(?:me voy a|voy a|estoy a punto de|a punto de|ya me) (?:aventar|tirar|saltar|lanzar|dejar caer|aviento|tiro|lanzo)(?:me)?(?=$| (?:ya|ahorita|ahora)\\b)";

// ---- Wrists bleeding, told as meant ----
const BLEEDING_EN = "(?:(?:wrists?|veins|throat|neck)\\b[^]{0,30}\\b(?:bleeding|bleed|bleeds|blood|wont stop)|(?:bleeding|blood\\w*) (?:from |out of |all over )?my (?:wrists?|veins|throat|neck))";
const MEANT_EN = "(?<!\\b(?:didnt|did not|never|not)(?: do it)? )(?:(?:i )?meant (?:to|it)(?: this time)?|(?:i )?did it on purpose|on purpose|(?:it )?(?:wasnt|was not|aint) an accident|i wanted to)(?=$| (?:this time|to die|to go deep)\\b)";
const SANGRA_ES = "(?:(?:munecas?|venas|cuello)\\b[^]{0,30}\\b(?:sangr\\w+|sangre|no para)|(?:me )?sangr\\w+ (?:mucho |un chingo |bastante )?(?:las|la|mis|mi) (?:munecas?|venas|cuello))";
const QUISE_ES = "(?<!\\bno(?: fue| lo hice| era| quise)? )(?:lo hice a proposito|fue a proposito|a proposito|si quise|lo quise hacer|queria hacerlo|no fue (?:un )?accidente)(?=$| (?:esta vez|de verdad)\\b)";

// ---- A supply swallowed ----
const SUPPLY_EN = "(?:my |a |the |his |her |all my |all of my |all of the |a whole |the whole |my whole |my entire |the entire |a full |my full )(?:whole |entire |full )?(?:months?|weeks?|30 days?|90 days?|two weeks|2 weeks)(?:s)? (?:worth |supply )?(?:of |worth of |supply of )(?:my |the |his |her )?\\w+";
const TOOK_SUPPLY_EN = `(?:swallowed|downed|popped|chugged|ate|took|just took|took all of) ${SUPPLY_EN}`;
const NOW_EN = "(?:at once|all at once|in one go|(?:an|a|\\d+|few|couple) (?:hour|hours|hr|hrs|min|mins|minutes) ago|just now|earlier tonight|tonight|rn|right now|throwing up|puking|cant|dizzy|on purpose|to die)";
const ROUTINE_COURSE = "(?![^]{0,80}\\b(?:antibiotic\\w*|vitamins?|course|finished the|prescribed|as directed|antibiotico\\w*|vitaminas|tratamiento)\\b)";
/** "Me acabo de tomar todo el frasco" is now; "me tomé la caja completa" needs a now after it. */
const FRASCO_AHORA_ES = "(?:me acabo de|acabo de) (?:tomar|tragar|beber|empinar)(?:me)? (?:todo|toda|todas) (?:el|la|las|mis) (?:frasco|bote|caja|tira|blister|receta|pastillas)(?: enter[oa]| complet[oa])?";
const FRASCO_ES = "(?:ya )?me (?:tome|trague|bebi|empine) (?:todo|toda|todas) (?:el|la|las|mis) (?:frasco|bote|caja|tira|blister|receta|mes|pastillas del mes)(?: enter[oa]| complet[oa])?(?! de (?:agua|jugo|refresco|leche|cafe|te|cerveza|helado|galletas|papas|cereal|soda|suero)\\b)|(?:ya )?me (?:tome|trague) (?:el|la|mi) (?:mes|dotacion|receta) (?:complet[oa]|enter[oa])";
const FRASCO_NOW_ES = "(?:hace (?:una|media|\\d+|unos|como) (?:hora|horas|min|minutos|rato)|de golpe|de una vez|todas juntas|ahorita|estoy vomitando|me siento (?:mal|rar[oa]|mare\\w*)|perdon|adios)";
const TRATAMIENTO_ES = "(?![^]{0,80}\\b(?:antibiotic\\w*|vitaminas?|tratamiento|me lo receto|como me dijo|termine el|jarabe para la tos)\\b)";

// ---- Pills taken, then a bare apology ----
const TOOK_THE_PILLS_EN = "(?:already |just |finally )?(?:took|swallowed|downed|popped) (?:the|them|all the|all of the|those|these|all of them|em all|them all)(?: (?:pills|meds|tablets|bottle|pills i saved|pills i had))?";
const BARE_SORRY_EN = "(?:im |i am )?(?:so |really )?sorry(?: (?:everyone|mom|mama|guys|yall|for everything))?$|(?:please )?forgive me$";
const PILLS_ORDINARY_WORDS = "(?:late|doctor|doc|prescribed|pharmacy|refill|blood pressure|with food|reply|replying|text\\w*|forgot|medico|tarde|presion|receta|farmacia|contestar|olvide|vitaminas?|vitamins?)";
const PILLS_ORDINARY = `(?![^]{0,80}\\b${PILLS_ORDINARY_WORDS}\\b)(?<!\\b${PILLS_ORDINARY_WORDS}\\b[^]{0,80})`;
const ME_LAS_TOME_ES = "(?:ya )?(?:me (?:tome|trague) (?:las|los|todas las|todos los|esas|esos|todas|todos)|me (?:las|los) (?:tome|trague)(?: tod[ao]s)?)(?: (?:pastillas|pildoras|chochos|medicinas|tabletas))?";
const PERDON_ES = "(?:y )?(?:perdon|perdoname|perdonenme|perdonen|lo siento|lo siento mucho)(?: (?:a todos|mama|ma|amor|por todo))?$";

// ---- Life insurance asked about a suicide ----
const PAYS_EN = "(?:life insurance|insurance policy|life policy|the policy|my policy)\\b[^]{0,60}?\\b(?:pay|pays|pay out|payout|paid out|cover|covers|still pay|still pays)";
const IF_SUICIDE_EN = "(?:suicide|(?:u|you) know(?=$)|on purpose|kill (?:my|your|them|him|her)sel(?:f|ves)|takes? (?:my|your|their|his|her) own life|by (?:my|your|their) own hand|do it (?:my)?self|did it (?:my)?self)";
const PAGA_ES = "seguro(?: de vida)?\\b[^]{0,60}?\\b(?:paga|pagan|cubre|pagaria|cubriria|sigue pagando|le pagan|les pagan|se cobra|cobran)";
const SI_SUICIDIO_ES = "(?:suicidio|(?:ya|tu) sabes(?=$)|a proposito|(?:se|me) (?:quita|quito|quitara|quitase) la vida|(?:se|me) (?:mata|mato|matara|suicida|suicido|suicidara)|por (?:su|mi) propia mano)";
const SOMEONES_DEATH = "(?![^]{0,120}\\b(?:died|passed|funeral|murder\\w*|homicide|accident|cancer|murio|fallecio|funeral|accidente|asesin\\w*|lol|jaja\\w*)\\b)(?<!\\b(?:died|passed|funeral|murder\\w*|homicide|accident|cancer|murio|fallecio|accidente|asesin\\w*|novel|show|movie|pelicula|serie)\\b[^]{0,120})";

// ---- A means acquired, its ordinary use denied ----
const GUN_BOUGHT_EN = `(?:${WEAPON}|gun store|gun shop|pawn shop)`;
const NOT_FOR_DEFENSE_EN = "(?:(?:its|it is|thats|this is|and its|aint|it aint|its not)? ?not (?:for|about) (?:protection|self defense|home defense|safety|protecting (?:myself|me|the house|my family))|(?:not|aint) (?:to|gonna) (?:protect|defend) (?:myself|me|the house|my family))";
const GUN_SPORT = "(?![^]{0,120}\\b(?:hunt\\w*|deer|range|target|collect\\w*|sport|skeet|trap|cazar|caza|caceria|venado|tiro al blanco|coleccion\\w*|lol|jaja\\w*)\\b)(?<!\\b(?:hunt\\w*|deer|range|target|collect\\w*|sport|skeet|cazar|caza|caceria|venado|tiro al blanco|coleccion\\w*)\\b[^]{0,120})";
const ARMA_COMPRADA_ES = `(?:${ARMA}|armeria|tienda de armas|casa de empeno)`;
const NO_DEFENSA_ES = "(?:no es|no son|no la quiero|no lo quiero|no la compre|no lo compre|y no es) (?:para|pa) (?:proteccion|protegerme|defenderme|defensa|la casa|seguridad|cuidar la casa|proteger a mi familia)";
const STOCKPILE_VERB_EN = "(?:stacking|stockpiling|saving|hoarding|stashing|collecting|keeping|putting away|saving up|building up)";
const STOCKPILE_EN = `${STOCKPILE_VERB_EN} (?:them|em|it|those|these|all of them)`;
const STOCKPILE_NAMED_EN = `${STOCKPILE_VERB_EN} (?:my |the |all my |every |each )?(?:scripts|refills?|pills|meds|prescriptions|oxys?|percs?|bars|benzos)`;
const NOT_TO_USE_EN = "(?:not (?:for|to) (?:use|using|taking|getting high|partying|party|fun|now|my (?:pain|back))|for later$|for (?:the|a|when the) (?:right|bad|last) (?:time|day|night)|for when (?:im|i am) ready|just in case$)";
const BEYOND_USE_EN = "(?:bought|copped|got|picked up|grabbed|ordered)\\b[^]{0,40}?\\b(?:way |a lot |so much |much |ten times |twice |3x |2x )?more than (?:i )?(?:ever |usually |normally |would ever )?(?:use|need|do|buy|get|take|could use)";
const DRUG_CONTEXT = "(?:(?<=\\b(?:plug|dealer|connect|guy|dope|fent\\w*|heroin|pills|oxys?|percs?|blues|bars|coke|meth|bags?|grams?|g|script|scripts|dealer|chiva|fenta|fentanilo|cristal|perico|pastillas|dealer|conecte|transa|tiendita)\\b[^]{0,120})|(?=[^]{0,80}\\b(?:plug|dealer|connect|dope|fent\\w*|heroin|pills|oxys?|percs?|blues|bars|coke|meth|bags?|grams?|chiva|fenta|fentanilo|cristal|perico|pastillas|transa|tiendita)\\b))";
const NOT_PARTY_EN = "(?:(?:its |and its |it is |its )?not (?:for|to) (?:partying|party|using|use|fun|getting high|selling|sell|the weekend|a good time|sharing))";
const MAS_DE_LO_QUE_ES = "(?:compre|consegui|me traje|le compre|le pedi|agarre)\\b[^]{0,40}?\\b(?:mucho |muchisimo |bastante )?mas de lo que (?:siempre |normalmente |nunca |jamas )?(?:uso|me meto|consumo|compro|me pongo|necesito)";
const NO_PA_FIESTA_ES = "(?:y )?(?:no es|no son) (?:para|pa) (?:la fiesta|el rato|usar|usarla|ponerme|consumir|vender|compartir|el fin|la peda|el reventon|drogarme)";
const JUNTANDO_ES = "(?:juntando|guardando|acumulando|escondiendo|ahorrando) (?:las|los|todas|todos|cada|mis)(?: \\w+)?\\b[^]{0,80}?\\b(?:no (?:son|es) (?:para|pa) (?:tomarmelas|tomarmelos|usar|el dolor|tomar)(?: (?:ahorita|ahora|normal))?|(?:para|pa) (?:despues|cuando este list[oa]|el dia que|cuando llegue el momento))";
const PILLS_CONTEXT_EN = "(?<=\\b(?:scripts?|pills|meds|refills?|prescriptions?|bottles?|oxys?|percs?|xanax|bars|benzos|pharmacy|doc|doctor|doctors)\\b[^]{0,120})";

// ---- Passwords left "he'll know what to do after" ----
const ACCOUNTS_EN = "(?:passwords?|bank (?:stuff|info|information|cards?|accounts?|details|logins?)|pins?|logins?|account info|codes)";
const KNOW_AFTER_EN = "(?:(?:hell|shell|theyll|he will|she will|they will|he|she|they|you|youll|u|ull) (?:will )?(?:know|knows) what to do(?: (?:with (?:it|them|everything) )?(?:after|when (?:its time|the time comes|im gone)|afterwards))|for after|for afterwards|for when im gone)(?=$)";
const STAY_AWAY = "(?![^]{0,80}\\b(?:while im|trip|vacation|hospital|surgery|rehab|detox|deploy\\w*|jail|babysit\\w*|wifi|pay my bills|mientras|viaje|vacaciones|cirugia|anexo)\\b)(?<!\\b(?:while im|trip|vacation|hospital|surgery|rehab|detox|deploy\\w*|jail|mientras|viaje|vacaciones|cirugia|anexo)\\b[^]{0,80})";
const CUENTAS_ES = "(?:contrasenas?|claves|cuentas del banco|lo del banco|datos del banco|tarjetas?|papeles del banco|nip)";
const SABRA_ES = "(?:(?:el|ella|ellos|mi \\w+) )?(?:va a saber|sabra|van a saber|sabran|sabe) (?:que hacer|como hacerle)(?: con (?:todo|eso|ellas|ellos))? (?:despues|cuando (?:ya no este|llegue el momento|sea el momento|me vaya))(?=$)";

// ---- The last time someone sees the participant ----
const LAST_SEEN_EN = "(?:its|it is|this is|thats|that is|this was|itll be|it will be|its gonna be|its going to be|was) (?:the|my) last time (?:she|he|they|my \\w+|you|u|anyone|everyone|mom|dad|grandma|grandpa)(?:ll|s| will| is| are| would)?(?: ever)?(?: gonna| going to)? (?:ever )?(?:see|sees|hear from|hears from|talk to|hug|hugs) me";
const LAST_SEEN_ORDINARY = "(?! (?:drunk|high|like this|using|loaded|wasted|messed up|in (?:this|that) state|before|until|til|till|for a while|sick|relaps\\w*|at my worst|this way|cry\\w*|fat|skinny)\\b)";
const ULTIMA_VEZ_ES = "(?:es|sera|va a ser|esta es|esta sera|fue|esto es) la ultima vez (?:que|en que) (?:me (?:ve|ven|va a ver|van a ver|vera|veran|abraza|abrazan)|(?:me )?(?:va|van) a (?:ver|abrazar)me)";
const ULTIMA_VEZ_ORDINARIA = "(?! (?:asi|borrach\\w*|drogad\\w*|ped[oa]|pachec[oa]|hasta|antes|en (?:ese|este) estado|gord\\w*|flac\\w*|sin|mal|enferm\\w*|llorando|por un tiempo|en mucho tiempo)\\b)";
const TRIP_AWAY = "(?![^]{0,80}\\b(?:trip|vacation|move|moving|deploy\\w*|jail|prison|rehab|detox|viaje|vacaciones|me mudo|mudanza|carcel|anexo|rehabilitacion|base|otro estado|otro pais)\\b)(?<!\\b(?:trip|vacation|move|moving|deploy\\w*|jail|prison|rehab|detox|viaje|vacaciones|me mudo|mudanza|carcel|anexo|rehabilitacion|base|otro estado|otro pais)\\b[^]{0,80})";

export const PLAN_TOLD_RULES: RiskRule[] = [
  // A means, then a time when nobody is watching: "i have a razor and the tub, tonight when my mom goes to bed",
  // "la pistola de mi papá está en el clóset, esta noche cuando todos se duerman".
  rule("means-when-nobody-watches", "suicidal_plan", "en", `(?:${MEANS_EN}\\b[^]{0,120}?\\b${NOBODY_WATCHING_EN}|${NOBODY_WATCHING_EN}\\b[^]{0,80}?\\b${MEANS_EN}\\b)${NOT_CHORE_EN}`),
  rule("es-medio-cuando-nadie-ve", "suicidal_plan", "es", `(?:${MEDIO_ES}\\b[^]{0,120}?\\b${NADIE_MIRA_ES}|${NADIE_MIRA_ES}\\b[^]{0,80}?\\b${MEDIO_ES}\\b)${NOT_QUEHACER_ES}`),
  // Nobody awake to stop it: "going up at 3am, nobody will be awake to stop me", "a esa hora nadie está despierto pa detenerme".
  rule("nobody-to-stop-me", "suicidal_plan", "en", `(?:${NOBODY_TO_STOP_EN})${NO_LAUGH}`),
  rule("es-nadie-me-detiene", "suicidal_plan", "es", `(?:${NADIE_ME_DETIENE_ES})${NO_LAUGH}`),
  // A train's timing learned, where it does not slow: "figured out when the freight comes, it doesnt slow down at the crossing".
  rule("train-timing", "suicidal_plan", "en", `(?:${TRAIN_TIMING_EN}\\b[^]{0,100}?\\b(?:${NO_BRAKE_EN})|(?:${NO_BRAKE_EN})\\b[^]{0,100}?\\b${TRAIN_TIMING_EN})${NOT_TRAIN_ORDINARY}`),
  rule("es-horario-tren", "suicidal_plan", "es", `(?:${HORARIO_TREN_ES}\\b[^]{0,100}?\\b(?:${SIN_FRENAR_ES})|(?:${SIN_FRENAR_ES})\\b[^]{0,100}?\\b${HORARIO_TREN_ES})${NOT_TRAIN_ORDINARY}`),
  // A place kept in sight, and a time to go there: "theres an overpass ive been eyeing, ill head there after dark".
  rule("spot-then-go-there", "suicidal_plan", "en", `${SPOT_EN}\\b[^]{0,80}?\\b${KEEP_LOOKING_EN}\\b[^]{0,100}?\\b${GO_THERE_EN}${NOT_SPOT_LEISURE}`),
  rule("es-sitio-y-voy-alla", "suicidal_plan", "es", `${SITIO_ES}\\b[^]{0,80}?\\b${SIGO_VIENDO_ES}\\b[^]{0,100}?\\b${IR_ALLA_ES}${NOT_OCIO_ES}`),
  // A running engine in a shut garage, announced: "gonna run the car in the garage with the door shut", "voy a prender la troca en la cochera con la puerta cerrada".
  rule("engine-shut-garage", "suicidal_plan", "en", `${ENGINE_EN} ${SHUT_GARAGE_EN}${GARAGE_CHORE}`),
  rule("es-motor-cochera-cerrada", "suicidal_plan", "es", `${MOTOR_ES} ${COCHERA_CERRADA_ES}${GARAGE_CHORE}`),
  // A whole supply used at once, and then it is over: "if i shoot the whole bag at once itll be over", "si me meto toda la bolsa de una se acaba todo".
  rule("whole-supply-over", "suicidal_plan", "en", `${WHOLE_SUPPLY_EN}\\b[^]{0,40}?\\b${OVER_EN}${NO_LAUGH}`),
  rule("es-bolsa-entera-se-acaba", "suicidal_plan", "es", `${BOLSA_ENTERA_ES}\\b[^]{0,40}?\\b${SE_ACABA_ES}${NO_LAUGH}`),

  // Not alive for a named event: "wont be around for tmrws check in. doesnt matter", "no voy a estar vivo pa el lunes".
  unlessProgramLife(rule("not-around-for-event", "suicidal_intent", "en", `(?:${WONT_BE_AROUND_EN}\\b[^]{0,60}?\\b${NO_MATTER_EN}|${NO_MATTER_BEFORE_EN}\\b[^]{0,60}?\\b${WONT_BE_AROUND_EN})${NOT_AWAY_EN}`)),
  rule("es-no-vivo-para", "suicidal_intent", "es", `(?:${NO_VIVO_PARA_ES})${NOT_LONG_WAIT_ES}`),
  // The fight given up, then "it" with a time: "im done fighting. doing it tonight", "me cansé de luchar, hoy lo hago".
  rule("gave-up-do-it-now", "suicidal_intent", "en", `${GAVE_UP_EN}\\b[^]{0,100}?\\b${DO_IT_NOW_EN}${NOT_FIGHT_ORDINARY_EN}`),
  rule("es-me-rendi-lo-hago", "suicidal_intent", "es", `${ME_RENDI_ES}\\b[^]{0,100}?\\b${LO_HAGO_YA_ES}${NOT_PELEA_ORDINARIA_ES}`),
  // Taking oneself out before what one dreads: "taking myself out before my court date", "me quito de en medio antes de la audiencia".
  rule("take-myself-out", "suicidal_intent", "en", `(?:${TAKE_OUT_EN}(?=[^]{0,80}\\b${DREAD_EN})|(?<=\\b(?:no more|im done|not going back|cant go back|never going back)\\b[^]{0,80})${TAKE_OUT_EN})${NOT_TAKE_OUT_TREAT}`),
  rule("es-quitarme-de-en-medio", "suicidal_intent", "es", `(?:${QUITARME_ES}(?=[^]{0,80}\\b${TEMIDO_ES})|(?<=\\b(?:ya no mas|no vuelvo|ya no puedo|ya me canse)\\b[^]{0,80})${QUITARME_ES})${NOT_DISPUTA_ES}`),

  // A jump announced from a height one is on: "im on the roof. about to jump", "ya estoy en la azotea, me voy a aventar".
  rule("on-height-about-to-jump", "suicide_attempt", "en", `${ON_HEIGHT_EN}\\b[^]{0,40}?(?:\\n| )${ABOUT_TO_JUMP_EN}${NO_LAUGH}`),
  rule("es-en-altura-me-aviento", "suicide_attempt", "es", `${EN_ALTURA_ES}\\b[^]{0,40}?(?:\\n| )${ME_AVIENTO_ES}${NO_LAUGH}`),
  // Wrists bleeding, told as meant: "wrists bleeding alot. i meant to", "me sangran las muñecas, fue a propósito".
  unlessStory(rule("bleeding-meant-to", "suicide_attempt", "en", `${BLEEDING_EN}\\b[^]{0,60}?\\b${MEANT_EN}|${MEANT_EN}\\b[^]{0,60}?\\b${BLEEDING_EN}`)),
  unlessStory(rule("es-sangra-a-proposito", "suicide_attempt", "es", `${SANGRA_ES}\\b[^]{0,60}?\\b${QUISE_ES}|${QUISE_ES}\\b[^]{0,60}?\\b${SANGRA_ES}`)),
  // A supply swallowed at once: "swallowed my whole month of lithium an hour ago", "me acabo de tomar todo el frasco".
  unlessStory(rule("supply-swallowed", "suicide_attempt", "en", `${TOOK_SUPPLY_EN}\\b[^]{0,60}?\\b${NOW_EN}${ROUTINE_COURSE}`)),
  unlessStory(rule("es-frasco-hace-rato", "suicide_attempt", "es", `(?:${FRASCO_AHORA_ES}|(?:${FRASCO_ES})\\b[^]{0,80}?\\b${FRASCO_NOW_ES})${TRATAMIENTO_ES}${NO_LAUGH}`)),
  // Pills taken, then a bare apology: "took them all. im sorry", "ya me tomé las pastillas. perdón".
  unlessStory(rule("took-the-pills-sorry", "suicide_attempt", "en", `${TOOK_THE_PILLS_EN}(?: (?:already|just now|now|rn|an hour ago|tonight|at once|all at once|together))?\\n(?:${BARE_SORRY_EN})${PILLS_ORDINARY}`)),
  unlessStory(rule("es-me-las-tome-perdon", "suicide_attempt", "es", `${ME_LAS_TOME_ES}(?: (?:ya|de golpe|todas juntas|de una vez|hace rato|ahorita))?\\n${PERDON_ES}${PILLS_ORDINARY}`)),

  // Life insurance asked about a suicide: "does life insurance still pay if its... u know", "¿el seguro paga si uno se quita la vida?".
  rule("insurance-if-suicide", "preparatory_act", "en", `${PAYS_EN}\\b[^]{0,60}?\\b(?:if|when|for)\\b[^]{0,30}?\\b${IF_SUICIDE_EN}${SOMEONES_DEATH}`),
  rule("es-seguro-si-suicidio", "preparatory_act", "es", `${PAGA_ES}\\b[^]{0,60}?\\b(?:si|cuando|por|en caso de)\\b[^]{0,30}?\\b${SI_SUICIDIO_ES}${SOMEONES_DEATH}`),
  // A means acquired with its ordinary use denied: "put a deposit on a handgun. its not for protection", "been stacking my refills, not for using".
  rule("gun-not-for-defense", "preparatory_act", "en", `(?:${GUN_BOUGHT_EN}\\b[^]{0,120}?\\b${NOT_FOR_DEFENSE_EN})${GUN_SPORT}`),
  rule("es-arma-no-defensa", "preparatory_act", "es", `(?:${ARMA_COMPRADA_ES}\\b[^]{0,120}?\\b${NO_DEFENSA_ES})${GUN_SPORT}`),
  rule("stockpile-not-to-use", "preparatory_act", "en", `(?:${PILLS_CONTEXT_EN}${STOCKPILE_EN}|${STOCKPILE_NAMED_EN})\\b[^]{0,60}?\\b${NOT_TO_USE_EN}(?![^]{0,80}\\b(?:doctor said|doc said|travel\\w*|trip|vacation|hurricane|emergency kit|disposal|take back|drop off)\\b)`),
  rule("bought-beyond-use", "preparatory_act", "en", `${DRUG_CONTEXT}${BEYOND_USE_EN}\\b[^]{0,60}?\\b${NOT_PARTY_EN}`),
  rule("es-mas-de-lo-que-uso", "preparatory_act", "es", `${DRUG_CONTEXT}${MAS_DE_LO_QUE_ES}\\b[^]{0,60}?\\b${NO_PA_FIESTA_ES}|${JUNTANDO_ES}`),
  // Accounts left with someone who will "know what to do after": "passwords in an envelope for my brother, hell know what to do after".
  unlessProgramLife(rule("accounts-for-after", "preparatory_act", "en", `${ACCOUNTS_EN}\\b[^]{0,100}?\\b${KNOW_AFTER_EN}${STAY_AWAY}`)),
  unlessProgramLife(rule("es-cuentas-para-despues", "preparatory_act", "es", `${CUENTAS_ES}\\b[^]{0,100}?\\b${SABRA_ES}${STAY_AWAY}`)),
  // The last time someone sees the participant: "she doesnt know its the last time shell see me", "no sabe que es la última vez que me ve".
  unlessProgramLife(rule("last-time-seeing-me", "preparatory_act", "en", `${LAST_SEEN_EN}${LAST_SEEN_ORDINARY}${TRIP_AWAY}${NO_LAUGH}`)),
  unlessProgramLife(rule("es-ultima-vez-que-me-ve", "preparatory_act", "es", `${ULTIMA_VEZ_ES}${ULTIMA_VEZ_ORDINARIA}${TRIP_AWAY}${NO_LAUGH}`)),
];
