import { afterEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { Leases, releaseLease, takeLease } from "../../src/store/lease.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";

let database: FreshDatabase | null = null;
let clients: Db[] = [];
afterEach(async () => {
  for (const c of clients) await c.$disconnect();
  clients = [];
  await database?.drop();
  database = null;
});

const at = (s: number) => new Date(Date.UTC(2026, 10, 24, 18, 0, s));
const MS = 30_000;

describe.each([
  ["SQLite", () => Promise.resolve(freshSqlite())],
  ["PostgreSQL", freshPostgres],
])("a lease (%s)", (_name, fresh) => {
  /** Two instances' own clients on one database. */
  async function twoClients(): Promise<[Db, Db]> {
    database = await fresh();
    const a = await createDb(database.url);
    const b = await createDb(database.url);
    clients.push(a, b);
    return [a, b];
  }

  it("two holders asking at once: exactly one gets it, and keeps it while it renews", async () => {
    const [a, b] = await twoClients();
    for (let round = 0; round < 5; round++) {
      const name = `work-${round}`;
      const got = await Promise.all([takeLease(a, name, "A", at(0), MS), takeLease(b, name, "B", at(0), MS)]);
      expect(got.filter(Boolean)).toHaveLength(1);
    }
    expect(await takeLease(a, "check", "A", at(0), MS)).toBe(true);
    expect(await takeLease(b, "check", "B", at(10), MS)).toBe(false);
    expect(await takeLease(a, "check", "A", at(20), MS)).toBe(true); // renewed until 50 s
    expect(await takeLease(b, "check", "B", at(40), MS)).toBe(false);
  });

  it("a holder that stops renewing is taken over once its lease has lapsed, and then no longer holds it", async () => {
    const [a, b] = await twoClients();
    expect(await takeLease(a, "check", "A", at(0), MS)).toBe(true);
    expect(await takeLease(b, "check", "B", at(29), MS)).toBe(false);
    expect(await takeLease(b, "check", "B", at(31), MS)).toBe(true);
    expect(await takeLease(a, "check", "A", at(32), MS)).toBe(false);
    const row = await a.lease.findUniqueOrThrow({ where: { name: "check" } });
    expect(row).toMatchObject({ holder: "B", until: at(61) });
  });

  it("released on a graceful stop: another instance takes it at once; a release by a non-holder changes nothing", async () => {
    const [a, b] = await twoClients();
    expect(await takeLease(a, "check", "A", at(0), MS)).toBe(true);
    await releaseLease(b, "check", "B");
    expect(await takeLease(b, "check", "B", at(1), MS)).toBe(false);
    await releaseLease(a, "check", "A");
    expect(await takeLease(b, "check", "B", at(2), MS)).toBe(true);
  });
});

describe("an instance's leases while the database does not answer", () => {
  it("the instance that held the lease at the last answer keeps it; the others do not get it", async () => {
    database = freshSqlite();
    const db = await createDb(database.url);
    clients.push(db);
    const clock = { now: at(0) };
    const logs: string[] = [];
    const log = (e: string, f?: object) => logs.push(JSON.stringify({ e, ...f }));
    const logger = { info: log, warn: log, error: log };
    // The real client, whose lease queries are refused while `down`, as by a database that is down.
    let down = false;
    const refused = () => Promise.reject(Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" }));
    const lease = new Proxy(db.lease, { get: (t, prop) => (down ? refused : Reflect.get(t, prop)) });
    const flaky = new Proxy(db, { get: (t, prop) => (prop === "lease" ? lease : Reflect.get(t, prop)) });
    const a = new Leases(flaky, "A", () => clock.now, logger);
    const b = new Leases(flaky, "B", () => clock.now, logger);
    expect(await a.hold("check", MS)).toBe(true);
    expect(await b.hold("check", MS)).toBe(false);
    down = true;
    clock.now = at(45);
    expect(await a.hold("check", MS)).toBe(true);
    expect(await b.hold("check", MS)).toBe(false);
    expect(logs.filter((l) => l.includes("lease_unconfirmed"))).toHaveLength(2);
  });
});
