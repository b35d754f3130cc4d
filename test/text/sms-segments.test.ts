import { describe, expect, it } from "vitest";
import { toGsmSafe } from "../../src/text/gsm-safe.ts";
import { isGsm7, smsSegments } from "../../src/text/sms-segments.ts";

const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENSION = "\f^{}\\[~]|€";
const EMOJI = "😀"; // U+1F600, a surrogate pair

describe("smsSegments", () => {
  it.each([
    // [label, text, encoding, units, segments]
    ["empty text", "", "GSM-7", 0, 0],
    ["one character", "a", "GSM-7", 1, 1],
    ["160 GSM characters", "a".repeat(160), "GSM-7", 160, 1],
    ["161 GSM characters", "a".repeat(161), "GSM-7", 161, 2],
    ["306 GSM characters", "a".repeat(306), "GSM-7", 306, 2],
    ["307 GSM characters", "a".repeat(307), "GSM-7", 307, 3],
    ["459 GSM characters", "a".repeat(459), "GSM-7", 459, 3],
    ["460 GSM characters", "a".repeat(460), "GSM-7", 460, 4],
    ["one extension character", "{", "GSM-7", 2, 1],
    ["80 euro signs", "€".repeat(80), "GSM-7", 160, 1],
    ["81 euro signs", "€".repeat(81), "GSM-7", 162, 2],
    ["159 letters + 1 extension", `${"a".repeat(159)}]`, "GSM-7", 161, 2],
    ["158 letters + 1 extension", `${"a".repeat(158)}]`, "GSM-7", 160, 1],
    // 152 + [2] + 152 = 306 units, but the escape pair cannot straddle parts: 152 | 2+151 | 1.
    ["escape pair at a part boundary", `${"a".repeat(152)}€${"a".repeat(152)}`, "GSM-7", 306, 3],
    ["escape pair inside a part", `${"a".repeat(151)}€${"a".repeat(153)}`, "GSM-7", 306, 2],
    ["one emoji", EMOJI, "UCS-2", 2, 1],
    ["70 UCS-2 characters", "á".repeat(70), "UCS-2", 70, 1],
    ["71 UCS-2 characters", "á".repeat(71), "UCS-2", 71, 2],
    ["134 UCS-2 characters", "á".repeat(134), "UCS-2", 134, 2],
    ["135 UCS-2 characters", "á".repeat(135), "UCS-2", 135, 3],
    ["68 letters + emoji (70 units)", `${"a".repeat(68)}${EMOJI}`, "UCS-2", 70, 1],
    ["69 letters + emoji (71 units)", `${"a".repeat(69)}${EMOJI}`, "UCS-2", 71, 2],
    // 66 + [2] + 66 = 134 units, but the surrogate pair cannot straddle parts: 66 | 2+65 | 1.
    ["surrogate pair at a part boundary", `${"á".repeat(66)}${EMOJI}${"á".repeat(66)}`, "UCS-2", 134, 3],
    ["surrogate pair inside a part", `${"á".repeat(65)}${EMOJI}${"á".repeat(67)}`, "UCS-2", 134, 2],
    // In UCS-2, extension characters are ordinary single code units.
    ["extension characters in UCS-2", `á${"{".repeat(69)}`, "UCS-2", 70, 1],
    ["Spanish with ñ, é, ¿ and ¡", "¿Qué tal hoy? Mañana hay grupo a las 18:00. ¡Nos vemos!", "GSM-7", 55, 1],
    ["Spanish with á", "Hola, ¿cómo está tu ánimo hoy?", "UCS-2", 30, 1],
    ["ICU-style time with U+202F", "Group at 6:00\u202FPM", "UCS-2", 16, 1],
  ])("%s", (_label, text, encoding, units, segments) => {
    expect(smsSegments(text)).toEqual({ encoding, units, segments });
  });

  it("one emoji drops a 100-character message from 1 segment to 2", () => {
    const text = "a".repeat(99);
    expect(smsSegments(text).segments).toBe(1);
    expect(smsSegments(`${text}${EMOJI}`)).toEqual({ encoding: "UCS-2", units: 101, segments: 2 });
  });

  it("a Spanish sentence with á is GSM-7 after toGsmSafe", () => {
    const text = "Hola, ¿cómo está tu ánimo hoy? Recuerda la sesión de mañana.";
    expect(smsSegments(text).encoding).toBe("UCS-2");
    expect(smsSegments(toGsmSafe(text))).toEqual({ encoding: "GSM-7", units: text.length, segments: 1 });
  });

  it("a 100-character Spanish reminder needs 2 UCS-2 segments but 1 GSM-7 segment after toGsmSafe", () => {
    const text = `Tu sesión es mañana a las 18:00. ${"x".repeat(67)}`;
    expect(text.length).toBe(100);
    expect(smsSegments(text).segments).toBe(2);
    expect(smsSegments(toGsmSafe(text)).segments).toBe(1);
  });
});

describe("isGsm7", () => {
  it("accepts every basic-table character, costing 1 unit each", () => {
    expect([...BASIC]).toHaveLength(127);
    for (const char of BASIC) {
      expect(isGsm7(char), JSON.stringify(char)).toBe(true);
      expect(smsSegments(char).units, JSON.stringify(char)).toBe(1);
    }
  });

  it("accepts every extension-table character, costing 2 units each", () => {
    for (const char of EXTENSION) {
      expect(isGsm7(char), JSON.stringify(char)).toBe(true);
      expect(smsSegments(char).units, JSON.stringify(char)).toBe(2);
    }
  });

  it.each([
    ["á"],
    ["í"],
    ["ó"],
    ["ú"],
    ["Á"],
    ["ç"], // only the capital Ç is in the basic table
    ["`"],
    ["\t"],
    ["\u001b"], // ESC is the escape code, not a character
    ["\u00a0"],
    ["\u202f"],
    ["’"],
    ["“"],
    ["–"],
    ["…"],
    ["α"], // Greek capitals only, and only those without Latin look-alikes
    [EMOJI],
    ["\ud83d"], // lone surrogate
  ])("rejects %j", (char) => {
    expect(isGsm7(char)).toBe(false);
    expect(isGsm7(`Hello ${char} world`)).toBe(false);
    expect(smsSegments(char).encoding).toBe("UCS-2");
  });

  it("accepts the empty text and plain ASCII prose", () => {
    expect(isGsm7("")).toBe(true);
    expect(isGsm7("Reply 1-10: how is your mood today?")).toBe(true);
  });
});
