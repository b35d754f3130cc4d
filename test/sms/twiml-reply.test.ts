import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { twimlReply } from "../../adapters/sms/twiml-reply.ts";

/** The twilio package's own builder: the reference. */
function sdkTwiml(texts: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const text of texts) response.message(text);
  return response.toString();
}

describe("twimlReply", () => {
  it("writes what the twilio package's MessagingResponse writes", () => {
    const texts = [
      "Thanks, Sam. See you Tuesday.",
      "How is your mood today, 1-10? (1 = very low, 10 = great)",
      "a & b <c> \"d\" 'e' >",
      "line one\nline two\r\nthree\ttab",
      "¿Cómo estás hoy? Ánimo, señora — 988 😀",
      "&amp; already escaped &lt;",
      "]]> <![CDATA[ x ]]>",
      "",
      "If you are in danger call 911. Call or text 988, or text HOME to 741741.",
    ];
    for (const t of texts) expect(twimlReply([t]), JSON.stringify(t)).toBe(sdkTwiml([t]));
    expect(twimlReply(texts)).toBe(sdkTwiml(texts));
    expect(twimlReply([])).toBe(sdkTwiml([]));
  });

  it("drops characters XML does not allow, where the twilio builder throws", () => {
    for (const [text, kept] of [
      ["x\u0001y", "xy"],
      ["\uFFFEz", "z"],
      ["a\uD800b", "ab"],
      ["\uDC00c", "c"],
      ["nul\u0000", "nul"],
    ]) {
      expect(() => sdkTwiml([text!])).toThrow();
      expect(twimlReply([text!])).toBe(sdkTwiml([kept!]));
    }
    // A pair kept whole.
    expect(twimlReply(["😀"])).toBe(sdkTwiml(["😀"]));
  });
});
