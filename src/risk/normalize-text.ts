/**
 * Text normalization for risk matching.
 *
 * Every rule in this folder is written against the output of `normalizeForRisk`, so the
 * rules only have to spell one form of each phrase:
 *   - lower case, accents removed ("Quitarme la VIDA" -> "quitarme la vida", "recaí" -> "recai");
 *   - apostrophes deleted, because texters drop them anyway ("don't" / "dont" -> "dont");
 *   - clause punctuation (. , ; : ! ? ¿ ¡ newlines) becomes a line break, so a rule never
 *     spans two clauses and "No, quiero morir" is not read as the denial "no quiero morir";
 *   - every other symbol and emoji becomes a space, runs of spaces collapse to one;
 *   - leetspeak letters between letters are decoded ("k1ll" -> "kill", "m3th" -> "meth");
 *   - laughing emoji become the word "lol", so idiom carve-outs see the joke ("im dead 😂");
 *   - texting shorthand that hides a rule's words is spelled out: "imma" -> "im gonna",
 *     "idk" -> "i dont know", Spanish "q" -> "que", "pa" -> "para", "pal" -> "para el",
 *     "xq" / "xk" / "porq" -> "porque", "w/o" -> "without"; a dropped final g on the verbs rules read ("breathin", "usin", "dyin").
 *
 * Stretched words ("diiiie", "killlll") are handled by `riskVariants`, which returns the text
 * with letter runs of 3+ cut to two letters and, separately, to one letter. A rule matching
 * either variant counts.
 *
 * All replacements are single-pass regexes with no nested quantifiers: linear in input size.
 */

/** Characters that end a clause. */
const CLAUSE_BREAK = /[.,;:!?¡¿…\n\r\u2028\u2029]+/g;

/** Apostrophe look-alikes that phones and keyboards produce. */
const APOSTROPHES = /['\u2018\u2019\u201b\u02bc\u00b4`]/g;

/** Leetspeak digits/symbols, decoded only when they sit between two letters. */
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};
const LEET_BETWEEN_LETTERS = /(?<=[a-z])[013457@$](?=[a-z])/g;

/**
 * "OD'd" must be read as "overdosed" before apostrophes are dropped, otherwise it would
 * collide with the ordinary word "odd".
 */
const OD_WITH_APOSTROPHE = /\bod'(?:d|ed)\b/g;
const OD_ING = /\bod'?(?:ing|in)\b/g;

const ASCII = /^[\x00-\x7f]*$/;

/** Laughing emoji, read as "lol" (they are dropped with the other symbols otherwise). */
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}]/gu;

/** "w/o" is "without" ("better w/o me"); the slash would otherwise split it into two letters. */
const WITHOUT = /\bw\/o\b/g;

/** Shorthand spelled out, whole words only (applied after punctuation became spaces). */
const SHORTHAND: Record<string, string> = {
  imma: "im gonna",
  ima: "im gonna",
  idk: "i dont know",
  q: "que",
  pa: "para",
  pal: "para el",
  xq: "porque",
  xk: "porque",
  pq: "porque",
  porq: "porque",
  n: "and",
  r: "are",
};
// The text holds only letters, digits, spaces and line breaks here, so \b is a word edge.
const SHORTHAND_WORD = /\b(?:imma|ima|idk|q|pa|pal|xq|xk|pq|porq|n|r)\b/g;
/** A partner named without "my", as texters do ("bf pushed me"): read as "my bf". */
const BARE_PARTNER = /(?<!\b(?:my|his|her|your|ur|their|our|the|a|an|mi|tu|su|ex|new|old|her ex|his ex) )\b(bf|gf|boyfriend|girlfriend|hubby|husband|wife)\b/g;
const DROPPED_G = /\b(breath|us|drink|smok|cutt|dy|think|kill|try|go|feel|hurt|tak|tripp|tweak|nodd|snort|shoot|hang|jump|wak|respond|mov|do)in\b/g;

export function normalizeForRisk(input: unknown): string {
  if (typeof input !== "string" || input.length === 0) return "";
  // NFD and mark stripping change nothing in ASCII text, which most messages are.
  let text = ASCII.test(input) ? input.toLowerCase() : input.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  if (!ASCII.test(input)) text = text.replace(LAUGHING, " lol ");
  text = text.replace(APOSTROPHES, "'").replace(WITHOUT, "without");
  text = text.replace(OD_WITH_APOSTROPHE, "overdosed").replace(OD_ING, "overdosing");
  text = text.replace(LEET_BETWEEN_LETTERS, (ch) => LEET[ch] ?? ch);
  text = text.replace(/'/g, "");
  text = text.replace(CLAUSE_BREAK, "\n");
  // Anything that is not a letter, digit or clause break separates words.
  text = text.replace(/[^\p{L}\p{N}\n]+/gu, " ");
  text = text.replace(SHORTHAND_WORD, (w) => SHORTHAND[w] ?? w).replace(DROPPED_G, "$1ing");
  text = text.replace(BARE_PARTNER, "my $1");
  // Tidy: no spaces around line breaks, no empty lines, no leading/trailing blanks.
  text = text.replace(/ *\n[\n ]*/g, "\n").trim();
  return text;
}

/**
 * The verbs of the fatal acts (grammar-en.ts) in their -ing form, and their base form. The
 * acts are written with base verbs after a lead-in ("im going to drive off"); texters announce
 * them in the present progressive ("im driving off the overpass") or with no subject at all
 * ("walking into the lake"), which reads as the speaker, now.
 */
const ACT_ING: Record<string, string> = {
  driving: "drive", walking: "walk", stepping: "step", jumping: "jump", leaping: "leap", crashing: "crash", swallowing: "swallow",
  hanging: "hang", shooting: "shoot", slitting: "slit", steering: "steer", swerving: "swerve", flooring: "floor", throwing: "throw",
};
const ACT_ING_WORD = /\b(?:driving|walking|stepping|jumping|leaping|crashing|swallowing|hanging|shooting|slitting|steering|swerving|flooring|throwing)\b/;
const ACT_ING_ALL = new RegExp(ACT_ING_WORD.source, "g");
/** A clause that starts with one of those verbs has left out "im". */
const ACT_ING_AT_CLAUSE_START = new RegExp(`(^|\\n)(?=${ACT_ING_WORD.source.replace(/^\\b/, "")})`, "g");

/** Words that end in "ao" and are no participle: laughter, a greeting, foods and places. */
const NOT_PARTICIPLE = "(?!(?:lmao|lmfao|lmaoo|ciao|tao|cacao|bacalao|callao|macao)\\b)";
/**
 * Caribbean and Andalusian speech as it is texted: "-ado" worn to "-ao" ("cansao", "tomao",
 * "ahorcao"), "toa" and "na" for "toda" and "nada", and the infinitive's final r dropped after a
 * verb that takes one ("me quiero mori", "me voy a mata").
 */
const ELIDED_PARTICIPLE = new RegExp(`\\b${NOT_PARTICIPLE}([a-z]{2,})ao(s?)\\b`, "g");
const ELIDED_WORD = /\b(?:toa|toas|na)\b/g;
const ELIDED: Record<string, string> = { toa: "toda", toas: "todas", na: "nada" };
/** Words after those verbs that end like a worn infinitive but are none: "quiero que", "voy a esa", "ganas de nada". */
const NOT_INFINITIVE = "(?!(?:que|una|esa|esta|ese|este|ella|ellas|nada|toda|todo|casa|cama|misa|junta|escuela|iglesia|playa|tienda|chamba|pega|fiesta)\\b)";
const DROPPED_R = new RegExp(
  `\\b((?:quiero|quisiera|quieres|voy a|vamos a|va a|pienso|puedo|debo|deberia|necesito|me dan ganas de|ganas de) (?:me |te |lo |le |se )?)${NOT_INFINITIVE}([a-z]{2,}[aei])\\b(?! [a-z]+r\\b)`,
  "g",
);
/** Whether a text has any of the above. */
const ELISION = new RegExp(`\\b${NOT_PARTICIPLE}[a-z]{2,}aos?\\b|\\b(?:toas?|na)\\b|\\b(?:quiero|quisiera|quieres|voy a|vamos a|va a|pienso|puedo|debo|deberia|necesito|ganas de) `);
/**
 * The Spanish present perfect of Spain and the Caribbean ("me he tomado", "he bebido") read as
 * the preterite the rules are written in ("me tome", "bebi"): regular verbs only.
 */
const PERFECT = /\bhe ([a-z]{2,})(?:ado|ao)\b|\bhe ([a-z]{2,})ido\b/g;
const HAS_PERFECT = /\bhe [a-z]{2,}(?:ado|ao|ido)\b/;

/**
 * The normalized text plus variants: de-stretched ("diiiie" only matches "die" once runs are
 * cut to one letter; "killll" only matches "kill" once runs are cut to two), the fatal acts'
 * -ing verbs in their base form, and Spanish elisions and present perfects spelled the way
 * the rules read. Returns the distinct strings, the normalized text first.
 */
export function riskVariants(input: unknown): string[] {
  const base = normalizeForRisk(input);
  const variants = new Set<string>([base]);
  if (ACT_ING_WORD.test(base)) variants.add(base.replace(ACT_ING_AT_CLAUSE_START, "$1im ").replace(ACT_ING_ALL, (w) => ACT_ING[w] ?? w));
  if (ELISION.test(base) || HAS_PERFECT.test(base)) {
    const spelled = base.replace(PERFECT, (_, ar: string | undefined, ir: string | undefined) => (ar ? `${ar}e` : `${ir}i`));
    variants.add(spelled.replace(ELIDED_PARTICIPLE, "$1ado$2").replace(ELIDED_WORD, (w) => ELIDED[w] ?? w).replace(DROPPED_R, "$1$2r"));
  }
  if (/([a-z])\1\1/.test(base)) {
    variants.add(base.replace(/([a-z])\1{2,}/g, "$1$1"));
    variants.add(base.replace(/([a-z])\1{2,}/g, "$1"));
  }
  return [...variants];
}
