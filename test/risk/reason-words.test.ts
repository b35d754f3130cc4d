import { describe, expect, it } from "vitest";
import { reasonWords, staff } from "../../src/messages/staff.ts";
import { CRISIS_REASONS, type RiskReason } from "../../src/risk/types.ts";

// The words a counselor reads on a chat-channel alert for each reason assessRisk gives.
const WORDS: Record<RiskReason, string> = {
  suicidal_ideation: "suicide risk",
  suicidal_intent: "suicide risk: intent",
  suicidal_plan: "suicide risk: a plan",
  preparatory_act: "suicide risk: preparing",
  suicide_attempt: "suicide attempt",
  self_harm: "self-harm",
  overdose: "possible overdose",
  overdose_other_person: "overdose of someone present",
  harm_to_others: "risk to others",
  abuse: "safety concern",
  medical_emergency: "medical emergency",
  substance_use: "reported use",
  distress: "distress",
  craving_high: "high cravings",
};

describe("staff words for risk reasons", () => {
  it("every reason has its own words (not the bare reason name)", () => {
    const all: RiskReason[] = [...CRISIS_REASONS, "substance_use", "distress", "craving_high"];
    expect(Object.keys(WORDS).sort()).toEqual([...all].sort());
    for (const r of all) expect(reasonWords([r]), r).toBe(WORDS[r]);
  });

  it("keeps words for the reasons stored escalation rows from older versions carry", () => {
    expect(reasonWords(["suicidal", "emergency"])).toBe("suicide risk, emergency");
  });

  it("chat alerts name the reasons; SMS alerts never do", () => {
    const p = { level: "crisis", pid: "p-001", name: "Sam", reasons: ["overdose_other_person", "distress"], code: "1234", repeat: false };
    expect(staff.alertFull(p)).toContain("overdose of someone present, distress");
    expect(staff.alertMinimal(p)).not.toMatch(/overdose|distress/);
  });
});
