import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/risk/index.ts";
import { readScreenAnswer } from "../../src/safety/read-screen-answer.ts";

const read = (text: string) => readScreenAnswer(text, assessRisk(text));

describe("readScreenAnswer: only a clear no is a no", () => {
  it.each(["no", "No.", "nope", "nah im good", "no, just tired", "No I'm not", "not at all", "I'm safe", "no estoy pensando en eso", "para nada", "nunca", "NO!!", "no way", "no, just a bit tired", "no, solo estoy cansada", "no, but thanks"])(
    "%j is a clear no",
    (text) => expect(read(text)).toBe("no"),
  );

  it.each(["yes", "yeah", "si", "sí", "maybe", "kind of", "not really", "idk", "sometimes", "no... maybe", "a veces", "no se", "I don't know", "why", "😶", "", "I'm ok"])(
    "%j is not a clear no",
    (text) => expect(read(text)).toBe("not_no"),
  );

  it.each(["7", "6, 2, yes", "mood 5", "3/10", "siete"])("%j is a bare check-in answer, not an answer to the question", (text) => {
    expect(read(text)).toBe("checkin");
  });

  it("a no followed by more than a short reassurance is not a clear no", () => {
    expect(read("no, I already took the pills")).toBe("not_no");
    expect(read("no pero quiero morirme")).toBe("not_no");
    expect(read("no but i think about it")).toBe("not_no");
    expect(read("no pero lo pienso")).toBe("not_no");
  });
});
