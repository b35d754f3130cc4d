const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Characters XML 1.0 does not allow: C0 controls other than tab, newline and carriage
 * return, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#xD;" };

function message(text: string): string {
  const body = text.replace(NOT_XML, "").replace(/[&<>\r]/g, (c) => ESCAPES[c]!);
  return body === "" ? "<Message/>" : `<Message>${body}</Message>`;
}

/**
 * TwiML answering an incoming SMS with these messages (none: an empty Response, nothing
 * sent). The same document the twilio package's MessagingResponse writes, in a fraction of
 * the time (it is on every webhook); where that builder throws on a character XML does not
 * allow, the character is dropped, so a reply is never lost to a 500.
 */
export function twimlReply(texts: readonly string[]): string {
  if (texts.length === 0) return `${XML_DECLARATION}<Response/>`;
  return `${XML_DECLARATION}<Response>${texts.map(message).join("")}</Response>`;
}
