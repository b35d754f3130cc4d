import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../src/store/migrate-database.ts";

/** A migrated SQLite database in a new temp directory, for one benchmark. */
export async function freshBenchDb(name: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `steady-bench-${name}-`));
  const url = `file:${path.join(dir, "bench.db")}`;
  await migrateDatabase(url);
  return url;
}

/** Removes a database made by freshBenchDb, with its directory. */
export function removeBenchDb(url: string): void {
  fs.rmSync(path.dirname(url.slice("file:".length)), { recursive: true, force: true });
}
