import fs from "node:fs";
import path from "node:path";

/**
 * The project root (where package.json, prisma/, examples/ and data/ live): the nearest folder
 * above this module that holds package.json. Found rather than fixed, so it is the same when
 * the code runs from its sources (src/) and from the bundle `npm start` builds (dist/).
 */
export const PROJECT_ROOT = findRoot(import.meta.dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
