import type { InboundResult, OutboundMessage } from "../domain/messages.ts";
import type { Engine } from "../engine/create-engine.ts";
import type { Unreachable } from "../program/find-unreachable.ts";

/**
 * What the console needs of the local channel, which main gives it (the console knows no
 * adapter): typing as a participant or a counselor. Addresses on that channel are the
 * person's id.
 */
export interface ConsoleChannel {
  /** A person typing; `from` is their participant or counselor id. */
  receive(from: string, text: string): Promise<InboundResult>;
}

/** A message the local channel delivered, as main passes it on to the console. */
export interface ConsoleDelivery {
  at: Date;
  message: OutboundMessage;
}

/** What main gives the console: the engine, and the local channel to type on (null when it does not run). */
export interface ConsoleApp {
  engine: Engine;
  local: ConsoleChannel | null;
  /** Who and what no running channel reaches now (src/staff/check-reach.ts); the page marks them. */
  unreachable?: () => Promise<Unreachable[]>;
}
