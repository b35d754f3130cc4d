import type { Db } from "../store/create-db.ts";
import { writeBatch } from "../store/write-batch.ts";
import { auditStatements } from "../records/record-audit.ts";
import type { ConsoleState } from "./console-state.ts";

/** Who opened the console: its token is shared, so the audit names the surface, not a counselor. */
export const CONSOLE_ACTOR = "console";

/**
 * Records that a page read the console's state: one `console_viewed` audit event per
 * participant it shows (their messages and answers are in it), or one without a participant
 * when it shows none. Stored before the state is given; if it cannot be stored, the state is
 * not given. `how` says which read it was ("state", "events").
 */
export async function recordConsoleView(db: Db, state: ConsoleState, at: Date, how: "state" | "events"): Promise<void> {
  const detail = { participants: state.phones.length, how };
  const ids: (string | null)[] = state.phones.length === 0 ? [null] : state.phones.map((p) => p.id);
  const entries = ids.map((participantId) => ({ at, actorKind: "staff" as const, actorId: CONSOLE_ACTOR, action: "console_viewed" as const, participantId, via: "console", detail }));
  await writeBatch(db, auditStatements(db, entries));
}
