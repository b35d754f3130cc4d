import type http from "node:http";
import { isLoopbackHost, sameSecret } from "../console/console-access.ts";
import type { RouteHandler } from "../http/http-server.ts";
import { errorLabel, type Logger } from "../log/logger.ts";
import type { SteadyMetrics } from "./steady-metrics.ts";

/** Whether a request may read /metrics, and if not the status to answer with. */
export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 404 };

/**
 * With a token (METRICS_TOKEN), a request must carry it as `Authorization: Bearer <token>`
 * (401 otherwise). Without one, only a request from this computer, to a loopback Host (so a
 * web page whose domain resolves to 127.0.0.1 cannot read it), and not through a proxy (a
 * reverse proxy on the same host would pass on requests from anywhere) is answered; any
 * other gets 404, as if there were no such page.
 */
export function checkMetricsAccess(req: http.IncomingMessage, token: string | null): MetricsAccess {
  if (token) {
    const auth = req.headers.authorization;
    const given = auth?.startsWith("Bearer ") ? auth.slice("Bearer ".length).trim() : null;
    return given && sameSecret(given, token) ? { ok: true } : { ok: false, status: 401 };
  }
  const peer = (req.socket.remoteAddress ?? "").replace(/^::ffff:/i, "");
  const host = hostnameOf(req.headers.host);
  if (isLoopbackHost(peer) && host !== null && isLoopbackHost(host) && !proxied(req)) return { ok: true };
  return { ok: false, status: 404 };
}

/** GET /metrics: every metric in Prometheus' text format, to whoever checkMetricsAccess lets in. */
export function metricsRoute(metrics: SteadyMetrics, token: string | null, logger: Logger): RouteHandler {
  return async (req, res) => {
    const access = checkMetricsAccess(req, token);
    if (!access.ok) {
      const headers = access.status === 401 ? { "www-authenticate": 'Bearer realm="metrics"' } : {};
      res.writeHead(access.status, { "content-type": "text/plain", "cache-control": "no-store", ...headers });
      res.end(access.status === 401 ? "This needs METRICS_TOKEN as Authorization: Bearer <token>.\n" : "not found\n");
      return;
    }
    try {
      const { contentType, body } = await metrics.scrape();
      res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
    } catch (e) {
      logger.error("metrics_failed", { errorCode: errorLabel(e) });
      throw e;
    }
  };
}

/** Headers a proxy adds: a request carrying any of them may have come from anywhere. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip", "via"];

function proxied(req: http.IncomingMessage): boolean {
  return FORWARDING_HEADERS.some((h) => req.headers[h] !== undefined);
}

function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return null;
  }
}
