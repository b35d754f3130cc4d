#!/usr/bin/env node
// Builds what `npm start` runs: src/main.ts and everything it imports, bundled into one
// JavaScript file (dist/steady.mjs, and dist/chunks/ for what loads lazily), with npm
// packages left as imports. The long-running bot then needs no TypeScript loader, which in
// a running process costs some 35 MB (a loader thread and the transformed sources); the CLI
// and the tests still run the sources directly. Prisma's query compiler goes in as a .wasm
// file rather than the module of base64 text the generated client imports (see
// queryCompilerFromFile).
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
    plugins: [queryCompilerFromFile()],
  });
  const written = Object.keys(result.metafile.outputs).map((f) => path.resolve(f));
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      if (!input.startsWith(`${COMPILER_NAMESPACE}:`)) continue;
      const specifier = input.slice(COMPILER_NAMESPACE.length + 1);
      const wasmFile = path.resolve(path.dirname(file), `${compilerName(specifier)}.wasm`);
      const { wasm } = await import(specifier);
      fs.writeFileSync(wasmFile, Buffer.from(wasm, "base64"));
      written.push(wasmFile);
    }
  }
  return written;
}

/** The module of base64 text a generated Prisma client imports its query compiler from. */
const COMPILER_BASE64 = /^@prisma\/client\/runtime\/(query_compiler_\w+_bg\.\w+)\.wasm-base64\.mjs$/;
const COMPILER_NAMESPACE = "query-compiler-file";

/** "query_compiler_fast_bg.sqlite" for the module of the SQLite compiler. */
function compilerName(specifier) {
  return COMPILER_BASE64.exec(specifier)[1];
}

/**
 * The generated Prisma client imports its query compiler (WebAssembly) from a module that
 * holds it as one string of base64 text, 4.4 MB, and decodes that. Once imported, the module
 * stays loaded for the life of the process, and V8 keeps both its source and the string: some
 * 9 MB of the heap for good, and more while the string is parsed and decoded (opening a
 * database took 35 MB of resident memory that way, 13 MB this way). In the bundle, that import
 * gets a module in its place that reads the compiler's bytes from a .wasm file written beside
 * it at build time (decoded from the same module), when the client compiles it, and keeps
 * nothing after. The client passes `wasm` to `Buffer.from(wasm, "base64")`, which takes an
 * object's valueOf(): that is where the file is read. The CLI and the tests run the sources
 * and import the base64 module as generated.
 */
function queryCompilerFromFile() {
  return {
    name: "query-compiler-from-file",
    setup(build) {
      build.onResolve({ filter: COMPILER_BASE64 }, (args) => ({ path: args.path, namespace: COMPILER_NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: COMPILER_NAMESPACE }, (args) => ({
        contents: [
          `import { readFileSync } from "node:fs";`,
          `export const wasm = { valueOf: () => readFileSync(new URL(${JSON.stringify(`./${compilerName(args.path)}.wasm`)}, import.meta.url)) };`,
          "",
        ].join("\n"),
        loader: "js",
      }));
    },
  };
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
