/**
 * YAML text -> plain data, remembering where every node came from so that a problem found
 * later (by zod, or by a warning) can be reported with its line number.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { ProgramFileError, type ProgramFileIssue } from "./program-file-error.ts";

export type DataPath = readonly PropertyKey[];

/** Parser options every reader of a program or scenario file uses. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** Aliases one document may expand (a guard against alias bombs). */
export const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  /** The document as plain JS data (mappings become objects, sequences arrays). */
  data: unknown;
  /**
   * The 1-based line of the node at `path`. A path ending in a mapping key gives the key's
   * line; a path that does not exist in the file (a missing key) gives the line of the
   * deepest node that does, i.e. the parent. Null only for an empty document.
   */
  lineOf(path: DataPath): number | null;
}

/**
 * Plain scalars that YAML reads as numbers but that are really addresses: "+13125550114"
 * (the "+" would be lost) and Discord ids of 16+ digits (too big for a JS number). They are
 * kept as the text that was written, so admins need not quote them.
 */
const ADDRESS_LIKE = /^(\+\d{8,15}|\d{16,})$/;

export function keepAddressesAsText(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if ((typeof node.value === "number" || typeof node.value === "bigint") && node.source !== undefined && ADDRESS_LIKE.test(node.source)) {
        node.value = node.source;
      }
    },
  });
}

/** "participants[3].timeZone" */
export function formatPath(path: DataPath): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else {
      const key = String(seg);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out === "" ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** Drops yaml's " at line N, column M:" suffix and code frame; the line is reported separately. */
function plainYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, "").trim();
}

/**
 * Parses YAML text. Syntax errors (bad indentation, unclosed quotes, tabs, duplicate keys,
 * several documents in one file) throw a ProgramFileError with their lines.
 * Warnings from the YAML parser are returned as issues.
 */
export function parseYamlSource(text: string, sourceName: string): YamlSource & { yamlWarnings: ProgramFileIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const toIssue = (e: { pos: [number, number]; message: string }): ProgramFileIssue => ({
    path: "",
    line: lineCounter.linePos(e.pos[0]).line,
    message: `YAML syntax: ${plainYamlMessage(e.message)}`,
  });
  if (doc.errors.length > 0) throw new ProgramFileError(sourceName, doc.errors.map(toIssue));
  keepAddressesAsText(doc);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    throw new ProgramFileError(sourceName, [{ path: "", line: null, message: `YAML: ${cause instanceof Error ? cause.message : String(cause)}` }], { cause });
  }

  const lineAt = (node: Node | null | undefined): number | null => (node?.range ? lineCounter.linePos(node.range[0]).line : null);

  const lineOf = (path: DataPath): number | null => {
    let node: unknown = doc.contents;
    let line = lineAt(doc.contents);
    for (const seg of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        line = lineAt(pair.key as Node) ?? lineAt(pair.value as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === "number") {
        const item = node.items[seg];
        if (item === undefined) break;
        line = lineAt(item as Node) ?? line;
        node = item;
      } else break;
    }
    return line;
  };

  return { data, lineOf, yamlWarnings: doc.warnings.map(toIssue) };
}
