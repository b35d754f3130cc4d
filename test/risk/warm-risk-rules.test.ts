import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/risk/index.ts";
import { RISK_RULES } from "../../src/risk/risk-rules.ts";
import { SCREEN_CUES } from "../../src/risk/screen-cues.ts";
import { warmRiskRules } from "../../src/risk/warm-risk-rules.ts";

describe("warmRiskRules", () => {
  it("runs every rule and screening cue, and leaves each ready to run from the start of the next text", () => {
    const patterns = [...RISK_RULES.map((r) => r.re), ...SCREEN_CUES.map((c) => c.re)];
    for (const re of patterns) re.lastIndex = 5;
    expect(warmRiskRules()).toBe(patterns.length);
    expect(patterns.filter((re) => re.lastIndex !== 0).map((re) => re.source.slice(0, 60))).toEqual([]);
  });

  it("changes no assessment: the same texts read the same before and after", () => {
    const texts = ["i want to kill myself", "me quiero morir", "i drank last night", "tengo muchas ganas de tomar", "feeling good, 8", "no aguanto mas, ayudame"];
    const before = texts.map((t) => assessRisk(t));
    warmRiskRules();
    expect(texts.map((t) => assessRisk(t))).toEqual(before);
    expect(before.map((r) => r.level)).toEqual(["crisis", "crisis", "urgent", "urgent", "none", expect.stringMatching(/urgent|crisis/)]);
  });
});
