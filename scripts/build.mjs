#!/usr/bin/env node
// Builds what `npm start` runs: src/main.ts and everything it imports, bundled into one
// JavaScript file (dist/steady.mjs, and dist/chunks/ for what loads lazily), with npm
// packages left as imports. The long-running bot then needs no TypeScript loader, which in
// a running process costs some 35 MB (a loader thread and the transformed sources); the CLI
// and the tests still run the sources directly.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

/** The bundle `npm start` runs. */
export const BOT_BUNDLE = path.join(root, "dist", "steady.mjs");

/**
 * Bundles one TypeScript entry point (and what it imports from the project) into `outfile`.
 * What is imported with `await import()` (a provider's adapter, and with it its package) goes
 * into a chunk of its own under chunks/ next to it, loaded only when that import runs: in one
 * file, the package's import would be hoisted and loaded at every start. Returns the files written.
 */
export async function bundle(entry, outfile) {
  const result = await build({
    entryPoints: [{ in: entry, out: path.basename(outfile, ".mjs") }],
    outdir: path.dirname(outfile),
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    metafile: true,
  });
  return Object.keys(result.metafile.outputs).map((f) => path.resolve(f));
}

/**
 * The Node flags `npm start` runs the bot with, read from package.json so that the benchmarks
 * measure the process as it is started.
 */
export function startNodeFlags() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  return pkg.scripts.start.split(/\s+/).filter((a) => a.startsWith("--"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await bundle(path.join(root, "src", "main.ts"), BOT_BUNDLE);
}
