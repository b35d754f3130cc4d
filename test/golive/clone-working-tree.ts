import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * What `git clone` of this checkout would give, uncommitted edits included: the files git
 * tracks or would track (nothing it ignores: no dist/, data/, generated clients or
 * databases), copied to `to`.
 *
 * The npm packages are not installed again (that needs the registry and compiles
 * better-sqlite3 for about 90 seconds): node_modules is linked to this checkout's, and
 * `scripts/bootstrap.mjs` in the clone then finds them current and only generates the
 * database clients, as it does on a fresh clone after `npm ci`. Throws when this checkout's
 * packages are not the ones package-lock.json asks for, since bootstrap in the clone would
 * then run `npm ci` through the link.
 */
export function cloneWorkingTree(from: string, to: string): void {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: from, encoding: "utf8", maxBuffer: 16 << 20 });
  for (const file of listed.split("\0")) {
    if (!file || !fs.existsSync(path.join(from, file))) continue; // deleted, not yet committed
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(from, file), path.join(to, file));
    fs.chmodSync(path.join(to, file), fs.statSync(path.join(from, file)).mode);
  }
  const stamp = path.join(from, "node_modules", ".steady-install-stamp");
  const h = createHash("sha256");
  for (const f of ["package-lock.json", "package.json"]) h.update(fs.existsSync(path.join(to, f)) ? fs.readFileSync(path.join(to, f)) : "");
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== h.digest("hex")) {
    throw new Error(`${from}/node_modules does not match package-lock.json: run node scripts/bootstrap.mjs (npm test does) first`);
  }
  fs.symlinkSync(path.join(from, "node_modules"), path.join(to, "node_modules"), "dir");
}
