import { SendRateLimiter } from "../../src/channel/send-rate-limiter.ts";
import { SmsChannel } from "../../adapters/sms/sms-channel.ts";
import type { SmsConfig } from "../../adapters/sms/read-sms-config.ts";
import { HttpServer } from "../../src/http/http-server.ts";
import type { Metrics } from "../../src/metrics/metrics.ts";
import type { Program } from "../../src/program/program-schema.ts";
import { startFakeTwilioApi, type FakeTwilioApi, type FakeTwilioApiOptions } from "./fake-twilio-api.ts";
import type { FreshDatabase } from "./fresh-database.ts";
import { capturedLogger } from "./log-capture.ts";
import { inboundSmsParams, postSignedForm, rebaseUrl, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER, type FormResponse, type InboundSms, type Tamper } from "./signed-webhook.ts";
import { startTestApp, testProgram, type TestApp } from "./test-app.ts";

/** What Twilio is configured to call; the bot really listens on loopback behind it. */
export const PUBLIC_BASE = "https://steady.example.org/bot";

/** The fixture program with everyone on SMS, optionally edited further. */
export function smsProgram(edit: (yaml: string) => string = (y) => y): Program {
  // Alex (p-003) has no phone and stays on the local channel, which is not running here.
  return testProgram((y) => edit(y).replace(/preferredChannel: local(?=\n(?:.*\n){0,6}?.*counselor: c-rivera)/g, "preferredChannel: sms"));
}

/** A Steady with the real SMS adapter: real HTTP on loopback, the twilio client talking to a fake API. */
export interface SmsHarness {
  app: TestApp;
  fake: FakeTwilioApi;
  http: HttpServer;
  sms: SmsChannel;
  /** Loopback base URL the bot listens on. */
  base: string;
  /** Posts an incoming SMS the way Twilio would (signed over the public URL). */
  text(sms: InboundSms, options?: { tamper?: Tamper; rawBody?: string | Buffer; headers?: Record<string, string> }): Promise<FormResponse>;
  /** The adapter's plain lines for whoever runs the bot (main prints them as `warning:` lines). */
  warnings: string[];
  /** Texts the fake API delivered to a number (resends excluded), oldest first. */
  textsTo(number: string): string[];
  dispose(): Promise<void>;
}

export async function startSmsHarness(options: {
  at: string;
  program?: Program;
  database?: FreshDatabase;
  maxPerSecond?: number;
  replyDeadlineMs?: number;
  fake?: FakeTwilioApiOptions;
  sender?: SmsConfig["sender"];
  reconcileEveryMs?: number;
  inboundSpoolFile?: string;
  crisisDeadlineMs?: number;
  /** Where the adapter and the engine record their metrics (none by default). */
  metrics?: Metrics;
  /** The sender's rate limiter (default: maxPerSecond on the real clock). */
  limiter?: SendRateLimiter;
  /** Where the adapter calls the API (default: the fake's URL), such as a port nothing listens on. */
  apiBaseUrl?: string;
}): Promise<SmsHarness> {
  const http = new HttpServer();
  const port = await http.listen(0, "127.0.0.1");
  const base = `http://127.0.0.1:${port}`;
  const fake = await startFakeTwilioApi({ callbackTarget: rebaseUrl(PUBLIC_BASE, base), ...options.fake });
  const config: SmsConfig = {
    accountSid: TEST_ACCOUNT_SID,
    authToken: TEST_AUTH_TOKEN,
    sender: options.sender ?? { from: TEST_STEADY_NUMBER },
    publicBaseUrl: PUBLIC_BASE,
    apiBaseUrl: options.apiBaseUrl ?? fake.url,
    maxPerSecond: options.maxPerSecond ?? 1000,
  };
  let clock = () => new Date(options.at);
  let logs: string[] = [];
  const warnings: string[] = [];
  const sms = new SmsChannel({
    warn: (line) => warnings.push(line),
    config,
    http,
    clock: () => clock(),
    logger: capturedLogger(() => clock(), (l) => logs.push(l)),
    replyDeadlineMs: options.replyDeadlineMs,
    limiter: options.limiter ?? new SendRateLimiter(config.maxPerSecond),
    apiTimeoutMs: 2_000,
    reconcileEveryMs: options.reconcileEveryMs,
    metrics: options.metrics,
  });
  const app = await startTestApp({ at: options.at, program: options.program ?? smsProgram(), database: options.database, channels: [sms], inboundSpoolFile: options.inboundSpoolFile, crisisDeadlineMs: options.crisisDeadlineMs, metrics: options.metrics });
  clock = app.clock.read;
  app.logs.push(...logs);
  logs = app.logs;
  return {
    app,
    fake,
    http,
    sms,
    base,
    warnings,
    text: (msg, o = {}) =>
      postSignedForm({ target: `${base}/sms/inbound`, publicUrl: `${PUBLIC_BASE}/sms/inbound`, authToken: TEST_AUTH_TOKEN, params: inboundSmsParams(msg), ...o }),
    textsTo: (number) => fake.delivered().filter((r) => r.to === number).map((r) => r.body),
    async dispose() {
      await app.engine.idle();
      await http.close();
      await app.dispose();
      await fake.close();
    },
  };
}
