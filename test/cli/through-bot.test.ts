import { spawn } from "node:child_process";
import nodeHttp from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { mountCliEndpoint } from "../../src/cli/cli-endpoint.ts";
import { botAddress } from "../../src/cli/running-bot.ts";
import { HttpServer } from "../../src/http/http-server.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

/** Runs the real CLI as another process without blocking this one, where the bot answers it. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bin/cli.ts", ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** GET /cli/clock with a chosen Host header; the status. */
function statusWithHost(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = nodeHttp.get({ host: "127.0.0.1", port, path: "/cli/clock", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
  });
}

/** A running bot: the app on a fixed clock, its HTTP server on a loopback port with the CLI endpoint. */
async function startBot(token: string | null = null): Promise<{ app: TestApp; http: HttpServer; port: number; env: Record<string, string> }> {
  const app = await startTestApp({ at: "2026-11-24T14:00:00-06:00" });
  const http = new HttpServer();
  mountCliEndpoint(http, { engine: app.engine, local: app.local, token });
  const port = await http.listen(0, "127.0.0.1");
  const env = { DATABASE_URL: app.database.url, PROGRAM_FILE: "test/fixtures/program.yaml", HOST: "127.0.0.1", PORT: String(port), CONSOLE_TOKEN: token ?? "" };
  return { app, http, port, env };
}

let bot: Awaited<ReturnType<typeof startBot>> | null = null;
afterEach(async () => {
  await bot?.http.close();
  await bot?.app.dispose();
  bot = null;
});

describe("the CLI beside a running bot", () => {
  it("sends reply and ack to the bot, handled on its clock, and status reads that clock", async () => {
    bot = await startBot();
    const { app, port, env } = bot;
    const where = new RegExp(`^Through the running bot at http://127\\.0\\.0\\.1:${port}, on its clock \\(\\d+ days?( \\d+ h)? (ahead of|behind) real time\\)\\.$`, "m");

    const reply = await cli(["reply", "p-001", "I relapsed last night"], env);
    expect(reply.code, reply.stderr).toBe(0);
    expect(reply.stdout.split("\n")[0]).toMatch(where);
    expect(reply.stdout).toMatch(/^to p-001: /m);
    expect(reply.stdout).toMatch(/^to c-rivera: Steady: urgent alert for p-001/m);
    // Stored at the bot's instant, not this computer's: the answer sorts with the bot's messages.
    const inbound = await app.db.inbound.findFirstOrThrow({ where: { ownerId: "p-001" } });
    expect(inbound.receivedAt).toEqual(new Date("2026-11-24T14:00:00-06:00"));
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc.createdAt).toEqual(new Date("2026-11-24T14:00:00-06:00"));

    app.clock.set("2026-11-24T14:05:00-06:00");
    const ack = await cli(["ack", esc.code, "--as", "c-rivera"], env);
    expect(ack.code, ack.stderr).toBe(0);
    expect(ack.stdout).toMatch(where);
    expect(ack.stdout).toContain(`Acknowledged alert ${esc.code} for p-001 (Sam) as c-rivera (Dana Rivera).`);
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-rivera", acknowledgedAt: new Date("2026-11-24T14:05:00-06:00") });
    expect(await app.db.staffAction.findFirstOrThrow()).toMatchObject({ counselorId: "c-rivera", via: "cli", outcome: "done", at: new Date("2026-11-24T14:05:00-06:00") });

    app.clock.set("2026-11-24T14:07:00-06:00");
    const status = await cli(["status"], env);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(where);
    expect(status.stdout).toMatch(/^Now: Tue Nov 24 2026, 2:07 PM CST$/m);
    expect(status.stdout).toContain(`  ${esc.code}  urgent  p-001 (Sam)  reported use  acknowledged by c-rivera (Dana Rivera)  since Tue Nov 24, 2:00 PM CST`);

    const caseload = await cli(["caseload", "--as", "c-rivera"], env);
    expect(caseload.code, caseload.stderr).toBe(0);
    expect(caseload.stdout.split("\n")[0]).toMatch(where);
  }, 120_000);

  it("follows the console's access rule: the token when one is set, otherwise loopback and no proxy", async () => {
    bot = await startBot("a-console-token-of-16+");
    const base = `http://127.0.0.1:${bot.port}/cli/clock`;
    expect((await fetch(base)).status).toBe(401);
    expect((await fetch(base, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
    const ok = await fetch(base, { headers: { authorization: "Bearer a-console-token-of-16+" } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ service: "steady-cli/1", now: "2026-11-24T20:00:00.000Z", channels: ["local"] });
    // The CLI with another token is refused, and says so rather than working beside the bot.
    const refused = await cli(["ack", "1234", "--as", "c-rivera"], { ...bot.env, CONSOLE_TOKEN: "another-token-of-16+" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Steady is running at http://127.0.0.1:${bot.port} but refused this command (401)`);
    expect(await bot.app.db.staffAction.count()).toBe(0);
    await bot.http.close();
    await bot.app.dispose();

    bot = await startBot();
    const open = `http://127.0.0.1:${bot.port}/cli/clock`;
    expect((await fetch(open)).status).toBe(200);
    expect((await fetch(open, { headers: { "x-forwarded-for": "203.0.113.9" } })).status).toBe(403);
    // fetch keeps its own Host header; a raw request sends the one a rebinding page would.
    expect(await statusWithHost(bot.port, "steady.example.org")).toBe(403);
    expect(await statusWithHost(bot.port, "localhost")).toBe(200);
    const post = await fetch(`http://127.0.0.1:${bot.port}/cli/alert`, { method: "POST", headers: { "content-type": "application/json", forwarded: "for=203.0.113.9" }, body: JSON.stringify({ action: "acknowledge", code: "1234", as: "c-rivera" }) });
    expect(post.status).toBe(403);
  }, 120_000);

  it("answers a reply from someone unknown, or with no local channel running, without acting", async () => {
    bot = await startBot();
    const post = (body: unknown) => fetch(`http://127.0.0.1:${bot!.port}/cli/reply`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const unknown = await post({ from: "p-404", text: "hi" });
    expect([unknown.status, await unknown.json()]).toEqual([404, { service: "steady-cli/1", outcome: "not_found" }]);
    expect((await post({ from: "p-001" })).status).toBe(400);
    expect(await bot.app.db.inbound.count()).toBe(0);

    // A bot next to a real provider has no channel to type on.
    const http = new HttpServer();
    mountCliEndpoint(http, { engine: bot.app.engine, local: null, token: null });
    const port = await http.listen(0, "127.0.0.1");
    try {
      const none = await fetch(`http://127.0.0.1:${port}/cli/reply`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ from: "p-001", text: "7" }) });
      expect([none.status, await none.json()]).toEqual([409, { service: "steady-cli/1", outcome: "no_local_channel" }]);
    } finally {
      await http.close();
    }
  });

  it("looks for the bot where HOST and PORT put it, from this computer", () => {
    expect(botAddress("127.0.0.1", 3000)).toBe("http://127.0.0.1:3000");
    expect(botAddress("localhost", 3000)).toBe("http://127.0.0.1:3000");
    expect(botAddress("0.0.0.0", 8080)).toBe("http://127.0.0.1:8080");
    expect(botAddress("::", 8080)).toBe("http://127.0.0.1:8080");
    expect(botAddress("::1", 3000)).toBe("http://[::1]:3000");
    expect(botAddress("10.0.0.5", 3000)).toBe("http://10.0.0.5:3000");
  });
});
