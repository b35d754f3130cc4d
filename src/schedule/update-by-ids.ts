import { dialectOf, type Db } from "../store/create-db.ts";
import type { RawStatement, StatementParam } from "../store/write-batch.ts";

/** A column value in a hand-written UPDATE; Dates are formatted when the statement runs. */
export type ColumnValue = StatementParam;

/** Ids per statement, far under both databases' parameter limits. */
const IDS_PER_STATEMENT = 500;

/**
 * `UPDATE "table" SET … WHERE "id" IN (…) AND "column" = value…` as raw statements, to run
 * with writeBatch next to insertRows. Prisma sends a batch that mixes model queries
 * with raw statements through its query compiler whole, every value of every statement, on
 * every call; a batch of raw statements only skips the compiler. For a dispatch page that is
 * most of its time and memory. `where` values must not be null.
 */
export function updateByIds(db: Db, table: string, set: Record<string, ColumnValue>, ids: readonly string[], where: Record<string, string | number> = {}): RawStatement[] {
  const statements: RawStatement[] = [];
  const positional = dialectOf(db) === "sqlite";
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const chunk = ids.slice(i, i + IDS_PER_STATEMENT);
    const params: ColumnValue[] = [];
    const mark = (v: ColumnValue) => {
      params.push(v);
      return positional ? "?" : `$${params.length}`;
    };
    // Marks are taken in the order they appear in the text: SQLite's "?" are positional.
    const assignments = Object.entries(set).map(([column, v]) => `"${column}" = ${mark(v)}`);
    const idList = chunk.map((id) => mark(id)).join(", ");
    const conditions = Object.entries(where).map(([column, v]) => ` AND "${column}" = ${mark(v)}`);
    const sql = `UPDATE "${table}" SET ${assignments.join(", ")} WHERE "id" IN (${idList})${conditions.join("")}`;
    statements.push({ sql, params });
  }
  return statements;
}
