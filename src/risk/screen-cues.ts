/**
 * Screening cues, English and Spanish: words of dying, not waking up, means (pills, weapons,
 * rope, heights), goodbyes, being a burden, hopelessness. None of them is a crisis rule on its
 * own; on a text below crisis any of them sets `screen`, so the bot asks the direct question
 * ("are you thinking about killing yourself?"), which the C-SSRS screener and 988 guidance
 * say is safe to ask. Together with the rules they must catch every crisis text of the
 * labelled table, while staying rare on ordinary texts: the common idioms ("dying to see",
 * "killing it", "me muero de risa", "dead tired") and routine medication ("took my pills")
 * are carved out.
 */
import { NOT_SOGA_IDIOM } from "./grammar-es.ts";
import { SCOLDER, THING_THAT_KILLS } from "./lexicon.ts";
import { type RuleLang, unlessProgramLife } from "./types.ts";

/** One screening cue; `re` runs on normalized text like a rule. */
export interface ScreenCue {
  id: string;
  lang: RuleLang;
  re: RegExp;
  /** When true, a match near program-life words (program-life.ts) does not count. */
  unlessProgramLife?: boolean;
}

function cue(id: string, lang: RuleLang, source: string): ScreenCue {
  return { id, lang, re: new RegExp(`\\b(?:${source})(?![a-z0-9])`, "gm") };
}

/** Idioms after a death word: "dying to see", "die laughing", "dead tired", "my phone died". */
const DEATH_IDIOM_EN =
  "(?! (?:to (?:see|meet|try|get|go|know|hear|tell|have|eat)|of me|phone|battery|cell|car|end job|zone|spot|of (?:laughter|laughing|embarrassment|boredom|cringe|cuteness|hunger|thirst)|laughing|tired|serious|center|end|last|set|ass|lol|lmao|weight|battery|inside lol|down)\\b)";
const DEATH_OBJECT_EN = "(?<!(?:phone|battery|car|laptop|plant|plants|conversation|wifi|internet|charger|tv|engine|fish|goldfish|hype) (?:(?:is|was|just|has|s|about|bout|to|gonna|going|finna|almost|nearly|gonna) )*)(?<!\\b(?:legs|feet|foot|arms|calves|knees|thighs|back|hands|brain|voice|toes|glutes|quads|abs)(?: (?:have|has|are|is|just|officially|literally|totally|basically|pretty much|all|been|r))* )";
/** Placed after the death word: a pet or a relative died, told calmly ("my dog died this morning"). */
const SOMEONE_ELSE_DIED = "(?!(?: \\w+){0,4} (?:when i was (?:\\d+|a kid|little|young|small|a teen\\w*)|(?:\\d+|many|several|a few) years ago|in (?:19|20)\\d\\d)\\b)(?<!\\b(?:dog|dogs|cat|cats|pet|puppy|kitten|hamster|bird|grandpa|grandma|grandfather|grandmother|granny|uncle|aunt|cousin|neighbou?r)(?: (?:just|has|had|sadly|finally|peacefully))? (?:died|passed|dead))";

/**
 * Worn out by a workout, a shift or a cold, said as being dead: "leg day destroyed me, im dead",
 * "me pegó la gripa, estoy muerto". Only the bare "im dead" / "estoy muerto" is excused, placed
 * at the death word; "i want to be dead" after leg day still asks.
 */
const WORN_OUT_EN = "(?:leg day|arm day|chest day|workout|worked out|work out|gym|spin class|crossfit|cardio|boot ?camp|squats|burpees|deadlifts|hike|hiked|marathon|5k|10k|double shift|double|12 hour shift|flu|a cold|fever|covid|strep)";
const WORN_OUT_ES = "(?:gripa|gripe|resfriado|resfriada|calentura|fiebre|covid|gym|gimnasio|rutina|pierna|entrenamiento|entreno|crossfit|turno|doble turno|chamba|jale|desvelada|caminata)";
const NOT_WORN_OUT_EN = `(?<!\\b${WORN_OUT_EN}\\b[^]{0,60}\\b(?:im|i am|am|literally|officially|basically|so) dead)`;
const NOT_WORN_OUT_ES = `(?<!\\b${WORN_OUT_ES}\\b[^]{0,60}\\b(?:estoy|ando|quede|toy|bien|ando bien|estoy bien) muert[oa]s?)`;

/** A joke in the same clause ("lol", "jaja", "so funny", "laughed so hard"): the death word is an idiom. */
const JOKE_BEFORE = "(?<!\\b(?:lol|lmao|haha[a-z]*|jaja[a-z]*|jeje[a-z]*|jsjs[a-z]*|funny|laugh[a-z]*|hilarious|jokes?|bored|boring|so good|cute|delicious|clase|zumba|gym|ejercicio)\\b[^\\n]{0,40})";
/** The same in English, where a gym before is no joke ("after the gym i sat in my car wishing i was dead"); the bare "im dead" after a workout is NOT_WORN_OUT_EN's. */
const JOKE_BEFORE_EN = "(?<!\\b(?:lol|lmao|haha[a-z]*|jaja[a-z]*|jeje[a-z]*|jsjs[a-z]*|funny|laugh[a-z]*|hilarious|jokes?|bored|boring|so good|cute|delicious)\\b[^\\n]{0,40})";
const JOKE_AFTER = "(?![^\\n]{0,40}\\b(?:lol|lmao|haha[a-z]*|jaja[a-z]*|jeje[a-z]*|jsjs[a-z]*|jk|laughing|de risa)\\b)";

/**
 * A rope or a knife at work or at play, in the same clause: "jump rope", "tied the canoe down
 * with rope", "a pocket knife for camping", "saltar la cuerda", "amarramos la lancha".
 */
const TOOL_AT_PLAY_EN = "(?:jump|jumping|skip|skipping|climbing|tow|towing|tug of war|swing|boat|canoe|kayak|roof rack|tarp|tent|tie (?:down|up)|tied|tying|strap\\w*|lash\\w*|knot|knots|dog|leash|pocket|swiss army|butter|steak|bread|cake|pie|kitchen|chef|scouts?|camping|whittl\\w*|fishing|hunting|sharpen\\w*|cuts (?:great|good|well)|cooking|carving (?:the )?(?:turkey|pumpkin))";
const TOOL_AT_PLAY_ES = "(?:saltar|brincar|saltando|brincando|salta|brinca|jalar|amarr\\w*|atar|lancha|bote|canoa|carga|tendedero|tender|campamento|acampar|scouts?|pesca\\w*|cocina|cebolla|carne|pastel|regal\\w*|sandia|melon|fruta|pollo|verduras?|papas)";
const NOT_AT_PLAY_EN = `(?![^\\n]{0,50}\\b${TOOL_AT_PLAY_EN}\\b)(?<!\\b${TOOL_AT_PLAY_EN}\\b[^\\n]{0,50})`;
const NOT_AT_PLAY_ES = `(?![^\\n]{0,50}\\b${TOOL_AT_PLAY_ES}\\b)(?<!\\b${TOOL_AT_PLAY_ES}\\b[^\\n]{0,50})`;

export const SCREEN_CUES: readonly ScreenCue[] = [
  cue("screen-death-words", "en", `${JOKE_BEFORE_EN}${DEATH_OBJECT_EN}(?<!\\bcould )(?<!\\b(?:love|loves|loved|bored|scared|worried|freezing|tickled)\\b[^\\n]{0,25} to )(?:die|dying|died|dead${NOT_WORN_OUT_EN}|death|deaths|funeral|(?<!\\b(?:nada|algo|es|fue|muy|tan|mas|poco|nothing|no es|no fue) )(?<!\\b(?:his|her|their|[a-z]+s) )grave(?! (?:pero|nada|gracias)\\b)|to be gone|be gone|not be here|not exist|disappear forever|disappear|cease to exist|kill me(?<!\\b${THING_THAT_KILLS}(?: [a-z0-9]+){0,5} kill me)|killing me softly|end it|the end of me|end of the road)${SOMEONE_ELSE_DIED}(?<!\\b${SCOLDER}\\b[^\\n]{0,25} kill me)(?<!\\bfuneral(?= (?:is|was|will be|on|this|next|service|home|director|arrangements|for (?:my|his|her))\\b))(?<!death of me|to die(?= for))${DEATH_IDIOM_EN}(?! for\\b)${JOKE_AFTER}`),
  cue("screen-not-waking", "en", "(?:not|never|dont|didnt|wont|without) (?:want to |wanna )?wak(?:e|ing) up(?! (?:with|feeling|sick|hungover|sore|groggy|in pain|early|late|at|before|tired|hungry|starving)\\b)|(?<!\\bcould )sleep forever(?! after\\b)|go to sleep forever|eternal sleep|rest in peace|at peace finally|(?:be|finally be) at peace"),
  cue("screen-means", "en", `(?:rope|knife)${NOT_AT_PLAY_EN}(?! for (?!(?:me|myself|tonight|today|it|later|when)\\b))(?! (?:shop|show|class|set|block|sharpener|course|swing|climb|climbing|ladder|toy|bridge|safety)\\b)|(?<!\\b(?:nerf|water|squirt|toy|foam|bubble|paintball|airsoft|laser|cap|finger|glue|staple|nail|spray|heat|massage|blow ?dryer) )(?:gun|guns|pistol|handgun|revolver|glock|rifle|shotgun|bullets?|ammo|noose|razors?(?![^\\n]{0,50}\\b(?:shav\\w*|smooth|stubble|beard|wax\\w*)\\b)(?<!\\b(?:shav\\w*|stubble|beard)\\b[^\\n]{0,50})|blades?|ledge|rooftop|train tracks|(?<!\\b(?:died|passed|passed away|dead) (?:of|from) (?:an? |his |her |their )?)overdose|lethal|poison|bleach|(?:wrote|writing|left) (?:the|my) (?:note|letters?))(?! for (?!(?:me|myself|tonight|today|it|later|when)\\b))(?! (?:shop|show|range|safety|safe|class|license|control|laws?|violence|game|fight|sharpener|block|set|club|party|water|stains?|cleaner|course|swing|climb|climbing|ladder|toy|bridge|points?|journal|list)\\b)|(?:thinking|think|thought|looking|staring|stare|look|drove to|drive to|went to|standing on) (?:about |at |of |to )?(?:the |that |a )?(?:bridge|ledge|rooftop|train tracks|tracks)|(?<!\\b(?:news|article|paper|headline|headlines|report|documentary|podcast|movie|show|series|episode|ep|drama|kdrama|anime|book|novel|heard|read)\\b[^]{0,80})(?:jump|jumping|off|from|edge of) (?:the |a |that )?(?:bridge|ledge|rooftop|roof)|(?:bottle|stash|handful|bunch|pile|all|enough|saving|saved|hoarding|collecting) (?:of )?(?:my |the |those |these )?(?:pills|meds|medication|sleeping pills|painkillers|xanax|klonopin|valium|ativan|seroquel|ambien|oxys|percs|tylenol|insulin)(?! (?:as prescribed|this morning|today|on time|like (?:i|im) supposed to|at night|in the morning|with (?:food|dinner|breakfast|water)|every (?:day|night|morning)|daily|at bedtime|before bed)\\b)`),
  unlessProgramLife(cue("screen-goodbyes", "en", "(?:good ?bye(?![ \\n](?:for now|see you|see ya|till|until|talk|ttyl|have a|thanks|thank you)\\b)|farewell|bye forever|(?:sorry|forgive me) for everything|(?:tell|let) (?:my (?:kids|family|mom|son|daughter|wife|husband)|them|everyone) (?:i love (?:them|you)|im sorry)|take care of (?:my (?:kids|dog|cat|family|son|daughter)|them) for me|(?:letters?|notes?) for my (?:kids|family)|(?<!\\b(?:shes|hes|theyre|she is|he is|they are|she|he|they) )(?:gave|giving) away(?! (?:her|his|their|our|old|some old|the old)\\b)(?![^\\n]{0,40}\\b(?:goodwill|charity|donat[a-z]*|thrift|salvation army|church|shelter|old clothes|clothes that|stuff i dont|extra|if anyone wants|for free|free)\\b)|my will)")),
  // A decision or a night announced with nothing named, when the crisis rule saw an ordinary plan beside it.
  cue("screen-decision", "en", "(?:dont|do not|no point|no use|you cant|u cant|nobody can|no one can) (?:try(?:ing)? (?:to |and )?)?talk(?:ing)? me out of it|(?:tonight is|tonights) the night(?=$)"),
  cue("screen-burden", "en", "(?:a |such a |the )?burden|better off without me|(?:better|easier) (?:for everyone )?if i (?:was|were|wasnt|werent)|(?:nobody|no one|noone) (?:would|will) (?:miss|notice|care)|(?:nobody|no one|noone) (?:cares|loves me|needs me)|hate (?:my life|myself|being alive)|i hate me"),
  cue("screen-hopeless", "en", "(?:no|whats the|wats the|what is the) point|pointless|hopeless|no way out|no future|no hope|(?:give|giving) up(?! (?:drinking|smoking|using|alcohol|weed|cigarettes|vaping|sugar|coffee|caffeine|meat|soda|the \\w+|my seat|on (?:that|him|her|them))\\b)|gave up on|cant go on(?=$| (?:anymore|like this|living|with (?:this|life))\\b)|cant keep going|cant do this|cant take (?:it|this|anymore)|cant anymore|done with (?:everything|life|it all|this life|all of it)|tired of (?:everything|fighting|trying|being me|it all|living|life)|dark thoughts|(?:so|really|just) tired of|worthless|useless|failure|trapped|whats the use|no reason|not worth it|not worth (?:living|anything)|(?:want|need) (?:it|this|everything|the pain) to (?:stop|end)|do it (?:tonight|today|tomorrow|this weekend|soon|now)|go through with it|its time$|ready to go$|im ready$"),
  // ---- Spanish ----
  // A phone or a battery about to die: "se me va a morir el cel".
  cue("es-screen-muerte", "es", `${JOKE_BEFORE}(?:morir(?<!\\b(?:cel|celular|telefono|bateria|pila|compu|laptop|tablet)\\b[^\\n]{0,25}morir)(?! (?:el|mi|la) (?:cel|celular|telefono|bateria|pila|compu|laptop|tablet)\\b)|morirme|muera|muriera|muerte|muert[oa]s?${NOT_WORN_OUT_ES}|matarme|me mato|desaparecer|dejar de existir|(?:ya )?no despertar(?! (?:con|sin|tan|a (?:media|medianoche|las)|temprano|cruda|crudo|en la noche)\\b)|dormir para siempre|no estar|ya no estar|descansar para siempre|en paz por fin|irme para siempre|funeral|velorio|tumba)(?<!\\b(?:funeral|velorio)(?= (?:is|was|will be|on|this|next|service|home|director|arrangements|es|fue|sera|el|este|de (?:mi|su|el|la) (?:abuel|tio|tia|prim|vecin|amig)\\w*)\\b))(?! de (?:risa|hambre|sueno|cansancio|frio|calor|ganas|aburrimiento|verguenza|miedo|amor|pena|envidia|ternura|gusto|emocion|nervios|flojera|la (?:risa|pena|verguenza|emocion|flojera)|lo (?:rico|bueno|sabroso|bonito|lindo|chistoso|gracioso|aburrid[oa]|ridicul[oa]|emocionad[oa]|nervios[oa]|llen[oa]))\\b)${JOKE_AFTER}`),
  cue("es-screen-medios", "es", `(?:pienso|pensando|pense|pensar|mirando|viendo) (?:en |a )?(?:el|ese|un|aquel) puente|(?:borde|orilla|barandal) del puente|(?:cuerda|navaja|cuchillo)${NOT_AT_PLAY_ES}(?! (?:de juguete|de cocina|de tender|para tender|para colgar ropa)\\b)|${NOT_SOGA_IDIOM}(?<!\\b(?:murio|murieron|fallecio|fallecieron|se me fue|se nos fue|perdi a \\w+ \\w+|perdimos a \\w+ \\w+|muri[oa] \\w+) (?:de|por|en|con) (?:una )?)(?:pistola|arma|balas?|soga|cuchillas?|gillette|veneno|raticida|cloro|azotea|vias del tren|sobredosis)(?! (?:de juguete|de agua|para el pelo|de cocina|de tender|para tender|para colgar ropa)\\b)|(?:frasco|monton|punado|todas|guardadas|juntadas|escondidas|muchas) (?:de )?(?:mis |las )?(?:pastillas|pildoras|medicinas|chochos)(?! (?:de hoy|de la manana|a tiempo|como me (?:dijeron|indicaron))\\b)`),
  unlessProgramLife(cue("es-screen-despedida", "es", "(?:adios(?![ \\n](?:nos vemos|hasta|mananas?|luego|por ahora|gracias|cuidense|cuidate)\\b)|despedida|despedirme|perdon(?:enme)? por todo|perdonenme|cuiden a mis (?:hijos|perros?|gatos?)|(?:diganle|digan) a (?:mis hijos|mi familia|mi mama) que (?:los|la|l[oa]s) quiero|regale mis cosas|mi testamento)")),
  cue("es-screen-decision", "es", "(?:traten|trates|intenten|intentes) de convencerme|hoy es la noche(?=$)"),
  cue("es-screen-carga", "es", "(?:soy |una |la )carga|estarian mejor sin mi|mejor sin mi|nadie me (?:extranaria|quiere|necesita|va a extranar)|a nadie le importo|no (?:le|les) importo a nadie|odio mi vida|me odio"),
  cue("es-screen-sin-salida", "es", "no tiene sentido|sin sentido|sin salida|no hay salida|sin esperanza|no hay esperanza|no vale la pena|me rindo|rendirme|ya no puedo(?=$| mas\\b| con\\b| seguir\\b| vivir\\b)|no puedo mas|pensamientos oscuros|ideas oscuras|no aguanto(?! (?:el|la|los|las|a|al|este|esta|ese|esa|tu|su|mi|que|tanto)\\b)|cansad[oa] de (?:todo|vivir|luchar|la vida)|hart[oa] de (?:todo|vivir|la vida)|para que seguir|ya no quiero (?:nada|seguir)|que se acabe|lo voy a hacer (?:hoy|esta noche|manana)|ya es hora$|estoy list[oa]$"),
];
