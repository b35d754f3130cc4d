import { formatIssue } from "./program-file-error.ts";
import { programSchema, type Program } from "./program-schema.ts";
import { programWarnings } from "./program-warnings.ts";
import { validateYaml } from "./validate-yaml.ts";
import { formatPath } from "./yaml-source.ts";

export interface LoadedProgram {
  program: Program;
  /** Problems that do not stop loading, formatted like errors ("program.yaml:40: participants[2].preferredChannel: …"). */
  warnings: string[];
}

/**
 * Turns the text of a program file into a validated program with every default filled.
 * @throws {ProgramFileError} listing every problem as "program.yaml:12: participants[3].timeZone: …".
 */
export function loadProgram(yamlText: string, sourceName = "program.yaml"): LoadedProgram {
  const { value: program, source, yamlWarnings } = validateYaml(programSchema, yamlText, sourceName);
  const warnings = [
    ...yamlWarnings.map((w) => formatIssue(sourceName, w)),
    ...programWarnings(program).map((w) => formatIssue(sourceName, { path: formatPath(w.path), line: source.lineOf(w.path), message: w.message })),
  ];
  return { program, warnings };
}
