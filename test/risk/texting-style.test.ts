import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/risk/index.ts";

// Texts as people type them: the same crisis or lapse must be found in every style.
const CRISIS = [
  "I want to die",
  "I'm going to kill myself tonight",
  "my friend isn't breathing",
  "I'm going to take all my pills",
  "quiero morir",
  "me voy a tomar todas las pastillas",
  "mi amigo no respira",
  "I've been cutting myself again",
];
const LAPSE = ["I relapsed", "I drank last night", "smoked a blunt yesterday", "recaí", "me emborraché anoche"];

const STYLES: Record<string, (t: string) => string> = {
  "all caps": (t) => t.toUpperCase(),
  "no apostrophes": (t) => t.replace(/'/g, ""),
  "curly apostrophes": (t) => t.replace(/'/g, "\u2019"),
  "emoji between words": (t) => t.split(" ").join(" 😭 "),
  "emoji glued to words": (t) => t.split(" ").join("🙏"),
  "repeated letters": (t) => t.replace(/([aeiou])/, "$1$1$1$1"),
  "trailing punctuation": (t) => `${t}!!!???`,
  "no accents": (t) => t.normalize("NFD").replace(/\p{M}/gu, ""),
};

describe("texting style", () => {
  for (const [name, style] of Object.entries(STYLES)) {
    it(`${name}: crisis stays crisis, a lapse stays flagged`, () => {
      for (const t of CRISIS) expect(assessRisk(style(t)).level, style(t)).toBe("crisis");
      for (const t of LAPSE) expect(assessRisk(style(t)).level, style(t)).not.toBe("none");
    });
  }

  it("common misspellings and shorthand", () => {
    for (const t of [
      "i wanna kil myself",
      "having suicidle thoughts",
      "sucidal again",
      "i think i overdosed",
      "i think i odd",
      "gonna kms",
      "i wan to die",
      "i want 2 die",
      "me kiero morir",
      "kiero matarme",
      "imma end it tonight",
      "i cant breath",
      "hes not breathin",
    ]) {
      expect(assessRisk(t).level, t).toBe("crisis");
    }
    for (const t of ["i relasped", "relaped last nite", "got hi last night", "drunk af last nite", "me drogé"]) expect(assessRisk(t).level, t).not.toBe("none");
  });

  it("words run together", () => {
    for (const t of ["iwanttodie", "killmyself", "i want to killmyself", "wannadie", "quieromorir", "mequieromatar", "notbreathing"]) {
      expect(assessRisk(t).level, t).toBe("crisis");
    }
  });
});
