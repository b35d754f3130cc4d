/**
 * Splits a normalised reply (see normalize.ts) into tokens. The token kinds are the few
 * things the interpreters care about: numbers, words, separators between answers, the "/"
 * of "6/10", dashes (ranges and minus signs) and anything else (emoji, symbols).
 */
import { canonicalWord, parseDigits } from "./normalize.ts";

/** One token of a normalised reply. */
export type Token =
  | {
      t: "num";
      value: number;
      /** "7.5" (a decimal with a non-zero fraction) or "1O" (a typo): never guessed, always ambiguous. */
      decimal: boolean;
    }
  | { t: "word"; w: string }
  /** Something that ends one answer in a list: , ; . ! ? ( ) & + or a newline. */
  | { t: "sep" }
  | { t: "slash" }
  /** negPrefix: the dash stands before a number with a space or nothing before it ("-3"). */
  | { t: "dash"; negPrefix: boolean }
  | { t: "other" };

// One alternative per token kind; \d is ASCII-only with the u flag, which is what we want
// after NFKD has turned full-width and superscript digits into ASCII ones.
// A number glued to "o", "l" or "i" ("1O", "1l") is most likely a typo for a digit: it is
// read as one ambiguous token rather than guessed.
const TOKEN_RE = /(\d+(?:\.\d+)?(?:[oli](?!\p{L}))?)|(\p{L}+)|([,;\n.!?()[\]{}&+|\u2026])|(\/)|(-)|(\S)/gu;

/** Tokenises a normalised reply. Linear in the length of the input. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  // Every alternative consumes a character, so the exec loop always advances.
  const re = TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(normalized); m !== null; m = re.exec(normalized)) {
    const [whole, num, word, sep, slash, dash] = m;
    if (num !== undefined) {
      const last = num.charCodeAt(num.length - 1);
      const typo = last === 0x6f || last === 0x6c || last === 0x69; // o, l, i
      const digits = typo ? num.slice(0, -1) : num;
      const dot = digits.indexOf(".");
      const int = dot < 0 ? digits : digits.slice(0, dot);
      const frac = dot < 0 ? undefined : digits.slice(dot + 1);
      // "7.0" is seven; "7.5" is not a whole answer and must not be rounded.
      const decimal = typo || (frac !== undefined && /[1-9]/.test(frac));
      tokens.push({ t: "num", value: parseDigits(int), decimal });
    } else if (word !== undefined) {
      tokens.push({ t: "word", w: canonicalWord(word) });
    } else if (sep !== undefined) {
      tokens.push({ t: "sep" });
    } else if (slash !== undefined) {
      tokens.push({ t: "slash" });
    } else if (dash !== undefined) {
      const at = m.index;
      const before = at > 0 ? normalized[at - 1] : undefined;
      const after = normalized[at + whole.length];
      const negPrefix = (before === undefined || /\s/.test(before)) && after !== undefined && /\d/.test(after);
      tokens.push({ t: "dash", negPrefix });
    } else {
      tokens.push({ t: "other" });
    }
  }
  re.lastIndex = 0;
  return tokens;
}
