import type { MessagePurpose } from "../domain/messages.ts";
import type { ChannelName, RiskLevel } from "../domain/types.ts";

/** What happened to an escalation: stored (and its first alerts sent, unless held for office hours), paged, re-escalated, acted on. */
export type EscalationChange = "opened" | "paged" | "reescalated" | "acknowledged" | "resolved";

/** Something that happened, for the simulator's output, the console and tests. */
export type EngineEvent =
  | {
      type: "message";
      at: Date;
      /** The outbox row's id. */
      id: string;
      channel: ChannelName;
      to: string;
      text: string;
      kind: string;
      /** What the message is for, where its kind says less (a reprompt, a re-escalation). */
      purpose: MessagePurpose | null;
      /** The escalation an alert is about. */
      escalationId: string | null;
    }
  | {
      type: "checkin";
      at: Date;
      participant: string;
      date: string;
      mood: number | null;
      craving: number | null;
      meeting: boolean | null;
      complete: boolean;
      /** How the check-in stands: complete, or closed at the end of the day partly answered (expired) or unanswered (missed). */
      status: "complete" | "expired" | "missed";
    }
  | {
      type: "escalation";
      at: Date;
      id: string;
      participant: string | null;
      code: string;
      level: Exclude<RiskLevel, "none">;
      reasons: string[];
      /** Everyone paged about it so far. */
      notified: string[];
      /** Who was paged at this step (none when it was held for office hours, acknowledged or resolved). */
      paged: string[];
      /** The step of the on-call ladder it is at. */
      step: number;
      change: EscalationChange;
      status: string;
    };
