#!/usr/bin/env node
// `steady <command>`: the same CLI as `npm run --silent cli -- <command>`, for `npx steady`.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
// The TypeScript loader is resolved from the project, so this works from any directory.
const tsx = import.meta.resolve("tsx");
const r = spawnSync(process.execPath, ["--import", tsx, path.join(root, "bin/cli.ts"), ...process.argv.slice(2)], { stdio: "inherit", cwd: process.cwd() });
process.exit(r.status ?? 1);
