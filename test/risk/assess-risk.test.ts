import { describe, expect, it } from "vitest";
import { assessRisk, type RiskReason } from "../../src/risk/index.ts";
import { CRISIS_REASONS } from "../../src/risk/types.ts";
import { RISK_CASES } from "./risk-cases.ts";

describe("assessRisk: case table", () => {
  it.each(RISK_CASES.map((c) => [c.text, c] as const))("%j", (_text, c) => {
    const result = assessRisk(c.text);
    expect(result.level).toBe(c.level);
    if (c.reasons) expect(result.reasons).toEqual(c.reasons);
    // A crisis never asks the screening question; distress below crisis always does.
    if (c.level === "crisis" || c.level === "none") expect(result.screen).toBe(false);
    if (result.level === "urgent" && result.reasons.includes("distress")) expect(result.screen).toBe(true);
  });
});

describe("assessRisk: table coverage", () => {
  it("has at least 170 cases, with no duplicate texts", () => {
    expect(RISK_CASES.length).toBeGreaterThanOrEqual(170);
    expect(new Set(RISK_CASES.map((c) => c.text)).size).toBe(RISK_CASES.length);
  });

  it("covers every reason and every level", () => {
    const reasons = new Set(RISK_CASES.flatMap((c) => c.reasons ?? []));
    const all: RiskReason[] = [...CRISIS_REASONS, "substance_use", "distress"];
    expect([...all].filter((r) => !reasons.has(r))).toEqual([]);
    const levels = new Set(RISK_CASES.map((c) => c.level));
    expect([...levels].sort()).toEqual(["crisis", "none", "urgent"]);
  });

  it("has both English and Spanish crisis and use cases", () => {
    const spanish = /[áéíóúñ¿¡]|\b(?:quiero|me|no|ya|tom[eé]|recaí|consumí|fumé|voy|lo)\b/i;
    const es = RISK_CASES.filter((c) => spanish.test(c.text));
    expect(es.filter((c) => c.level === "crisis").length).toBeGreaterThanOrEqual(20);
    expect(es.filter((c) => c.level === "urgent").length).toBeGreaterThanOrEqual(10);
    expect(es.filter((c) => c.level === "none").length).toBeGreaterThanOrEqual(8);
  });
});

describe("assessRisk: result shape", () => {
  it("returns sorted, unique reasons", () => {
    const r = assessRisk("I relapsed, drank, got high, and I want to die. I want to kill myself. Me quiero morir");
    expect(r).toEqual({ level: "crisis", reasons: ["substance_use", "suicidal_ideation"], screen: false });
  });

  it("returns a fresh object each time (no shared mutable state)", () => {
    const a = assessRisk("I want to die");
    a.reasons.push("abuse");
    expect(assessRisk("I want to die").reasons).toEqual(["suicidal_ideation"]);
  });

  it("is deterministic across repeated calls (global regex state is reset)", () => {
    const text = "I drank last night. I drank again today.";
    const results = Array.from({ length: 5 }, () => assessRisk(text).level);
    expect(results).toEqual(["urgent", "urgent", "urgent", "urgent", "urgent"]);
  });
});

describe("assessRisk: negation scope", () => {
  it("a denial cancels only the phrase it scopes", () => {
    expect(assessRisk("I'm not suicidal").level).toBe("none");
    expect(assessRisk("I'm not suicidal but I want to die").level).toBe("crisis");
    expect(assessRisk("no I want to die").level).toBe("crisis");
    expect(assessRisk("I didn't drink, I got high").level).toBe("urgent");
  });

  it("a later, un-negated repeat of a denied phrase still counts", () => {
    expect(assessRisk("I'm not going to kill myself. I'm going to kill myself").level).toBe("crisis");
    expect(assessRisk("didn't drink friday. drank saturday").level).toBe("urgent");
  });

  it("'almost' cancels a lapse but never a crisis", () => {
    expect(assessRisk("I almost relapsed").level).toBe("none");
    expect(assessRisk("I almost killed myself").level).toBe("crisis");
  });
});

describe("assessRisk: robustness", () => {
  const filler = "mood 7 cravings 2 went to my meeting and had dinner with family. ";

  it("handles a 100 KB ordinary message", () => {
    const big = filler.repeat(Math.ceil(100_000 / filler.length));
    expect(big.length).toBeGreaterThanOrEqual(100_000);
    expect(assessRisk(big)).toEqual({ level: "none", reasons: [], screen: false });
  });

  it("finds a crisis at the very end of a 100 KB message", () => {
    const big = filler.repeat(Math.ceil(100_000 / filler.length)) + "I want to die";
    expect(assessRisk(big).level).toBe("crisis");
  });

  it("handles 100 KB of adversarial repetition (no catastrophic backtracking)", () => {
    const inputs = [
      "a".repeat(100_000),
      "no ".repeat(35_000),
      "i dont want to ".repeat(7_000),
      "kill ".repeat(20_000),
      "drank a a a a ".repeat(7_000),
      "not going to not going to ".repeat(4_000),
      "me me me me ".repeat(9_000),
      "!".repeat(100_000),
      "ii".repeat(50_000),
      "i want to ".repeat(10_000) + "live",
    ];
    const levels = inputs.map((t) => assessRisk(t).level);
    expect(levels).toEqual(["none", "none", "none", "none", "urgent", "none", "none", "none", "none", "none"]);
  });

  it("handles binary-ish text", () => {
    let s = "";
    for (let i = 0; i < 5000; i++) s += String.fromCharCode((i * 7919) % 65536);
    expect(s.length).toBe(5000);
    expect(assessRisk(s)).toEqual({ level: "none", reasons: [], screen: false });
    expect(assessRisk(s + " I want to die")).toEqual({ level: "crisis", reasons: ["suicidal_ideation"], screen: false });
    expect(assessRisk("\u0000\u0001\u0002\uFFFF\uD800 \x7f")).toEqual({ level: "none", reasons: [], screen: false });
  });

  it("handles emoji-only text", () => {
    expect(assessRisk("😀😂🙏🏽💀🔥❤️‍🩹🫠")).toEqual({ level: "none", reasons: [], screen: false });
  });

  it("handles SQL-looking text", () => {
    expect(assessRisk("'; DROP TABLE participants; --")).toEqual({ level: "none", reasons: [], screen: false });
    expect(assessRisk("SELECT * FROM users WHERE 1=1; -- I want to die").level).toBe("crisis");
  });

  it("handles regex metacharacters and non-string input without throwing", () => {
    expect(assessRisk("(.*)+[\\]{}^$|?")).toEqual({ level: "none", reasons: [], screen: false });
    expect(assessRisk(undefined as unknown as string)).toEqual({ level: "none", reasons: [], screen: false });
    expect(assessRisk(42 as unknown as string)).toEqual({ level: "none", reasons: [], screen: false });
  });
});
