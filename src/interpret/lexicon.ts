/**
 * The words and phrases the interpreters recognise, in English and Spanish, written in
 * normalised form (lower case, no accents, no apostrophes: "didn't" is "didnt").
 *
 * Each phrase has a category that says what it contributes to an answer. Phrases are
 * matched longest first, so "not sure" (ambiguous) wins over "not ..." and "no se"
 * (Spanish "I don't know") wins over "no".
 */

/** What a recognised phrase means. */
export type PhraseCategory =
  /** A clear yes. */
  | "yes"
  /** "si", "ya", "y": a yes only when it stands alone ("si" is also "if", "y" is also "and"). */
  | "bareYes"
  /** A clear no; for a 0-based scale also means 0 ("no", "nope"). */
  | "no"
  /** A no that is not a quantity: "not really" to "any cravings?" is not a 0. */
  | "noSoft"
  /** "no", "n": a no only when standing alone or before a label ("no cravings"). */
  | "bareNo"
  /** A negated attendance verb ("didn't go", "no fui"): a no for yes/no questions only. */
  | "negator"
  /** An attendance verb ("went", "fui"): a yes, unless it went somewhere else ("went to work"). */
  | "went"
  /** Uncertainty: the answer must not be guessed. */
  | "ambiguous"
  /** Hedges that are fine on a scale ("kind of a 6") but not for yes/no ("kind of"). */
  | "ambiguousYesNo"
  /** A zero quantity: "none", "nada". */
  | "zero"
  /** "sin", "without": only meaningful before a label ("sin antojos"). */
  | "without"
  /** Joins two answers: "and", "but", "pero". */
  | "sep"
  /** Recognised so that a shorter phrase does not match inside it; means nothing. */
  | "ignore";

const PHRASES: Record<PhraseCategory, readonly string[]> = {
  yes: [
    "yes", "yeah", "yep", "yup", "yas", "ye", "sure", "sure did", "of course", "ofc", "definitely",
    "absolutely", "did", "did go", "did make it", "affirmative", "correct", "yessir", "you bet",
    "hell yeah", "heck yeah", "thumbsup", "was there", "sip", "sii", "simon", "claro",
    "claro que si", "por supuesto", "obvio", "asi es", "estuve", "estuve ahi", "estuve alli",
  ],
  bareYes: ["si", "ya", "y"],
  no: [
    "nope", "noo", "nah", "naw", "nel", "negative", "no way", "hell no", "heck no", "not at all",
    "para nada", "claro que no", "of course not", "definitely not", "absolutely not",
    "dont think so", "do not think so", "not today", "not this time", "not this week", "hoy no",
    "no hoy", "thumbsdown", "negativo",
  ],
  noSoft: ["not really", "not yet", "todavia no", "aun no", "not exactly", "no realmente", "not much"],
  bareNo: ["no", "n"],
  negator: [
    "didnt", "did not", "couldnt", "could not", "wasnt", "was not", "wasnt able", "was not able",
    "not able", "unable", "havent", "have not", "missed", "skipped", "never", "cant", "cannot",
    "can not", "not going", "wont", "will not", "no fui", "no pude", "no asisti", "no he ido",
    "no alcance", "no llegue", "no voy", "no fue", "no hubo", "no tuve", "no me dio", "falte",
    "tampoco", "nunca",
  ],
  went: ["went", "fui", "attended", "asisti", "made it", "got to go", "did attend", "did get to", "was at", "estuve en"],
  ambiguous: [
    "maybe", "perhaps", "idk", "i dont know", "dont know", "do not know", "dunno", "not sure",
    "unsure", "no idea", "who knows", "hard to say", "cant say", "depends", "it depends",
    "not certain", "dont remember", "cant remember", "dont recall", "between", "either",
    "no se", "no lo se", "no estoy seguro", "no estoy segura", "ni idea", "quien sabe", "quizas",
    "quiza", "tal vez", "talvez", "a lo mejor", "entre", "no recuerdo", "no me acuerdo",
  ],
  ambiguousYesNo: [
    "kind of", "kinda", "sort of", "sorta", "more or less", "partly", "partially", "half",
    "halfway", "a little", "a bit", "sometimes", "going to", "gonna", "will go", "later",
    "tonight", "planning", "plan to", "probably", "mas o menos", "esta noche", "mas tarde",
    "voy a", "ire", "probablemente", "un poco",
  ],
  zero: [
    "none", "nothing", "nada", "ninguno", "ninguna", "ningunos", "ningunas", "ningun", "zilch",
    "none at all", "nothing at all", "nada de nada", "not any",
  ],
  without: ["sin", "without"],
  sep: ["and", "but", "pero", "then", "also", "plus", "luego", "tambien"],
  // "no se me antoja nada" is "I don't feel like anything", not "I don't know".
  ignore: ["no se me", "no se te", "no se le", "no se nos", "no se les"],
};

/** A phrase of the lexicon, split into words. */
export interface LexiconPhrase {
  words: readonly string[];
  category: PhraseCategory;
}

function buildIndex(): ReadonlyMap<string, readonly LexiconPhrase[]> {
  const index = new Map<string, LexiconPhrase[]>();
  for (const [category, phrases] of Object.entries(PHRASES) as [PhraseCategory, readonly string[]][]) {
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      const first = words[0] ?? "";
      const list = index.get(first) ?? [];
      list.push({ words, category });
      index.set(first, list);
    }
  }
  // Longest first, so the first phrase that matches is the longest one.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Lexicon phrases by their first word, longest first. */
export const LEXICON: ReadonlyMap<string, readonly LexiconPhrase[]> = buildIndex();

/** Connectors that make two numbers a range: "5 or 6", "5 to 6", "5 o 6", "de 5 a 6". */
export const RANGE_WORDS: ReadonlySet<string> = new Set(["or", "o", "u", "to", "a", "thru", "through", "hasta", "til", "till"]);

/** Words between a score and its scale: "6 out of 10", "6 of 10", "6 de 10", "6 sobre 10". */
export const OUT_OF_WORDS: ReadonlyArray<readonly string[]> = [["out", "of"], ["outta"], ["of"], ["de"], ["sobre"]];

/**
 * Words after a bare "no"/"si" that still leave it standing alone as an answer
 * ("no thanks", "si gracias", "no I didn't"), as opposed to "no problem", "si puedo".
 */
export const BARE_FOLLOWERS: ReadonlySet<string> = new Set([
  "i", "im", "ive", "today", "tonight", "thanks", "thank", "sorry", "gracias", "hoy", "yo", "he",
  "lo", "la", "senor", "senora", "sir", "maam", "man", "bro", "dude", "amigo", "please", "por",
  "pues", "ok", "okay", "todavia", "aun", "nada", "not",
]);

/** Words that may sit between "went"/"fui" and where they went: "went to an NA meeting". */
export const WENT_FILLERS: ReadonlySet<string> = new Set([
  "to", "a", "al", "the", "an", "my", "mi", "mis", "la", "el", "una", "un", "los", "las", "another",
  "otra", "otro", "de", "del", "our", "nuestra", "nuestro", "local", "usual", "regular", "daily",
]);

/** Places that count as a recovery meeting even when no question label names them. */
export const MEETING_NOUNS: ReadonlySet<string> = new Set([
  "meeting", "meetings", "group", "groups", "aa", "na", "ca", "ma", "sa", "cma", "smart", "recovery",
  "step", "session", "sesion", "reunion", "reuniones", "junta", "juntas", "grupo", "grupos", "one",
  "it", "iop", "program", "programa",
]);

/** Words that may describe a meeting: "my home group", "a Zoom meeting", "la junta de la noche". */
export const MEETING_DESCRIBERS: ReadonlySet<string> = new Set([
  "home", "morning", "evening", "night", "noon", "lunchtime", "online", "zoom", "virtual", "big",
  "book", "speaker", "twelve", "womens", "mens", "weekly", "nightly", "first", "new", "recovery",
  "step", "study", "pm", "am", "oclock", "noche", "manana", "tarde", "mujeres", "hombres", "linea",
]);

/** Words after "went"/"fui" that still make it a plain yes: "went today", "fui ayer", "went with my sponsor". */
export const WENT_YES_FOLLOWERS: ReadonlySet<string> = new Set([
  "today", "yesterday", "earlier", "tonight", "this", "online", "virtually", "virtual", "in", "hoy",
  "ayer", "anoche", "temprano", "esta", "en", "with", "con", "early", "late", "tarde", "again",
  "twice", "both", "there", "ahi", "alli", "by", "myself", "solo", "sola", "i", "yo",
]);

/** Words a negated verb takes with it: "didn't [go to the meeting]", "no pude [ir]". */
export const NEGATED_COMPLEMENTS: ReadonlySet<string> = new Set([
  "go", "make", "it", "attend", "get", "there", "to", "the", "a", "an", "any", "went", "made",
  "attended", "ir", "asistir", "al", "el", "la", "today", "tonight", "hoy", "able", "time", "chance",
  "my", "mi", "have", "tiempo", "de", "going", "be", "was",
]);

/**
 * Whole replies that mean "skip this question" for any question type. Compared after
 * normalisation with every non-letter removed ("Skip!" → "skip").
 */
export const SKIP_REPLIES: ReadonlySet<string> = new Set([
  "skip", "pass", "saltar", "paso", "skip it", "skip this", "skip this one", "skip please",
  "please skip", "pass please", "i pass", "skip for now", "skip today", "saltar pregunta",
  "salta", "saltala", "saltar esta", "paso hoy", "yo paso", "rather not say", "id rather not say",
  "prefer not to say", "i prefer not to say", "prefiero no decir", "prefiero no contestar",
  "prefiero no responder",
]);

/** Extra whole replies that skip a free-text question: "no", "nothing", "nada", "no gracias". */
export const TEXT_SKIP_REPLIES: ReadonlySet<string> = new Set([
  "no", "noo", "nope", "nah", "naw", "n", "na", "n a", "nothing", "none", "nada", "no gracias", "no thanks",
  "no thank you", "no thx", "nothing to add", "nothing else", "nothing today", "nothing new",
  "not today", "no comment", "no comments", "nada mas", "nada que agregar", "nada que decir",
  "nada hoy", "nada nuevo", "sin comentarios", "no nada", "no nothing", "ninguna", "ninguno",
]);
