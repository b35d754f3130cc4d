/**
 * Messages to counselors (English). Alerts are lock-screen safe: the participant id, and on
 * chat channels the first name and a reason category; never the participant's own words.
 */
const REASON_WORDS: Record<string, string> = {
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
  // Reasons that escalation rows written by older versions still carry.
  suicidal: "suicide risk",
  emergency: "emergency",
  craving_high: "high cravings",
  mood_low: "very low mood",
  mood_drop: "mood drop",
  missed_checkins: "missed check-ins",
  unknown_sender: "unenrolled sender",
};

export function reasonWords(reasons: string[]): string {
  return reasons.map((r) => REASON_WORDS[r] ?? r.replace(/_/g, " ")).join(", ");
}

export const staff = {
  alertMinimal: (p: { level: string; pid: string; code: string; repeat: boolean }) =>
    `Steady: ${p.repeat ? "still open: " : ""}${p.level} alert for ${p.pid}. Reply ACK ${p.code}.`,
  alertFull: (p: { level: string; pid: string; name: string | null; reasons: string[]; code: string; repeat: boolean }) =>
    `Steady: ${p.repeat ? "still open: " : ""}${p.level} alert for ${p.pid}${p.name ? ` (${p.name})` : ""}: ${reasonWords(p.reasons)}. Reply ACK ${p.code}.`,
  acked: (p: { code: string; pid: string }) => `Acknowledged alert ${p.code} (${p.pid}). Reply RESOLVE ${p.code} when it is handled.`,
  alreadyAcked: (p: { code: string; by: string }) => `Alert ${p.code} was already acknowledged by ${p.by}.`,
  resolved: (p: { code: string }) => `Resolved alert ${p.code}.`,
  noSuchAlert: (p: { code: string }) => `No open alert with code ${p.code}.`,
  commands: () => "Steady staff commands: ACK <code> to acknowledge an alert, RESOLVE <code> when it is handled.",
  fallbackAlert: (p: { level: string; pid: string }) => `Steady: ${p.level} alert for ${p.pid}. Please reach out now (alert system degraded; ACK may not work).`,
};
