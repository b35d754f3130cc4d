import { afterEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../src/http/http-server.ts";
import { databasePart, ReadinessCheck, readyzRoute } from "../../src/http/readiness.ts";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { freshPostgres, type FreshDatabase } from "../support/fresh-database.ts";
import { startSilentProxy, type SilentProxy } from "../support/silent-proxy.ts";

let proxy: SilentProxy | null = null;
let database: FreshDatabase | null = null;
let db: Db | null = null;
let http: HttpServer | null = null;
afterEach(async () => {
  proxy?.resume();
  await http?.close();
  await db?.$disconnect();
  await proxy?.close();
  await database?.drop();
  proxy = database = db = http = null;
});

describe("/readyz", () => {
  it("says the database is failing within 5 s when PostgreSQL hangs, logs it once, and is ready again when it answers", async () => {
    proxy = await startSilentProxy({ host: "127.0.0.1", port: 5432 });
    database = await freshPostgres();
    db = await createDb(proxy.via(database.url));
    await db.$queryRawUnsafe("SELECT 1"); // the pool's first connection, outside the 2 s a probe has
    const logs: string[] = [];
    const log = (event: string, fields?: object) => logs.push(JSON.stringify({ event, ...fields }));
    const check = new ReadinessCheck([databasePart(db)], { info: log, warn: log, error: log });
    http = new HttpServer();
    http.route("GET", "/readyz", readyzRoute(check));
    const port = await http.listen(0, "127.0.0.1");
    const url = `http://127.0.0.1:${port}/readyz`;

    expect((await fetch(url)).status).toBe(200);
    proxy.silence();
    const started = performance.now();
    const res = await fetch(url);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/^not ready\ndatabase: no answer within \d+ ms/);
    await fetch(url);
    expect(logs.filter((l) => l.includes('"not_ready"'))).toHaveLength(1);

    proxy.resume();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) status = (await fetch(url)).status;
    expect(status).toBe(200);
    expect(logs.some((l) => l.includes('"ready_again"'))).toBe(true);
  }, 60_000);
});
