import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { LoadedProgram } from "../../src/program/load-program.ts";
import { watchProgramFile } from "../../src/program/watch-program-file.ts";

const fixture = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/program.yaml"), "utf8");
const stops: (() => void)[] = [];
let dir: string | null = null;
afterEach(() => {
  for (const s of stops.splice(0)) s();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const until = async (done: () => boolean) => {
  for (let i = 0; !done(); i++) {
    if (i > 400) throw new Error("waited 4 s in vain");
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Writes the file with a modification time `seconds` later than the last, as an editor's save would. */
function save(file: string, text: string, seconds: number) {
  fs.writeFileSync(`${file}.new`, text);
  const t = new Date(Date.now() + seconds * 1000);
  fs.utimesSync(`${file}.new`, t, t);
  fs.renameSync(`${file}.new`, file);
}

describe("watchProgramFile", () => {
  it("hands over each edited program that loads, and reports one that does not, keeping quiet otherwise", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-watch-"));
    const file = path.join(dir, "program.yaml");
    fs.writeFileSync(file, fixture);
    const loaded: LoadedProgram[] = [];
    const failed: Error[] = [];
    stops.push(watchProgramFile(file, async (l) => void loaded.push(l), (e) => void failed.push(e), 20));

    save(file, fixture.replace("Lakeside front desk, 555-0100", "Lakeside front desk, 555-0199"), 10);
    await until(() => loaded.length === 1);
    expect(loaded[0]!.program.program.supportContact).toBe("Lakeside front desk, 555-0199");

    save(file, fixture.replace("timeZone: America/Chicago", "timeZone: America/Chicgo"), 20);
    await until(() => failed.length === 1);
    expect(failed[0]!.message).toMatch(/program\.yaml:\d+: program\.timeZone: unknown time zone "America\/Chicgo"/);
    expect(loaded).toHaveLength(1);

    // A reload that fails is reported too, and later changes are still picked up.
    stops.push(watchProgramFile(file, async () => Promise.reject(new Error("database unavailable")), (e) => void failed.push(e), 20));
    save(file, fixture, 30);
    await until(() => loaded.length === 2 && failed.length === 2);
    expect(failed[1]!.message).toBe("database unavailable");
    expect(loaded[1]!.program.program.supportContact).toBe("Lakeside front desk, 555-0100");
  });
});
