import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/risk/index.ts";
import { CRISIS_REASONS } from "../../src/risk/types.ts";
import { type LabelledText, loadLabelledTable } from "./labelled-table.ts";

// The thresholds on the labelled table.
const CRISIS_RECALL = 1;
const LAPSE_RECALL = 0.97;
const DISTRESS_NEVER_NONE = 1;
const FALSE_CRISIS = 0.02;
const ANY_FALSE_FLAG = 0.05;
const SCREEN_ON_BENIGN = 0.05;

const RANK = { none: 0, urgent: 1, crisis: 2 } as const;
const table = loadLabelledTable();
const results = table.map((row) => ({ row, got: assessRisk(row.text) }));

interface Cell {
  n: number;
  caught: number;
  byScreen: number;
}

/** Per category and language: texts, texts the rules caught (or kept clear, for none), and those only the screen caught. */
function cells(): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const { row, got } of results) {
    const key = `${row.level.padEnd(6)} ${row.category.padEnd(22)} ${row.lang}`;
    const cell = out.get(key) ?? { n: 0, caught: 0, byScreen: 0 };
    out.set(key, cell);
    cell.n++;
    const ok = row.level === "none" ? got.level === "none" : RANK[got.level] >= RANK[row.level];
    if (ok) cell.caught++;
    else if (row.level !== "none" && got.screen) cell.byScreen++;
  }
  return out;
}

const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
const rate = (rows: typeof results, pred: (r: (typeof results)[number]) => boolean) => rows.filter(pred).length / Math.max(1, rows.length);
const of = (pred: (row: LabelledText) => boolean) => results.filter((r) => pred(r.row));

describe("the labelled table (written without the rules)", () => {
  it("prints recall per category and language, false flags, screen rate and the misses", () => {
    const lines = ["level  category               lang   texts  rules         rules or screen"];
    for (const [key, c] of [...cells()].sort()) {
      lines.push(`${key}  ${String(c.n).padStart(5)}  ${pct(c.caught, c.n).padStart(6)}        ${pct(c.caught + c.byScreen, c.n).padStart(6)}`);
    }
    const benign = of((r) => r.level === "none");
    lines.push(
      `benign texts: ${benign.length}; false crisis ${pct(benign.filter((r) => r.got.level === "crisis").length, benign.length)}, ` +
        `any false flag ${pct(benign.filter((r) => r.got.level !== "none").length, benign.length)}, screen ${pct(benign.filter((r) => r.got.screen).length, benign.length)}`,
    );
    const misses = results.filter(({ row, got }) => (row.level === "none" ? got.level !== "none" || got.screen : RANK[got.level] < RANK[row.level]));
    for (const { row, got } of misses) lines.push(`  ${row.level}/${row.category}/${row.lang} -> ${got.level}${got.screen ? " +screen" : ""} [${got.reasons.join(",")}]: ${row.text}`);
    console.log(lines.join("\n"));
    expect(results.length).toBe(table.length);
  });

  it("is big enough: 400+ texts, 120+ crisis (a third Spanish), 100+ lapse, 180+ benign, every crisis category in both languages", () => {
    const crisis = table.filter((r) => r.level === "crisis");
    expect(table.length).toBeGreaterThanOrEqual(400);
    expect(crisis.length).toBeGreaterThanOrEqual(120);
    expect(crisis.filter((r) => r.lang === "es").length).toBeGreaterThanOrEqual(crisis.length / 3);
    expect(table.filter((r) => r.category === "substance_use").length).toBeGreaterThanOrEqual(100);
    expect(table.filter((r) => r.level === "none").length).toBeGreaterThanOrEqual(180);
    for (const reason of CRISIS_REASONS) for (const lang of ["en", "es"]) expect(crisis.some((r) => r.category === reason && r.lang === lang), `${reason}/${lang}`).toBe(true);
  });

  it(`finds every crisis text with the rules (recall ${CRISIS_RECALL * 100}%)`, () => {
    const crisis = of((r) => r.level === "crisis");
    expect(crisis.filter((r) => r.got.level !== "crisis").map((r) => r.row.text)).toEqual([]);
    expect(rate(crisis, (r) => r.got.level === "crisis")).toBeGreaterThanOrEqual(CRISIS_RECALL);
  });

  it("catches every crisis text by the rules or the screening question", () => {
    const crisis = of((r) => r.level === "crisis");
    expect(crisis.filter((r) => r.got.level !== "crisis" && !r.got.screen).map((r) => r.row.text)).toEqual([]);
  });

  it(`flags lapses (recall >= ${LAPSE_RECALL * 100}%), and distress is never none`, () => {
    const lapse = of((r) => r.category === "substance_use");
    expect(rate(lapse, (r) => r.got.level !== "none"), lapse.filter((r) => r.got.level === "none").map((r) => r.row.text).join("\n")).toBeGreaterThanOrEqual(LAPSE_RECALL);
    const distress = of((r) => r.category === "distress");
    expect(rate(distress, (r) => r.got.level !== "none"), distress.filter((r) => r.got.level === "none").map((r) => r.row.text).join("\n")).toBeGreaterThanOrEqual(DISTRESS_NEVER_NONE);
    // Below crisis, distress always asks the screening question.
    expect(distress.filter((r) => r.got.level === "urgent" && !r.got.screen).map((r) => r.row.text)).toEqual([]);
  });

  it(`raises few false flags on benign texts (crisis <= ${FALSE_CRISIS * 100}%, any <= ${ANY_FALSE_FLAG * 100}%, screen <= ${SCREEN_ON_BENIGN * 100}%)`, () => {
    const benign = of((r) => r.level === "none");
    expect(rate(benign, (r) => r.got.level === "crisis")).toBeLessThanOrEqual(FALSE_CRISIS);
    expect(rate(benign, (r) => r.got.level !== "none")).toBeLessThanOrEqual(ANY_FALSE_FLAG);
    expect(rate(benign, (r) => r.got.screen)).toBeLessThanOrEqual(SCREEN_ON_BENIGN);
  });

  it("never sets the screen on a crisis", () => {
    expect(results.filter((r) => r.got.level === "crisis" && r.got.screen)).toEqual([]);
  });
});
