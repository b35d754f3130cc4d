import { describe, expect, it } from "vitest";
import type { Lang, QuestionDef } from "../../src/domain/types.ts";
import { DEFAULT_QUESTIONS, type Interpretation, defaultLabels, interpretAnswer, interpretCheckin } from "../../src/interpret/index.ts";
import { CHECKIN_CASES, type DefaultQuestionId, INTERPRET_CASES, expectedInterpretation } from "./interpret-cases.ts";

function question(id: DefaultQuestionId): QuestionDef {
  const q = DEFAULT_QUESTIONS.find((d) => d.id === id);
  if (!q) throw new Error(`no default question ${id}`);
  return q;
}

const LANGS: Lang[] = ["en", "es"];

/** Checks the shape of an interpretation for a question; returns a description of what is wrong. */
function problemWith(q: QuestionDef, r: Interpretation): string | null {
  if (r.kind === "skip") return null;
  if (r.kind === "invalid") return ["ambiguous", "out_of_range", "not_understood", "empty"].includes(r.reason) ? null : `bad reason ${r.reason}`;
  if (r.kind !== "value") return `bad kind ${JSON.stringify(r)}`;
  const v = r.value;
  if (q.type === "scale") return typeof v === "number" && Number.isInteger(v) && v >= q.min && v <= q.max ? null : `bad scale value ${v}`;
  if (q.type === "yesno") return typeof v === "boolean" ? null : `bad yes/no value ${String(v)}`;
  return typeof v === "string" && v.length > 0 && Array.from(v).length <= 1000 ? null : `bad text value of length ${String(v).length}`;
}

describe("interpretAnswer: table of realistic replies", () => {
  it("has at least 160 cases covering both languages and all question types", () => {
    expect(INTERPRET_CASES.length).toBeGreaterThanOrEqual(160);
    for (const id of ["mood", "craving", "meeting", "note"] as const) {
      for (const lang of LANGS) expect(INTERPRET_CASES.some((c) => c.question === id && c.lang === lang)).toBe(true);
    }
  });

  it.each(INTERPRET_CASES.map((c) => [c.question, c.lang, JSON.stringify(c.text), c] as const))("%s (%s) %s", (_id, _lang, _shown, c) => {
    expect(interpretAnswer(question(c.question), c.text, c.lang)).toEqual(expectedInterpretation(c.expected));
  });
});

describe("interpretAnswer: details", () => {
  it("caps a note at 1000 characters without splitting an emoji", () => {
    const long = `${"😊".repeat(999)}ab`;
    const r = interpretAnswer(question("note"), long, "en");
    expect(r.kind).toBe("value");
    const value = r.kind === "value" ? String(r.value) : "";
    expect(Array.from(value)).toHaveLength(1000);
    expect(value.endsWith("😊a")).toBe(true);
  });

  it("drops control characters from a note but keeps its line breaks", () => {
    expect(interpretAnswer(question("note"), "line one\u0000\nline two\u0007", "en")).toEqual({ kind: "value", value: "line one\nline two" });
  });

  it("honours the range of a custom scale, including its own denominator", () => {
    const q: QuestionDef = { id: "sleep", type: "scale", min: 0, max: 5, labels: ["sleep"] };
    expect(interpretAnswer(q, "3/5", "en")).toEqual({ kind: "value", value: 3 });
    expect(interpretAnswer(q, "sleep 4", "en")).toEqual({ kind: "value", value: 4 });
    expect(interpretAnswer(q, "6", "en")).toEqual({ kind: "invalid", reason: "out_of_range" });
    expect(interpretAnswer(q, "none", "en")).toEqual({ kind: "value", value: 0 });
    expect(interpretAnswer(q, "mood 4", "en")).toEqual({ kind: "invalid", reason: "not_understood" });
  });

  it("uses the default labels of a standard id even when the question lists fewer", () => {
    const mood: QuestionDef = { id: "mood", type: "scale", min: 1, max: 10, labels: ["mood"] };
    expect(interpretAnswer(mood, "ánimo 6", "es")).toEqual({ kind: "value", value: 6 });
    const craving: QuestionDef = { id: "craving", type: "scale", min: 0, max: 10, labels: ["craving"] };
    expect(interpretAnswer(craving, "sin antojos", "es")).toEqual({ kind: "value", value: 0 });
  });

  it("reads a label-free question without confusing it with the defaults", () => {
    const q: QuestionDef = { id: "exercise", type: "yesno" };
    expect(interpretAnswer(q, "exercise: yes", "en")).toEqual({ kind: "value", value: true });
    expect(interpretAnswer(q, "nope", "en")).toEqual({ kind: "value", value: false });
  });
});

describe("interpretCheckin", () => {
  it("has at least 30 cases", () => {
    expect(CHECKIN_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CHECKIN_CASES.map((c) => [c.lang, JSON.stringify(c.text), c] as const))("(%s) %s", (_lang, _shown, c) => {
    expect(interpretCheckin(c.text, DEFAULT_QUESTIONS, c.lang)).toEqual(c.expected);
  });

  it("binds custom labels and fills unlabelled values in question order", () => {
    const qs: QuestionDef[] = [
      { id: "energy", type: "scale", min: 1, max: 5, labels: ["energy"] },
      { id: "sleep", type: "scale", min: 0, max: 12, labels: ["sleep"] },
      { id: "meds", type: "yesno", labels: ["meds"] },
      { id: "journal", type: "text", labels: ["journal"] },
    ];
    expect(interpretCheckin("sleep 8 energy 3 meds yes", qs, "en")).toEqual({ energy: 3, sleep: 8, meds: true });
    expect(interpretCheckin("4, 7, no", qs, "en")).toEqual({ energy: 4, sleep: 7, meds: false });
    expect(interpretCheckin("6, 7, no", qs, "en")).toBeNull();
    expect(interpretCheckin("4, 7, journal: walked 5 miles", qs, "en")).toEqual({ energy: 4, sleep: 7 });
  });

  it("ignores text questions and needs two answerable questions", () => {
    const qs: QuestionDef[] = [
      { id: "mood", type: "scale", min: 1, max: 10 },
      { id: "note", type: "text" },
    ];
    expect(interpretCheckin("7, feeling good", qs, "en")).toBeNull();
    expect(interpretCheckin("7 2 yes", DEFAULT_QUESTIONS, "en")).toEqual({ mood: 7, craving: 2, meeting: true });
  });

  it("returns keys only for answered questions", () => {
    const r = interpretCheckin("mood 7, went to AA", DEFAULT_QUESTIONS, "en");
    expect(r).toEqual({ mood: 7, meeting: true });
    expect(r && Object.keys(r)).toEqual(["mood", "meeting"]);
  });
});

describe("defaults", () => {
  it("defines mood 1-10, craving 0-10, meeting yes/no and an optional note", () => {
    expect(DEFAULT_QUESTIONS.map((q) => [q.id, q.type])).toEqual([
      ["mood", "scale"],
      ["craving", "scale"],
      ["meeting", "yesno"],
      ["note", "text"],
    ]);
    expect(question("mood")).toMatchObject({ min: 1, max: 10 });
    expect(question("craving")).toMatchObject({ min: 0, max: 10 });
    expect(question("note").optional).toBe(true);
  });

  it("has English and Spanish labels, returned as a fresh copy", () => {
    expect(defaultLabels("mood")).toEqual(expect.arrayContaining(["mood", "ánimo", "animo", "humor", "estado de ánimo"]));
    expect(defaultLabels("craving")).toEqual(expect.arrayContaining(["craving", "cravings", "urge", "urges", "antojo", "antojos", "ganas", "deseo", "deseos"]));
    expect(defaultLabels("meeting")).toEqual(expect.arrayContaining(["meeting", "meetings", "aa", "na", "reunión", "reunion", "junta", "grupo"]));
    expect(defaultLabels("note")).toEqual(expect.arrayContaining(["note", "nota"]));
    expect(defaultLabels("unknown")).toEqual([]);
    const copy = defaultLabels("mood");
    copy.push("changed");
    expect(defaultLabels("mood")).not.toContain("changed");
  });
});

describe("robustness", () => {
  const HUGE = 100 * 1024;

  it("handles 100 KB replies quickly and from their start", () => {
    const inputs = [`7 ${"x".repeat(HUGE)}`, "9".repeat(HUGE), "no ".repeat(HUGE / 3), "7 or 8 ".repeat(HUGE / 7), `${" ".repeat(HUGE)}8`];
    const started = performance.now();
    for (const text of inputs) {
      for (const q of DEFAULT_QUESTIONS) for (const lang of LANGS) expect(problemWith(q, interpretAnswer(q, text, lang))).toBeNull();
      for (const lang of LANGS) interpretCheckin(text, DEFAULT_QUESTIONS, lang);
    }
    expect(performance.now() - started).toBeLessThan(2000);
    expect(interpretAnswer(question("mood"), inputs[0] ?? "", "en")).toEqual({ kind: "value", value: 7 });
    expect(interpretAnswer(question("mood"), inputs[1] ?? "", "en")).toEqual({ kind: "invalid", reason: "out_of_range" });
    expect(interpretAnswer(question("mood"), inputs[3] ?? "", "en")).toEqual({ kind: "invalid", reason: "ambiguous" });
    // Leading whitespace counts towards the scan limit: a number after 100 KB of spaces is not seen.
    expect(interpretAnswer(question("mood"), inputs[4] ?? "", "en")).toEqual({ kind: "invalid", reason: "not_understood" });
    const note = interpretAnswer(question("note"), inputs[0] ?? "", "en");
    expect(note.kind === "value" && typeof note.value === "string" ? note.value.length : -1).toBe(1000);
  });

  it("treats empty and whitespace-only replies as empty", () => {
    for (const q of DEFAULT_QUESTIONS) {
      for (const text of ["", " ", "\n\n", "\t \r\n"]) expect(interpretAnswer(q, text, "en")).toEqual({ kind: "invalid", reason: "empty" });
    }
    expect(interpretCheckin("   ", DEFAULT_QUESTIONS, "en")).toBeNull();
  });

  it("does not understand binary-looking input", () => {
    const binary = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join("").replace(/[0-9A-Za-z\u00aa-\u00ff]/g, "");
    expect(interpretAnswer(question("mood"), binary, "en")).toEqual({ kind: "invalid", reason: "not_understood" });
    expect(interpretAnswer(question("meeting"), "\u0000\u0001\u0002\uFFFD\uD800", "en")).toEqual({ kind: "invalid", reason: "not_understood" });
    expect(interpretAnswer(question("note"), "\u0000\u0001\u0002", "en")).toEqual({ kind: "invalid", reason: "empty" });
    expect(interpretCheckin(binary, DEFAULT_QUESTIONS, "en")).toBeNull();
  });

  it("never throws and always returns a well-formed result, for any input", () => {
    // A small deterministic generator, so a failure is reproducible.
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = [
      "7", "10", "-", "/", ".", ",", " ", "\n", "no", "yes", "sí", "mood", "craving", "aa", "went", "to", "didn't", "or",
      "maybe", "none", "sin", "antojos", "😊", "👍", "\uD83D", "\u0000", "ñ", "é", "\u0301", "'", "%", "10/10", "7.5", "de",
      "out", "of", "n", "y", "fui", "no se", "note:", "once", "skip", "9999999999",
    ];
    const questions: QuestionDef[] = [
      ...DEFAULT_QUESTIONS,
      { id: "odd", type: "scale", min: 5, max: 3 },
      { id: "wide", type: "scale", min: 0, max: 100, labels: ["", "  ", "wide scale"] },
      { id: "nolabels", type: "yesno", labels: [] },
    ];
    for (let round = 0; round < 2000; round++) {
      const length = rand(12);
      let text = "";
      for (let k = 0; k < length; k++) text += `${pieces[rand(pieces.length)] ?? ""}${rand(3) === 0 ? " " : ""}`;
      const lang = LANGS[rand(2)] ?? "en";
      for (const q of questions) {
        const r = interpretAnswer(q, text, lang);
        if (q.id !== "odd") expect(problemWith(q, r), JSON.stringify(text)).toBeNull();
      }
      const all = interpretCheckin(text, questions, lang);
      if (all !== null) {
        expect(Object.keys(all).length).toBeGreaterThanOrEqual(2);
        for (const [id, value] of Object.entries(all)) {
          const q = questions.find((x) => x.id === id);
          expect(q && q.type !== "text" && q.id !== "odd" ? problemWith(q, { kind: "value", value }) : "unexpected key").toBeNull();
        }
      }
    }
  });

  it("survives values of the wrong type from untyped callers", () => {
    const weird = [undefined, null, 7, {}, []] as unknown as string[];
    for (const text of weird) {
      expect(interpretAnswer(question("mood"), text, "en")).toEqual({ kind: "invalid", reason: "empty" });
      expect(interpretCheckin(text, DEFAULT_QUESTIONS, "en")).toBeNull();
    }
    expect(interpretCheckin("7 2 yes", null as unknown as QuestionDef[], "en")).toBeNull();
    const badQuestion = { id: "mood", type: "scale", min: 1, max: 10, labels: "mood" } as unknown as QuestionDef;
    expect(interpretAnswer(badQuestion, "7", "en")).toEqual({ kind: "value", value: 7 });
    expect(interpretAnswer(question("mood"), "7", "fr" as Lang)).toEqual({ kind: "value", value: 7 });
  });
});

