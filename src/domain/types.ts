/** Languages the bot speaks. */
export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

/** Channels a message can travel on, and what each can do: see src/channel/channel-registry.ts. */
export { CHANNELS, type ChannelName } from "../channel/channel-registry.ts";

/** A question scored on an inclusive integer scale, e.g. mood 1-10. */
export interface ScaleQuestion {
  id: string;
  type: "scale";
  min: number;
  max: number;
  /** Words that label this question in an all-in-one reply ("mood", "ánimo"). */
  labels?: string[];
  optional?: boolean;
}

/** A yes/no question, e.g. "went to a recovery meeting". */
export interface YesNoQuestion {
  id: string;
  type: "yesno";
  labels?: string[];
  optional?: boolean;
}

/** A free-text question, e.g. an optional note for the counselor. */
export interface TextQuestion {
  id: string;
  type: "text";
  labels?: string[];
  optional?: boolean;
}

export type QuestionDef = ScaleQuestion | YesNoQuestion | TextQuestion;

/** Answer values as stored: numbers for scales, booleans for yes/no, strings for text. */
export type AnswerValue = number | boolean | string;

/** Risk levels of an inbound text. */
export type RiskLevel = "crisis" | "urgent" | "none";
