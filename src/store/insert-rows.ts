import { dialectOf, type Db } from "./create-db.ts";
import type { RawStatement } from "./write-batch.ts";

type Cell = string | number | boolean | Date | null;

/** Rows per INSERT statement: well under SQLite's 32,766 parameters for our widest table. */
const ROWS_PER_STATEMENT = 200;

/** A value as both drivers expect it for the columns Prisma created. */
function cell(v: Cell, dialect: "sqlite" | "postgres"): string | number | null {
  if (v === null) return null;
  if (v instanceof Date) {
    // Prisma keeps DateTime as ISO text on SQLite and as UTC `timestamp(3)` on PostgreSQL.
    return dialect === "sqlite" ? v.toISOString().replace("Z", "+00:00") : v.toISOString().slice(0, -1);
  }
  if (typeof v === "boolean") return dialect === "sqlite" ? (v ? 1 : 0) : v ? "true" : "false";
  return v;
}

/** A value as the SQLite driver expects it for the columns Prisma created. */
export function sqliteCell(v: Cell | undefined): string | number | null {
  return cell(v ?? null, "sqlite");
}

/** A value as the PostgreSQL driver expects it for the columns Prisma created. */
export function postgresCell(v: Cell | undefined): string | number | null {
  return cell(v ?? null, "postgres");
}

/**
 * Multi-row INSERT statements for a batch of rows, to run with writeBatch.
 * Prisma's createMany costs about a third of a millisecond per row in its query compiler;
 * dispatching ten thousand prompts writes thirty thousand rows, so the hot batch paths
 * write them with plain parameterized INSERTs instead (same table and column names).
 */
export function insertRows(db: Db, table: string, rows: Record<string, Cell>[]): RawStatement[] {
  if (rows.length === 0) return [];
  const dialect = dialectOf(db);
  const columns = Object.keys(rows[0]!);
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const statements: RawStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const params: (string | number | null)[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((c) => {
        params.push(cell(row[c] ?? null, dialect));
        return dialect === "sqlite" ? "?" : `$${params.length}`;
      });
      return `(${marks.join(", ")})`;
    });
    statements.push({ sql: head + tuples.join(", "), params });
  }
  return statements;
}

/**
 * True for a unique-constraint violation, whether it came from a Prisma model call (P2002)
 * or from a raw statement (the driver's own code, wrapped by Prisma as P2010).
 */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; meta?: { code?: string; message?: string; driverAdapterError?: { cause?: { kind?: string } } }; message?: string } | null;
  if (!err) return false;
  if (err.code === "P2002") return true;
  const text = `${err.meta?.code ?? ""} ${err.meta?.message ?? ""} ${err.message ?? ""}`;
  return err.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation" || /UNIQUE constraint|23505|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)|duplicate key/i.test(text);
}
