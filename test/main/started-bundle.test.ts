import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { BOT_BUNDLE, bundle, startNodeFlags } from "../../scripts/build.mjs";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { captureLogText } from "../support/log-capture.ts";

// `npm start` runs src/main.ts bundled into dist/ (scripts/build.mjs), with the Node flags of
// package.json's start script. This builds the bundle the same way (under another name) and
// starts it as a separate process: what only the bundle can get wrong (paths found from
// dist/ rather than src/, a module left out, a Node flag this Node refuses) fails here.

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.once("error", reject);
  });
}

it("the bundle npm start runs starts on SQLite, serves the console and stops cleanly on SIGTERM", { timeout: 60_000 }, async () => {
  const file = path.join(path.dirname(BOT_BUNDLE), "test", `steady-${process.pid}-${Date.now()}.mjs`);
  const files = await bundle(path.join(PROJECT_ROOT, "src", "main.ts"), file);
  cleanup.push(() => files.forEach((f) => fs.rmSync(f, { force: true })));
  // The twilio package (some 25 MB) is imported only by the SMS adapter's chunk, which the
  // bot loads with import() when SMS is configured: never by the bundle itself.
  const withTwilio = files.filter((f) => /from\s*"twilio"/.test(fs.readFileSync(f, "utf8")));
  expect(withTwilio.map((f) => path.basename(f))).toEqual([expect.stringMatching(/^sms-channel-/)]);
  expect(fs.readFileSync(file, "utf8")).toContain(`import("./chunks/${path.basename(withTwilio[0]!)}")`);
  // Prisma's query compiler is read from a .wasm file written beside its chunk, not imported
  // as a module of base64 text that would stay in the heap (scripts/build.mjs).
  const scripts = files.filter((f) => f.endsWith(".mjs")).map((f) => fs.readFileSync(f, "utf8"));
  expect(scripts.filter((s) => /["']@prisma\/client\/runtime\/[^"']*wasm-base64/.test(s))).toEqual([]);
  expect(files.map((f) => path.basename(f))).toContain("query_compiler_fast_bg.sqlite.wasm");
  const db: FreshDatabase = freshSqlite();
  cleanup.push(() => db.drop());
  const port = await freePort();
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: db.url, PROGRAM_FILE: "test/fixtures/program.yaml", PORT: String(port), HOST: "127.0.0.1" };
  const child = spawn(process.execPath, [...startNodeFlags(), file], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  cleanup.push(() => void child.kill("SIGKILL"));
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  cleanup.push(() => captureLogText(out));
  const started = await Promise.race([
    new Promise<boolean>((resolve) => child.stdout.on("data", () => out.includes("Steady is running") && resolve(true))),
    exited.then(() => false),
  ]);
  expect(started, out).toBe(true);

  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect((await health.text()).trim()).toBe("ok");
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
  expect([ready.status, (await ready.text()).trim()]).toEqual([200, "ready"]);
  // The console's page and assets are read from the project, not from next to the bundle.
  const page = await fetch(`http://127.0.0.1:${port}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("<html");
  expect((await fetch(`http://127.0.0.1:${port}/console/console.css`)).status).toBe(200);
  // The CLI finds the running bot here, to act on its clock.
  const clock = await fetch(`http://127.0.0.1:${port}/cli/clock`);
  expect([clock.status, ((await clock.json()) as { service?: string; channels?: string[] })]).toEqual([200, expect.objectContaining({ service: "steady-cli/1", channels: ["local"] })]);
  // Prometheus metrics, on this computer without a token, with the database gauges read.
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  expect(metrics).toMatch(/^steady_database_up 1$/m);
  expect(metrics).toMatch(/^process_cpu_user_seconds_total /m);

  // A second start on the same port says so in words, with what to do.
  const second = spawn(process.execPath, [...startNodeFlags(), file], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let secondOut = "";
  second.stderr.on("data", (d) => (secondOut += d));
  cleanup.push(() => captureLogText(secondOut));
  expect(await new Promise<number | null>((resolve) => second.once("exit", resolve))).toBe(1);
  expect(secondOut).toContain(`Port ${port} on 127.0.0.1 is already in use: Steady is probably running already`);

  // An open keep-alive connection does not hold shutdown back; it exits 0 within its 10 s.
  const agent = new http.Agent({ keepAlive: true });
  await new Promise<void>((resolve) => http.get(`http://127.0.0.1:${port}/healthz`, { agent }, (r) => r.resume().on("end", resolve)));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  agent.destroy();
});
