import { createHash, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import net from "node:net";

/** The cookie the page carries its token in after it was opened once with ?token=. */
export const TOKEN_COOKIE = "steady_console";

const LOOPBACK = new net.BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/** Whether a host name or address (as in HOST or a Host header, brackets allowed) only reaches this computer. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (net.isIPv4(h)) return LOOPBACK.check(h, "ipv4");
  if (net.isIPv6(h)) return LOOPBACK.check(h, "ipv6");
  return false;
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
export function sameSecret(given: string, token: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(token).digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries: `Authorization: Bearer` (scripts) or the console cookie (the page). */
export function presentedToken(req: http.IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith("Bearer ")) return auth.slice("Bearer ".length).trim();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === TOKEN_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return null;
  }
}

/**
 * Whether a request came through a proxy, which can send a loopback Host header for a request
 * from anywhere: such requests need the token.
 */
function proxied(req: http.IncomingMessage): boolean {
  return ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip", "via"].some((h) => req.headers[h] !== undefined);
}

/** Whether a request may use the console, and if not the status and a message saying what to do. */
export type Access = { ok: true } | { ok: false; status: 401 | 403; message: string };

/** Checks one request; every console route, the event stream included, goes through this. */
export function checkAccess(req: http.IncomingMessage, token: string | null): Access {
  if (token) {
    const given = presentedToken(req);
    if (!given || !sameSecret(given, token)) {
      return { ok: false, status: 401, message: "This console needs its token: open it once as /?token=<CONSOLE_TOKEN>.\n" };
    }
  } else {
    // Without a token only a loopback Host is answered, so a web page whose own domain
    // resolves to 127.0.0.1 (DNS rebinding) cannot read the console.
    const host = hostnameOf(req.headers.host);
    if (!host || !isLoopbackHost(host) || proxied(req)) {
      return { ok: false, status: 403, message: "This console only answers on localhost; set CONSOLE_TOKEN to use it from elsewhere.\n" };
    }
  }
  if (req.method === "POST") {
    // A page on another site can send a form to localhost; browsers mark such requests with
    // their Origin, so only the console's own page gets to act.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) {
      return { ok: false, status: 403, message: "Requests from other sites are refused.\n" };
    }
  }
  return { ok: true };
}
