import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { consoleFromConfig } from "../../src/console/console-from-config.ts";
import { consoleMode } from "../../src/console/console-mode.ts";
import type { ConsoleState } from "../../src/console/console-state.ts";
import { SteadyConsole } from "../../src/console/steady-console.ts";
import { readEnvOptions } from "../../src/config/read-env-options.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import { startConsole, type RunningConsole } from "./start-console.ts";

const TUESDAY_4PM = "2026-11-24T16:00:00-06:00";
const TOKEN = "0123456789abcdef0123456789abcdef";

let running: RunningConsole | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP request, so tests control every header (Host, Origin, Cookie). */
function request(url: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: o.method ?? "GET", headers: o.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(o.body);
  });
}

const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** Reads `event: state` frames from the console's event stream. */
function openEvents(url: string, headers: Record<string, string> = {}) {
  const states: ConsoleState[] = [];
  const waiters: Array<() => void> = [];
  let buffer = "";
  let res: http.IncomingMessage | null = null;
  const opened = new Promise<number>((resolve, reject) => {
    const req = http.get(`${url}/console/events`, { headers }, (r) => {
      res = r;
      resolve(r.statusCode ?? 0);
      r.setEncoding("utf8");
      r.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split("\n").find((l) => l.startsWith("data: "));
          if (frame.includes("event: state") && data) states.push(JSON.parse(data.slice("data: ".length)) as ConsoleState);
          waiters.splice(0).forEach((w) => w());
        }
      });
    });
    req.on("error", reject);
  });
  return {
    opened,
    states,
    /** Resolves with the first state (already received or to come) that satisfies `test`. */
    async until(test: (s: ConsoleState) => boolean, timeoutMs = 5000): Promise<ConsoleState> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = states.find(test);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no matching state in ${states.length} pushed`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => (res as http.IncomingMessage | null)?.destroy(),
  };
}

describe("console access", () => {
  it("refuses to start on a non-loopback interface without a token, and says what to do", () => {
    for (const host of ["0.0.0.0", "192.168.1.20", "::", "example.org"]) {
      expect(() => new SteadyConsole({ mode: "interactive", host, token: null }), host).toThrow(/CONSOLE_TOKEN/);
    }
    let error: unknown;
    try {
      consoleFromConfig(readEnvOptions({ HOST: "0.0.0.0" }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SteadyError);
    expect((error as SteadyError).code).toBe("config_invalid");
    expect((error as Error).message).toMatch(/HOST=0\.0\.0\.0.*CONSOLE_TOKEN.*leave HOST unset/);
    // Loopback needs no token; any interface is fine with one.
    for (const host of ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"]) expect(() => new SteadyConsole({ mode: "interactive", host, token: null }), host).not.toThrow();
    expect(() => new SteadyConsole({ mode: "interactive", host: "0.0.0.0", token: TOKEN })).not.toThrow();
  });

  it("never drives real providers: off next to them unless asked for, and then read-only", () => {
    expect(consoleMode({ realProviders: false, withProviders: false })).toBe("interactive");
    expect(consoleMode({ realProviders: true, withProviders: false })).toBe("off");
    expect(consoleMode({ realProviders: true, withProviders: true })).toBe("read-only");
    expect(consoleFromConfig(readEnvOptions({ TWILIO_ACCOUNT_SID: "AC00" }))).toBeNull();
    expect(consoleFromConfig(readEnvOptions({ SLACK_BOT_TOKEN: "xoxb", CONSOLE_WITH_PROVIDERS: "true", CONSOLE_TOKEN: TOKEN }))?.mode).toBe("read-only");
    // Real participants' messages are never served on a Host header alone: a proxy can send any.
    expect(() => consoleFromConfig(readEnvOptions({ SLACK_BOT_TOKEN: "xoxb", CONSOLE_WITH_PROVIDERS: "true" }))).toThrow(/CONSOLE_TOKEN/);
    expect(consoleFromConfig(readEnvOptions({}))?.mode).toBe("interactive");
  });

  it("checks the token on every request, the page, its assets and the event stream included", async () => {
    running = await startConsole({ at: TUESDAY_4PM, token: TOKEN });
    const { url } = running;
    for (const path of ["/", "/console/console.js", "/console/state", "/console/events"]) {
      expect((await request(url + path)).status, path).toBe(401);
      expect((await request(url + path, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status, path).toBe(401);
    }
    expect((await postJson(`${url}/console/clock`, { action: "hour" })).status).toBe(401);
    expect((await request(`${url}/?token=not-the-token-at-all`)).status).toBe(401);

    // Opening the page once with ?token= sets a cookie and drops the token from the address.
    const opened = await request(`${url}/?token=${TOKEN}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe("/");
    const cookie = String(opened.headers["set-cookie"]).split(";")[0]!;
    expect(String(opened.headers["set-cookie"])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await request(`${url}/`, { headers: { cookie } })).status).toBe(200);
    expect((await request(`${url}/console/state`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    const events = openEvents(url, { cookie });
    expect(await events.opened).toBe(200);
    await events.until((s) => s.phones.length === 3);
    events.close();
    // With a token the console also answers a Host that is not loopback (it may be reached from elsewhere).
    expect((await request(`${url}/console/state`, { headers: { cookie, host: "steady.clinic.example:3000" } })).status).toBe(200);
  });

  it("without a token answers only a loopback Host and only its own page's requests", async () => {
    running = await startConsole({ at: TUESDAY_4PM });
    const { url } = running;
    const start = running.clock.read().getTime();
    expect((await request(`${url}/console/state`)).status).toBe(200);
    expect((await request(`${url}/console/state`, { headers: { host: `localhost:${running.port}` } })).status).toBe(200);
    // DNS rebinding: a page at evil.example whose name now points at 127.0.0.1.
    expect((await request(`${url}/console/state`, { headers: { host: `evil.example:${running.port}` } })).status).toBe(403);
    // A reverse proxy passing the request on with a loopback Host (nginx's default).
    expect((await request(`${url}/console/state`, { headers: { host: `127.0.0.1:${running.port}`, "x-forwarded-for": "203.0.113.7" } })).status).toBe(403);
    expect((await request(`${url}/console/state`, { headers: { host: `127.0.0.1:${running.port}`, via: "1.1 proxy" } })).status).toBe(403);
    // Another site's page posting to localhost.
    expect((await postJson(`${url}/console/clock`, { action: "hour" }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await request(`${url}/console/clock`, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"action":"hour"}' })).status).toBe(415);
    expect((await postJson(`${url}/console/clock`, { action: "week" })).status).toBe(400);
    // None of the refused posts moved the clock.
    expect(running.clock.read().getTime() - start).toBeLessThan(60_000);
    const page = await request(`${url}/`);
    expect(page.headers["content-security-policy"]).toMatch(/default-src 'none'; script-src 'self'/);
  });
});

describe("console state and actions", () => {
  it("is read-only next to real providers: the state says so and every action is refused", async () => {
    running = await startConsole({ at: TUESDAY_4PM, mode: "read-only", token: TOKEN });
    const { url, app } = running;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const state = JSON.parse((await request(`${url}/console/state`, { headers: auth })).body) as ConsoleState;
    expect(state.mode).toBe("read-only");
    // Left open on purpose: closing the console must end its event streams, or the server never closes.
    const events = openEvents(url, auth);
    expect(await events.opened).toBe(200);
    await events.until((s) => s.mode === "read-only");
    const before = running.clock.read().getTime();
    for (const [path, body] of [
      ["/console/reply", { participantId: "p-001", text: "7" }],
      ["/console/ack", { code: "1234", counselorId: "c-rivera" }],
      ["/console/resolve", { code: "1234", counselorId: "c-rivera" }],
      ["/console/clock", { action: "day" }],
    ] as const) {
      const answer = await postJson(url + path, body, auth);
      expect(answer.status, path).toBe(403);
      expect(JSON.parse(answer.body), path).toMatchObject({ error: "read_only" });
    }
    expect(await app.db.inbound.count()).toBe(0);
    expect(running.clock.read().getTime() - before).toBeLessThan(60_000);
    // Each read of real people's records is in the audit log, one event per participant shown.
    const views = await app.db.auditEvent.findMany({ where: { action: "console_viewed" } });
    const shown = state.phones.map((p) => p.id).sort();
    expect(shown.length).toBeGreaterThan(0);
    for (const how of ["state", "events"]) {
      const these = views.filter((v) => JSON.parse(v.detail).how === how);
      expect(these.map((v) => v.participantId).sort(), how).toEqual(shown);
      expect(these.every((v) => v.actorKind === "staff" && v.actorId === "console" && v.via === "console"), how).toBe(true);
    }
  });

  it("shows nothing it could not record as viewed, read-only; the local demo records no views", async () => {
    running = await startConsole({ at: TUESDAY_4PM, mode: "read-only", token: TOKEN });
    const auth = { authorization: `Bearer ${TOKEN}` };
    // The audit table refuses writes (as a full disk or a revoked grant would).
    await running.app.db.$executeRawUnsafe(`CREATE TRIGGER audit_refuses BEFORE INSERT ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const answer = await request(`${running.url}/console/state`, { headers: auth });
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain("p-001");
    const events = await request(`${running.url}/console/events`, { headers: auth });
    expect(events.status).toBe(500);
    expect(events.body).not.toContain("p-001");
    await running.close();

    running = await startConsole({ at: TUESDAY_4PM });
    expect((await request(`${running.url}/console/state`)).status).toBe(200);
    expect(await running.app.db.auditEvent.count({ where: { action: "console_viewed" } })).toBe(0);
  });

  it("pushes what happens over server-sent events: a reply, a crisis alert and its acknowledgement", async () => {
    running = await startConsole({ at: TUESDAY_4PM });
    const { url, app } = running;
    const events = openEvents(url);
    expect(await events.opened).toBe(200);
    await events.until((s) => s.phones.some((p) => p.id === "p-001"));

    // A message typed elsewhere (the engine's local channel) shows up without asking.
    await app.local.receive("p-001", "HELP");
    await events.until((s) => s.phones.find((p) => p.id === "p-001")!.messages.some((m) => m.dir === "out" && m.text.includes("Lakeside")));

    const answer = await postJson(`${url}/console/reply`, { participantId: "p-001", text: "I want to kill myself" });
    expect(answer.status).toBe(200);
    const pushed = await events.until((s) => s.counselors.find((c) => c.id === "c-rivera")!.messages.some((m) => m.escalation?.status === "open"));
    const sam = pushed.phones.find((p) => p.id === "p-001")!.messages;
    expect(sam.map((m) => m.dir)).toEqual(["in", "out", "in", "out"]);
    expect(sam[3]!.kind).toBe("crisis");
    expect(sam[3]!.text).toContain("988");
    const alert = pushed.counselors.find((c) => c.id === "c-rivera")!.messages.find((m) => m.kind === "alert")!;
    expect(alert.text).not.toContain("kill");

    // Someone who may not act is refused (the rule's cases: console-alert-rule.test.ts).
    const code = alert.escalation!.code;
    expect((await postJson(`${url}/console/ack`, { code, counselorId: "c-nobody" })).status).toBe(403);
    const ack = await postJson(`${url}/console/ack`, { code, counselorId: "c-rivera" });
    expect(ack.status).toBe(200);
    await events.until((s) => s.counselors.find((c) => c.id === "c-lee")!.messages.some((m) => m.escalation?.status === "acknowledged" && m.escalation.acknowledgedBy === "c-rivera"));
    expect((await postJson(`${url}/console/ack`, { code, counselorId: "c-lee" })).status).toBe(409);
    expect((await postJson(`${url}/console/resolve`, { code, counselorId: "c-lee" })).status).toBe(200);
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "resolved", acknowledgedBy: "c-rivera", resolvedBy: "c-lee" });
    events.close();

    // Log lines carry ids and codes, never what anyone wrote or a name.
    const logs = running.logs.join("\n");
    expect(logs).not.toMatch(/kill|HELP|Sam|Rivera/);
  });

  it("moves the clock through a day, running each due thing at its own time", async () => {
    running = await startConsole({ at: TUESDAY_4PM });
    const { url } = running;
    const next = JSON.parse((await postJson(`${url}/console/clock`, { action: "next" })).body) as { outcome: string; to: string; state: ConsoleState };
    expect(next.outcome).toBe("moved");
    // The first thing due is the group's reminder an hour before its 18:00 session.
    expect(new Date(next.to).getTime()).toBeGreaterThanOrEqual(Date.parse("2026-11-24T17:00:00-06:00"));
    expect(next.state.groups.find((g) => g.id === "g-evening")!.messages.map((m) => m.text)).toEqual([expect.stringMatching(/^Reminder: .*group starts at 6:00/)]);

    const day = JSON.parse((await postJson(`${url}/console/clock`, { action: "day" })).body) as { outcome: string; to: string; state: ConsoleState };
    const sam = day.state.phones.find((p) => p.id === "p-001")!.messages.map((m) => m.text);
    // Prompt at 18:00 and its nudge two hours later, each at its own time; then tomorrow's reminder.
    expect(sam.some((t) => t.startsWith("Hi Sam, it's check-in time."))).toBe(true);
    expect(sam.some((t) => t.includes("gentle reminder"))).toBe(true);
    expect(Date.parse(day.to) - Date.parse(next.to)).toBeGreaterThanOrEqual(24 * 60 * 60_000);
  });
});
