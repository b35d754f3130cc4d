import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, sqliteConnectionOf, type Db } from "../../src/store/create-db.ts";
import type { SqliteConnection } from "../../src/store/sqlite-connection.ts";
import { WalCheckpointer } from "../../src/store/wal-checkpointer.ts";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";

let opened: { db: Db; fresh: FreshDatabase; checkpointer?: WalCheckpointer }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.checkpointer?.stop();
    await o.db.$disconnect();
    await o.fresh.drop();
  }
});

async function open() {
  const fresh = freshSqlite();
  const db = await createDb(fresh.url);
  const entry: (typeof opened)[number] = { db, fresh };
  opened.push(entry);
  const conn = sqliteConnectionOf(db)!;
  conn.prepare("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body TEXT)").run();
  return { entry, conn, file: fresh.url.slice("file:".length) };
}

const autocheckpoint = (conn: SqliteConnection) => (conn.prepare("PRAGMA wal_autocheckpoint").safeIntegers(false).get() as { wal_autocheckpoint: number }).wal_autocheckpoint;
const walBytes = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("WAL checkpoints off the event loop", () => {
  it("keeps the WAL bounded under a steady stream of commits, with the connection not checkpointing itself", async () => {
    const { entry, conn, file } = await open();
    entry.checkpointer = WalCheckpointer.start(conn, file, { intervalMs: 5, maxFrames: 100 });
    expect(autocheckpoint(conn)).toBe(0);
    const insert = conn.prepare("INSERT INTO scratch (body) VALUES (?)");
    for (let i = 0; i < 4000; i++) {
      insert.run("x".repeat(3000)); // about one page per commit: some 16 MB of WAL if nothing checkpointed
      if (i % 100 === 0) await pause(1);
    }
    await pause(300);
    expect(walBytes(file)).toBeLessThan(1024 * 1024);
    expect((conn.prepare("SELECT count(*) AS n FROM scratch").safeIntegers(false).get() as { n: number }).n).toBe(4000);
    await entry.checkpointer.stop();
    entry.checkpointer = undefined;
    expect(autocheckpoint(conn)).toBe(1000);
  });

  it("hands checkpointing back to the connection when the worker cannot run", async () => {
    const { entry, conn, file } = await open();
    entry.checkpointer = WalCheckpointer.start(conn, `${file}.missing`, { intervalMs: 5 });
    for (let i = 0; i < 100 && autocheckpoint(conn) !== 1000; i++) await pause(50);
    expect(autocheckpoint(conn)).toBe(1000);
    expect(fs.existsSync(`${file}.missing`)).toBe(false);
  });
});
