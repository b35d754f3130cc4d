/**
 * Child process of bench/sms-webhooks.ts: either Steady with the SMS adapter on a prepared
 * SQLite database ("steady"), or a bare Node HTTP server that only verifies the Twilio
 * signature and answers empty TwiML ("bare"), the baseline the webhook figures are divided by.
 * Prints "ready <port>" once it listens; stops on SIGTERM.
 *
 *   sms-bot-child steady <databaseUrl> <apiUrl> <n>
 *   sms-bot-child bare
 * (bench/sms-webhooks.ts bundles it and runs it as `npm start` runs the bot; see as-started.ts)
 */
import http from "node:http";
import twilio from "twilio";
import { SmsChannel } from "../adapters/sms/sms-channel.ts";
import { openApp } from "../src/app.ts";
import { HttpServer } from "../src/http/http-server.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "../test/support/signed-webhook.ts";

import { BENCH_PUBLIC_BASE } from "./bench-public-base.ts";
const [mode, databaseUrl, apiUrl, n] = process.argv.slice(2);

if (mode === "bare") {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
      const ok = twilio.validateRequest(TEST_AUTH_TOKEN, String(req.headers["x-twilio-signature"] ?? ""), BENCH_PUBLIC_BASE + req.url, params);
      res.writeHead(ok ? 200 : 403, { "content-type": "text/xml" }).end('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    });
  });
  server.listen(0, "127.0.0.1", () => console.log(`ready ${(server.address() as { port: number }).port}`));
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
} else {
  const base = new Date("2026-11-24T18:00:30-06:00").getTime();
  const t0 = performance.now();
  const clock = () => new Date(base + (performance.now() - t0));
  const server = new HttpServer();
  const sms = new SmsChannel({
    config: { accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN, sender: { from: TEST_STEADY_NUMBER }, publicBaseUrl: BENCH_PUBLIC_BASE, apiBaseUrl: apiUrl!, maxPerSecond: 1000 },
    http: server,
    clock,
  });
  const app = await openApp({ databaseUrl: databaseUrl!, program: programWithParticipants(Number(n), { channel: "sms" }), clock, channels: [sms] });
  await app.engine.dispatchDue(); // tonight's prompts, so every check-in is open
  const port = await server.listen(0, "127.0.0.1");
  console.log(`ready ${port}`);
  process.once("SIGTERM", async () => {
    await server.close();
    await app.close();
    process.exit(0);
  });
}
