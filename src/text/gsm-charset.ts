/**
 * The GSM 03.38 default alphabet (3GPP TS 23.038), as the Unicode characters
 * each septet represents. Internal to src/text.
 */

/**
 * The 127 printable/control characters of the basic table, one septet each.
 * 0x1B (ESC) is omitted on purpose: it is the escape into the extension table,
 * not a character a message can contain. 0x09 is the capital "Ç" as the
 * standard specifies; lowercase "ç" is not in the alphabet.
 */
const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅå" +
  "Δ_ΦΓΛΩΠΨΣΘΞ" + /* ESC */ "ÆæßÉ" +
  " !\"#¤%&'()*+,-./" +
  "0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNO" +
  "PQRSTUVWXYZÄÖÑÜ§" +
  "¿abcdefghijklmno" +
  "pqrstuvwxyzäöñüà";

/**
 * Characters of the extension table: each is sent as ESC + a septet, so it
 * costs 2 units. "\f" (form feed) is the extension table's page break.
 */
const EXTENSION = "\f^{}\\[~]|€";

/** Basic-table characters (1 septet). */
export const GSM_BASIC: ReadonlySet<string> = new Set(BASIC);

/** Extension-table characters (2 septets: ESC + code). */
export const GSM_EXTENSION: ReadonlySet<string> = new Set(EXTENSION);
