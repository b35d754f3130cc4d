import { expect } from "vitest";
import { loadProgram, ProgramFileError, type ProgramFileIssue } from "../../src/program/index.ts";

/** A small valid program; the failing cases each change one line of it. */
export const BASE = `program:
  name: Test Program
  timeZone: America/Chicago
  supportContact: front desk
counselors:
  - id: c-one
    name: Dana Rivera
    contacts: { sms: "+13125550101" }
    onCall: 1
  - id: c-two
    name: Ngozi Okafor
    contacts: { slack: U0FAKE0102 }
    supervisor: c-one
groups:
  - id: g-one
    name: Evening group
    sessions:
      - { days: [tue, thu], start: "18:00", durationMinutes: 180 }
participants:
  - id: p-001
    name: Sam
    contacts: { sms: "+13125550111" }
    preferredChannel: sms
    group: g-one
    counselor: c-one
    startDate: 2026-11-02
    consent:
      sms: { date: 2026-11-02, method: form }
  - id: p-002
    name: Alex
    contacts: { discord: "100000000000000112" }
    preferredChannel: discord
    counselor: c-two
    startDate: 2026-11-03
    consent:
      discord: { date: 2026-11-03, method: form }
`;

/** `text` with the single occurrence of `find` replaced (fails the test if `find` is not there exactly once). */
export function edit(text: string, find: string, replace: string): string {
  const first = text.indexOf(find);
  if (first < 0 || text.indexOf(find, first + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(find)} in the YAML`);
  return text.slice(0, first) + replace + text.slice(first + find.length);
}

/** The 1-based number of the only line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const lines = text.split("\n");
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`expected exactly one line containing ${JSON.stringify(needle)}, found ${hits.length}`);
  return hits[0]!;
}

/** The ProgramFileError thrown by `load` (fails the test when nothing, or something else, is thrown). */
export function catchFileError(load: () => unknown): ProgramFileError {
  try {
    load();
  } catch (e) {
    if (e instanceof ProgramFileError) return e;
    throw e;
  }
  throw new Error("expected a ProgramFileError, but the file loaded");
}

/**
 * Loads `yaml`, expects it to fail with an issue at `path` on line `at` (a number, or the
 * text of the only line containing it), whose message contains `message`; also checks the
 * formatted error text.
 */
export function expectIssue(yaml: string, path: string, at: string | number, message: string, sourceName = "program.yaml"): ProgramFileIssue {
  const err = catchFileError(() => loadProgram(yaml, sourceName));
  const line = typeof at === "number" ? at : lineOf(yaml, at);
  const issue = err.issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path}; got:\n${err.message}`).toBeDefined();
  expect(issue!.line).toBe(line);
  expect(issue!.message).toContain(message);
  expect(err.message).toContain(`${sourceName}:${line}: ${path}: `);
  return issue!;
}
