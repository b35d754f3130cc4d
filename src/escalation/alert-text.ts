import type { AlertDetail } from "../channel/channel-registry.ts";
import { staff } from "../messages/staff.ts";

/** What an alert says about its escalation; the participant's own words are never part of it. */
export interface AlertContent {
  level: "crisis" | "urgent";
  /** The participant's id, or words for a sender who is not enrolled. */
  pid: string;
  /** The participant's first name, shown only in the full form. */
  name: string | null;
  reasons: string[];
  /** Whether this counselor was alerted to this escalation before ("still open"). */
  repeat: boolean;
}

/** The words of an alert in the form its address gets (alertDetail in src/channel/channel-registry.ts). */
export function alertText(detail: AlertDetail, c: AlertContent): string {
  return detail === "full" ? staff.alertFull(c) : staff.alertMinimal(c);
}

/** An alert's content from its stored escalation, the participant's first name, and whether it repeats. */
export function alertContent(esc: { level: string; participantId: string | null; reasonsJson: string }, name: string | null, repeat: boolean): AlertContent {
  return {
    level: esc.level === "crisis" ? "crisis" : "urgent",
    pid: esc.participantId ?? "an unenrolled sender",
    name: esc.participantId ? name : null,
    reasons: JSON.parse(esc.reasonsJson) as string[],
    repeat,
  };
}
