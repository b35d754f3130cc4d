/**
 * Spanish reports of substance use or a lapse (level "urgent").
 *
 * "Tomar" means both "to drink" and "to take" ("tomé el bus", "tomé mis medicinas",
 * "tomé agua"), so "tomé" only counts at the end of a clause, before a time marker
 * ("tomé anoche") or before an alcoholic drink. "Fumé" alone counts (usually cannabis in
 * this population); "fumé un cigarro" does not, since tobacco is not tracked as a lapse.
 */
import { rule, type RiskRule } from "./types.ts";

const U = "substance_use" as const;

/** Time markers: "anoche", "el fin de semana", "otra vez". */
const CUANDO =
  "(?:anoche|ayer|hoy|antier|anteayer|esta manana|esta tarde|esta noche|el fin de semana|este fin(?: de semana)?|el finde|el fin|otra vez|de nuevo|en la fiesta|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la semana pasada|un poco|poquito|despues del grupo|con mis amigos|con unos amigos|en el bar|toda la noche|todo el dia|toda la tarde|hasta tarde|hasta el amanecer|hasta la madrugada)";

const ALCOHOL_ES =
  "(?:alcohol|licor|cervezas?|chelas?|cheves?|birras?|copas?|copitas?|tragos?|shots?|caguamas?|caguamones?|vinos?|tequilas?|whiskys?|whiskeys?|vodkas?|rones?|ron|mezcal(?:es)?|cubas?|micheladas?|pistos?|guaro|frias|bien frias|latas?|aguardiente|pulque|sangria|margaritas?|mojitos?|chupitos?)";

const CANTIDAD =
  "(?:unas?|unos|un|dos|tres|cuatro|cinco|seis|varias|varios|algunas|algunos|muchas|muchos|mucha|mucho|harta|harto|bastante|un chingo de|un chingo|un monton de|un buen de|una bola de|un par de|\\d+|otra|otro|mas|un poco de|una botella de|un vaso de|una copa de|una lata de|un six de|un doce de|medio palo de|un palo de|media botella de|medio litro de|un litro de|una caja de|media|medio|toda la botella de|una pinta de)";

/** Drinks that make "tomé/bebí" harmless. */
const NO_ALCOHOL_ES =
  "(?! (?:(?:mucha|mucho|un|una|unos|unas|el|la|mi|mis|poca|poco|un vaso de|una taza de|un poco de|una botella de) )?(?:agua|cafe|cafecito|te|jugo|refresco|leche|soda|coca cola|coca|atole|chocolate|medicinas?|medicamentos?|pastillas?|el bus|el autobus|el camion|el metro|el tren|un taxi|una decision|nota|fotos?|sol|aire|suero|electrolitos|cerveza sin alcohol)\\b)";

/** Drugs and slang, Mexican/Central American/Caribbean/Spain. */
const DROGA =
  "(?:mota|motita|marihuana|hierba|yerba|porros?|manteca|roches|rufis|reinas|clonas|pastas|azulitas|pastillas azules|m30s?|polvo|nieve|merca|farlopa|base|hielo|vidrio|fenty|un porro|churros? de mota|un churro de mota|un toque|toques|cristal|piedra|crack|perico|coca(?! cola)|cocaina|heroina|chiva|fentanilo|fenta|tachas?|extasis|lsd|acido|hongos alucinogenos|hongos magicos|ketamina|chochos|drogas?|una raya|rayas|unas rayas|un pase|pases|unos pases|una linea|lineas|unas lineas|un pericazo|un gallo|foco|metanfetamina|popper|inhalantes|thinner|activo|resistol|pastillas que no (?:eran|son|era|es) mias?|perlas)";

/** What one is "back on" ("otra vez en el perico", "volví a la botella"): never everyday nouns such as "nieve" or "pipa", nor "pastillas", which may be prescribed. */
const BACK_ON_ES =
  "perico|coca(?! cola)|cocaina|cristal|piedra|crack|chiva|heroina|fenta|fentanilo|foco|mota|droga|drogas|azulitas|tachas|vicio|trago|pisto|chupe|alcohol|botella|guaro|chelas?|cervezas?|peda";

export const USE_RULES_ES: RiskRule[] = [
  // Relapse vocabulary: "recaí", "he recaído", "tuve una recaída", "volví a tomar".
  // "Me puse" is also "I put on": only a time or old company right after it makes it getting high ("me puse ayer con los de antes").
  rule("es-me-puse", U, "es", `me (?:puse|pongo|volvi a poner)(?=(?: (?:${CUANDO}|otra vez|de nuevo))+(?:$| (?:con|y|bien)\\b)| con (?:los|las|mis) (?:de antes|compas de antes|amigos de antes|cuates))`),
  rule("es-recai", U, "es", "recai(?:do|mos)?|tuve (?:una |otra |mi )?recaida|tuve un (?:desliz|tropiezo)|(?:volvi|he vuelto|volvimos) a (?:caer|recaer|tomar|beber|consumir|drogarme|fumar|usar|meterme|inyectarme)|perdi mi (?:sobriedad|tiempo limpi[oa])|(?:empece|empezar) de cero otra vez|volvi al dia (?:uno|1)|(?:tuve|hice|hubo) (?:un |una )?(?:relapse|slip|lapse|recaidita)|relapsie|(?:^|yo |ya |si |pues |bueno )(?:use|consumi)(?: (?:otra vez|de nuevo|ayer|anoche|hoy))?$"),
  rule("es-drogue", U, "es", "me droge|me drogue|me he drogado|me estuve drogando|(?:estaba|estoy|andaba|ando|estuve) drogad[oa]|me (?:meti|inyecte|inyecto|eche)(?: (?:una|un|algo de|un poco de))? (?:droga|algo|coca|cocaina|perico|cristal|heroina|chiva|piedra|una raya|un pase|un toque|pastillas|fentanilo)|me inyecte(?! (?:insulina|la vacuna|vitamina)\\b)|esnife|inhale (?:thinner|activo|resistol|cemento)"),
  // "consumí": a lapse unless the object is food ("consumí mucha azúcar").
  rule("es-consumi", U, "es", "(?:consumi|he consumido|estuve consumiendo|sigo consumiendo|empece a consumir|estoy consumiendo)(?! (?:mucha |mucho |poca |poco )?(?:comida|azucar|agua|cafe|frutas?|verduras|calorias|proteina|datos|energia|internet)\\b)"),
  // "tomé": only with a time marker, at the end, or with alcohol after it.
  rule("es-tome", U, "es", `(?:tome|me tome|bebi|me bebi|he tomado|he bebido|chupe|chupamos|chupaba|chupabamos|pistie|pisteamos|tomamos|bebimos|me eche|me empine|me chingue|me aviente|me tumbe|me servi)(?=$| ${CUANDO}\\b| (?:${CANTIDAD} )?${ALCOHOL_ES}\\b| (?:mucho|demasiado|bastante)$)${NO_ALCOHOL_ES}`),
  rule("es-tomando", U, "es", `(?:estuve|estaba|estoy|sigo|ando|andaba|empece a|me puse a) (?:tomando|bebiendo|chupando|pisteando)(?=$| ${CUANDO}\\b| (?:${CANTIDAD} )?${ALCOHOL_ES}\\b| (?:mucho|demasiado|bastante|otra vez|de nuevo|todo el dia|toda la noche)\\b)`),
  rule("es-borracho", U, "es", `me (?:arrebate|endrogue|empede|enfieste|ponche|prendi|puse hasta las chanclas|fui de peda|fui de parranda|fui de farra|fui de juerga|fui de copas|fui de fiesta y (?:tome|me puse))|nos fuimos de (?:peda|parranda|farra|juerga|copas)|anduve (?:de peda|pedo|tomando|borrach[oa]|de fiesta tomando)|(?:estaba|estoy|toy|andaba|ando|quede|termine|acabe|bien) (?:jum[oa]|jumao|jumad[oa]|arrebatad[oa]|arrebata[oa]|empedad[oa]|pedisim[oa]|enfiestad[oa]|hasta atras|hasta las chanclas)|me emborrache|me pase de (?:copas|tragos)|(?:me puse|nos pusimos|me pongo|nos ponemos) (?:bien |muy |algo )?(?:borrach[oa]s?|pedos|hasta atras|pedo|ped[oa]|hasta atras|ebri[oa]|high|loc[oa] con|hasta el tope)|(?:estoy|toy|estaba|andaba|ando|andamos|andabamos|anduve|anduvimos|estuve|estuvimos|quede|termine|llegue|amaneci) (?:bien |muy |un poco |algo |super |medio |re )?(?:(?:jalad[oa]s?|bol[oa]s?|a verga)(?! (?:de|con|por) (?:trabajo|chamba|jale|tareas?|deudas|pendientes|cosas|sueno|hambre)\\b)|borrach[oa]s?|ebri[oa]s?|pedos?|pist[oa]s?|pistead[oa]|crud[oa]|volad[oa]|pachec[oa]|grifo|grifa|high|prendid[oa]|pasad[oa] de copas|entonad[oa]|tomad[oa]|pasad[oa])|(?:tengo|con) (?:una )?(?:cruda|resaca|guayabo|ratonera)` +
    // The drunkenness as a thing caught (Caribbean "agarré tremendo jumo", "cogí una pea") and drinks "given oneself" ("me di unos palos").
    `|(?:agarre|agarramos|cogi|cogimos|pesque|me puse|nos pusimos|traia|traigo) (?:un |una |tremendo |tremenda |un buen |una buena |senor |senora |flor de )+(?:jumo|jumeta|juma|pea|borrachera|peda|papalina)` +
    `|(?:me di|me he dado|me estuve dando|me eche|nos dimos|nos echamos|nos estuvimos dando) (?:unos |un par de |dos |tres |cuatro |varios |otros |unos cuantos |mis )(?:palos|palitos|tragos|traguitos|fogonazos|shots|chupitos)|(?:me di|nos dimos|me eche) un (?:palo|trago) de ${ALCOHOL_ES}`),
  // "Fumé" alone counts; tobacco and food do not.
  rule("es-thc", U, "es", "(?:vapee|vapie|vapeando|vapeo|estuve vapeando|me comi|comi|me eche|probe|fume|me di un jalon (?:al|del)|le di (?:al|a la)) (?:un |una |unas |unos |dos |tres |mi |el |la |las |los )?(?:cartucho|cartuchos|carrito|carritos|pluma|vape|gomitas?|brownies?|galletas?|chocolates?|comestibles?|dab|dabs|cera|aceite)(?: de)? (?:thc|mota|marihuana|cannabis|delta 8|delta ?9)|(?:vapee|vapie|vapeando|estuve vapeando|me comi|comi) (?:\\w+ )?(?:thc|delta 8|mota)"),
  rule("es-fume", U, "es", "(?:fume|he fumado|estuve fumando|volvi a fumar)(?! (?:un |unos |unas |mis |el |la |una |tabaco|mucho tabaco)?(?:cigarros?|cigarrillos?|tabaco|vape|vapeador|puros?|pipa de agua|hookah|narguile|salmon|carne|pescado|cajetilla|cigarro electronico)\\b)|fumando (?:mota|marihuana|hierba|porros?|un porro|churros?|cristal|piedra|crack|foco)"),
  rule("es-droga", U, "es", `(?:consumi|use|probe|me meti|meti|fume|compre|consegui|me inyecte|inhale|esnife|me eche|me tome|tome|me fume|le di a|me jale|jale|nos jalamos|me aspire|me di|nos dimos) (?:${CANTIDAD} |un gramo de |una bolsita de |un poco de |la |el |los |las |mas )?${DROGA}`),
  // Recovery's own words and "back on it": "me fui de boca el sabado", "otra vez en el perico", "volví a la botella".
  rule("es-de-boca", U, "es", `(?:me fui|nos fuimos|me volvi a ir|me he ido) de boca(?=$| (?:${CUANDO}|con (?:el|la|las|los|unas|unos) \\w+|en (?:la|el) (?:fiesta|bar|peda|cantina|parranda))\\b)|(?:otra vez|de nuevo|ya|volvi|regrese|cai|volvi a caer|estoy|toy|ando|andaba|sigo)(?: otra vez| de nuevo)? (?:en|a) (?:el|la|las|los) (?:${BACK_ON_ES})(?! de (?:agua|jugo|leche|refresco)\\b)`),
  // A first drink that grew: "unas chelas se volvieron como 20", "una copa terminó en la botella".
  rule("es-se-volvieron", U, "es", `(?:${CANTIDAD} )?${ALCOHOL_ES} (?:se (?:volvieron|volvio|hicieron|hizo|convirtieron|convirtio) en|se (?:volvieron|hicieron)|terminaron (?:siendo|en)|termino (?:siendo|en)|acabaron (?:siendo|en)|acabo (?:siendo|en)) (?:(?:${CANTIDAD}|como|toda|todo|todas) )*(?:\\d+|${ALCOHOL_ES}|la botella|el six|la caja|(?:la|una) peda|la noche|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)\\b`),
  rule("es-pastillas", U, "es", "pastillas? que no (?:era|eran|es|son) mias?|(?:pastillas|medicinas|medicamentos) de (?:otra persona|alguien mas|mi (?:mama|papa|amig[oa]|herman[oa]|abuel[oa]|pareja|espos[oa]|tia|tio))|mas (?:pastillas|medicina|dosis) de (?:las|la|lo) (?:recetadas?|que me recetaron|indicad[oa]s?|que me (?:dieron|mandaron))|doble dosis"),
  rule("es-le-di", U, "es", `(?:le|les) (?:di|daba|estuve dando|dimos|entre|entramos|volvi a entrar|volvi a dar|estoy dando|sigo dando) (?:duro |(?:unos |un |varios |dos |tres |otros )?(?:jalones?|toques?|fumadas?|tragos?|pases?|llegues?|golpes?) )?(?:al|a la|a las|a los|a|con el|con la) (?:${DROGA}|${ALCOHOL_ES}|foco|pipa|chupe|pisto|botella|trago|jeringa|cuete|papel)`),
  rule("es-recaida-dia-uno", U, "es", "(?:otra vez|de nuevo|volvi al|volver al|estoy en el|regrese al|empezar en el) (?:en el )?dia (?:uno|1|cero|0)|dia (?:uno|1|cero|0) (?:otra vez|de nuevo)|perdi (?:mi|mis) (?:fecha|tiempo|sobriedad|dias|meses|chip)|(?:cai|volvi a caer|recai) (?:otra vez|de nuevo)|volvi a las andadas|(?:ficha|fichita|chip|moneda) blanc[oa] (?:otra vez|de nuevo|manana|hoy)|otra (?:vez )?(?:ficha|fichita|chip|moneda) blanc[oa]|(?:contador|conteo|cuenta de dias|dias|app)(?: de dias)? (?:otra vez |de nuevo )?(?:en|a) (?:cero|0)|(?:reinicie|resetee|reinicio) (?:mi |el )?(?:contador|conteo|cuenta de dias)|(?:fui|me meti|entre|me fui) (?:a|en) (?:la licoreria|el deposito|la vinateria|el expendio|el dispensario|la tiendita por (?:chelas|cervezas|un pomo))(?! (?:y|pero) no\\b| por (?:hielo|refrescos?|agua|botanas|cigarros|hielos|vasos)\\b)|me (?:pique|pinche|inyecte|pico|pincho)(?=$| (?:otra vez|de nuevo|anoche|ayer|hoy|el fin|en el bano)\\b)"),
  // A dose taken from what was bought or handed over: "compré una bolsita y me la metí", "conseguí una grapa y me la metí".
  rule("es-me-la-meti", U, "es", "me (?:la|las|lo|los) (?:meti|jale|esnife|inyecte|fume|aspire|pase)(?<=\\b(?:bolsita|bolsa|grapa|grapita|raya|rayita|linea|perico|coca|cocaina|cristal|foco|piedra|chiva|pasta|tacha|chochos|roches|porro|churro|toque|fenta|pase|papel|cuarto|gallo)\\b[^]{0,80})"),
  // Pills taken from a relative and swallowed: "le agarré unas pastillas a mi tía, me tomé 2", "le robé unos chochos a mi abuela y me los tomé".
  rule("es-pastillas-ajenas", U, "es", "(?:le |les )?(?:agarre|robe|tome|saque|quite|baje|vole|clave|bajamos|agarramos) (?:\\w+ ){0,2}?(?:pastillas|medicinas|medicamentos|chochos|calmantes|pildoras|roches|pastas)(?: \\w+){0,4}? (?:a|de|del botiquin de|del cajon de) (?:mi|mis) (?:mama|papa|abuel[oa]s?|herman[oa]s?|amig[oa]s?|pareja|espos[oa]|tia|tio|tios|roomie|novi[oa]|prim[oa]s?|jefa|jefe|suegr[oa]|vecin[oa]|cunad[oa]|sobrin[oa]|hij[oa])\\b[^]{0,60}?\\bme (?:tome|trague|meti|eche|las tome|los tome|la tome|lo tome|las trague|los trague)"),
  rule("es-mas-de-lo-recetado", U, "es", "(?:tome|me tome|use|he tomado|estoy tomando|me meti) (?:mas|el doble de|doble|el triple de) (?:\\w+ ){0,2}(?:de (?:lo|las|la|los) (?:que )?(?:me )?(?:recetaron|recetado|indicaron|indicado|dijeron|mandaron|dieron|toca|tocaba)|que lo recetado|de la dosis)|(?:pastillas|medicinas|medicamentos|pildoras|calmantes|chochos)(?: \\w+){0,4} de mi (?:mama|papa|abuel[oa]|herman[oa]|amig[oa]|pareja|espos[oa]|tia|tio|roomie|novi[oa]|prim[oa]|jefa|jefe|suegr[oa])"),
  rule("es-compre", U, "es", `(?:compre|consegui|fui a comprar|pase a comprar) (?:${CANTIDAD} )?(?:${ALCOHOL_ES}|${DROGA}|una botella(?! de (?:agua|jugo|refresco|leche|aceite)\\b)|un six|un doce)|(?:llame|le hable|le escribi|fui|vi|busque) (?:a|con) mi (?:dealer|dealer de antes|proveedor|conecte|transa|camello)`),
];
