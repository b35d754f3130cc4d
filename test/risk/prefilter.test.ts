import { describe, expect, it } from "vitest";
import { buildLiteralScanner } from "../../src/risk/literal-scanner.ts";
import { riskVariants } from "../../src/risk/normalize-text.ts";
import { buildRegexPrefilter } from "../../src/risk/regex-prefilter.ts";
import { requiredLiterals } from "../../src/risk/required-literals.ts";
import { RISK_RULES } from "../../src/risk/risk-rules.ts";
import { SCREEN_CUES } from "../../src/risk/screen-cues.ts";
import { INTERPRET_CASES } from "../interpret/interpret-cases.ts";
import { loadLabelledTable } from "./labelled-table.ts";
import { RISK_CASES } from "./risk-cases.ts";

const RULES = [...RISK_RULES, ...SCREEN_CUES];

/** A deterministic pseudo-random source (mulberry32), so failures reproduce. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random string shaped by a regex source: a walk that picks one alternative, a repeat
 * count and a class member at each step (look-arounds are skipped). Most samples match the
 * regex, which is what a soundness test of the prefilter needs.
 */
function sample(source: string, rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let i = 0;
  const alternation = (): string => {
    const options = [sequence()];
    while (source[i] === "|") {
      i++;
      options.push(sequence());
    }
    return pick(options);
  };
  const sequence = (): string => {
    let out = "";
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const start = i;
      const [text, skip] = atom();
      const end = i;
      let [min, max] = [1, 1];
      const q = source[i];
      if (q === "*") [min, max, i] = [0, 2, i + 1];
      else if (q === "+") [min, max, i] = [1, 3, i + 1];
      else if (q === "?") [min, max, i] = [0, 1, i + 1];
      else if (q === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) as RegExpExecArray;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === "" ? min + 2 : Number(m[3]);
        i += m[0].length;
      }
      if (skip) continue;
      const count = min + Math.floor(rand() * (max - min + 1));
      // Each repetition walks the atom again, so "(?:a|b){2}" can give "ab".
      for (let k = 0; k < count; k++) out += k === 0 ? text : sample(source.slice(start, end), rand);
    }
    return out;
  };
  const atom = (): [string, boolean] => {
    const c = source[i++] as string;
    if (c === "(") {
      let skip = false;
      if (source[i] === "?") {
        if (source[i + 1] === ":") i += 2;
        else if (source[i + 1] === "=" || source[i + 1] === "!") [i, skip] = [i + 2, true];
        else [i, skip] = [i + 3, true];
      }
      const text = alternation();
      i++;
      return [text, skip];
    }
    if (c === "[") {
      const chars: string[] = [];
      const negated = source[i] === "^";
      if (negated) i++;
      while (source[i] !== "]") {
        if (source[i + 1] === "-" && source[i + 2] !== "]") {
          for (let k = (source[i] as string).charCodeAt(0); k <= (source[i + 2] as string).charCodeAt(0); k++) chars.push(String.fromCharCode(k));
          i += 3;
        } else chars.push(source[i++] as string);
      }
      i++;
      return [negated ? " " : pick(chars), false];
    }
    if (c === "\\") {
      const e = source[i++] as string;
      if (e === "b" || e === "B") return ["", true];
      if (e === "w") return [pick(["a", "x", "pill", "friend", "mom"]), false];
      if (e === "d") return [pick(["1", "4", "20"]), false];
      return [e, false];
    }
    if (c === "^" || c === "$") return ["", true];
    return [c, false];
  };
  return alternation();
}

/** Whether `re` matches `text`, leaving the regex as it found it. */
function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/**
 * Texts for which the prefilter must agree with the regexes: real texts (the risk and
 * interpretation cases and the labelled table), and for each rule 40 samples of its own, each
 * alone, in context and in upper case. Returned as distinct variants (riskVariants): many
 * texts normalize alike, and the prefilter and the regexes answer one string the same way
 * every time.
 */
function corpus(): { real: string[]; samples: string[][] } {
  const rand = seeded(20261124);
  const real = [...RISK_CASES.map((c) => c.text), ...INTERPRET_CASES.map((c) => c.text), ...loadLabelledTable().map((r) => r.text)];
  const fillers = ["honestly", "lol", "mood 7", "i think", "pero", "no", "not", "yesterday", "😔", "!!", "ok so"];
  const samples = RULES.map((rule) => {
    const texts: string[] = [];
    for (let k = 0; k < 40; k++) {
      const s = sample(rule.re.source, rand);
      texts.push(s, `${fillers[k % fillers.length]} ${s}`, `${s}. ${fillers[(k + 3) % fillers.length]}`, s.toUpperCase());
    }
    return [...new Set(texts.flatMap((t) => riskVariants(t)))];
  });
  return { real: [...new Set(real.flatMap((t) => riskVariants(t)))], samples };
}

describe("requiredLiterals", () => {
  it("takes the literal of a plain word or phrase", () => {
    expect(requiredLiterals(/\bsobredosis\b/g)).toEqual(["sobredos"]);
    expect(requiredLiterals(/\bkms/)).toEqual(["kms"]);
  });

  it("unions the literals of an alternation, and drops those that contain another", () => {
    expect(requiredLiterals(/\b(?:overdose|od|overdosed)\b/g)?.sort()).toEqual(["od", "overdose"]);
    expect(requiredLiterals(/kill|killing|murder/)?.sort()).toEqual(["kill", "murder"]);
  });

  it("multiplies out optional parts and small classes, and keeps the most selective run", () => {
    expect(requiredLiterals(/(?:way )?too m[ua]ch/)?.sort()).toEqual(["too mach", "too much"]);
    expect(requiredLiterals(/dr[ai]nk/)?.sort()).toEqual(["drank", "drink"]);
    // "\w+" requires nothing, so the literal comes from what follows it.
    expect(requiredLiterals(/\w+ pills/)).toEqual([" pills"]);
  });

  it("requires nothing of look-arounds, anchors and word boundaries", () => {
    expect(requiredLiterals(/(?<!not )\bdie(?! of laughter)$/m)).toEqual(["die"]);
    expect(requiredLiterals(/(?=kill)/)).toBeNull();
  });

  it("requires nothing from an alternation with an option that can be empty or is unknown", () => {
    expect(requiredLiterals(/kill|(?:x)?/)).toBeNull();
    expect(requiredLiterals(/kill|\w+/)).toBeNull();
    expect(requiredLiterals(/a*/)).toBeNull();
    expect(requiredLiterals(/[a-z]+/)).toBeNull();
    expect(requiredLiterals(/[^x]/)).toBeNull();
  });

  it("keeps a requirement through a repeat of at least one", () => {
    expect(requiredLiterals(/(?:hah)+/)).toEqual(["hah"]);
    // The repeat requires "ha", the rest " died": the longer one is kept.
    expect(requiredLiterals(/(?:ha)+ died/)).toEqual([" died"]);
    expect(requiredLiterals(/(?:ha)+/)).toEqual(["ha"]);
    expect(requiredLiterals(/x{2}y/)).toEqual(["xxy"]);
    // A huge count is not multiplied out, but still requires one repetition.
    expect(requiredLiterals(/(?:ab){100000}/)).toEqual(["ab"]);
  });

  it("gives up (always run the regex) on syntax or flags it does not fully understand", () => {
    expect(requiredLiterals(/(a)\1/)).toBeNull(); // back-reference
    expect(requiredLiterals(/(?<w>kill)/)).toBeNull(); // named group
    expect(requiredLiterals(/kill/i)).toBeNull(); // case folding
    expect(requiredLiterals(/kill/u)).toBeNull(); // unicode mode
    expect(requiredLiterals(/kill/s)).toBeNull();
    expect(requiredLiterals(/a{,2}kill/)).toBeNull(); // a literal "{"
    expect(requiredLiterals(/\cJkill/)).toBeNull(); // unknown escape
    expect(requiredLiterals(/[\b]kill/)).toBeNull(); // backspace in a class
  });

  it("derives literals for every risk rule (none is left without a prefilter)", () => {
    for (const rule of RULES) expect(requiredLiterals(rule.re), rule.id).not.toBeNull();
  });
});

describe("buildLiteralScanner", () => {
  it("finds every literal that occurs, overlapping or nested", () => {
    const literals = ["kill", "ill", "kil", "myself", "f m", "xyz", "é"];
    const scanner = buildLiteralScanner(literals);
    const found = (text: string) => scanner.scan(text).map((i) => literals[i]).sort();
    expect(found("kill myself more")).toEqual(["f m", "ill", "kil", "kill", "myself"].sort());
    expect(found("skill")).toEqual(["ill", "kil", "kill"].sort());
    expect(found("café")).toEqual(["é"]);
    expect(found("")).toEqual([]);
    expect(found("nothing here")).toEqual([]);
  });

  it("reports each literal once per scan, and again on the next scan", () => {
    const scanner = buildLiteralScanner(["ab"]);
    expect(scanner.scan("ab ab ab")).toEqual([0]);
    expect(scanner.scan("xab")).toEqual([0]);
    expect(scanner.scan("xa b")).toEqual([]);
  });

  it("reports duplicate literals together", () => {
    expect(buildLiteralScanner(["ab", "cd", "ab"]).scan("ab").sort()).toEqual([0, 2]);
  });

  it("refuses the empty literal, which would occur everywhere", () => {
    expect(() => buildLiteralScanner(["a", ""])).toThrow();
  });
});

describe("buildRegexPrefilter", () => {
  it("lets through exactly the regexes whose literals occur, and always those without", () => {
    const prefilter = buildRegexPrefilter([/\bkill\b/g, /\bdie\b/g, /(a)\1/g]);
    expect([...prefilter.candidates("i want to die")]).toEqual([0, 1, 1]);
    expect([...prefilter.candidates("killer")]).toEqual([1, 0, 1]);
  });

  it("never skips a risk rule that matches (each rule on the real texts, its own samples and a share of the others')", () => {
    const prefilter = buildRegexPrefilter(RULES.map((r) => r.re));
    const { real, samples } = corpus();
    // Every rule on every rule's samples would be quadratic in the number of rules (tens of
    // millions of regex runs). Each rule runs on its own samples, which walk its alternatives,
    // and on every real text; and, so that a rule also meets words it was not written around,
    // on every 20th sample of every other rule.
    const shared = samples.flatMap((variants) => variants.filter((_, k) => k % 20 === 0));
    const common = [...new Set([...real, ...shared])].map((variant) => ({ variant, candidates: prefilter.candidates(variant) }));
    let matched = 0;
    const missed: string[] = [];
    const exercised = new Set<number>();
    RULES.forEach((rule, i) => {
      const own = samples[i]!.map((variant) => ({ variant, candidates: prefilter.candidates(variant) }));
      for (const { variant, candidates } of [...common, ...own]) {
        if (!matches(rule.re, variant)) continue;
        matched++;
        exercised.add(i);
        if (candidates[i] !== 1) missed.push(`${rule.id}: ${JSON.stringify(variant)}`);
      }
    });
    expect(missed).toEqual([]);
    // The samples must actually exercise the rules, or the test proves nothing: every rule
    // matches at least one variant of one text.
    expect(matched).toBeGreaterThan(RULES.length * 40);
    expect(RULES.filter((_, i) => !exercised.has(i)).map((r) => r.id)).toEqual([]);
  }, 120_000);

  it("gives the same answer as running every regex, for hand-written patterns and texts", () => {
    const patterns = [
      /\b(?:want|wanna) (?:to )?(?:die|d+i+e+)\b/gm,
      /\bsu[iaeo]?[cs]{1,2}id[a-z]*/gm,
      /\b(?:took|popped) (?:a |some )?(?:\w+ )?pills?(?! for (?:my|the) \w+)/gm,
      /(?<![0-9] )\bkms\b/gm,
      /\bno (?:puedo|quiero) (?:mas|seguir)$/gm,
      /\b(?:i|we) (?:really |just ){0,2}relapsed\b/gm,
    ];
    const texts = [
      "i want to die", "wanna diiie", "i want dye", "suicide", "suucid", "suscidal", "took some blue pills", "popped pills for my back",
      "5 kms", "kms", "gonna kms", "no puedo mas", "no puedo mas con esto", "we really just relapsed", "i just relapsed", "i relapsed",
      "", "random words with no risk", "die", "pills", "relapsed",
    ];
    const prefilter = buildRegexPrefilter(patterns);
    for (const text of texts) {
      const candidates = prefilter.candidates(text);
      patterns.forEach((re, i) => {
        if (matches(re, text)) expect(candidates[i], `${re} on ${JSON.stringify(text)}`).toBe(1);
      });
    }
  });
});
