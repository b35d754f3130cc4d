import { defineConfig } from "prisma/config";
import fs from "node:fs";
import path from "node:path";

// No native schema-engine download: use the Wasm engine through tools/schema-engine.mjs.
const shim = path.resolve(import.meta.dirname ?? process.cwd(), "tools/schema-engine.mjs");
try { fs.chmodSync(shim, 0o755); } catch {}
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= shim;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/steady.db" },
});
