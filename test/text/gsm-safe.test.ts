import { describe, expect, it } from "vitest";
import { toGsmSafe } from "../../src/text/gsm-safe.ts";
import { isGsm7, smsSegments } from "../../src/text/sms-segments.ts";

describe("toGsmSafe", () => {
  it.each([
    // [input, expected]
    ["It\u2019s \u2018fine\u2019", "It's 'fine'"],
    ["\u201CGroup\u201D tonight", '"Group" tonight'],
    ["\u201Elow\u201C", '"low"'],
    ["9\u201312", "9-12"], // en dash
    ["wait\u2014really", "wait-really"], // em dash
    ["non\u2011breaking", "non-breaking"],
    ["\u221210", "-10"], // minus sign
    ["See you\u2026", "See you..."],
    ["6:00\u202FPM", "6:00 PM"], // ICU's narrow no-break space
    ["6:00\u00A0PM", "6:00 PM"],
    ["a\u2009b\u2007c", "a b c"], // thin and figure spaces
    ["¿Cómo estás?", "¿Como estas?"],
    ["Sesión grupal, sábado", "Sesion grupal, sabado"],
    ["día, aquí, número", "dia, aqui, numero"],
    ["ÁNIMO, ÍNDICE, ÓSCAR, ÚLTIMO", "ANIMO, INDICE, OSCAR, ULTIMO"],
    ["man\u0303ana", "mañana"], // decomposed ñ is composed (NFC) into the GSM-7 ñ
    ["co\u0301mo", "como"], // decomposed ó is composed, then replaced
  ])("%j -> %j", (input, expected) => {
    expect(toGsmSafe(input)).toBe(expected);
    expect(isGsm7(toGsmSafe(input))).toBe(true);
  });

  it.each([
    ["¿Qué tal? ¡Animo!"], // ¿ ¡ é are GSM-7
    ["mañana, miércoles, Ñandu"],
    ["pingüino, Über"],
    ["à è ì ò ù É Ç Ø Å Æ ß"],
    ["{braces} [brackets] ~tilde~ \\ | ^ €"],
    ["Line one\nLine two\r\n"],
    [""],
  ])("leaves GSM-7 text %j unchanged", (text) => {
    expect(isGsm7(text)).toBe(true);
    expect(toGsmSafe(text)).toBe(text);
  });

  it.each([
    ["Good job 😀"],
    ["日本語"],
    ["zero\u200Bwidth"],
  ])("leaves other characters in %j for the caller to decide", (text) => {
    expect(toGsmSafe(text)).toBe(text);
    expect(isGsm7(toGsmSafe(text))).toBe(false);
  });

  it("keeps an emoji while fixing the rest", () => {
    expect(toGsmSafe("¡Buen trabajo! Ánimo 💪")).toBe("¡Buen trabajo! Animo 💪");
  });

  it("is idempotent", () => {
    const text = "¿Cómo estás? “Sesión” – 6:00\u202FPM…";
    expect(toGsmSafe(toGsmSafe(text))).toBe(toGsmSafe(text));
  });

  it("keeps a routine Spanish reminder in one segment", () => {
    const text = "Recordatorio: tu sesión grupal es el sábado a las 6:00\u202FPM. ¿Podrás asistir? Responde SÍ o NO.";
    expect(smsSegments(text)).toMatchObject({ encoding: "UCS-2", segments: 2 });
    expect(smsSegments(toGsmSafe(text))).toMatchObject({ encoding: "GSM-7", segments: 1 });
  });
});

describe("toGsmSafe: accents outside GSM-7", () => {
  it("drops accents that GSM-7 lacks and keeps the ones it has", () => {
    expect(toGsmSafe("garçon")).toBe("garcon");
    expect(toGsmSafe("crème brûlée")).toBe("crème brulée"); // è and é are GSM-7, û is not
    expect(toGsmSafe("Zoë, João, François, Şule")).toBe("Zoe, Joao, Francois, Sule");
    expect(toGsmSafe("Müller, Peña, José, Ålesund")).toBe("Müller, Peña, José, Ålesund");
    expect(toGsmSafe("Дмитрий 李")).toBe("Дмитрий 李");
  });
  it("keeps a routine prompt with such a name to one GSM-7 segment", () => {
    const text = toGsmSafe("Hi Zoë, it's check-in time. How is your mood today, 1 (very low) to 10 (great)?");
    expect(smsSegments(text)).toMatchObject({ encoding: "GSM-7", segments: 1 });
  });
});
