import type { Tx } from "../store/create-db.ts";
import type { AlertOutcome } from "./alert-outcome.ts";
import type { DeskContext } from "./desk-context.ts";

/** Longest note kept with an action; longer ones are cut (an SMS of ten segments fits). */
export const MAX_NOTE_LENGTH = 1600;

/** A note as stored: trimmed, cut to MAX_NOTE_LENGTH, null when empty. */
export function cleanNote(note: string | null | undefined): string | null {
  const t = note?.trim() ?? "";
  return t === "" ? null : t.slice(0, MAX_NOTE_LENGTH);
}

/**
 * Runs an action on an alert in the caller's transaction, where the caller emits the event
 * once it commits (an inbound turn), or in a transaction of its own, emitting the event here
 * once committed. Either way the change and its StaffAction row are stored together or not at all.
 */
export async function runAlertAction(desk: DeskContext, tx: Tx | undefined, run: (tx: Tx) => Promise<AlertOutcome>): Promise<AlertOutcome> {
  if (tx) return run(tx);
  const outcome = await desk.db.$transaction(run);
  if (outcome.kind === "done") desk.emit(outcome.event);
  return outcome;
}
