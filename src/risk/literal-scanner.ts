/**
 * A fixed set of literal strings compiled into a trie, to find which of them occur anywhere
 * in a text. The trie is walked from every position of the text, and a walk is never longer
 * than the longest literal, so a scan is linear in the text length.
 */

/** Which of a fixed list of literals occur in a text. */
export interface LiteralScanner {
  /** Number of literals. */
  readonly size: number;
  /** The indices of the literals that occur in `text`, each once, in no particular order. */
  scan(text: string): number[];
}

/** Column of a character in the transition table, or -1 when no literal uses it. */
function columnsOf(literals: readonly string[]): { ascii: Int16Array; other: Map<number, number>; width: number } {
  const ascii = new Int16Array(128).fill(-1);
  const other = new Map<number, number>();
  let width = 0;
  for (const literal of literals) {
    for (let k = 0; k < literal.length; k++) {
      const code = literal.charCodeAt(k);
      if (code < 128) {
        if (ascii[code] === -1) ascii[code] = width++;
      } else if (!other.has(code)) other.set(code, width++);
    }
  }
  return { ascii, other, width };
}

/** Builds a scanner for `literals` (empty strings are not allowed: they would occur everywhere). */
export function buildLiteralScanner(literals: readonly string[]): LiteralScanner {
  if (literals.some((l) => l.length === 0)) throw new Error("buildLiteralScanner: empty literal");
  const { ascii, other, width } = columnsOf(literals);
  // State 0 is the root; a transition to 0 means "no transition" (nothing ever leads back to
  // the root). There are at most as many states as literal characters, plus the root.
  const most = literals.reduce((sum, l) => sum + l.length, 1);
  const table = new Int32Array(most * width);
  const terminal = new Int32Array(most);
  let states = 1;
  // A literal listed twice shares its state with the first copy and is reported with it.
  const copies = new Map<number, number[]>();
  const firstIndex = new Map<string, number>();
  literals.forEach((literal, index) => {
    const first = firstIndex.get(literal);
    if (first !== undefined) {
      copies.set(first, [...(copies.get(first) ?? []), index]);
      return;
    }
    firstIndex.set(literal, index);
    let state = 0;
    for (let k = 0; k < literal.length; k++) {
      const code = literal.charCodeAt(k);
      const col = code < 128 ? (ascii[code] as number) : (other.get(code) as number);
      let to = table[state * width + col] as number;
      if (to === 0) {
        to = states++;
        table[state * width + col] = to;
      }
      state = to;
    }
    terminal[state] = index + 1;
  });
  // Shared literals leave fewer states than the bound: keep only those used.
  const trans = table.slice(0, states * width);
  const term = terminal.slice(0, states);
  const hasOther = other.size > 0;
  const hasCopies = copies.size > 0;
  // seen[i] === stamp marks literal i as already reported by the current scan, so nothing
  // needs clearing between scans.
  const seen = new Uint32Array(literals.length);
  let stamp = 0;

  function scan(text: string): number[] {
    if (stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 0;
    }
    stamp++;
    const hits: number[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let state = 0;
      for (let j = i; j < n; j++) {
        const code = text.charCodeAt(j);
        const col = code < 128 ? (ascii[code] as number) : hasOther ? (other.get(code) ?? -1) : -1;
        if (col < 0) break;
        state = trans[state * width + col] as number;
        if (state === 0) break;
        const hit = term[state] as number;
        if (hit !== 0 && seen[hit - 1] !== stamp) {
          seen[hit - 1] = stamp;
          hits.push(hit - 1);
          const more = hasCopies ? copies.get(hit - 1) : undefined;
          if (more) for (const k of more) hits.push(k);
        }
      }
    }
    return hits;
  }

  return { size: literals.length, scan };
}
