import http from "node:http";

/** A request handler for one route. */
export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

/**
 * The bot's HTTP server. Adapters mount their routes on it (webhooks, the console); it
 * answers /healthz itself. Unknown routes get 404; a handler that throws gets a 500 with no
 * detail (the error is logged by whoever owns the route).
 */
export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private server: http.Server | null = null;

  constructor() {
    this.route("GET", "/healthz", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    });
  }

  route(method: string, path: string, handler: RouteHandler): void {
    this.routes.set(`${method.toUpperCase()} ${path}`, handler);
  }

  async listen(port: number, host: string): Promise<number> {
    this.server = http.createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0];
      const handler = this.routes.get(`${req.method} ${path}`);
      if (!handler) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
        return;
      }
      Promise.resolve(handler(req, res)).catch(() => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, host, () => resolve());
    });
    const addr = this.server.address();
    return typeof addr === "object" && addr ? addr.port : port;
  }

  /**
   * Stops taking connections and waits for requests in progress, `graceMs` at most: idle
   * keep-alive connections are closed at once, and whatever is still open after the grace.
   */
  async close(graceMs = 3_000): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeIdleConnections();
    const timer = setTimeout(() => s.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(timer);
  }
}
