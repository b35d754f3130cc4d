import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serviceSettings } from "./started-service.ts";

const root = path.resolve(import.meta.dirname, "../..");
const unit = fs.readFileSync(path.join(root, "examples/deploy/steady.service"), "utf8");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("the systemd unit", () => {
  it("runs the command of `npm start`, flags and bundle included", () => {
    const start = pkg.scripts.start!.split(/\s+/);
    const exec = serviceSettings(unit).execStart.split(/\s+/);
    // npm finds node on the PATH; the unit names it, as systemd needs an absolute path.
    expect(start[0]).toBe("node");
    expect(path.basename(exec[0]!)).toBe("node");
    expect(exec.slice(1)).toEqual(start.slice(1));
  });

  it("runs from the checkout, where `npm start`'s prestart builds the bundle it starts", () => {
    expect(pkg.scripts.prestart).toMatch(/scripts\/build\.mjs/);
    const bundle = serviceSettings(unit).execStart.split(/\s+/).at(-1)!;
    expect(fs.readFileSync(path.join(root, "scripts/build.mjs"), "utf8")).toContain(bundle.replace(/^dist\//, ""));
  });
});
