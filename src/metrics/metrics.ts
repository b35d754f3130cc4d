import type { ChannelName, RiskLevel } from "../domain/types.ts";

/** What became of one inbound message (the `result` label of steady_inbound_messages_total). */
export type InboundOutcome =
  /** Stored and handled: a check-in answer, a keyword, an RSVP, a text for the inbox. */
  | "answered"
  /** Took the crisis path (the text's own crisis, or a screening reply that was not a clear no). */
  | "crisis"
  /** A provider id seen before: nothing was done. */
  | "duplicate"
  /** Kept in the spool while the database failed; handled later. */
  | "spooled"
  /** Handled from the spool once the database was back (it was counted as spooled when it came). */
  | "replayed"
  /** Neither stored nor spooled: the provider was answered with an error and may retry. */
  | "failed";

/** What became of one attempt to send an outbox row (the `result` label of steady_outbound_messages_total). */
export type OutboundOutcome =
  /** The channel took it (or it went in the adapter's own response to the provider). */
  | "sent"
  /** A transient failure: the row waits for its next try. */
  | "retried"
  /** A permanent failure. */
  | "failed"
  /** The person cannot be reached at that address: the message moves to their next channel. */
  | "unreachable"
  /** A routine message that went stale before it could go out. */
  | "dropped"
  /** A routine message to someone who opted out after it was written. */
  | "cancelled";

/** Levels an escalation has. */
export type EscalationLevel = Exclude<RiskLevel, "none">;

/** Every escalation level, for gauges that show each even when it is zero. */
export const ESCALATION_LEVELS: readonly EscalationLevel[] = ["crisis", "urgent"];

/** Whether a stored level is one of ESCALATION_LEVELS (only those become label values). */
export function isEscalationLevel(level: string): level is EscalationLevel {
  return (ESCALATION_LEVELS as readonly string[]).includes(level);
}

/**
 * What the engine and the adapters record as they work. Labels are channel names, outcome
 * codes and escalation levels only, never an id, a number, a name or a message's words.
 * Durations are in seconds.
 */
export interface Metrics {
  /** One inbound message handled, by the channel it came on. */
  inbound(channel: ChannelName, outcome: InboundOutcome): void;
  /** One send of an outbox row. */
  outbound(channel: ChannelName, outcome: OutboundOutcome): void;
  /** A row went out this long after it was due (0 when on time). */
  dispatchLag(channel: ChannelName, seconds: number): void;
  /** An alert was acknowledged this long after its escalation was opened. */
  acknowledged(level: EscalationLevel, seconds: number): void;
  /** A provider's HTTP request to a channel's webhook took this long to answer. */
  webhook(channel: ChannelName, seconds: number): void;
}

/** Records nothing: the default, for one-shot commands and tests that do not look. */
export const noMetrics: Metrics = {
  inbound() {},
  outbound() {},
  dispatchLag() {},
  acknowledged() {},
  webhook() {},
};
