import type { Logger } from "../log/logger.ts";
import type { RouteHandler } from "./http-server.ts";
import { errorLabel } from "../log/logger.ts";
import type { Db } from "../store/create-db.ts";
import type { Channel } from "../channel/channel.ts";

/** How long the database has to answer `SELECT 1` before it counts as failing. */
export const READY_DB_MS = 2_000;

/** One part of the bot that must work for it to take traffic. */
export interface ReadinessPart {
  name: string;
  /** null when the part works; otherwise what is wrong, in words an operator can act on. */
  check(): Promise<string | null>;
}

/** What /readyz reports: ready when every part works, otherwise each failing part by name. */
export interface Readiness {
  ready: boolean;
  failing: { name: string; problem: string }[];
}

/** The database answers a trivial query within READY_DB_MS (a hung server does not). */
export function databasePart(db: Db, timeoutMs = READY_DB_MS): ReadinessPart {
  return {
    name: "database",
    async check() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<string>((resolve) => (timer = setTimeout(resolve, timeoutMs, `no answer within ${timeoutMs} ms`)));
      try {
        return await Promise.race([db.$queryRawUnsafe("SELECT 1").then(() => null), late]);
      } catch (e) {
        return `query failed (${errorLabel(e)})`;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** A running channel, named by it: failing while its adapter says it cannot reach its provider (Channel.health). */
export function channelPart(channel: Channel): ReadinessPart {
  return { name: channel.name, check: async () => channel.health?.() ?? null };
}

/**
 * Checks every part at once. A part that turns from working to failing, or back, is logged
 * once (an error, then an info line), so a database that hangs shows in the log above a
 * warning without repeating at every probe.
 */
export class ReadinessCheck {
  private readonly failingBefore = new Set<string>();

  constructor(
    private readonly parts: readonly ReadinessPart[],
    private readonly logger: Logger,
  ) {}

  async run(): Promise<Readiness> {
    const results = await Promise.all(this.parts.map(async (p) => ({ name: p.name, problem: await p.check().catch((e: unknown) => `check failed (${errorLabel(e)})`) })));
    const failing = results.filter((r): r is { name: string; problem: string } => r.problem !== null);
    for (const { name, problem } of results) {
      if (problem !== null && !this.failingBefore.has(name)) {
        this.failingBefore.add(name);
        this.logger.error("not_ready", { part: name, problem });
      } else if (problem === null && this.failingBefore.delete(name)) {
        this.logger.info("ready_again", { part: name });
      }
    }
    return { ready: failing.length === 0, failing };
  }
}

/** GET /readyz: 200 "ready", or 503 naming each failing part (no personal data is ever in it). */
export function readyzRoute(check: ReadinessCheck): RouteHandler {
  return async (_req, res) => {
    const r = await check.run();
    const body = r.ready ? "ready\n" : `not ready\n${r.failing.map((f) => `${f.name}: ${f.problem}\n`).join("")}`;
    res.writeHead(r.ready ? 200 : 503, { "content-type": "text/plain", "cache-control": "no-store" }).end(body);
  };
}
