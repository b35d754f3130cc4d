import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// These modules must be pure: every function takes the instant it works on, so
// scheduling is reproducible in tests and replays. Guard against clock reads.
const ROOT = fileURLToPath(new URL("../../src/", import.meta.url));
const FILES = ["time", "text"].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(dir, name)),
);

const CLOCK_READS = [/Date\.now\s*\(/, /new\s+Date\s*\(\s*\)/, /DateTime\.(now|local)\s*\(/, /performance\.now\s*\(/, /\bnew\s+Date\b(?!\s*\()/];

describe("no clock reads in src/time and src/text", () => {
  it("finds the source files", () => {
    expect(FILES).toContain(join("time", "at-local-time.ts"));
    expect(FILES).toContain(join("text", "sms-segments.ts"));
  });

  it.each(FILES)("%s does not read the clock", (file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    for (const pattern of CLOCK_READS) {
      expect(source, `${file} matches ${pattern}`).not.toMatch(pattern);
    }
  });

  it("the patterns catch the forms they are meant to", () => {
    for (const sample of ["Date.now()", "new Date()", "new Date( )", "DateTime.now()", "DateTime.local()", "new Date;"]) {
      expect(CLOCK_READS.some((p) => p.test(sample)), sample).toBe(true);
    }
    expect(CLOCK_READS.some((p) => p.test("new Date(ms)"))).toBe(false);
  });
});
