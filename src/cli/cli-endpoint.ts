import type http from "node:http";
import { z } from "zod";
import type { Delivery, InProcessChannel } from "../channel/channel.ts";
import { checkAccess, isLoopbackHost } from "../console/console-access.ts";
import { sendJson } from "../console/console-http.ts";
import { ROUTINE_KINDS } from "../domain/messages.ts";
import type { Engine } from "../engine/create-engine.ts";
import type { HttpServer, RouteHandler } from "../http/http-server.ts";
import { BodyError, readJsonBody } from "../http/read-body.ts";
import { errorLabel } from "../log/logger.ts";
import { acknowledgeAlert } from "../staff/acknowledge-alert.ts";
import { resolveAlert } from "../staff/resolve-alert.ts";

/** How the CLI recognises the running bot's answer (and not another server's on that port). */
export const CLI_ENDPOINT_SERVICE = "steady-cli/1";

/** The routes the CLI calls on the running bot. */
export const CLI_PATHS = { clock: "/cli/clock", reply: "/cli/reply", alert: "/cli/alert" } as const;

/** GET /cli/clock: the bot's clock and the channels it sends on. */
export interface BotClock {
  service: typeof CLI_ENDPOINT_SERVICE;
  now: string;
  channels: string[];
}

/** A message the bot's local channel delivered while it handled a reply. */
export interface BotDelivery {
  at: string;
  recipientKind: string;
  recipientId: string;
  text: string;
}

const MAX_TEXT = 1600;
const replyBody = z.object({ from: z.string().min(1).max(100), text: z.string().trim().min(1).max(MAX_TEXT) });
const alertBody = z.object({
  action: z.enum(["acknowledge", "resolve"]),
  code: z.string().min(1).max(20),
  as: z.string().min(1).max(100),
  note: z.string().max(MAX_TEXT).optional(),
});

/** What the bot gives the CLI endpoint. */
export interface CliEndpointDeps {
  engine: Engine;
  /** The channel people type on in this process (the local channel), or null when none runs. */
  local: InProcessChannel | null;
  /** CONSOLE_TOKEN: with it every request must carry the token, as the console's do. */
  token: string | null;
}

/**
 * Lets the CLI act through the running bot, so that `reply`, `ack` and `resolve` are handled on
 * the bot's clock (which the console may have moved) and by its channels, and `status` reads
 * that clock. The console's access rule: the token when one is set; without one only a
 * request from this computer, to a loopback Host, not forwarded by a proxy.
 */
export function mountCliEndpoint(server: HttpServer, deps: CliEndpointDeps): void {
  const { engine, local } = deps;
  server.route("GET", CLI_PATHS.clock, guarded(deps, async (_req, res) => {
    const body: BotClock = { service: CLI_ENDPOINT_SERVICE, now: engine.ctx.clock().toISOString(), channels: [...engine.ctx.channels.keys()] };
    sendJson(res, 200, body);
  }));

  server.route("POST", CLI_PATHS.reply, guarded(deps, async (req, res) => {
    const r = replyBody.safeParse(await readJsonBody(req));
    if (!r.success) return sendJson(res, 400, { service: CLI_ENDPOINT_SERVICE, error: "bad_request" });
    if (!local) return sendJson(res, 409, { service: CLI_ENDPOINT_SERVICE, outcome: "no_local_channel" });
    const { from, text } = r.data;
    const known = await engine.ctx.db.address.findUnique({ where: { channel_address: { channel: local.name, address: from } }, select: { id: true } });
    if (!known) return sendJson(res, 404, { service: CLI_ENDPOINT_SERVICE, outcome: "not_found" });
    // What the reply brought: the answers to the sender and the staff messages it raised
    // (routine messages to others that a tick sends meanwhile are not part of it).
    const deliveries: BotDelivery[] = [];
    const stop = local.listen((d: Delivery) => {
      if (d.message.recipientId !== from && ROUTINE_KINDS.has(d.message.kind)) return;
      deliveries.push({ at: d.at.toISOString(), recipientKind: d.message.recipientKind, recipientId: d.message.recipientId, text: d.message.text });
    });
    try {
      await local.receive(from, text);
    } finally {
      stop();
    }
    sendJson(res, 200, { service: CLI_ENDPOINT_SERVICE, outcome: "sent", deliveries });
  }));

  server.route("POST", CLI_PATHS.alert, guarded(deps, async (req, res) => {
    const r = alertBody.safeParse(await readJsonBody(req));
    if (!r.success) return sendJson(res, 400, { service: CLI_ENDPOINT_SERVICE, error: "bad_request" });
    const { action, code, as, note } = r.data;
    const act = action === "acknowledge" ? acknowledgeAlert : resolveAlert;
    const outcome = await act(engine.ctx, code, { counselorId: as, via: "cli" }, { note });
    const { event: _event, ...answer } = outcome.kind === "done" ? outcome : { ...outcome, event: null };
    sendJson(res, 200, { service: CLI_ENDPOINT_SERVICE, outcome: answer });
  }));
}

/** Whether the request came from this computer. */
function fromThisComputer(req: http.IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? "";
  return isLoopbackHost(address.replace(/^::ffff:/, ""));
}

function guarded(deps: CliEndpointDeps, handler: RouteHandler): RouteHandler {
  return async (req, res) => {
    // Without a token the Host header alone would not do: a request from elsewhere can send any.
    const access = deps.token || fromThisComputer(req) ? checkAccess(req, deps.token) : ({ ok: false, status: 403, message: "" } as const);
    if (!access.ok) return sendJson(res, access.status, { service: CLI_ENDPOINT_SERVICE, error: "refused" });
    try {
      await handler(req, res);
    } catch (e) {
      if (e instanceof BodyError) return sendJson(res, e.status, { service: CLI_ENDPOINT_SERVICE, error: "bad_request" });
      deps.engine.ctx.logger.error("cli_request_failed", { route: (req.url ?? "/").split("?")[0], errorCode: errorLabel(e) });
      if (!res.headersSent) sendJson(res, 500, { service: CLI_ENDPOINT_SERVICE, error: "internal" });
      else res.end();
    }
  };
}
