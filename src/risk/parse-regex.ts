/**
 * parseRegex: the syntax tree of a JavaScript regex source (non-unicode mode), reduced to
 * what decides which strings it can match. required-literals.ts derives from it the literals
 * every match contains.
 *
 * It throws on anything it does not fully understand (an unknown escape, a back-reference,
 * a named group, a literal brace), so a caller can fall back to "no knowledge".
 */

/** A parsed regex: only what matters for the literals a match must contain. */
export type RegexNode =
  | { t: "text"; text: string } // plain characters
  | { t: "chars"; set: readonly string[] } // one character out of a small set
  | { t: "any" } // one character out of a large or unknown set
  | { t: "empty" } // an assertion: matches the empty string
  | { t: "seq"; items: RegexNode[] }
  | { t: "group"; source: string; node: RegexNode } // a group, with its source text
  | { t: "alt"; options: RegexNode[] }
  | { t: "rep"; node: RegexNode; min: number; max: number };

/** Largest character class expanded into single characters. */
const MAX_CLASS = 8;

/** Characters with a meaning of their own in a (non-unicode) regex. */
const SPECIAL: ReadonlySet<string> = new Set([..."\\^$.|?*+()[]{}"]);
const QUANTIFIER_START: ReadonlySet<string> = new Set(["?", "*", "+", "{"]);

const fail = (what: string): never => {
  throw new Error(`parseRegex: unsupported ${what}`);
};

/** A small recursive-descent parser for the JavaScript (non-unicode) regex syntax the risk rules use. */
class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.pos !== this.src.length) fail(`unexpected ${this.src[this.pos]}`);
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private alternation(): RegexNode {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as RegexNode) : { t: "alt", options };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) {
      const text = this.plainRun();
      items.push(text ? { t: "text", text } : this.quantified(this.atom()));
    }
    return { t: "seq", items };
  }

  /** A run of plain characters that no quantifier applies to (possibly empty). */
  private plainRun(): string {
    let end = this.pos;
    while (end < this.src.length && !SPECIAL.has(this.src[end] as string)) end++;
    // A quantifier after the run applies to its last character only.
    if (end > this.pos && QUANTIFIER_START.has(this.src[end] ?? "")) end--;
    const text = this.src.slice(this.pos, end);
    this.pos = end;
    return text;
  }

  private quantified(node: RegexNode): RegexNode {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return fail("literal {");
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (max < min) fail("bad range");
      this.pos += m[0].length - 1;
    } else return node;
    this.pos++;
    if (this.peek() === "?") this.pos++; // lazy: same language
    const next = this.peek();
    if (next === "*" || next === "+" || next === "?" || next === "{") fail("double quantifier");
    return { t: "rep", node, min, max };
  }

  private atom(): RegexNode {
    const c = this.peek();
    if (c === undefined) return fail("end");
    this.pos++;
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case "\\":
        return this.escape();
      case ".":
        return { t: "any" };
      case "^":
      case "$":
        return { t: "empty" };
      case "*":
      case "+":
      case "?":
      case "{":
      case "}":
      case "]":
      case ")":
        return fail(`stray ${c}`);
      default:
        return { t: "chars", set: [c] };
    }
  }

  private group(): RegexNode {
    let assertion = false;
    if (this.peek() === "?") {
      const kind = this.src.slice(this.pos, this.pos + 3);
      if (kind.startsWith("?:")) this.pos += 2;
      else if (kind.startsWith("?=") || kind.startsWith("?!")) [this.pos, assertion] = [this.pos + 2, true];
      else if (kind === "?<=" || kind === "?<!") [this.pos, assertion] = [this.pos + 3, true];
      else fail("named or unknown group");
    }
    const start = this.pos;
    const inner = this.alternation();
    if (this.peek() !== ")") fail("unclosed group");
    const source = this.src.slice(start, this.pos);
    this.pos++;
    // A look-around is checked in place and consumes nothing: it requires nothing of the match.
    return assertion ? { t: "empty" } : { t: "group", source, node: inner };
  }

  private escape(): RegexNode {
    const c = this.peek();
    if (c === undefined) return fail("trailing \\");
    this.pos++;
    if (c === "b" || c === "B") return { t: "empty" };
    if ("dDwWsS".includes(c)) return { t: "any" };
    const ch = this.escapedChar(c);
    return { t: "chars", set: [ch] };
  }

  /** The character an escape outside a class stands for (or inside one, after `\`). */
  private escapedChar(c: string): string {
    if (c === "n") return "\n";
    if (c === "r") return "\r";
    if (c === "t") return "\t";
    // Only punctuation may be escaped to itself; letters and digits mean something else.
    if (/^[\\/.^$|?*+()[\]{}\- ]$/.test(c)) return c;
    return fail(`escape \\${c}`);
  }

  private charClass(): RegexNode {
    if (this.peek() === "^") {
      // A negated class matches almost anything: skip it and require nothing.
      this.skipClass();
      return { t: "any" };
    }
    const chars: string[] = [];
    let broad = false;
    for (;;) {
      const c = this.peek();
      if (c === undefined) fail("unclosed class");
      this.pos++;
      if (c === "]") break;
      let lo: string;
      if (c === "\\") {
        const e = this.peek();
        if (e === undefined) return fail("trailing \\");
        this.pos++;
        if ("dDwWsS".includes(e)) {
          broad = true;
          continue;
        }
        lo = this.escapedChar(e);
      } else if (c === "[") {
        return fail("[ in class");
      } else lo = c as string;
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== undefined) {
        const hi = this.peek(1) as string;
        if (hi === "\\" || hi === "[") fail("escaped range end");
        this.pos += 2;
        const from = lo.charCodeAt(0);
        const to = hi.charCodeAt(0);
        if (to < from) fail("bad class range");
        if (to - from + 1 > MAX_CLASS) broad = true;
        else for (let k = from; k <= to; k++) chars.push(String.fromCharCode(k));
      } else chars.push(lo);
    }
    if (chars.length === 0 && !broad) fail("empty class");
    const set = [...new Set(chars)];
    return broad || set.length > MAX_CLASS ? { t: "any" } : { t: "chars", set };
  }

  private skipClass(): void {
    for (;;) {
      const c = this.peek();
      if (c === undefined) fail("unclosed class");
      this.pos++;
      if (c === "\\") this.pos++;
      else if (c === "]") return;
    }
  }
}

/** The syntax tree of `source`; throws on syntax it does not fully understand. */
export function parseRegex(source: string): RegexNode {
  return new Parser(source).parse();
}
