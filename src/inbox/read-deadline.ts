import type { ProgramSettings } from "../program/program-schema.ts";
import { addOfficeHours } from "../time/office-hours.ts";

/**
 * When a message that arrived at `at` counts as unread too long and goes on to the supervisor:
 * readWithinHours of office time later, since nobody is expected to read at night.
 */
export function readDeadline(program: ProgramSettings, at: Date): Date {
  return addOfficeHours(at, program.inbox.readWithinHours, program.timeZone, program.officeHours);
}
