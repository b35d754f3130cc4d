import type { Offer } from "./message-catalog.ts";

/**
 * Messages to counselors (English). Alerts are lock-screen safe: the participant id, and
 * only where nothing shows on a lock screen (see alertDetail in src/channel/channel-registry.ts)
 * the first name and a reason category; never the participant's own words.
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
  screen_positive: "did not say no to the suicide question",
  screen_unanswered: "no answer to the suicide question",
  screened_no: "distress; said no to the suicide question",
};

/** What an inbox item is, in a word or two. */
const INBOX_KIND_WORDS: Record<string, string> = {
  note: "check-in note",
  unreadable: "check-in reply",
  comment: "check-in answer with a comment",
  message: "message",
  screened: "message, screened",
};

export function reasonWords(reasons: string[]): string {
  return reasons.map((r) => REASON_WORDS[r] ?? r.replace(/_/g, " ")).join(", ");
}

/** What a counselor's daily digest reports: participant ids and counts only, never names or answers. */
export interface DigestContent {
  enrolled: string[];
  discharged: string[];
  /** Participants who opted out since the last digest and are opted out everywhere now. */
  optedOut: string[];
  /** Participants who opted out of some channels only since the last digest (messages go on on the others), with those channels. */
  optedOutOf: { pid: string; channels: string[] }[];
  /** Participants who missed a check-in since the last digest; `inARow` is set for a run long enough to flag. */
  missed: { pid: string; inARow: number | null }[];
  /** Codes of the open (unacknowledged) alerts on the caseload. */
  openAlerts: string[];
  /** Participant messages waiting unread for this counselor (src/inbox/). */
  unread: number;
}

/** Ids listed in a digest line before the rest is counted, so a digest stays one short message. */
const DIGEST_IDS = 4;

function idList(ids: string[]): string {
  const shown = ids.slice(0, DIGEST_IDS).join(", ");
  return ids.length > DIGEST_IDS ? `${shown} +${ids.length - DIGEST_IDS} more` : shown;
}

/** The daily digest, or null when there is nothing to report (then nothing is sent). Lock-screen safe. */
function digest(d: DigestContent): string | null {
  const parts: string[] = [];
  if (d.enrolled.length > 0) parts.push(`New: ${idList(d.enrolled)}.`);
  if (d.discharged.length > 0) parts.push(`Discharged: ${idList(d.discharged)}.`);
  if (d.optedOut.length > 0) parts.push(`Opted out: ${idList(d.optedOut)}.`);
  const partly = new Map<string, string[]>();
  for (const o of d.optedOutOf) partly.set(o.channels.join(", "), [...(partly.get(o.channels.join(", ")) ?? []), o.pid]);
  for (const [channels, ids] of partly) parts.push(`Opted out of ${channels} only: ${idList(ids)}.`);
  if (d.missed.length > 0) {
    // Runs long enough to flag come first, so they are never the ones cut off.
    const sorted = [...d.missed].sort((a, b) => (b.inARow ?? 0) - (a.inARow ?? 0));
    parts.push(`Missed check-in: ${idList(sorted.map((m) => (m.inARow ? `${m.pid} (${m.inARow} in a row)` : m.pid)))}.`);
  }
  if (d.openAlerts.length > 0) parts.push(`Open alerts: ${d.openAlerts.length} (ACK ${idList(d.openAlerts)}).`);
  if (d.unread > 0) parts.push(`Unread messages: ${d.unread} (READ).`);
  return parts.length === 0 ? null : `Steady daily summary. ${parts.join(" ")}`;
}

export const staff = {
  alertMinimal: (p: { level: string; pid: string; repeat: boolean }) => `Steady: ${p.repeat ? "still open: " : ""}${p.level} alert for ${p.pid}.`,
  alertFull: (p: { level: string; pid: string; name: string | null; reasons: string[]; repeat: boolean }) =>
    `Steady: ${p.repeat ? "still open: " : ""}${p.level} alert for ${p.pid}${p.name ? ` (${p.name})` : ""}: ${reasonWords(p.reasons)}.`,
  /** What an alert offers: acknowledging it. */
  alertChoices: (p: { code: string }): Offer => ({ choices: [{ id: "ack", label: "Acknowledge", reply: `ACK ${p.code}` }], choicesText: `Reply ACK ${p.code}.` }),
  /**
   * What an alert already sent becomes, edited in place, once someone acted on it: minimal
   * whatever it showed before (lock-screen safe), with the first name of who acted.
   */
  alertActedOn: (p: { level: string; pid: string; action: "acknowledged" | "resolved"; by: string }) =>
    `Steady: ${p.level} alert for ${p.pid}, ${p.action} by ${p.by}.`,
  acked: (p: { code: string; pid: string }) => `Acknowledged alert ${p.code} (${p.pid}). Reply RESOLVE ${p.code} when it is handled.`,
  alreadyAcked: (p: { code: string; by: string }) => `Alert ${p.code} was already acknowledged by ${p.by}.`,
  resolved: (p: { code: string }) => `Resolved alert ${p.code}.`,
  noSuchAlert: (p: { code: string }) => `No open alert with code ${p.code}.`,
  /** ACK or RESOLVE from a counselor the rule in escalation/may-act.ts refuses; says nothing about the participant. */
  notYours: (p: { code: string; inactive: boolean }) =>
    p.inactive
      ? `Sorry, your Steady staff account is inactive, so you can't act on alert ${p.code}. Nothing was changed.`
      : `Sorry, alert ${p.code} isn't yours to act on: it is for the participant's counselor, whoever it went to and their supervisor. Nothing was changed.`,
  commands: () =>
    "Steady staff commands: ACK <code> to acknowledge an alert, RESOLVE <code> [note] when it is handled, READ to see unread messages, REPLY <code> <text> to answer one.",
  inboxNotice: (p: { unread: number }) => `Steady: ${p.unread} unread message${p.unread === 1 ? "" : "s"} from your caseload.`,
  /** What an inbox notice offers: reading the oldest unread message. */
  inboxNoticeChoices: (p: { unread: number }): Offer => ({
    choices: [{ id: "read", label: p.unread === 1 ? "Read it" : "Read the oldest", reply: "READ" }],
    choicesText: `Reply READ to see ${p.unread === 1 ? "it" : "the oldest"}.`,
  }),
  inboxItem: (p: { pid: string; when: string; kind: string; risk: string; code: string; text: string; more: number }) =>
    `${p.pid}, ${p.when} (${INBOX_KIND_WORDS[p.kind] ?? p.kind}${p.risk === "none" ? "" : `, ${p.risk}`}): "${p.text}" To answer: REPLY ${p.code} <text>.${p.more > 0 ? ` ${p.more} more unread: READ.` : ""}`,
  inboxEmpty: () => "Steady: no unread messages.",
  /** READ or REPLY from a counselor the rule refuses; says nothing about the participant. */
  messageNotYours: (p: { code: string }) =>
    `Sorry, ${p.code ? `message ${p.code} isn't` : "that message isn't"} yours to read: it is for the participant's counselor, whoever it went to and their supervisor.`,
  /** A participant's history asked for by a counselor the rule refuses. */
  historyNotYours: (p: { pid: string; inactive: boolean }) =>
    p.inactive
      ? `Sorry, your Steady staff account is inactive, so you can't see ${p.pid}'s history.`
      : `Sorry, ${p.pid}'s history is for their counselor, whoever an open alert about them went to and their supervisor.`,
  noSuchMessage: (p: { code: string }) => `No message with code ${p.code}.`,
  replySent: (p: { pid: string }) => `Sent to ${p.pid}.`,
  replyUnreachable: (p: { pid: string }) => `${p.pid} cannot be reached by message right now (opted out or no channel). Nothing was sent.`,
  /**
   * A participant (or a counselor, to their supervisor) cannot be reached at an address. Ids
   * and the channel only: lock-screen safe.
   */
  unreachable: (p: { who: string; channel: string; movedTo: string | null }) =>
    `Steady: ${p.who} can't be reached by ${p.channel} (number or account not reachable). ${p.movedTo ? `Messages go by ${p.movedTo} now.` : "No other channel to use."} Please check their contact details.`,
  /**
   * Found at start or at a sync: a participant of theirs no running channel reaches (the
   * cause's code, see findUnreachable), or a counselor alerts cannot reach (to whoever is
   * told instead). Ids and channels only: lock-screen safe.
   */
  unreachableSetup: (p: { who: string; cause: "no_running_channel" | "no_consent" | "counselor_unreachable"; channels: string[] }) =>
    p.cause === "counselor_unreachable"
      ? `Steady: alerts can't reach ${p.who}: no contact on a channel Steady runs${p.channels.length > 0 ? ` (has ${p.channels.join(", ")})` : ""}. Please add one.`
      : p.cause === "no_consent"
        ? `Steady: ${p.who} gets no check-ins or reminders: no consent recorded for ${p.channels.join(", ")}. Please record it.`
        : `Steady: ${p.who} gets no messages: no contact on a channel Steady runs${p.channels.length > 0 ? ` (has ${p.channels.join(", ")})` : ""}. Please add one.`,
  digest,
  fallbackAlert: (p: { level: string; pid: string }) => `Steady: ${p.level} alert for ${p.pid}. Please reach out now (alert system degraded; ACK may not work).`,
};
