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
  return { entry, conn, fresh, file: fresh.url.slice("file:".length) };
}

const autocheckpoint = (conn: SqliteConnection) => (conn.prepare("PRAGMA wal_autocheckpoint").safeIntegers(false).get() as { wal_autocheckpoint: number }).wal_autocheckpoint;
const walBytes = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("WAL checkpoints off the event loop", () => {
  /** Some 4,000 commits of about one page each: some 16 MB of WAL if nothing checkpointed. */
  async function stream(conn: SqliteConnection) {
    const insert = conn.prepare("INSERT INTO scratch (body) VALUES (?)");
    for (let i = 0; i < 4000; i++) {
      insert.run("x".repeat(3000));
      if (i % 100 === 0) await pause(1);
    }
    await pause(300);
    expect((conn.prepare("SELECT count(*) AS n FROM scratch").safeIntegers(false).get() as { n: number }).n).toBe(4000);
  }

  it("keeps the WAL bounded under a steady stream of commits, with the connection not checkpointing itself, and empties it once they pause", async () => {
    const { entry, conn, file } = await open();
    entry.checkpointer = WalCheckpointer.start(conn, file, { intervalMs: 5, maxFrames: 100, truncateBytes: 64 * 1024 });
    expect(autocheckpoint(conn)).toBe(0);
    await stream(conn);
    expect(walBytes(file)).toBeLessThanOrEqual(64 * 1024);
    await entry.checkpointer.stop();
    entry.checkpointer = undefined;
    expect(autocheckpoint(conn)).toBe(1000);
  });

  it("leaves a WAL no larger than truncateBytes as it is, to be written over from its start", async () => {
    const { entry, conn, file } = await open();
    entry.checkpointer = WalCheckpointer.start(conn, file, { intervalMs: 5, maxFrames: 100, truncateBytes: 64 * 1024 * 1024 });
    await stream(conn);
    const size = walBytes(file);
    expect(size).toBeGreaterThan(64 * 1024);
    // Checkpointed all the same: a commit now goes to the start of the file, which does not grow.
    conn.prepare("INSERT INTO scratch (body) VALUES ('after')").run();
    expect(walBytes(file)).toBe(size);
    expect(fs.readFileSync(`${file}-wal`).readUInt32BE(12)).toBeGreaterThan(0); // the WAL header's checkpoint sequence: started over
  });

  it("never fails a transaction of the connection's that reads and then writes while the WAL is due to start over", async () => {
    const { entry, conn, file } = await open();
    entry.checkpointer = WalCheckpointer.start(conn, file, { intervalMs: 5, maxFrames: 20, truncateBytes: 16 * 1024 });
    const insert = conn.prepare("INSERT INTO scratch (body) VALUES (?)");
    for (let i = 0; i < 20; i++) {
      for (let j = 0; j < 50; j++) insert.run("x".repeat(3000)); // the WAL past both limits again
      // Prisma opens a deferred transaction: it reads, and asks for the write lock only at its
      // write. If another connection holds that lock then, SQLite fails at once: waiting could
      // deadlock.
      await entry.db.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT count(*) FROM scratch");
        await pause(15); // a few of the worker's steps
        await tx.$executeRawUnsafe("INSERT INTO scratch (body) VALUES ('in a transaction')");
      });
    }
    expect((conn.prepare("SELECT count(*) AS n FROM scratch WHERE body = 'in a transaction'").safeIntegers(false).get() as { n: number }).n).toBe(20);
    await pause(100);
    expect(walBytes(file)).toBeLessThanOrEqual(16 * 1024); // and it did start over
  });

  it("does not wait on the event loop for another connection's reader: the WAL starts over once the reader is done", async () => {
    const { entry, conn, file, fresh } = await open();
    entry.checkpointer = WalCheckpointer.start(conn, file, { intervalMs: 5, maxFrames: 20, truncateBytes: 16 * 1024 });
    // How long the event loop ever stood still: waiting for the reader, which runs on this
    // same event loop, would stop it for the connection's 10 s busy timeout.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 10);
    const other = await createDb(fresh.url);
    let release = () => {};
    const reading = other.$transaction(async (tx) => {
      await tx.$queryRawUnsafe("SELECT count(*) FROM scratch");
      await new Promise<void>((resolve) => (release = resolve));
    });
    await pause(50);
    const insert = conn.prepare("INSERT INTO scratch (body) VALUES (?)");
    for (let j = 0; j < 200; j++) insert.run("x".repeat(3000));
    await pause(200); // the worker asks for a restart every few ms
    clearInterval(ticker);
    expect(longest).toBeLessThan(2_000);
    expect(walBytes(file)).toBeGreaterThan(16 * 1024);
    expect(conn.prepare("PRAGMA busy_timeout").safeIntegers(false).get()).toEqual({ timeout: 10_000 });
    release();
    await reading;
    await other.$disconnect();
    await pause(200);
    expect(walBytes(file)).toBeLessThanOrEqual(16 * 1024);
  });

  it("hands checkpointing back to the connection when the worker cannot run", async () => {
    const { entry, conn, file } = await open();
    entry.checkpointer = WalCheckpointer.start(conn, `${file}.missing`, { intervalMs: 5 });
    for (let i = 0; i < 100 && autocheckpoint(conn) !== 1000; i++) await pause(50);
    expect(autocheckpoint(conn)).toBe(1000);
    expect(fs.existsSync(`${file}.missing`)).toBe(false);
  });
});
