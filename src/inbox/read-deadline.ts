import type { ProgramSettings } from "../program/program-schema.ts";

/** When a message that arrived at `at` counts as unread too long and goes on to the supervisor. */
export function readDeadline(program: ProgramSettings, at: Date): Date {
  return new Date(at.getTime() + program.inbox.readWithinHours * 3_600_000);
}
