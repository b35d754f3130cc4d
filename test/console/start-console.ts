import { openApp, type App } from "../../src/app.ts";
import { HttpServer } from "../../src/http/http-server.ts";
import type { Program } from "../../src/program/program-schema.ts";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { OffsetClock } from "../../src/console/offset-clock.ts";
import { SteadyConsole } from "../../src/console/steady-console.ts";
import type { ChannelName } from "../../src/channel/channel-registry.ts";
import { checkReach } from "../../src/staff/check-reach.ts";
import { freshSqlite } from "../support/fresh-database.ts";
import { capturedLogger } from "../support/log-capture.ts";
import { testProgram } from "../support/test-app.ts";

/** A console served on a free loopback port, over a real app on a fresh SQLite database. */
export interface RunningConsole {
  /** The app, with the local channel it runs and the console types into. */
  app: App & { local: LocalChannel };
  console: SteadyConsole;
  /** The app's clock: real time plus an offset, starting at the requested instant. */
  clock: OffsetClock;
  /** Base address, e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  port: number;
  /** Every structured log line the app and the console wrote. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts the console in-process the way main does, on port 0. */
export async function startConsole(o: {
  at: string;
  mode?: "interactive" | "read-only";
  token?: string | null;
  pollMs?: number;
  program?: Program;
  /** The adapters the build has, for marking who the running channels cannot reach, as main does (none: nobody is marked). */
  available?: ChannelName[];
}): Promise<RunningConsole> {
  const database = freshSqlite();
  const clock = new OffsetClock(new Date(o.at));
  const steadyConsole = new SteadyConsole({ mode: o.mode ?? "interactive", host: "127.0.0.1", token: o.token ?? null, clock, pollMs: o.pollMs ?? 0 });
  const logs: string[] = [];
  const local = new LocalChannel(clock.read);
  const app = await openApp({
    databaseUrl: database.url,
    program: o.program ?? testProgram(),
    clock: clock.read,
    logger: capturedLogger(clock.read, (l) => logs.push(l)),
    channels: [local],
    onEvent: steadyConsole.onEvent,
  });
  const http = new HttpServer();
  local.listen(steadyConsole.onLocalDelivery);
  const available = o.available;
  const unreachable = available ? async () => (await checkReach(app.db, { running: [local.name], available, now: clock.read() })).found : undefined;
  steadyConsole.mount(http, { engine: app.engine, local, unreachable });
  const port = await http.listen(0, "127.0.0.1");
  return {
    app: { ...app, local },
    console: steadyConsole,
    clock,
    url: `http://127.0.0.1:${port}`,
    port,
    logs,
    async close() {
      steadyConsole.close();
      await http.close();
      await app.close();
      await database.drop();
    },
  };
}
