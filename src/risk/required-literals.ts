/**
 * requiredLiterals: a set of literal strings at least one of which occurs in every match of
 * a regex, derived from its source. A text that contains none of them cannot match, so the
 * regex need not run on it (see regex-prefilter.ts).
 *
 * Soundness comes first: a missed crisis is the worst error, so anything not fully
 * understood (syntax parseRegex refuses, a flag other than g, m or d) gives null, which
 * means "always run the regex". Look-arounds, anchors and word boundaries consume nothing
 * and contribute no literal; classes, repeats and alternations are expanded only while the
 * sets stay small.
 */
import { type RegexNode, parseRegex } from "./parse-regex.ts";

/** What every match of a node looks like. */
interface Info {
  /** Every string the node can match (a superset), or null when unknown or too many. */
  exact: ReadonlySet<string> | null;
  /** Every match contains one of these; null when nothing is required. */
  required: ReadonlySet<string> | null;
}

/** Largest exact set kept while expanding; beyond it the set becomes a requirement instead. */
const MAX_EXACT = 64;
/** Longest repeat count multiplied out ("{0,3}"); longer repeats keep only a requirement. */
const MAX_REPEAT = 8;
/** Literals are cut to this many characters: any substring of a required literal is also required. */
const MAX_LITERAL = 8;

const EMPTY: ReadonlySet<string> = new Set([""]);

/** A requirement as exact strings allow it: none when the empty string is possible. */
function asRequired(exact: ReadonlySet<string>): ReadonlySet<string> | null {
  return exact.has("") ? null : exact;
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** `cross(run, {suffix})`, which never grows the set. */
function append(run: ReadonlySet<string>, suffix: string): Set<string> {
  const out = new Set<string>();
  for (const s of run) out.add(s + suffix);
  return out;
}

/** Shortest literal first: a requirement is as selective as its shortest literal. */
function score(set: ReadonlySet<string>): [number, number] {
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, Math.min(s.length, MAX_LITERAL));
  return [shortest, -set.size];
}

function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  const [sa, na] = score(a);
  const [sb, nb] = score(b);
  return sb > sa || (sb === sa && nb > na) ? b : a;
}

/** Every string of `min` to `max` repetitions, or null when unbounded or too many. */
function repeat(exact: ReadonlySet<string>, min: number, max: number): ReadonlySet<string> | null {
  if (max > MAX_REPEAT) return null;
  let power: ReadonlySet<string> = EMPTY;
  const out = new Set<string>();
  for (let k = 0; k <= max; k++) {
    if (k >= min) for (const s of power) out.add(s);
    if (out.size > MAX_EXACT) return null;
    if (k < max) {
      if (power.size * exact.size > MAX_EXACT) return null;
      power = cross(power, exact);
    }
  }
  return out;
}

/**
 * Analyses of group sources already seen. The rules share word lists (drugs, drinks, time
 * words), and a group means the same wherever it appears (back-references, the one
 * exception, are refused), so each list is analysed once. Cleared when large.
 */
const groupMemo = new Map<string, Info>();
const MAX_MEMO = 4096;

function analyse(node: RegexNode): Info {
  switch (node.t) {
    case "group": {
      const known = groupMemo.get(node.source);
      if (known) return known;
      const info = analyse(node.node);
      if (groupMemo.size >= MAX_MEMO) groupMemo.clear();
      groupMemo.set(node.source, info);
      return info;
    }
    case "text":
      return { exact: new Set([node.text]), required: new Set([node.text]) };
    case "chars":
      return { exact: new Set(node.set), required: new Set(node.set) };
    case "any":
      return { exact: null, required: null };
    case "empty":
      return { exact: EMPTY, required: null };
    case "alt": {
      const infos = node.options.map(analyse);
      let exact: Set<string> | null = new Set();
      let required: Set<string> | null = new Set();
      for (const info of infos) {
        if (exact && info.exact && exact.size + info.exact.size <= MAX_EXACT) for (const s of info.exact) exact.add(s);
        else exact = null;
        // Each option must supply one of its own literals; one option that requires nothing
        // means the alternation requires nothing.
        if (required && info.required) for (const s of info.required) required.add(s);
        else required = null;
      }
      return { exact, required };
    }
    case "rep": {
      const inner = analyse(node.node);
      const exact = inner.exact ? repeat(inner.exact, node.min, node.max) : null;
      if (exact) return { exact, required: asRequired(exact) };
      // At least one repetition: every match contains a match of the repeated node.
      return { exact: null, required: node.min >= 1 ? inner.required : null };
    }
    case "seq": {
      // Consecutive exact items are multiplied out while small (a contiguous run of the
      // match); every run and every inexact item's requirement is a candidate, and the most
      // selective candidate is the requirement of the sequence.
      let run: ReadonlySet<string> = EMPTY;
      let whole = true;
      let best: ReadonlySet<string> | null = null;
      // Plain characters are gathered into one string before being appended to the run.
      let plain = "";
      for (const item of node.items) {
        if (item.t === "text" || (item.t === "chars" && item.set.length === 1)) {
          plain += item.t === "text" ? item.text : item.set[0];
          continue;
        }
        if (plain !== "") [run, plain] = [append(run, plain), ""];
        const info = analyse(item);
        if (info.exact && run.size * info.exact.size <= MAX_EXACT) {
          run = cross(run, info.exact);
          continue;
        }
        whole = false;
        best = better(best, asRequired(run));
        if (info.exact) run = info.exact;
        else {
          best = better(best, info.required);
          run = EMPTY;
        }
      }
      if (plain !== "") run = append(run, plain);
      if (whole) return { exact: run, required: asRequired(run) };
      return { exact: null, required: better(best, asRequired(run)) };
    }
  }
}

/** Drops literals that contain another literal of the set: finding the shorter one is enough. */
function minimal(literals: Iterable<string>): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/**
 * Literals at least one of which occurs in every match of `re`, or null when none can be
 * derived safely (then the regex must always run). Literals are at most MAX_LITERAL long
 * and none contains another.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  // Case folding, unicode mode or dotAll change what the source means: no prefilter.
  if (!/^[gmd]*$/.test(re.flags)) return null;
  try {
    const { required } = analyse(parseRegex(re.source));
    if (required === null || required.size === 0) return null;
    const literals = minimal(minimal(required).map((s) => s.slice(0, MAX_LITERAL)));
    return literals.some((s) => s.length === 0) ? null : literals;
  } catch {
    // Unsupported syntax, or anything unexpected: the safe answer is "always run the regex".
    return null;
  }
}
