import { describe, expect, it } from "vitest";
import { assessRisk, classifyKeyword, MAX_KEYWORD_LENGTH, type KeywordIntent } from "../../src/risk/index.ts";

type Row = [text: string, expected: KeywordIntent | null];

const STOP_ROWS: Row[] = [
  ["STOP", "stop"],
  ["stop", "stop"],
  ["  Stop.  ", "stop"],
  ["STOP!!!", "stop"],
  ["stop 🛑", "stop"],
  ["STOPALL", "stop"],
  ["stop all", "stop"],
  ["UNSUBSCRIBE", "stop"],
  ["Cancel", "stop"],
  ["END", "stop"],
  ["quit", "stop"],
  ["REVOKE", "stop"],
  ["OPTOUT", "stop"],
  ["opt out", "stop"],
  ["Opt-Out", "stop"],
  ["please stop texting me", "stop"],
  ["Stop sending me messages", "stop"],
  ["stop messaging me", "stop"],
  ["don't text me anymore", "stop"],
  ["dont text me anymore pls", "stop"],
  ["take me off this list", "stop"],
  ["Remove me", "stop"],
  ["remove me from your list please", "stop"],
  ["unsubscribe me", "stop"],
  ["I don't want these messages anymore", "stop"],
  ["no more texts", "stop"],
  ["para", "stop"],
  ["ALTO", "stop"],
  ["Basta", "stop"],
  ["cancelar", "stop"],
  ["No me manden más mensajes", "stop"],
  ["deja de escribirme", "stop"],
  ["Ya no quiero recibir mensajes", "stop"],
  ["darme de baja", "stop"],
  ["baja", "stop"],
  ["por favor sáquenme de la lista", "stop"],
  // A plain-language opt-out sentence inside a longer message still counts.
  ["I'm moving to another program next week and I really appreciated it. Please stop texting me. Thanks!", "stop"],
];

const START_HELP_ROWS: Row[] = [
  ["START", "start"],
  ["unstop", "start"],
  ["YES", "start"],
  ["yes!", "start"],
  ["Resume", "start"],
  ["subscribe", "start"],
  ["opt in", "start"],
  ["Empezar", "start"],
  ["reanudar", "start"],
  ["ALTA", "start"],
  ["HELP", "help"],
  ["help?", "help"],
  ["INFO", "help"],
  ["ayuda", "help"],
  ["Ayuda!", "help"],
];

const NULL_ROWS: Row[] = [
  // Crisis messages are never keywords.
  ["I want it all to stop", null],
  ["I want to stop living", null],
  ["make it stop", null],
  ["Please make it stop", null],
  ["I want everything to end", null],
  ["stop texting me, I want to die", null],
  ["quiero que todo se acabe", null],
  // "stop" inside an unrelated sentence.
  ["I want to stop drinking", null],
  ["the bus didn't stop", null],
  ["stop drinking is my goal", null],
  ["I had to stop at the store", null],
  ["yes I went to a meeting", null],
  ["yes, mood 7", null],
  ["help me with the check in", null],
  ["can you help me reschedule", null],
  ["I need info about group times", null],
  ["para mañana tengo cita", null],
  ["no paro de pensar en tomar", null],
  ["the meeting will end at 8", null],
  ["I quit smoking cigarettes", null],
  ["start time for group?", null],
  ["sí", null],
  ["", null],
  ["   ", null],
  ["🛑", null],
  ["mood 7 cravings 2", null],
  // Long messages are not keywords, even if they are "stop" padded out.
  [`stop ${"x".repeat(MAX_KEYWORD_LENGTH)}`, null],
  [`${"Today was long and I went to my meeting and talked to my sponsor about work. "}STOP`, null],
];

describe("classifyKeyword", () => {
  it.each(STOP_ROWS)("%j -> %s", (text, expected) => {
    expect(classifyKeyword(text)).toBe(expected);
  });
  it.each(START_HELP_ROWS)("%j -> %s", (text, expected) => {
    expect(classifyKeyword(text)).toBe(expected);
  });
  it.each(NULL_ROWS)("%j -> %s", (text, expected) => {
    expect(classifyKeyword(text)).toBe(expected);
  });

  it("has at least 60 rows", () => {
    expect(STOP_ROWS.length + START_HELP_ROWS.length + NULL_ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it("crisis opt-out look-alikes are crisis for assessRisk", () => {
    const texts = ["I want it all to stop", "I want to stop living", "make it stop", "I want everything to end"];
    expect(texts.map((t) => assessRisk(t).level)).toEqual(["crisis", "crisis", "crisis", "crisis"]);
  });

  it("bare keywords are not risk", () => {
    const texts = ["STOP", "END", "QUIT", "CANCEL", "HELP", "para", "basta", "alto", "ayuda", "YES"];
    expect(texts.map((t) => assessRisk(t).level)).toEqual(Array(texts.length).fill("none"));
  });

  it("never throws on odd input", () => {
    expect(classifyKeyword(undefined as unknown as string)).toBeNull();
    expect(classifyKeyword("\u0000STOP\u0000")).toBe("stop");
    expect(classifyKeyword("'; DROP TABLE participants; --")).toBeNull();
    expect(classifyKeyword("stop ".repeat(20_000))).toBeNull();
  });
});
