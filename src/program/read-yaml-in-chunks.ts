/**
 * A lighter way to read a long program file. The yaml library holds the whole syntax tree of
 * a document, about 10 KB per participant line, until the document is read: 10,000
 * participants take over 100 MB at once. Here each long top-level list (`participants:`) is
 * read a slice of items at a time, and the rest of the file as one small document.
 *
 * Only files whose layout makes that exactly equivalent are read this way; anything else
 * (anchors or aliases across slices, directives, several documents, a syntax error, a
 * warning, Windows line ends, a list whose items do not line up) returns null, and the
 * caller reads the whole document as usual, which also reports every problem with its line.
 */
import { isMap, isSeq, parseDocument } from "yaml";
import { keepAddressesAsText, MAX_ALIAS_COUNT, YAML_OPTIONS } from "./yaml-source.ts";

/**
 * Items read at a time: small enough that the syntax trees never pile up. Reading a
 * participant's line allocates some 90 KB; a slice whose reading allocates more than the
 * young generation holds (`--max-semi-space-size`) has its trees moved to the old generation
 * before they die. For 10,000 participants, slices of 100 moved 32 MB there (the heap grew by
 * some 20 MB, and took six full collections), slices of 25 about 3 MB.
 */
const ITEMS_PER_SLICE = 25;

/** A top-level key with nothing after it on its line: `participants:` (a comment may follow). */
const TOP_KEY = /^([A-Za-z_][\w-]*):[ \t]*(#.*)?$/;
const BLANK_OR_COMMENT = /^[ \t]*(#.*)?$/;

interface ListBlock {
  key: string;
  /** Line of the key; the items are on the lines after it, up to `end` (exclusive). */
  keyLine: number;
  end: number;
  /** First line of each item. */
  starts: number[];
}

/**
 * The plain data of `text`, read in slices, or null when the file is not one this reader
 * handles exactly like the whole-document parser (then nothing is lost: read it whole).
 */
export function readYamlInChunks(text: string, itemsPerSlice = ITEMS_PER_SLICE): Record<string, unknown> | null {
  if (text.includes("\r") || /^(%|---|\.\.\.)/m.test(text)) return null;
  const lines = text.split("\n");
  const blocks: ListBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = TOP_KEY.exec(lines[i]!);
    if (!m) continue;
    const block = listBlock(lines, i, m[1]!);
    if (block === "unsure") return null;
    if (block && block.starts.length > itemsPerSlice) blocks.push(block);
    if (block) i = block.end - 1;
  }
  if (blocks.length === 0) return null;

  // The file without the long lists, each replaced by an empty list on its key's line.
  const rest: string[] = [];
  let from = 0;
  for (const b of blocks) {
    rest.push(...lines.slice(from, b.keyLine), `${b.key}: []`);
    from = b.end;
  }
  rest.push(...lines.slice(from));
  const data = readDocument(rest.join("\n"));
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const out = data as Record<string, unknown>;

  for (const b of blocks) {
    const current = out[b.key];
    if (!Array.isArray(current) || current.length !== 0) return null;
    const items: unknown[] = [];
    const texts = new Map<string, string>();
    for (let s = 0; s < b.starts.length; s += itemsPerSlice) {
      const first = b.starts[s]!;
      const end = s + itemsPerSlice < b.starts.length ? b.starts[s + itemsPerSlice]! : b.end;
      const slice = readDocument(lines.slice(first, end).join("\n"));
      if (!Array.isArray(slice) || slice.length !== Math.min(itemsPerSlice, b.starts.length - s)) return null;
      for (const item of slice) items.push(shareTexts(item, texts));
    }
    out[b.key] = items;
  }
  return out;
}

/**
 * `value` with every string in it replaced by the first equal one seen (kept in `texts`). The
 * parser makes a new string for each scalar it reads, and a long list repeats the same ones on
 * every item (a counselor's id, a channel, a date): the loaded program, which the running bot
 * holds, then keeps one of each instead of one per item.
 */
function shareTexts(value: unknown, texts: Map<string, string>): unknown {
  if (typeof value === "string") {
    const known = texts.get(value);
    if (known !== undefined) return known;
    texts.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = shareTexts(value[i], texts);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    // An own "__proto__" key (the parser defines it as data) would set the prototype if assigned.
    for (const key of Object.keys(record)) if (key !== "__proto__") record[key] = shareTexts(record[key], texts);
  }
  return value;
}

/**
 * The block sequence under the top-level key on line `keyLine`: null when the key's value is
 * not a block sequence (nothing to slice), "unsure" when its lines do not line up the way
 * slicing needs (the caller then reads the whole file).
 */
function listBlock(lines: string[], keyLine: number, key: string): ListBlock | null | "unsure" {
  let indent = -1;
  const starts: number[] = [];
  let end = lines.length;
  for (let i = keyLine + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const lead = line.length - line.trimStart().length;
    if (line[lead] === "\t") return "unsure";
    const isItem = line[lead] === "-" && (line.length === lead + 1 || line[lead + 1] === " ");
    if (indent < 0) {
      if (!isItem) return null;
      indent = lead;
    }
    if (lead < indent || (indent === 0 && lead === 0 && !isItem)) {
      end = i;
      break;
    }
    if (lead === indent) {
      if (!isItem) return "unsure";
      starts.push(i);
    }
  }
  if (indent < 0) return null;
  // A list that ends at a line indented less than its items, but not at column 0, is not laid out plainly.
  if (end < lines.length && indent > 0 && lines[end]!.length - lines[end]!.trimStart().length !== 0) return "unsure";
  return { key, keyLine, end, starts };
}

/** One small document to plain data, or null on any error or warning. */
function readDocument(text: string): unknown {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
  if (!isMap(doc.contents) && !isSeq(doc.contents)) return null;
  keepAddressesAsText(doc);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return null;
  }
}
