import type { EngineEvent } from "../engine/engine-event.ts";
import type { RefusalReason } from "../escalation/may-act.ts";
import type { Tx } from "../store/create-db.ts";

/** Who is acting on an alert and through which surface: a channel name, "console", "cli" or "api". */
export interface StaffActor {
  counselorId: string;
  via: string;
}

/** Acknowledge or resolve. */
export type AlertAction = "acknowledge" | "resolve";

/** Options of an action on an alert. */
export interface AlertActionOptions {
  /** What the counselor wrote with it; kept with the action when it is done, never logged. */
  note?: string | null;
  /** The caller's transaction (an inbound turn): the caller emits `event` once it commits. */
  tx?: Tx;
  /** With `tx`: where to leave work that must wait for the caller's commit (InboundTurn.afterCommit); without it, that work runs at once. */
  afterCommit?: (() => void)[];
}

/** What acknowledging or resolving an alert did. A refusal is an answer, not an error. */
export type AlertOutcome =
  | { kind: "done"; code: string; participantId: string | null; event: EngineEvent }
  | { kind: "already"; code: string; by: string }
  | { kind: "not_found"; code: string }
  /**
   * The counselor may not act on this alert (see escalation/may-act.ts); nothing changed.
   * `message` is the polite answer every surface gives them, saying nothing of the participant.
   */
  | { kind: "refused"; code: string; reason: RefusalReason; message: string };
