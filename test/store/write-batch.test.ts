import { afterEach, describe, expect, it } from "vitest";
import { updateByIds } from "../../src/schedule/update-by-ids.ts";
import { createDb, sqliteConnectionOf, type Db } from "../../src/store/create-db.ts";
import { insertRows, isUniqueViolation } from "../../src/store/insert-rows.ts";
import { writeBatch } from "../../src/store/write-batch.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";

const open: { db: Db; fresh: FreshDatabase }[] = [];
afterEach(async () => {
  for (const { db, fresh } of open.splice(0)) {
    await db.$disconnect();
    await fresh.drop();
  }
});

async function database(kind: "sqlite" | "postgres"): Promise<Db> {
  const fresh = kind === "sqlite" ? freshSqlite() : await freshPostgres();
  const db = await createDb(fresh.url);
  open.push({ db, fresh });
  return db;
}

const due = new Date("2026-11-24T18:00:00Z");
const job = (id: string) => ({ id, kind: "prompt", refId: `ci:${id}`, dueAt: due });

const cases = [
  { name: "SQLite, on the connection", kind: "sqlite", direct: true },
  { name: "SQLite, through Prisma", kind: "sqlite", direct: false },
  { name: "PostgreSQL", kind: "postgres", direct: true },
] as const;

describe.each(cases)("writeBatch ($name)", ({ kind, direct }) => {
  it("writes every statement, with dates stored as Prisma reads them", async () => {
    const db = await database(kind);
    const later = new Date("2026-11-24T20:30:00Z");
    await writeBatch(db, [...insertRows(db, "Job", [job("a"), job("b"), job("c")]), ...updateByIds(db, "Job", { dueAt: later, status: "done" }, ["b", "c"])], direct);
    const rows = await db.job.findMany({ orderBy: { id: "asc" }, select: { id: true, dueAt: true, status: true } });
    expect(rows).toEqual([
      { id: "a", dueAt: due, status: "pending" },
      { id: "b", dueAt: later, status: "done" },
      { id: "c", dueAt: later, status: "done" },
    ]);
    // Stored dates compare with the ones Prisma writes.
    expect(await db.job.count({ where: { dueAt: { lte: due } } })).toBe(1);
  });

  it("writes nothing when one statement fails, and the failure reads as a unique violation", async () => {
    const db = await database(kind);
    await writeBatch(db, insertRows(db, "Job", [job("taken")]), direct);
    const failed = await writeBatch(db, [...insertRows(db, "Job", [job("new-1"), job("new-2")]), ...insertRows(db, "Job", [job("taken")])], direct).catch((e: unknown) => e);
    expect(isUniqueViolation(failed)).toBe(true);
    expect((await db.job.findMany({ select: { id: true } })).map((j) => j.id)).toEqual(["taken"]);
    // The connection is usable afterwards: no transaction was left open.
    if (kind === "sqlite") expect(sqliteConnectionOf(db)?.inTransaction).toBe(false);
    await writeBatch(db, insertRows(db, "Job", [job("after")]), direct);
    expect(await db.job.count()).toBe(2);
  });
});

describe("writeBatch on SQLite inside a Prisma transaction", () => {
  it("leaves the statements to Prisma's queue instead of joining the open transaction", async () => {
    const db = await database("sqlite");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // An interactive transaction that is open (BEGIN sent) and then rolled back.
    const tx = db
      .$transaction(async (t) => {
        await t.job.create({ data: job("rolled-back") });
        await held;
        throw new Error("roll back");
      })
      .catch(() => null);
    while (!sqliteConnectionOf(db)?.inTransaction) await new Promise((r) => setTimeout(r, 1));
    const write = writeBatch(db, insertRows(db, "Job", [job("kept")]));
    release();
    await Promise.all([tx, write]);
    // Had the batch run on the connection, it would have been rolled back with the transaction.
    expect((await db.job.findMany({ select: { id: true } })).map((j) => j.id)).toEqual(["kept"]);
  });
});
