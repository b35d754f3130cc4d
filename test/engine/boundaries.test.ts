import fs from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { CHANNELS } from "../../src/channel/channel-registry.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";

/** Every TypeScript file under a folder of the project, relative to the project. */
function sources(dir: string): string[] {
  return (fs.readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.includes("generated"))
    .map((f) => path.join(dir, f));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

const PROVIDER_SDKS = ["twilio", "@slack/bolt", "@slack/web-api", "discord.js"];
/**
 * main.ts runs the configured adapters; nothing else in src/ may know one exists. The CLI
 * (bin/cli.ts) is a program of its own, outside src/, that runs the local channel in its
 * process (its `reply` types into it). Both read the one list of adapters, adapters/index.ts.
 */
const ROOTS = new Set(["src/main.ts"]);

describe("architecture boundaries", () => {
  it("the engine (src/) imports no adapter and no provider SDK, outside the composition roots", () => {
    const offenders = sources("src")
      .filter((f) => !ROOTS.has(f))
      .flatMap((f) => imports(f).filter((i) => i.includes("adapters/") || PROVIDER_SDKS.some((s) => i === s || i.startsWith(`${s}/`))).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it("only adapters/sms imports twilio", () => {
    const offenders = [...sources("src"), ...sources("adapters"), ...sources("bin")]
      .filter((f) => !f.startsWith("adapters/sms/"))
      .flatMap((f) => imports(f).filter((i) => i === "twilio" || i.startsWith("twilio/")).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
    expect(sources("adapters/sms").some((f) => imports(f).includes("twilio"))).toBe(true);
  });

  it("an adapter imports no other adapter", () => {
    // adapters/index.ts is not an adapter: it is the list of them that main and the CLI read.
    const offenders = sources("adapters").filter((f) => f !== path.join("adapters", "index.ts")).flatMap((f) => {
      const own = path.join("adapters", f.split(path.sep)[1]!) + path.sep;
      return imports(f)
        .filter((i) => i.startsWith("."))
        .map((i) => path.relative(PROJECT_ROOT, path.resolve(PROJECT_ROOT, path.dirname(f), i)))
        .filter((target) => target.startsWith(`adapters${path.sep}`) && !target.startsWith(own))
        .map((target) => `${f} imports ${target}`);
    });
    expect(offenders).toEqual([]);
  });

  it("no channel name is written in src/ outside the channel registry", () => {
    // The core decides by trait (src/channel/channel-registry.ts), never by a channel's name.
    // Comments and types are dropped first (docs may name channels); what is left is code.
    const REGISTRY = path.join("src", "channel", "channel-registry.ts");
    /** Words that are a channel's name by chance, with why. */
    const WORDS: Record<string, string[]> = {
      // "local" as in "a local meeting", a word the check-in's reader skips.
      [path.join("src", "interpret", "lexicon.ts")]: ["local"],
    };
    const literal = new RegExp(`(["'\`])(${CHANNELS.join("|")})\\1`, "g");
    const offenders = sources("src")
      .filter((f) => f !== REGISTRY)
      .flatMap((f) => {
        const code = transformSync(fs.readFileSync(path.join(PROJECT_ROOT, f), "utf8"), { loader: "ts" }).code;
        return [...code.matchAll(literal)].map((m) => m[2]!).filter((name) => !WORDS[f]?.includes(name)).map((name) => `${f} writes "${name}"`);
      });
    expect(offenders).toEqual([]);
    expect(CHANNELS.length).toBeGreaterThan(1);
  });
});
