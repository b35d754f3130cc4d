/**
 * One long-running Steady instance for the several-instances tests, wired as `main` wires the
 * bot: the real SMS adapter with its webhooks on an HTTP server on loopback, sending to a
 * (fake) Twilio API, an inbound spool file, and the two-lane Ticker on a timer. Its clock is
 * shared with its siblings: it reads `baseIso` until the parent writes "go <originMs>" on
 * stdin (to all instances at once), then `baseIso` at the real time `originMs`, running
 * `speed` times real time (so that a dead instance's 60 s claims lapse in a few seconds).
 * The ticker starts at "go". Prints "listening <port>" once it takes webhooks; SIGTERM stops
 * it as `main` does. Log lines go to stderr.
 *
 *   node --import tsx test/support/sms-instance-child.ts '<json InstanceSettings>'
 */
import { SmsChannel } from "../../adapters/sms/sms-channel.ts";
import { openApp } from "../../src/app.ts";
import { HttpServer } from "../../src/http/http-server.ts";
import { createLogger } from "../../src/log/logger.ts";
import { Ticker } from "../../src/schedule/ticker.ts";
import { programWithParticipants } from "./many-participants.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "./signed-webhook.ts";

/** What the parent passes, as one JSON argument. */
export interface InstanceSettings {
  databaseUrl: string;
  apiUrl: string;
  publicBaseUrl: string;
  participants: number;
  welcome?: boolean;
  startDate?: string;
  baseIso: string;
  speed: number;
  perSecond: number;
  spoolFile: string;
  tickMs: number;
  apiTimeoutMs?: number;
}

const s = JSON.parse(process.argv[2]!) as InstanceSettings;
const base = new Date(s.baseIso).getTime();
let origin: number | null = null;
const clock = () => new Date(origin === null ? base : base + s.speed * (Date.now() - origin));
const logger = createLogger({ now: clock });
const http = new HttpServer();
const sms = new SmsChannel({
  config: { accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN, sender: { from: TEST_STEADY_NUMBER }, publicBaseUrl: s.publicBaseUrl, apiBaseUrl: s.apiUrl, maxPerSecond: s.perSecond },
  http,
  clock,
  logger,
  apiTimeoutMs: s.apiTimeoutMs,
});
const program = programWithParticipants(s.participants, { channel: "sms", welcome: s.welcome, startDate: s.startDate });
const app = await openApp({ databaseUrl: s.databaseUrl, program, clock, logger, channels: [sms], inboundSpoolFile: s.spoolFile });
const port = await http.listen(0, "127.0.0.1");
const ticker = new Ticker(app.engine, logger);
let timer: NodeJS.Timeout | undefined;
process.stdin.setEncoding("utf8");
process.stdin.on("data", (line: string) => {
  const go = /^go (\d+)/.exec(line);
  if (!go || origin !== null) return;
  origin = Number(go[1]);
  timer = setInterval(() => void ticker.tick(), s.tickMs);
  void ticker.tick();
});
process.stdout.write(`listening ${port}\n`);

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  void (async () => {
    clearInterval(timer);
    app.engine.stopSending();
    await ticker.stop();
    await http.close();
    await app.close();
    process.exit(0);
  })();
});
