import { readFileSync } from "node:fs";
import { loadProgram, type LoadedProgram } from "./load-program.ts";
import { ProgramFileError } from "./program-file-error.ts";

/**
 * Reads and loads a program file (synchronously: at startup, and when the running bot sees it change).
 * @throws {ProgramFileError} when the file cannot be read (saying why, e.g. that it does not exist) or is invalid.
 */
export function readProgramFile(path: string): LoadedProgram {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const message =
      code === "ENOENT"
        ? "file not found"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : code === "EACCES"
            ? "permission denied"
            : `cannot read the file (${code ?? String(cause)})`;
    throw new ProgramFileError(path, [{ path: "", line: null, message }], { cause });
  }
  return loadProgram(text, path);
}
