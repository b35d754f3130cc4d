#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm packages when package-lock.json changed,
// generates the Prisma clients when the schema changed. Migrations are applied by the
// program itself at start (src/store/migrate-database.ts). Uses only Node's
// standard library so it can run before anything is installed. No binary is downloaded:
// prisma.config.ts points the Prisma CLI at tools/schema-engine.mjs (Wasm engine).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const quiet = process.argv.includes("--quiet");
const say = (m) => { if (!quiet) console.error(`[setup] ${m}`); };
const hash = (...files) => {
  const h = createHash("sha256");
  for (const f of files) h.update(fs.existsSync(f) ? fs.readFileSync(f) : "");
  return h.digest("hex");
};
function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: quiet ? ["ignore", "ignore", "inherit"] : ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`[setup] failed: ${cmd} ${args.join(" ")}`);
    process.exit(r.status ?? 1);
  }
}

const lock = path.join(root, "package-lock.json");
const installStamp = path.join(root, "node_modules/.steady-install-stamp");
const installHash = hash(lock, path.join(root, "package.json"));
if (!fs.existsSync(installStamp) || fs.readFileSync(installStamp, "utf8") !== installHash) {
  say("installing npm packages (first run compiles better-sqlite3, about 90 s)");
  run("npm", [fs.existsSync(lock) ? "ci" : "install", "--no-audit", "--no-fund"]);
  fs.writeFileSync(installStamp, installHash);
}

const schema = path.join(root, "prisma/schema.prisma");
const genStamp = path.join(root, "src/generated/.stamp");
const genHash = hash(schema, path.join(root, "scripts/derive-postgres-schema.mjs"), installStamp);
if (!fs.existsSync(genStamp) || fs.readFileSync(genStamp, "utf8") !== genHash) {
  say("generating the database clients");
  run("npm", ["run", "--silent", "generate"]);
  fs.writeFileSync(genStamp, genHash);
}
