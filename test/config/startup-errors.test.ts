import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readEnvOptions } from "../../src/config/read-env-options.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import { checkDatabase, maskedUrl } from "../../src/store/check-database.ts";

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

async function failure(p: Promise<unknown>): Promise<SteadyError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(SteadyError);
  expect((e as SteadyError).code).toBe("database_unavailable");
  return e as SteadyError;
}

describe("start-up errors say what to fix", () => {
  it("PostgreSQL not listening: host and port, the URL with its password masked, is it running?", async () => {
    const port = await closedPort();
    const e = await failure(checkDatabase(`postgres://steady:s3cret-pass@127.0.0.1:${port}/steady`));
    expect(e.message).toContain(`DATABASE_URL=postgres://steady:****@127.0.0.1:${port}/steady`);
    expect(e.message).toContain(`nothing is listening at 127.0.0.1:${port}. Is PostgreSQL running there`);
    expect(e.message).not.toContain("s3cret-pass");
  });

  it("a PostgreSQL database that does not exist: how to create it", async () => {
    const e = await failure(checkDatabase("postgres://postgres@127.0.0.1:5432/steady_no_such_db"));
    expect(e.message).toMatch(/has no database "steady_no_such_db"\. Create it first: createdb/);
  });

  it("a SQLite path whose folder is a file, or that may not be written: the path, the reason, DATABASE_URL", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-start-"));
    fs.writeFileSync(path.join(dir, "data"), "");
    const e = await failure(checkDatabase(`file:${path.join(dir, "data", "steady.db")}`));
    expect(e.message).toMatch(/SQLite database at .*steady\.db \(DATABASE_URL\): a file stands where its folder should be/);
    fs.mkdirSync(path.join(dir, "db"));
    fs.mkdirSync(path.join(dir, "db", "steady.db"));
    expect((await failure(checkDatabase(`file:${path.join(dir, "db", "steady.db")}`))).message).toMatch(/that is a folder, not a file/);
  });

  it("a bad number in a setting names the setting, the value and what it is for", () => {
    expect(() => readEnvOptions({ PORT: "abc" })).toThrow(/PORT: must be a whole number from 1 to 65535 \(got "abc"\): the port the HTTP server listens on/);
    expect(() => readEnvOptions({ TICK_SECONDS: "90" })).toThrow(/TICK_SECONDS: must be a whole number from 1 to 59 \(got "90"\)/);
    expect(readEnvOptions({ PORT: "3001" }).port).toBe(3001);
  });

  it("masks the password of any URL it shows", () => {
    expect(maskedUrl("postgres://u:p%40ss@db.example:5433/x")).toBe("postgres://u:****@db.example:5433/x");
    expect(maskedUrl("postgres://u@db/x")).toBe("postgres://u@db/x");
  });
});
