import fs from "node:fs";
import type http from "node:http";
import os from "node:os";
import path from "node:path";
import { SteadyError } from "../domain/steady-error.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { HttpServer, RouteHandler } from "../http/http-server.ts";
import { BodyError, readJsonBody } from "../http/read-body.ts";
import { errorLabel, silentLogger, type Logger } from "../log/logger.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import type { ConsoleApp, ConsoleDelivery } from "./console-channel.ts";
import { actOnAlert, messageAsCounselor, moveClock, replyAsParticipant, type ActionResult } from "./console-actions.ts";
import { checkAccess, isLoopbackHost, sameSecret, TOKEN_COOKIE } from "./console-access.ts";
import { SECURITY_HEADERS, sendJson, sendText } from "./console-http.ts";
import type { ConsoleMode } from "./console-mode.ts";
import { readConsoleState, type ConsoleState } from "./console-state.ts";
import { OffsetClock } from "./offset-clock.ts";
import { recordConsoleView } from "./record-console-view.ts";

/** Options of the console. */
export interface SteadyConsoleOptions {
  mode: Exclude<ConsoleMode, "off">;
  /** The interface the HTTP server binds to (HOST). */
  host: string;
  /** CONSOLE_TOKEN; required when `host` is not a loopback address. */
  token: string | null;
  /** Interactive mode: the clock the app runs on (real time when omitted). */
  clock?: OffsetClock;
  /** How often the database is re-read while a page is open, in ms (0: never). */
  pollMs?: number;
}

/** Where the page and its assets live, from the project root (the same from src/ and from dist/). */
const CONSOLE_DIR = "src/console";
const ASSETS: Record<string, { file: string; type: string }> = {
  "/": { file: "console-page.html", type: "text/html; charset=utf-8" },
  "/console/console.js": { file: "console.js", type: "text/javascript; charset=utf-8" },
  "/console/console.css": { file: "console.css", type: "text/css; charset=utf-8" },
  "/console/favicon.svg": { file: "favicon.svg", type: "image/svg+xml" },
};

/** Coalesces a burst of deliveries (a whole evening's check-ins) into one push. */
const PUSH_DELAY_MS = 40;
/** Comment lines that keep idle event streams open through proxies and browsers. */
const KEEPALIVE_MS = 20_000;
/** Deliveries not yet marked sent are remembered this long (they are marked within a batch). */
const IN_FLIGHT_MS = 60_000;

/**
 * The Steady console: a local web page showing every participant's phone, each counselor's
 * inbox and each group's channel, with a clock control. Mounted on the bot's HttpServer;
 * the page gets the state as JSON and then live over server-sent events.
 *
 * It reads and acts through the staff desk (src/staff/), from the database, so it also shows
 * what another process did (the CLI's `reply`), and listens to the engine's hooks to push
 * changes as they happen. It types on the local channel main gives it, and knows no adapter.
 */
export class SteadyConsole {
  readonly mode: SteadyConsoleOptions["mode"];
  /** The clock the app must run on (interactive mode), or null for real time. */
  readonly clock: OffsetClock | null;
  private readonly token: string | null;
  private readonly pollMs: number;
  private readonly host: string;
  private app: ConsoleApp | null = null;
  private logger: Logger = silentLogger;
  private readonly streams = new Set<http.ServerResponse>();
  private readonly inFlight = new Map<string, { at: Date; addedMs: number }>();
  private pushTimer: NodeJS.Timeout | null = null;
  private pushing: Promise<void> | null = null;
  private pushAgain = false;
  private lastPushed = "";
  private timers: NodeJS.Timeout[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(o: SteadyConsoleOptions) {
    if (!o.token && !isLoopbackHost(o.host)) {
      throw new SteadyError(
        "config_invalid",
        `HOST=${o.host} would open the console to other computers. Set CONSOLE_TOKEN to a secret of at least 16 characters (for example \`openssl rand -hex 16\`), or leave HOST unset to keep the console on 127.0.0.1.`,
      );
    }
    if (!o.token && o.mode === "read-only") {
      // Real participants' messages: a reverse proxy in front of the bot makes any request
      // look local (nginx sends Host: 127.0.0.1:3000), so loopback is no protection here.
      throw new SteadyError(
        "config_invalid",
        "CONSOLE_WITH_PROVIDERS=true shows real participants' messages, so the console needs CONSOLE_TOKEN too: a secret of at least 16 characters (for example `openssl rand -hex 16`). A reverse proxy in front of Steady makes every request look local.",
      );
    }
    this.mode = o.mode;
    this.host = o.host;
    this.token = o.token;
    this.pollMs = o.pollMs ?? 3000;
    this.clock = o.mode === "interactive" ? (o.clock ?? new OffsetClock()) : null;
  }

  /** For openApp: engine events (alerts acknowledged, check-ins recorded) trigger a push. */
  readonly onEvent = (_event: EngineEvent): void => this.changed();

  /** What the local channel delivers (main passes it on) shows at once, before its row is marked sent. */
  readonly onLocalDelivery = (d: ConsoleDelivery): void => {
    // Only matters to an open page: by the time one opens, the row is marked sent.
    if (this.streams.size === 0) return;
    this.inFlight.set(d.message.id, { at: d.at, addedMs: Date.now() });
    this.changed();
  };

  /** Whether requests must carry CONSOLE_TOKEN. */
  get needsToken(): boolean {
    return this.token !== null;
  }

  /** The address to print, e.g. http://localhost:3000/. */
  address(port: number): string {
    const h = this.host.replace(/^\[(.*)\]$/, "$1");
    const name = isLoopbackHost(h) ? "localhost" : h === "0.0.0.0" || h === "::" ? os.hostname() : h.includes(":") ? `[${h}]` : h;
    return `http://${name}:${port}/`;
  }

  /** Adds the console's routes to the server; call before it listens. */
  mount(server: HttpServer, app: ConsoleApp): void {
    this.app = app;
    this.logger = app.engine.ctx.logger;
    const dir = path.join(PROJECT_ROOT, CONSOLE_DIR);
    for (const [route, asset] of Object.entries(ASSETS)) {
      // Read once at start: a missing file fails the start, not a visitor's request.
      const body = fs.readFileSync(path.join(dir, asset.file));
      server.route("GET", route, this.guarded((req, res) => {
        if (route === "/" && this.acceptQueryToken(req, res)) return;
        res.writeHead(200, { ...SECURITY_HEADERS, "content-type": asset.type }).end(body);
      }));
    }
    server.route("GET", "/console/state", this.guarded(async (_req, res) => sendJson(res, 200, await this.viewed("state"))));
    server.route("GET", "/console/events", this.guarded(async (req, res) => this.openStream(req, res)));
    server.route("POST", "/console/reply", this.action((body) => replyAsParticipant(app, body)));
    server.route("POST", "/console/staff", this.action((body) => messageAsCounselor(app, body)));
    server.route("POST", "/console/ack", this.action((body) => actOnAlert(app, "acknowledge", body)));
    server.route("POST", "/console/resolve", this.action((body) => actOnAlert(app, "resolve", body)));
    server.route("POST", "/console/clock", this.action((body) => moveClock(app, this.clock!, body)));
    this.timers.push(setInterval(() => this.streams.forEach((s) => s.write(": keepalive\n\n")), KEEPALIVE_MS).unref());
    // Another process (the CLI's `reply` or `ack`) changes the database without telling us.
    if (this.pollMs > 0) this.timers.push(setInterval(() => this.streams.size > 0 && this.changed(), this.pollMs).unref());
  }

  /** Asks for a push of the current state to every open page. */
  changed(): void {
    if (this.closed || this.pushTimer || this.streams.size === 0) return;
    this.pushTimer = setTimeout(() => {
      this.pushTimer = null;
      void this.push();
    }, PUSH_DELAY_MS);
  }

  /** Ends the event streams (so the server can close) and stops the timers. */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    if (this.pushTimer) clearTimeout(this.pushTimer);
    this.pushTimer = null;
    for (const s of this.streams) s.end();
    this.streams.clear();
  }

  private async state(): Promise<ConsoleState> {
    const cutoff = Date.now() - IN_FLIGHT_MS;
    for (const [id, f] of this.inFlight) if (f.addedMs < cutoff) this.inFlight.delete(id);
    const inFlight = new Map([...this.inFlight].map(([id, f]) => [id, f.at]));
    return readConsoleState(this.app!.engine, { mode: this.mode, inFlight, unreachable: this.app!.unreachable });
  }

  /**
   * The state for a page that opens it. Read-only, beside real providers, it holds real
   * people's records: the view is recorded in the audit log first (recordConsoleView); the
   * pushes that keep an open page current are part of that view.
   */
  private async viewed(how: "state" | "events"): Promise<ConsoleState> {
    const state = await this.state();
    if (this.mode === "read-only") await recordConsoleView(this.app!.engine.ctx.db, state, this.app!.engine.ctx.clock(), how);
    return state;
  }

  private async push(): Promise<void> {
    if (this.pushing) {
      this.pushAgain = true;
      return;
    }
    this.pushing = (async () => {
      try {
        const state = await this.state();
        // The page keeps its own clock running, so a state that differs only in `now` is not news.
        const key = JSON.stringify({ ...state, now: this.clock?.offset ?? 0 });
        if (key === this.lastPushed) return;
        this.lastPushed = key;
        const frame = `event: state\ndata: ${JSON.stringify(state)}\n\n`;
        for (const s of this.streams) s.write(frame);
      } catch (e) {
        this.logger.error("console_push_failed", { errorCode: errorLabel(e) });
      }
    })();
    await this.pushing;
    this.pushing = null;
    if (this.pushAgain) {
      this.pushAgain = false;
      await this.push();
    }
  }

  private async openStream(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Recorded before the stream opens: a view that cannot be recorded gets no pushes either.
    const state = await this.viewed("events");
    res.writeHead(200, { ...SECURITY_HEADERS, "content-type": "text/event-stream; charset=utf-8", connection: "keep-alive" });
    res.write("retry: 2000\n\n");
    this.streams.add(res);
    req.on("close", () => this.streams.delete(res));
    if (!res.writableEnded) res.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
    // A push computed while this state was read may have gone out first with older news; the
    // next push goes to everyone whatever it holds, so this page ends up current.
    this.lastPushed = "";
    this.changed();
  }

  /** GET /?token=…: remembers the token in a cookie and reloads without it in the address bar. */
  private acceptQueryToken(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const given = new URL(req.url ?? "/", "http://console").searchParams.get("token");
    if (given === null || !this.token) return false;
    if (!sameSecret(given, this.token)) {
      sendText(res, 401, "Wrong console token.\n");
      return true;
    }
    res.writeHead(303, {
      ...SECURITY_HEADERS,
      location: "/",
      "set-cookie": `${TOKEN_COOKIE}=${encodeURIComponent(this.token)}; HttpOnly; SameSite=Strict; Path=/`,
    }).end();
    return true;
  }

  /** Every console route checks access first (the token, or a loopback Host without one). */
  private guarded(handler: RouteHandler): RouteHandler {
    return async (req, res) => {
      // The page opened with ?token= has no cookie yet; acceptQueryToken checks that token.
      const opening = this.token && req.method === "GET" && (req.url ?? "").split("?")[0] === "/" && new URL(req.url ?? "/", "http://console").searchParams.has("token");
      const access = opening ? ({ ok: true } as const) : checkAccess(req, this.token);
      if (!access.ok) return sendText(res, access.status, access.message);
      try {
        await handler(req, res);
      } catch (e) {
        this.logger.error("console_request_failed", { route: (req.url ?? "/").split("?")[0], errorCode: errorLabel(e) });
        if (!res.headersSent) sendJson(res, 500, { error: "internal" });
        else res.end();
      }
    };
  }

  /**
   * A POST that changes something: refused in read-only mode, run one at a time (two quick
   * clicks on "Advance 1 hour" move two hours, in order), answered with the outcome and the new state.
   */
  private action(run: (body: unknown) => Promise<ActionResult>): RouteHandler {
    return this.guarded(async (req, res) => {
      if (this.mode !== "interactive") {
        return sendJson(res, 403, { error: "read_only", message: "The console is read-only while real providers are configured." });
      }
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch (e) {
        if (e instanceof BodyError) return sendJson(res, e.status, { error: "bad_request", message: e.message });
        throw e;
      }
      const result = this.queue.then(() => run(body));
      this.queue = result.catch(() => undefined);
      const { status, body: answer } = await result;
      const state = await this.state();
      this.changed();
      sendJson(res, status, { ...answer, state });
    });
  }
}
