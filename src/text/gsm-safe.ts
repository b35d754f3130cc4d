/**
 * Rewriting common non-GSM characters so routine texts stay GSM-7.
 */

/**
 * Replacements for characters that sneak into templates from word processors
 * and phone keyboards, and for the Spanish accented vowels GSM-7 lacks
 * (é/É, ñ/Ñ, ü/Ü, ¿ and ¡ are in GSM-7 and are kept).
 */
import { GSM_BASIC } from "./gsm-charset.ts";

const REPLACEMENTS: Readonly<Record<string, string>> = {
  // Curly and low single quotes, prime -> apostrophe.
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  // Curly and low double quotes, double prime -> straight double quote.
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  // Hyphen and dash variants -> hyphen-minus.
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2015": "-", // horizontal bar
  "\u2212": "-", // minus sign
  // Ellipsis.
  "\u2026": "...",
  // Non-breaking, narrow and fixed-width spaces -> plain space. U+202F is what
  // ICU puts in "6:00 PM"; U+00A0 comes from word processors.
  "\u00A0": " ",
  "\u2000": " ",
  "\u2001": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2004": " ",
  "\u2005": " ",
  "\u2006": " ",
  "\u2007": " ",
  "\u2008": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u202F": " ",
  "\u205F": " ",
  // Spanish acute vowels missing from GSM-7 (é and É are present and kept).
  "á": "a",
  "í": "i",
  "ó": "o",
  "ú": "u",
  "Á": "A",
  "Í": "I",
  "Ó": "O",
  "Ú": "U",
};

const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).join("")}]`, "gu");

/**
 * `text` with common non-GSM characters replaced by GSM-7 equivalents: curly
 * quotes -> straight, dashes -> "-", "…" -> "...", non-breaking and narrow
 * spaces -> " ", á í ó ú (and capitals) -> a i o u.
 *
 * The text is first normalized to NFC, so a decomposed "n" + U+0303 becomes
 * the GSM-7 "ñ" instead of forcing UCS-2. Everything else (emoji, other
 * scripts, other accents) is left as is: whether to send a UCS-2 message is
 * the caller's decision, e.g. via `smsSegments`.
 *
 * @example toGsmSafe("¿Cómo estás? Sesión “grupal” – 6:00\u202FPM") // "¿Como estas? Sesion \"grupal\" - 6:00 PM"
 */
export function toGsmSafe(text: string): string {
  return text
    .normalize("NFC")
    .replace(PATTERN, (char) => REPLACEMENTS[char] ?? char)
    .replace(/\p{L}/gu, stripAccentOutsideGsm);
}

/**
 * A letter outside GSM-7 whose unaccented form is inside it ("ë", "ã", "ç", "ğ") loses its
 * accent, so a name like "Zoë" or "João" does not turn a routine text into a two-segment
 * UCS-2 message. Letters with no such form (other scripts) are left alone.
 */
function stripAccentOutsideGsm(char: string): string {
  if (GSM_BASIC.has(char)) return char;
  const base = char.normalize("NFD").replace(/\p{M}+/gu, "");
  return base.length > 0 && [...base].every((c) => GSM_BASIC.has(c)) ? base : char;
}
