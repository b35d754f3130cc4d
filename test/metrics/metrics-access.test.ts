import http from "node:http";
import os from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import type { HttpServer } from "../../src/http/http-server.ts";
import { SteadyMetrics } from "../../src/metrics/steady-metrics.ts";
import { serveMetrics } from "./scrape.ts";

let server: HttpServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const TOKEN = "0123456789abcdef0123456789abcdef";

/** GET /metrics over real HTTP with exactly these headers (Host included, which fetch would not let us set). */
function get(address: string, port: number, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: address, port, path: "/metrics", headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
  });
}

async function serve(token: string | null, host = "127.0.0.1"): Promise<number> {
  const metrics = new SteadyMetrics({ processMetrics: false });
  metrics.inbound("local", "answered");
  const s = await serveMetrics(metrics, token, host);
  server = s.http;
  return s.port;
}

describe("who may read /metrics", () => {
  it("with METRICS_TOKEN, answers a request carrying it as a bearer token and refuses the rest", async () => {
    const port = await serve(TOKEN);
    const none = await get("127.0.0.1", port);
    expect(none.status).toBe(401);
    expect(none.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(none.body).not.toContain("steady_");
    expect((await get("127.0.0.1", port, { authorization: `Bearer ${TOKEN.slice(0, -1)}x` })).status).toBe(401);
    expect((await get("127.0.0.1", port, { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}` })).status).toBe(401);
    const ok = await get("127.0.0.1", port, { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok.body).toMatch(/^steady_inbound_messages_total\{channel="local",result="answered"\} 1$/m);
    // The token works through a proxy too: that is how it is scraped from elsewhere.
    expect((await get("127.0.0.1", port, { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "198.51.100.7" })).status).toBe(200);
  });

  it("without a token, answers only local requests that did not come through a proxy, and 404 to the rest", async () => {
    const port = await serve(null);
    expect((await get("127.0.0.1", port)).status).toBe(200);
    expect((await get("127.0.0.1", port, { host: `localhost:${port}` })).status).toBe(200);
    for (const headers of [{ "x-forwarded-for": "198.51.100.7" }, { forwarded: "for=198.51.100.7;proto=https" }, { "x-real-ip": "198.51.100.7" }, { via: "1.1 proxy" }] as Record<string, string>[]) {
      const r = await get("127.0.0.1", port, headers);
      expect(r.status, JSON.stringify(headers)).toBe(404);
      expect(r.body).not.toContain("steady_");
    }
    // A web page whose own domain resolves to 127.0.0.1 sends its own Host.
    expect((await get("127.0.0.1", port, { host: `metrics.example.com:${port}` })).status).toBe(404);
    // A bearer token when none is configured does not open it to a proxy.
    expect((await get("127.0.0.1", port, { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "198.51.100.7" })).status).toBe(404);
  });

  it("without a token, gives 404 to a request from another address, even with a loopback Host", async (t) => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
    if (!external) t.skip();
    const port = await serve(null, external!);
    const r = await get(external!, port, { host: `127.0.0.1:${port}` });
    expect(r.status).toBe(404);
  });
});
