/**
 * The Spanish grammar the crisis rules are built from, the counterpart of grammar-en.ts.
 * Spanish states an act with a clitic pronoun, before the verb or attached to it, and in the
 * periphrastic or the simple future: "me voy a tomar", "voy a tomarme", "me las voy a tomar",
 * "me tomare", "me las tomo todas esta noche". Each verb class is spelled in those forms once.
 * All entries are normalized text: lower case, no accents ("tomaré" -> "tomare").
 */
import { anyOf } from "./types.ts";

/** Intent lead-ins before an infinitive: "voy a", "ya decidi", "estoy a punto de". */
export const VOY_A = anyOf(
  "voy a", "me voy a", "te voy a", "ya voy a", "decidi", "ya decidi", "he decidido", "estoy a punto de", "tengo que", "ya es hora de"
);

/** Lead-ins of thoughts about an act without stated intent: "quiero", "pienso en", "tengo ganas de". */
export const QUIERO_A = anyOf(
  "quiero", "me quiero", "kiero", "quisiera", "pienso", "pienso en", "estoy pensando en", "he pensado en", "pensando en",
  "tengo ganas de", "me dan ganas de", "ganas de", "necesito", "me urge", "debo", "deberia", "podria", "me gustaria", "si"
);

/** Pills and medication as a means. */
export const PASTILLAS = anyOf(
  "pastillas?", "pildoras?", "medicinas?", "medicamentos?", "tabletas?", "capsulas?", "chochos", "pastas", "clonazepam",
  "xanax", "rivotril", "tafil", "paracetamol", "tylenol", "aspirinas?", "insulina", "antidepresivos", "somniferos", "frasco", "caja"
);

/** Amounts that make taking pills an act, not a dose. */
export const TODAS = anyOf(
  "tod[ao]s? (?:(?:las|los|mis|esas|estas|el|la) )?(?:(?:frasco|bote|caja|paquete)(?: enter[oa])? de )?(?:(?:mis|las|los) )?",
  "(?:el|la|un|una) (?:frasco|bote|caja|paquete|puno|punado|monton)(?: enter[oa])? de (?:(?:mis|las|los) )?",
  "(?:muchas|demasiadas|un chingo de|como \\d+|\\d\\d+) "
);

/** Poisons and caustics swallowed as a method, with regional names (clorox, gramoxone, la pastilla del frijol). */
export const VENENO = anyOf(
  "cloro", "clorox", "clorex", "blanqueador", "lejia", "raticida", "matarratas", "mata ratas", "veneno(?: (?:para|pa|de) (?:las |los )?(?:ratas|ratones|cucarachas|hormigas|plagas|bichos))?",
  "anticongelante", "destapacanos", "destapa canos", "liquido (?:para|pa) destapar(?: \\w+)?", "sosa caustica", "soda caustica", "insecticida", "pesticida", "herbicida", "plaguicida",
  "gramoxone", "paraquat", "(?:la )?pastilla (?:del|para el|pa el|de) frijol", "fosfuro", "baygon", "creolina", "acido muriatico", "thinner", "tiner", "mata ?hierbas?", "amoniaco"
);

/** Weapons, ligatures, blades and places of a method. */
export const ARMA = anyOf("pistola", "arma", "revolver", "escopeta", "rifle", "cuete", "fusca", "fierro", "balas?");
export const SOGA = anyOf("cuerda", "soga", "cinturon", "mecate", "lazo", "cable");
/**
 * "Echarse la soga al cuello", to take on a marriage or a debt: the idiom needs the verb and,
 * in the text, what was taken on. Placed at "soga", it looks back for the verb and around for
 * the marriage, loan or laugh.
 */
export const NOT_SOGA_IDIOM =
  "(?:(?!soga al cuello)|(?<!\\b(?:echo|eche|echa|echar|echarse|echarme|echarte|echaron|echamos|echaste|puso|puse|ponerse)(?: (?:solit[oa]|sol[oa]|ya|bien))? la )|(?![^]{0,100}\\b(?:casa|casar\\w*|boda|prestamo|credito|deuda|hipoteca|matrimonio|tarjeta|compromiso|anillo|jaja\\w*|jeje\\w*)\\b)(?<!\\b(?:casa|casar\\w*|boda|prestamo|credito|deuda|hipoteca|matrimonio|tarjeta|compromiso|anillo|jaja\\w*|jeje\\w*)\\b[^]{0,100}))";
export const ALTURA = anyOf("puente", "edificio", "techo", "azotea", "balcon", "barranco", "precipicio", "ventana", "segundo piso", "tercer piso", "paso a desnivel");

/**
 * Infinitives of a fatal act with an attached clitic ("tomarme", "tirarme", "colgarme"),
 * used after VOY_A ("voy a tomarme todas") and in the bare infinitive.
 */
export const ACTO_INF = anyOf(
  `tomarmel[ao]s? (?:tod[ao]s?)?`, `(?:tomarme|tragarme|meterme|echarme|bebermel[ao]s?) ${TODAS}(?:${PASTILLAS})?`,
  "matarme", "suicidarme", "quitarme la vida", "ahorcarme", "colgarme", "envenenarme", "ahogarme", "dispararme", "balearme",
  "pegarme un (?:tiro|balazo)", "darme un (?:tiro|balazo)", "volarme la cabeza", "cortarme las venas", "cortarme el cuello",
  `(?:tirarme|aventarme|lanzarme|arrojarme|saltar|brincar) (?:de|del|desde|por) (?:un |una |el |la |ese |esa |este |esta |mi )?(?:${ALTURA})`,
  "(?:tirarme|aventarme|lanzarme|arrojarme|atravesarme) (?:al|a las|a las vias del|frente al|enfrente del|enfrente de un|frente a un|debajo de un|bajo un) (?:tren|metro|camion|carro|coche|trafico|vias)",
  "estrellar(?:me| el carro| el coche)", "sobredosificarme", "acabar con (?:mi vida|todo|esto)(?! de| con)", "terminar con (?:mi vida|todo)(?! de| con)",
  `usarla (?:contra|en) mi|usarla conmigo|pegarme con (?:la|el) (?:${ARMA})`
);

/**
 * The same acts in finite reflexive forms, present, future or with the clitic before the
 * periphrasis: "me tomo todas", "me las voy a tomar", "me tomare el frasco", "me tiro del
 * puente", "me cuelgo", "me pego un tiro", "me mato".
 */
export const ACTO_FIN = anyOf(
  `me (?:las|los|la|lo) (?:voy a |vo a )?(?:tomo|trago|tomare|tragare|tome|tomar|tragar|bebo|beber|bebere) (?:tod[ao]s?|de (?:golpe|una vez)|esta noche|hoy)`,
  `me (?:voy a )?(?:tomo|trago|tomare|tragare|tomar|tragar|meto|meter|metere) ${TODAS}(?:${PASTILLAS})`,
  "(?:esta noche|hoy|manana|ahorita|ya|al rato) me (?:las|los) (?:tomo|trago|tomare|tragare|voy a tomar|voy a tragar|bebo)",
  "me (?:voy a |vo a |quiero |kiero |pienso |tengo ganas de |dan ganas de |gustaria |podria |deberia |puedo |tengo que |necesito )?(?:tirar|aventar|lanzar|arrojar|colgar|ahorcar|suicidar|disparar|envenenar|cortar las venas|quitar la vida)(?: (?:de|del|desde|por|al|a las|a la|frente al|bajo el|debajo del) (?:un |una |el |la |ese |esa |este |esta )?\\w+(?: \\w+)?)?",
  "(?<!\\b(?:el|la|los|las|ese|esa|mi|tu|su|del|al) \\w+(?: de \\w+)? )me (?:voy a )?(?:mato|matare|matar|suicido|suicidare|suicidar|ahorco|ahorcare|ahorcar|cuelgo|colgare|colgar|envenenare|envenenar|disparo|disparare|disparar)(?! de (?:risa|hambre|sueno|cansancio|trabajo))",
  "me (?:voy a )?(?:pego|pegare|pegar|doy|dare|dar|echo|echare|echar) un (?:tiro|balazo|plomazo)",
  `me (?:voy a )?(?:tiro|tirare|tirar|aviento|aventare|aventar|lanzo|lanzare|lanzar|arrojo|arrojare|arrojar) (?:de|del|desde|por|al|a las|frente al|bajo el|debajo del) (?:un |una |el |la |ese |esa |este |esta )?(?:${ALTURA}|tren|metro|camion|carro|coche|trafico|vias)`,
  "me (?:voy a )?(?:estrello|estrellare|estrellar|impacto|impactare|impactar) (?:contra|con) (?:un|una|el|la) (?:trailer|camion|tren|pared|muro|arbol|poste|puente|carro|coche|trafico)",
  "me (?:voy a )?(?:corto|cortare|cortar) las venas", "me (?:voy a )?(?:quito|quitare|quitar) la vida",
  "(?:acabare|terminare|voy a acabar|voy a terminar) con (?:mi vida|todo)(?! de| con)", "(?:la|lo) (?:voy a )?usar(?:e)? (?:contra|en) mi"
);
