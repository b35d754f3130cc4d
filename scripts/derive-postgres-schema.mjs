#!/usr/bin/env node
// Writes prisma/postgres/schema.prisma from prisma/schema.prisma so the models live in one
// place. A Prisma schema names a single provider, and a client generated for SQLite refuses
// the PostgreSQL adapter, so the two providers need two schema files and two clients.
// With --check it only reports (exit 1) when the derived file is out of date.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "prisma/schema.prisma");
const target = path.join(root, "prisma/postgres/schema.prisma");

export function derivePostgresSchema(text) {
  const header = "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.mjs. Do not edit.\n";
  const out = text
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output   = "../src/generated/sqlite"', 'output   = "../../src/generated/postgres"');
  if (out === text) throw new Error("derive-postgres-schema: provider or output line not found in prisma/schema.prisma");
  return header + out;
}

const wanted = derivePostgresSchema(fs.readFileSync(source, "utf8"));
const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
if (process.argv.includes("--check")) {
  if (current !== wanted) {
    console.error("prisma/postgres/schema.prisma is out of date: run `npm run generate`.");
    process.exit(1);
  }
} else if (current !== wanted) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, wanted);
}
