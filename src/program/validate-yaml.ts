/**
 * Validates YAML text against a zod schema and turns every zod issue into a ProgramFileIssue
 * that names the field and its line. Shared by the program and the scenario loaders.
 */
import type { z } from "zod";
import { ProgramFileError, type ProgramFileIssue } from "./program-file-error.ts";
import { readYamlInChunks } from "./read-yaml-in-chunks.ts";
import { formatPath, parseYamlSource, type DataPath, type YamlSource } from "./yaml-source.ts";

/** Files this long (about 1,000 participants) are read in slices when they can be; see readYamlInChunks. */
const SLICED_READ_FROM = 128 * 1024;

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping of keys and values",
  array: "a list",
  date: "a date",
};

function describe(input: unknown): string {
  if (input === null) return "nothing";
  if (Array.isArray(input)) return "a list";
  if (input instanceof Date) return "a date";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "number") return Number.isInteger(input) ? "a whole number" : "a number";
  if (typeof input === "string") return "text";
  return typeof input;
}

/** Plain-language messages for the issues zod raises itself (schemas set their own for the rest). */
export function friendlyMessage(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case "invalid_type": {
      const expected = EXPECTED[iss.expected] ?? iss.expected;
      if ((iss.path ?? []).length === 0 && (iss.input === undefined || iss.input === null)) return "the file is empty";
      if (iss.input === undefined) return "required, but missing";
      if (iss.input === null) return `has no value; expected ${expected}`;
      if (iss.expected === "int" && typeof iss.input === "number") return "must be a whole number";
      return `expected ${expected}, got ${describe(iss.input)}`;
    }
    case "too_small": {
      const min = Number(iss.minimum);
      if (iss.origin === "array") return min === 1 ? "must not be empty" : `must list at least ${min} items`;
      if (iss.origin === "string") return min === 1 ? "must not be empty" : `must be at least ${min} characters`;
      return iss.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case "too_big": {
      const max = Number(iss.maximum);
      if (iss.origin === "array") return `must list at most ${max} items`;
      if (iss.origin === "string") return `must be at most ${max} characters`;
      return iss.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case "invalid_value":
      return `must be ${iss.values.length === 1 ? "" : "one of "}${iss.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_key":
      return "unknown key";
    default:
      return undefined;
  }
}

/** One ProgramFileIssue per zod issue; an unknown-keys issue becomes one per key, at the key's line. */
export function toFileIssues(issues: readonly z.core.$ZodIssue[], lineOf: (path: DataPath) => number | null, prefix: DataPath = []): ProgramFileIssue[] {
  const out: ProgramFileIssue[] = [];
  for (const iss of issues) {
    const path = [...prefix, ...iss.path];
    if (iss.code === "unrecognized_keys") {
      const lines = iss.message.split("\n");
      iss.keys.forEach((key, i) => {
        const keyPath = [...path, key];
        out.push({ path: formatPath(keyPath), line: lineOf(keyPath), message: lines[i] ?? lines[0] ?? `unknown key "${key}"` });
      });
    } else {
      out.push({ path: formatPath(path), line: lineOf(path), message: iss.message });
    }
  }
  return out;
}

export interface ValidatedYaml<T> {
  value: T;
  source: YamlSource;
  /** Issues the YAML parser only warned about. */
  yamlWarnings: ProgramFileIssue[];
}

/**
 * Parses `text` as YAML and validates it with `schema`.
 * @throws {ProgramFileError} listing every syntax or validation problem with its line.
 */
export function validateYaml<S extends z.ZodType>(schema: S, text: string, sourceName: string): ValidatedYaml<z.output<S>> {
  if (text.length >= SLICED_READ_FROM) {
    const data = readYamlInChunks(text);
    const result = data === null ? null : schema.safeParse(data, { error: friendlyMessage });
    if (result?.success) {
      // Lines are only needed for warnings; the whole document is read if one asks.
      let whole: YamlSource | null = null;
      const lineOf = (path: DataPath) => (whole ??= parseYamlSource(text, sourceName)).lineOf(path);
      return { value: result.data, source: { data, lineOf }, yamlWarnings: [] };
    }
  }
  const source = parseYamlSource(text, sourceName);
  const result = schema.safeParse(source.data, { error: friendlyMessage });
  if (!result.success) throw new ProgramFileError(sourceName, toFileIssues(result.error.issues, source.lineOf));
  return { value: result.data, source, yamlWarnings: source.yamlWarnings };
}
