import type { ChannelName, RiskLevel } from "../domain/types.ts";

/** Something that happened, for the simulator's output, the console and tests. */
export type EngineEvent =
  | { type: "message"; at: Date; channel: ChannelName; to: string; text: string; kind: string }
  | {
      type: "checkin";
      at: Date;
      participant: string;
      date: string;
      mood: number | null;
      craving: number | null;
      meeting: boolean | null;
      complete: boolean;
    }
  | {
      type: "escalation";
      at: Date;
      participant: string | null;
      code: string;
      level: Exclude<RiskLevel, "none">;
      reasons: string[];
      notified: string[];
      status: string;
    };
