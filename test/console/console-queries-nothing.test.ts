import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";

// The console is a surface like SMS and the CLI: it reads and acts through the staff desk
// (src/staff/), so a question answered for one surface is answered the same for all.
it("the console queries no table itself and imports no adapter", () => {
  const dir = path.join(PROJECT_ROOT, "src/console");
  const offenders = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      const queries = [...text.matchAll(/\.(?:db|tx)\.\w+\.(?:find\w*|count|aggregate|groupBy|create\w*|update\w*|upsert|delete\w*)\(|\$queryRaw|\$executeRaw/g)].map((m) => `${f}: ${m[0]}`);
      const adapters = [...text.matchAll(/from\s+["']([^"']*adapters\/[^"']*)["']/g)].map((m) => `${f} imports ${m[1]}`);
      return [...queries, ...adapters];
    });
  expect(offenders).toEqual([]);
});
