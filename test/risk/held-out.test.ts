/**
 * The held-out table (test/risk/held-out/held-out.jsonl): 300 texts, half English, half Spanish,
 * by an author who had seen neither the rules nor the labelled table, kept out of both. The
 * labelled table is where rules are written from, so its 100% recall says what the rules were
 * fitted to; this table says what they do on texts nobody fitted them to, which is what a
 * clinic's participants send.
 *
 * Keep it held out: never write or widen a rule from these texts, and never train the screen
 * reader on them. When a miss here shows a family the rules lack, write other texts of that
 * family into the labelled table and work from those; the figures here then show whether the
 * family was understood or only the sentence. The floors are regression guards a little under
 * today's figures, not goals: a rule change that costs recall on texts it was not written for
 * fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RiskLevel } from "../../src/domain/types.ts";
import { assessRisk } from "../../src/risk/index.ts";

interface HeldOutText {
  text: string;
  level: RiskLevel;
  category: string;
  lang: "en" | "es";
}

const rows: HeldOutText[] = fs
  .readFileSync(path.join(import.meta.dirname, "held-out", "held-out.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"))
  .map((l) => JSON.parse(l) as HeldOutText);

const graded = rows.map((row) => ({ row, got: assessRisk(row.text) }));
type Graded = (typeof graded)[number];

/** Share of crisis texts the rules call crisis, per language. */
const CRISIS_LEVEL = { en: 0.6, es: 0.75 };
/** Share of crisis texts that get the crisis path or the screening question: someone is paged, or the person is asked. */
const CRISIS_OR_SCREEN = 0.9;
/** Benign texts called crisis, or asked the screening question. */
const BENIGN_CRISIS = 0.12;
const BENIGN_SCREEN = 0.12;

const share = (xs: Graded[], f: (g: Graded) => boolean) => xs.filter(f).length / xs.length;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe("the held-out table (never used to write rules)", () => {
  for (const lang of ["en", "es"] as const) {
    const of = (level: RiskLevel) => graded.filter((g) => g.row.lang === lang && g.row.level === level);
    const crisis = of("crisis");
    const urgent = of("urgent");
    const benign = of("none");

    it(`${lang}: finds crisis texts it was not written for, and asks about or pages nearly all of them`, () => {
      const level = share(crisis, (g) => g.got.level === "crisis");
      const asked = share(crisis, (g) => g.got.level === "crisis" || g.got.screen);
      const inboxOnly = crisis.filter((g) => g.got.level !== "crisis" && !g.got.screen);
      console.log(
        `held out, ${lang}: ${crisis.length} crisis texts: crisis ${pct(level)}, crisis or screening question ${pct(asked)}, ` +
          `neither ${inboxOnly.length} (${inboxOnly.map((g) => `${g.row.category} -> ${g.got.level}`).join(", ")}); ` +
          `${urgent.length} urgent texts flagged ${pct(share(urgent, (g) => g.got.level !== "none" || g.got.screen))}; ` +
          `${benign.length} benign: crisis ${pct(share(benign, (g) => g.got.level === "crisis"))}, screened ${pct(share(benign, (g) => g.got.screen))}`,
      );
      expect(level).toBeGreaterThanOrEqual(CRISIS_LEVEL[lang]);
      expect(asked).toBeGreaterThanOrEqual(CRISIS_OR_SCREEN);
    });

    it(`${lang}: stays quiet on ordinary texts and their look-alikes`, () => {
      expect(share(benign, (g) => g.got.level === "crisis")).toBeLessThanOrEqual(BENIGN_CRISIS);
      expect(share(benign, (g) => g.got.screen)).toBeLessThanOrEqual(BENIGN_SCREEN);
    });
  }

  it("holds both languages and every crisis category in each", () => {
    for (const lang of ["en", "es"]) {
      const categories = new Set(rows.filter((r) => r.lang === lang && r.level === "crisis").map((r) => r.category));
      expect(categories.size, lang).toBe(11);
    }
  });
});
