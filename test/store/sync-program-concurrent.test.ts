import { afterEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { syncProgram } from "../../src/store/sync-program.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { programWithParticipants } from "../support/many-participants.ts";

let database: FreshDatabase | null = null;
let clients: Db[] = [];
afterEach(async () => {
  for (const c of clients) await c.$disconnect();
  await database?.drop();
  database = null;
  clients = [];
});

/** Four instances started together on an empty database each sync the program file at start. */
async function fourAtOnce(fresh: () => Promise<FreshDatabase> | FreshDatabase): Promise<void> {
  database = await fresh();
  clients = await Promise.all([1, 2, 3, 4].map(() => createDb(database!.url)));
  const program = programWithParticipants(40, { channel: "sms" });
  const now = new Date("2026-11-24T12:00:00-06:00");
  const reports = await Promise.all(clients.map((db) => syncProgram(db, program, now)));
  expect(reports).toHaveLength(4);
  const db = clients[0]!;
  expect(await db.participant.count()).toBe(program.participants.length);
  // A later start finds nothing to change.
  expect((await syncProgram(db, program, now)).changes).toEqual([]);
}

describe("program sync by several instances at once", () => {
  it("on PostgreSQL all four come up and the database holds the program once", async () => {
    await fourAtOnce(freshPostgres);
  }, 60_000);

  it("on SQLite all four come up and the database holds the program once", async () => {
    await fourAtOnce(freshSqlite);
  }, 60_000);

  it("a first sync of thousands on PostgreSQL records each consent and its audit event, one statement at a time on the connection", async () => {
    database = await freshPostgres();
    const db = await createDb(database.url);
    clients = [db];
    const program = programWithParticipants(10_000, { channel: "sms" });
    // The pg driver warns (and will refuse, in its next major version) when a query is sent
    // on a connection that is still running one: make that warning fail the sync.
    const before = process.throwDeprecation;
    process.throwDeprecation = true;
    try {
      await syncProgram(db, program, new Date("2026-11-24T12:00:00-06:00"));
    } finally {
      process.throwDeprecation = before;
    }
    expect(await db.consentEvent.count({ where: { action: "consent_given" } })).toBe(10_000);
    expect(await db.auditEvent.count({ where: { action: "consent_granted" } })).toBe(10_000);
  }, 120_000);
});
