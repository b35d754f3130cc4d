import { SteadyError } from "../domain/steady-error.ts";

/** One problem in a program or scenario file. */
export interface ProgramFileIssue {
  /** Where in the file's structure, e.g. "participants[3].timeZone"; "" for the file as a whole. */
  path: string;
  /** 1-based line in the file, or null when it cannot be told (e.g. the file is missing). */
  line: number | null;
  message: string;
}

/** `program.yaml:12: participants[3].timeZone: unknown time zone "America/Chicgo"` */
export function formatIssue(sourceName: string, issue: ProgramFileIssue): string {
  const where = issue.line === null ? sourceName : `${sourceName}:${issue.line}`;
  return issue.path === "" ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}

/**
 * A program (or simulate scenario) file that cannot be used. `message` lists every issue,
 * one per line, in file order; `issues` has them structured. Coded `program_invalid` like
 * every other SteadyError, so the edges (CLI exit code, HTTP status) treat it the usual way.
 * Messages never repeat phone numbers or chat user ids.
 */
export class ProgramFileError extends SteadyError {
  readonly sourceName: string;
  readonly issues: ProgramFileIssue[];

  constructor(sourceName: string, issues: ProgramFileIssue[], options?: { cause?: unknown }) {
    const sorted = [...issues].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
    super("program_invalid", sorted.map((i) => formatIssue(sourceName, i)).join("\n"), options);
    this.name = "ProgramFileError";
    this.sourceName = sourceName;
    this.issues = sorted;
  }
}
