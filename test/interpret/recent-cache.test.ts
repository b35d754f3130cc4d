import { describe, expect, it } from "vitest";
import type { QuestionDef } from "../../src/domain/types.ts";
import { DEFAULT_QUESTIONS, interpretAnswer, interpretCheckin } from "../../src/interpret/index.ts";
import { buildLabelTable } from "../../src/interpret/label-table.ts";
import { normalizeForMatch } from "../../src/interpret/normalize.ts";
import { RecentCache } from "../../src/interpret/recent-cache.ts";
import { normalizedReply, replyTokens } from "../../src/interpret/reply-tokens.ts";
import { tokenize } from "../../src/interpret/tokenize.ts";
import { CHECKIN_CASES, INTERPRET_CASES } from "./interpret-cases.ts";

describe("RecentCache", () => {
  it("computes once per key while the key is recent", () => {
    const cache = new RecentCache<number>(4);
    let calls = 0;
    const length = (s: string) => {
      calls++;
      return s.length;
    };
    expect(cache.get("abc", length)).toBe(3);
    expect(cache.get("abc", length)).toBe(3);
    expect(cache.get("", length)).toBe(0);
    expect(cache.get("", length)).toBe(0);
    expect(calls).toBe(2);
  });

  it("never holds more than its capacity, evicting the oldest entry first", () => {
    const cache = new RecentCache<string>(3);
    const computed: string[] = [];
    const upper = (s: string) => {
      computed.push(s);
      return s.toUpperCase();
    };
    for (let i = 0; i < 1000; i++) {
      cache.get(`text ${i}`, upper);
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    expect(cache.size).toBe(3);
    computed.length = 0;
    // The last three are remembered; the one before them was evicted.
    for (const key of ["text 999", "text 998", "text 997"]) expect(cache.get(key, upper)).toBe(key.toUpperCase());
    expect(computed).toEqual([]);
    expect(cache.get("text 996", upper)).toBe("TEXT 996");
    expect(computed).toEqual(["text 996"]);
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new RecentCache(0)).toThrow();
    expect(() => new RecentCache(1.5)).toThrow();
  });
});

describe("reply tokens cache", () => {
  const texts = [
    ...INTERPRET_CASES.map((c) => c.text),
    ...CHECKIN_CASES.map((c) => c.text),
    "  7  ", "I'm at a 4", "didn`t go", "line\r\nbreak", "tab\there", "NUL\u0000x", "Ánimo 6", "7\uFE0F\u20E3", "👍", "x".repeat(2000),
  ];

  it("gives exactly what normalising and tokenising give, whatever the order of texts", () => {
    for (const round of [0, 1]) {
      const order = round === 0 ? texts : [...texts].reverse();
      for (const text of order) {
        expect(normalizedReply(text)).toBe(normalizeForMatch(text));
        expect(replyTokens(text)).toEqual(tokenize(normalizeForMatch(text)));
      }
    }
  });

  it("hands out frozen tokens, so a shared array cannot be changed by one reader", () => {
    const tokens = replyTokens("mood 7 cravings 2 yes");
    expect(Object.isFrozen(tokens)).toBe(true);
    expect(tokens.every((t) => Object.isFrozen(t))).toBe(true);
    expect(replyTokens("mood 7 cravings 2 yes")).toBe(tokens);
  });
});

describe("interpretation with caches", () => {
  const mood = DEFAULT_QUESTIONS[0] as QuestionDef;

  it("gives the same answers when texts repeat, interleave or outnumber the cache", () => {
    const first = INTERPRET_CASES.map((c) => interpretAnswer(DEFAULT_QUESTIONS.find((q) => q.id === c.question) as QuestionDef, c.text, c.lang));
    // Again in reverse and with each text read three times in a row, as a check-in step does.
    const again = [...INTERPRET_CASES].reverse().map((c) => {
      const q = DEFAULT_QUESTIONS.find((d) => d.id === c.question) as QuestionDef;
      interpretCheckin(c.text, DEFAULT_QUESTIONS, c.lang);
      interpretCheckin(c.text, DEFAULT_QUESTIONS.slice(1), c.lang);
      return interpretAnswer(q, c.text, c.lang);
    });
    expect(again.reverse()).toEqual(first);
  });

  it("sees a question's labels change between calls (the table is not stale)", () => {
    const sleep: QuestionDef = { id: "sleep", type: "scale", min: 0, max: 5, labels: ["sleep"] };
    expect(interpretAnswer(sleep, "7, rest 4", "en")).toEqual({ kind: "invalid", reason: "ambiguous" });
    sleep.labels?.push("rest");
    expect(interpretAnswer(sleep, "7, rest 4", "en")).toEqual({ kind: "value", value: 4 });
    sleep.labels?.pop();
    expect(interpretAnswer(sleep, "7, rest 4", "en")).toEqual({ kind: "invalid", reason: "ambiguous" });
  });

  it("builds one table per distinct question list, and equal lists share it", () => {
    const copy = structuredClone(DEFAULT_QUESTIONS);
    expect(buildLabelTable(copy)).toBe(buildLabelTable(DEFAULT_QUESTIONS));
    const other = [{ ...mood, labels: ["mood", "vibe"] }, ...DEFAULT_QUESTIONS.slice(1)];
    expect(buildLabelTable(other)).not.toBe(buildLabelTable(DEFAULT_QUESTIONS));
    expect(buildLabelTable(other).get("vibe")?.[0]?.qid).toBe("mood");
    expect(buildLabelTable(DEFAULT_QUESTIONS).get("vibe")).toBeUndefined();
  });

  it("still reads questions whose labels are not all strings", () => {
    const odd = { ...mood, labels: ["mood", 7 as unknown as string] } as QuestionDef;
    expect(interpretAnswer(odd, "mood 6", "en")).toEqual({ kind: "value", value: 6 });
  });
});
