import net from "node:net";

/**
 * A TCP proxy on loopback in front of a real server (PostgreSQL in the tests) that a test can
 * make silent: connections are still accepted and held open, but nothing is forwarded either
 * way and nothing is answered, as with a stalled server or a network partition. Bytes sent
 * while silent wait and are delivered in order once it forwards again, and a side that closed
 * meanwhile is closed after them, the way TCP behaves when a partition heals. It can also
 * refuse (reset every connection), as a host whose server is down does.
 */
export interface SilentProxy {
  /** The port the proxy listens on (127.0.0.1). */
  port: number;
  /** `url` with its host and port replaced by the proxy's. */
  via(url: string): string;
  /** Stops forwarding; connections stay open and new ones are accepted and held. */
  silence(): void;
  /** Forwards again, delivering what waited. */
  resume(): void;
  /**
   * Refuses: open connections are reset and new ones reset as soon as they arrive, as when
   * the server is down and its host answers with RST. `resume` (or `silence`) ends it.
   */
  refuse(): void;
  /** Connections accepted so far (the app's pool opening new ones shows here). */
  readonly accepted: number;
  close(): Promise<void>;
}

/** One client connection and its upstream one. */
class Pair {
  private upstream: net.Socket | null = null;
  private upstreamReady = false;
  private readonly toUpstream: Buffer[] = [];
  private readonly toClient: Buffer[] = [];
  private clientEnded = false;
  private upstreamEnded = false;

  constructor(
    private readonly client: net.Socket,
    private readonly target: { host: string; port: number },
    private readonly silent: () => boolean,
  ) {
    client.on("data", (d) => {
      this.toUpstream.push(d);
      this.pump();
    });
    client.on("error", () => {});
    client.on("close", () => {
      this.clientEnded = true;
      this.pump();
    });
  }

  /** Moves what waits, unless the proxy is silent. */
  pump(): void {
    if (this.silent()) return;
    if (!this.upstream && !this.upstreamEnded) {
      const u = net.connect(this.target.port, this.target.host);
      this.upstream = u;
      u.on("connect", () => {
        this.upstreamReady = true;
        this.pump();
      });
      u.on("data", (d) => {
        this.toClient.push(d);
        this.pump();
      });
      u.on("error", () => {});
      u.on("close", () => {
        this.upstreamEnded = true;
        this.pump();
      });
    }
    if (this.upstream && this.upstreamReady && !this.upstreamEnded) {
      for (const d of this.toUpstream.splice(0)) this.upstream.write(d);
      if (this.clientEnded) this.upstream.end();
    }
    if (!this.client.destroyed) {
      for (const d of this.toClient.splice(0)) this.client.write(d);
      if (this.upstreamEnded) this.client.end();
    }
  }

  destroy(): void {
    this.client.destroy();
    this.upstream?.destroy();
  }

  /** Resets both sides at once, dropping what waits. */
  reset(): void {
    this.toUpstream.length = 0;
    this.toClient.length = 0;
    this.client.resetAndDestroy();
    this.upstream?.resetAndDestroy();
  }
}

export async function startSilentProxy(target: { host: string; port: number }): Promise<SilentProxy> {
  let silent = false;
  let refusing = false;
  let accepted = 0;
  const pairs = new Set<Pair>();
  const server = net.createServer((socket) => {
    if (refusing) {
      socket.on("error", () => {});
      socket.resetAndDestroy();
      return;
    }
    accepted++;
    const pair = new Pair(socket, target, () => silent);
    // Kept for the proxy's life: a connection closed while silent still has bytes to deliver.
    pairs.add(pair);
    pair.pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    via(url) {
      const u = new URL(url);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      return u.toString();
    },
    silence() {
      refusing = false;
      silent = true;
    },
    refuse() {
      refusing = true;
      for (const p of pairs) p.reset();
      pairs.clear();
    },
    resume() {
      refusing = false;
      silent = false;
      for (const p of pairs) p.pump();
    },
    get accepted() {
      return accepted;
    },
    async close() {
      for (const p of pairs) p.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
