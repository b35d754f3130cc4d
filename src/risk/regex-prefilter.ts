/**
 * A prefilter for a list of regexes: one scan of the text tells which regexes can possibly
 * match it, because each needs one of its required literals (required-literals.ts) to occur.
 * A regex whose literals could not be derived is always a candidate.
 */
import { buildLiteralScanner } from "./literal-scanner.ts";
import { requiredLiterals } from "./required-literals.ts";

/** Which regexes of a fixed list may match a text. */
export interface RegexPrefilter {
  /** The literals each regex requires (one of them), or null when it always runs. */
  readonly literals: readonly (readonly string[] | null)[];
  /**
   * A flag per regex, in list order: 0 when the regex certainly does not match `text`, 1
   * when it may. A fresh array on every call.
   */
  candidates(text: string): Uint8Array;
}

export function buildRegexPrefilter(regexes: readonly RegExp[]): RegexPrefilter {
  const literals = regexes.map(requiredLiterals);
  const ids = new Map<string, number>();
  // For each distinct literal, the regexes that it lets through.
  const users: number[][] = [];
  const always = new Uint8Array(regexes.length);
  literals.forEach((list, r) => {
    if (list === null) {
      always[r] = 1;
      return;
    }
    for (const literal of list) {
      let id = ids.get(literal);
      if (id === undefined) {
        id = users.length;
        ids.set(literal, id);
        users.push([]);
      }
      users[id]?.push(r);
    }
  });
  const scanner = buildLiteralScanner([...ids.keys()]);

  function candidates(text: string): Uint8Array {
    const out = always.slice();
    for (const id of scanner.scan(text)) for (const r of users[id] as number[]) out[r] = 1;
    return out;
  }

  return { literals, candidates };
}
