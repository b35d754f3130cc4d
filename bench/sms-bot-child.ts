/**
 * Child process of bench/sms-webhooks.ts. One of three servers, each verifying the Twilio
 * signature the same way:
 *  - "steady": Steady with the SMS adapter on a prepared SQLite database;
 *  - "bare": a bare Node HTTP server that only verifies the signature and answers empty
 *    TwiML, the baseline the webhook figures are divided by;
 *  - "durable": the bare server plus the one write no webhook handler that promises "nothing
 *    lost, nothing doubled" can skip: the message recorded under its MessageSid in Steady's
 *    Inbound table, committed before the answer. Same SQLite setup as the bot (createDb: WAL,
 *    synchronous=NORMAL, the background checkpointer), and messages that arrive together
 *    share one commit, as Steady's do. A reference point, not a goal.
 * Prints "ready <port>" once it listens; stops on SIGTERM.
 *
 *   sms-bot-child steady <databaseUrl> <apiUrl> <n>
 *   sms-bot-child bare
 *   sms-bot-child durable <databaseUrl>
 * (bench/sms-webhooks.ts bundles it and runs it as `npm start` runs the bot; see as-started.ts)
 */
import http from "node:http";
import twilio from "twilio";
import { SmsChannel } from "../adapters/sms/sms-channel.ts";
import { openApp } from "../src/app.ts";
import { warmRiskRules } from "../src/risk/warm-risk-rules.ts";
import { HttpServer } from "../src/http/http-server.ts";
import { createDb, sqliteConnectionOf } from "../src/store/create-db.ts";
import { sqliteCell } from "../src/store/insert-rows.ts";
import { WalCheckpointer } from "../src/store/wal-checkpointer.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "../test/support/signed-webhook.ts";
import { BENCH_PUBLIC_BASE } from "./bench-public-base.ts";

const [mode, databaseUrl, apiUrl, n] = process.argv.slice(2);

/** The bare server; `record` (durable mode) gets each verified message and calls `answer` once it is stored, or could not be. */
function bareServer(record?: (params: Record<string, string>, answer: (stored: boolean) => void) => void) {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
      const ok = twilio.validateRequest(TEST_AUTH_TOKEN, String(req.headers["x-twilio-signature"] ?? ""), BENCH_PUBLIC_BASE + req.url, params);
      const answer = (stored = true) => res.writeHead(!ok ? 403 : stored ? 200 : 500, { "content-type": "text/xml" }).end('<?xml version="1.0" encoding="UTF-8"?><Response/>');
      if (ok && record) record(params, answer);
      else answer();
    });
  });
  server.listen(0, "127.0.0.1", () => console.log(`ready ${(server.address() as { port: number }).port}`));
  return server;
}

if (mode === "bare") {
  const server = bareServer();
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
} else if (mode === "durable") {
  const db = await createDb(databaseUrl!);
  await db.$queryRawUnsafe("SELECT 1");
  const conn = sqliteConnectionOf(db)!;
  const checkpointer = WalCheckpointer.start(conn, databaseUrl!.slice("file:".length));
  const [begin, commit, rollback] = [conn.prepare("BEGIN IMMEDIATE"), conn.prepare("COMMIT"), conn.prepare("ROLLBACK")];
  const insert = conn.prepare(
    'INSERT INTO "Inbound" ("channel", "providerId", "address", "text", "receivedAt", "riskLevel") VALUES (\'sms\', ?, ?, ?, ?, \'none\') ON CONFLICT ("channel", "providerId") DO NOTHING',
  );
  let waiting: { params: Record<string, string>; answer: (stored: boolean) => void }[] = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    let stored = true;
    try {
      begin.run();
      for (const { params } of batch) insert.run(params.MessageSid, params.From, params.Body, sqliteCell(new Date()));
      commit.run();
    } catch {
      if (conn.inTransaction) rollback.run();
      stored = false; // answered 500, counted as a failure by the load
    }
    for (const { answer } of batch) answer(stored);
  };
  const server = bareServer((params, answer) => {
    waiting.push({ params, answer });
    if (waiting.length === 1) setImmediate(flush);
  });
  process.once("SIGTERM", () =>
    server.close(async () => {
      await checkpointer.stop();
      await db.$disconnect();
      process.exit(0);
    }),
  );
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
  // As main does before it takes messages.
  warmRiskRules();
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
