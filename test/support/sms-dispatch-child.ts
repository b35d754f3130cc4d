/**
 * A Steady process for the crash test and the SMS benchmark: opens an existing database with
 * N participants on SMS, sends through the real SMS adapter to a (fake) Twilio API, and ticks
 * until nothing is pending. Its clock starts at `baseIso` and runs at real speed, so a second
 * process started later sees the first one's claims as lapsed (`speed` > 1 runs it faster, so
 * that a claim lapses in a few real seconds). Prints "sent <n>" per batch; its log lines go to
 * stderr, as the bot's do.
 *
 *   node --import tsx test/support/sms-dispatch-child.ts <databaseUrl> <apiUrl> <n> <baseIso> <perSecond> [speed]
 */
import { SmsChannel } from "../../adapters/sms/sms-channel.ts";
import { openApp } from "../../src/app.ts";
import { HttpServer } from "../../src/http/http-server.ts";
import { createLogger } from "../../src/log/logger.ts";
import { programWithParticipants } from "./many-participants.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "./signed-webhook.ts";

const [databaseUrl, apiUrl, n, baseIso, perSecond, speed = "1"] = process.argv.slice(2);
const base = new Date(baseIso!).getTime();
const t0 = performance.now();
const clock = () => new Date(base + Number(speed) * (performance.now() - t0));
const logger = createLogger({ now: clock });
const http = new HttpServer();
await http.listen(0, "127.0.0.1");
const sms = new SmsChannel({
  config: {
    accountSid: TEST_ACCOUNT_SID,
    authToken: TEST_AUTH_TOKEN,
    sender: { from: TEST_STEADY_NUMBER },
    publicBaseUrl: "https://steady.example.org",
    apiBaseUrl: apiUrl!,
    maxPerSecond: Number(perSecond),
  },
  http,
  clock,
  logger,
});
const app = await openApp({ databaseUrl: databaseUrl!, program: programWithParticipants(Number(n), { channel: "sms" }), clock, logger, channels: [sms] });
for (;;) {
  const summary = await app.engine.dispatchDue();
  if (summary.sent > 0) process.stdout.write(`sent ${summary.sent}\n`);
  const pending = await app.db.outbox.count({ where: { status: "pending" } });
  if (pending === 0) break;
  await new Promise((r) => setTimeout(r, 100));
}
await app.close();
await http.close();
process.stdout.write("done\n");
