import { describe, expect, it } from "vitest";
import { assessRisk, classifyKeyword, explainRisk } from "../../src/risk/index.ts";
import { CRISIS_RULES, DISTRESS_RULES, RISK_RULES, USE_RULES } from "../../src/risk/risk-rules.ts";
import { SCREEN_CUES } from "../../src/risk/screen-cues.ts";
import { CRISIS_REASONS, type RiskReason } from "../../src/risk/types.ts";

describe("rules carry their language", () => {
  it("every Columbia-scale category, every other crisis category, distress and use have rules in English and in Spanish", () => {
    const all: RiskReason[] = [...CRISIS_REASONS, "substance_use", "distress"];
    const oneLanguage = all.filter((reason) => {
      const langs = new Set(RISK_RULES.filter((r) => r.reason === reason).map((r) => r.lang));
      return !(langs.has("en") && langs.has("es"));
    });
    expect(oneLanguage).toEqual([]);
  });

  it("screening cues exist in both languages", () => {
    expect(new Set(SCREEN_CUES.map((c) => c.lang))).toEqual(new Set(["en", "es"]));
  });

  it("lists each rule once, in the list of its tier", () => {
    expect(CRISIS_RULES.every((r) => r.reason !== "substance_use" && r.reason !== "distress" && r.reason !== "craving_high")).toBe(true);
    expect(DISTRESS_RULES.every((r) => r.reason === "distress")).toBe(true);
    expect(USE_RULES.every((r) => r.reason === "substance_use" || r.reason === "craving_high")).toBe(true);
  });
});

describe("HELP and the ambiguous middle (decided in assess-risk.ts)", () => {
  it("the bare carrier keyword stays none and stays the keyword", () => {
    for (const text of ["HELP", "help", "Help!", "AYUDA", "ayuda", "INFO", "info"]) {
      expect(assessRisk(text), text).toEqual({ level: "none", reasons: [], screen: false });
    }
    expect(classifyKeyword("HELP")).toBe("help");
  });

  it("a plea for help is urgent distress with the screening question, in both languages", () => {
    for (const text of ["help me", "please help", "I need help", "i really need help", "ayuda por favor", "ayúdame", "necesito ayuda", "help me please"]) {
      expect(assessRisk(text), text).toEqual({ level: "urgent", reasons: ["distress"], screen: true });
    }
  });

  it("help with a named task is not distress", () => {
    for (const text of ["help me with the app", "can you help me find the address", "ayúdame con el horario"]) expect(assessRisk(text).level, text).toBe("none");
  });

  it("a call for help now, to anyone, is a crisis", () => {
    for (const text of ["someone help", "somebody help me", "help me now", "auxilio", "socorro", "necesito ayuda ya"]) {
      expect(assessRisk(text), text).toMatchObject({ level: "crisis", reasons: ["medical_emergency"] });
    }
  });

  it("'help' as one clause of a longer message is a plea", () => {
    expect(assessRisk("cant stop shaking. help").level).toBe("urgent");
    expect(assessRisk("la ansiedad me tiene mal. ayuda").level).toBe("urgent");
  });
});

describe("the screen flag", () => {
  it("is set below crisis for means, death, goodbye and burden cues, in both languages", () => {
    for (const text of [
      "theres a gun in my closet",
      "thinking about the bridge again",
      "I just feel like a burden",
      "sorry for everything",
      "everything feels pointless",
      "no le importo a nadie",
      "no dejo de pensar en el puente",
      "perdónenme por todo",
    ]) {
      const r = assessRisk(text);
      expect(r.level, text).not.toBe("crisis");
      expect(r.screen, text).toBe(true);
    }
  });

  it("is never set on a crisis", () => {
    expect(assessRisk("I want to die, goodbye")).toMatchObject({ level: "crisis", screen: false });
  });

  it("stays off for idioms, routine medication, denials and everyday talk", () => {
    for (const text of [
      "dying to see my kids",
      "this project will be the death of me",
      "took my pills this morning",
      "im dead lol",
      "me muero de risa",
      "I'm not suicidal",
      "goodbye for now, see you thursday",
      "my phone died",
      "picked up my meds",
    ]) {
      expect(assessRisk(text).screen, text).toBe(false);
    }
  });
});

describe("explainRisk", () => {
  it("names each matching rule with its category, language and span of the normalized text", () => {
    const e = explainRisk("Me voy a tomar todas las pastillas esta noche");
    expect(e.level).toBe("crisis");
    expect(e.normalized).toBe("me voy a tomar todas las pastillas esta noche");
    expect(e.matches).toContainEqual(expect.objectContaining({ id: "es-acto-intencion", category: "suicidal_intent", lang: "es", negated: false }));
    const span = e.matches.find((m) => m.id === "es-acto-intencion")!.span;
    expect(e.normalized).toContain(span);
  });

  it("shows matches that negation cancelled, and the cues that set the screen", () => {
    const e = explainRisk("I'm not suicidal, just a burden to everyone lately");
    expect(e.matches).toContainEqual(expect.objectContaining({ id: "suicide-word", negated: true }));
    expect(e.screen).toBe(true);
    expect(e.matches).toContainEqual(expect.objectContaining({ id: "screen-burden", category: "screen", negated: false }));
  });

  it("agrees with assessRisk", () => {
    for (const text of ["I drank last night", "help me", "hola", "my friend isn't breathing", "I'm not okay"]) {
      const { level, reasons, screen } = explainRisk(text);
      expect({ level, reasons, screen }, text).toEqual(assessRisk(text));
    }
  });
});
