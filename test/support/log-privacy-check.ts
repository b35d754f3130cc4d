import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { PROJECT_ROOT } from "../../src/project-root.ts";

/**
 * Every log line the tests' apps and processes write is gathered here (log-capture.ts), one
 * file per test file and process (`<test file>.<pid>.jsonl`), with the texts the tests sent
 * under texts/; after the run, the global setup's teardown fails it when a line carries a
 * fixture's phone number, a participant's or counselor's name or a text a test sent.
 */
export const LOG_LINES_DIR = path.join(PROJECT_ROOT, "test-output", "log-lines");

/** What no log line may carry: the fixtures' people and the words sent to the bot. */
export interface PersonalData {
  /** Each word of every participant's and counselor's name in the fixtures and examples. */
  names: Set<string>;
  /** Every phone number written in the fixtures and examples, as written. */
  numbers: Set<string>;
  /** Message texts: the scenarios' and what the tests sent. */
  texts: Set<string>;
}

/**
 * A test number in any usual form: `+13125550101`, `312-555-0101`, `(312) 555-0101`,
 * `555-0101`, `5550101` (the fixtures use 555-01xx numbers only).
 */
const FIXTURE_NUMBER = /(?<![\w+])(?:(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]?)?555[-. ]?01\d\d(?!\w)/;

function yamlFiles(dir: string): string[] {
  const root = path.join(PROJECT_ROOT, dir);
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(root, f));
}

/** Names, numbers and message texts of the program and scenario files under test/fixtures and examples. */
export function fixturePersonalData(): PersonalData {
  const data: PersonalData = { names: new Set(), numbers: new Set(), texts: new Set() };
  const walk = (node: unknown, key: string | null): void => {
    if (typeof node === "string") {
      if (key === "text") data.texts.add(node);
      const number = FIXTURE_NUMBER.exec(node);
      if (number) data.numbers.add(number[0]);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) {
        if ((key === "participants" || key === "counselors") && item && typeof item === "object" && typeof (item as { name?: unknown }).name === "string") {
          for (const word of (item as { name: string }).name.split(/\s+/)) data.names.add(word);
        }
        walk(item, key);
      }
      return;
    }
    if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  for (const file of [...yamlFiles("test/fixtures"), ...yamlFiles("examples")]) {
    for (const doc of parseAllDocuments(fs.readFileSync(file, "utf8"))) if (!("empty" in doc)) walk(doc.toJS(), null);
  }
  return data;
}

/** The texts tests sent, as gathered by captureSentTexts. */
function sentTexts(dir: string): string[] {
  const texts = path.join(dir, "texts");
  if (!fs.existsSync(texts)) return [];
  return fs.readdirSync(texts).flatMap((f) => fs.readFileSync(path.join(texts, f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as string));
}

/**
 * A text worth looking for: long enough not to be a number, a keyword or a word any code
 * might hold ("7", "yes", "STOP", "GOING"), so several words or one long word.
 */
function distinctive(text: string): boolean {
  const t = text.trim();
  return /\p{L}/u.test(t) && (t.length >= 12 || (/\s/.test(t) && t.length >= 8));
}

/**
 * Every captured log line (under `dir`) that carries personal data, as
 * `<file>: <what> in <line>`. Names are matched as whole words with their case, numbers in
 * any usual form, texts as written.
 */
export function findPersonalData(dir: string, data: PersonalData = fixturePersonalData()): string[] {
  if (!fs.existsSync(dir)) return [];
  const texts = [...data.texts, ...sentTexts(dir)].filter(distinctive);
  const names = [...data.names].filter((n) => n.length >= 2);
  const name = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u") : null;
  const found: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n").filter(Boolean)) {
      const what = [
        FIXTURE_NUMBER.exec(line)?.[0] ?? [...data.numbers].find((n) => line.includes(n)),
        name?.exec(line)?.[0],
        texts.find((t) => line.includes(JSON.stringify(t).slice(1, -1))),
      ].filter((w): w is string => w !== undefined);
      if (what.length > 0) found.push(`${file}: ${what.map((w) => JSON.stringify(w)).join(", ")} in ${line}`);
    }
  }
  return found;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
