/**
 * The part of a better-sqlite3 connection the synchronous fast paths use. Declared here
 * rather than imported so the engine depends on this small surface only.
 */
export interface SqliteConnection {
  readonly open: boolean;
  /** True while a transaction (Prisma's or ours) is open on the connection. */
  readonly inTransaction: boolean;
  prepare(sql: string): SqliteStatement;
}

export interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  /** Integers as plain numbers (the adapter turns BigInt on for the connection). */
  safeIntegers(on: boolean): SqliteStatement;
}
