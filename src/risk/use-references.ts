/**
 * Use told as an action on something named earlier, English and Spanish: a verb on a
 * pronoun or a count that refers back to a substance ("he had some blues and I took two of
 * them", "found an old bottle and finished it", "traía fenta y le di unos jalones"), and use
 * after an offer ("my cousin offered me a line and I didn't say no", "me ofreció perico y
 * acepté"). The rule matches at the verb, so negation is read where it belongs ("offered me a
 * beer but I didn't take it" stays clear); the antecedent is looked for up to 100 characters
 * back, across clause breaks.
 */
import { ALCOHOL, STREET } from "./lexicon.ts";
import { anyOf, rule, type RiskRule } from "./types.ts";

const U = "substance_use" as const;

/** Words that name a substance or its container, for a pronoun to refer back to. */
const ANTECEDENT_EN = anyOf(
  STREET, ALCOHOL, "pills", "bars", "stash", "bag", "baggie", "bottle", "case", "fifth", "pint", "handle", "line", "bump", "blunt",
  "joint", "pipe", "bong", "cart", "dab pen", "weed pen", "dealer", "plug", "connect"
);
const OFFER_EN = anyOf("offered", "offering", "offers", "offer", "gave me", "handed me", "passed me", "passed it", "passing it", "brought over", "pulled out", "put out", "shared", "invited me to");
/** Agreeing to an offer. */
const CONSENT_EN = anyOf(
  "caved", "gave in", "said yes", "didnt say no", "did not say no", "couldnt say no", "could not say no", "accepted", "joined in", "joined them",
  "partook", "took it", "took one", "took some", "took a hit", "hit it", "took a line", "did one", "did a line", "had one", "had some", "tried it"
);
/** A use verb on a pronoun or count: "took two of them", "finished it", "smoked it all". */
const ON_IT_EN =
  "(?:took|hit|smoked|did|drank|finished|killed|snorted|popped|tried|used|ate|shot|chugged|downed|got into|went through|polished off|split|shared|had)" +
  " (?:it|them|two|three|four|a few|a couple|some|one|half|most|all|the rest|\\d+)(?: of (?:it|them|those|these))?(?: all)?";

const ANTECEDENT_ES = anyOf(
  "mota", "perico", "coca", "cocaina", "cristal", "piedra", "chiva", "heroina", "manteca", "fenta", "fentanilo", "tachas?", "roches",
  "chochos", "pastas", "pastillas azules", "azulitas", "drogas?", "raya", "rayas", "pipa", "foco", "papel", "porro", "churro", "toque",
  "cervezas?", "chelas?", "caguamas?", "pistos?", "tragos?", "botella", "vino", "tequila", "ron", "mezcal", "whisky", "vodka", "six",
  "dealer", "transa", "conecte"
);
const OFFER_ES = anyOf("ofrecio", "ofrecieron", "ofrece", "ofrecen", "invito", "invitaron", "paso", "pasaron", "pasaba", "dio", "dieron", "saco", "sacaron", "traia", "traian", "convido", "convidaron");
const CONSENT_ES = anyOf(
  "acepte", "cai", "cedi", "no (?:le |les )?(?:dije|pude decir|pude decirle|supe decir) (?:que )?no", "le (?:di|dimos) (?:un |unos |una |unas )?(?:jalon|jalones|toque|toques|fumada|fumadas|trago|tragos|pase|pases|llegue|probada)",
  "le (?:entre|entramos|di|dimos)", "me (?:la|lo|las|los) (?:tome|fume|meti|bebi|acabe|termine|inyecte|servi)", "(?:la|lo|las|los) (?:probe|fume|use|tome|acabe|termine)"
);
const ON_IT_ES = "(?:me )?(?:tome|meti|fume|bebi|use|probe|acabe|termine) (?:dos|tres|cuatro|una|un|unas|unos|varias|varios|media|medio|\\d+)(?: (?:de (?:ellas|ellos|esas|esos)|mas))?";

export const USE_REFERENCE_RULES: RiskRule[] = [
  rule("use-after-offer", U, "en", `(?:\\b(?:(?:and|so|then|but) )?(?:i |we )?(?:just |finally |kinda |totally )?(?:${CONSENT_EN})(?! (?:to|with|at|for)\\b))(?<=\\b(?:${OFFER_EN})\\b[^]{0,160})`),
  rule("use-on-antecedent", U, "en", `(?:\\b(?:(?:and|so|then) )?(?:i |we )?(?:just |finally |kinda |totally )?(?:${ON_IT_EN}|${CONSENT_EN})(?! (?:to|with|at|for|off the)\\b))(?<=\\b(?:${ANTECEDENT_EN})\\b[^]{0,160})`),
  // "Some left over ... and I did it": a vague antecedent, so only verbs that name use.
  rule("use-on-leftover", U, "en", "(?:\\b(?:(?:and|so|then) )?(?:i |we )?(?:did|used|smoked|drank|snorted|shot|popped|took) (?:it|them|some|it all))(?<=\\b(?:some left|some leftover|left over|leftovers?|an old stash|my old stash|some stashed)\\b[^]{0,160})"),
  rule("es-uso-tras-oferta", U, "es", `(?:\\b(?:y )?(?:yo )?(?:${CONSENT_ES})\\b)(?<=\\b(?:${OFFER_ES}|${ANTECEDENT_ES})\\b[^]{0,160})`),
  rule("es-uso-antecedente", U, "es", `(?:\\b(?:y )?(?:yo )?${ON_IT_ES})(?<=\\b(?:${ANTECEDENT_ES})\\b[^]{0,160})`),
];
