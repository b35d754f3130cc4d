/**
 * Playing Twilio when it calls the bot: signed form posts with the fields Twilio really sends.
 *
 * Signatures come from the `twilio` package's own `getExpectedTwilioSignature`, so a test
 * passes only if the bot validates the way Twilio signs, not the way we think it signs.
 */
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import twilio from "twilio";
import { smsSegments } from "../../src/text/index.ts";

/** Fictional account for SMS tests; the fake Twilio API accepts it by default. */
export const TEST_ACCOUNT_SID = "ACFEEDFACEFEEDFACEFEEDFACEFEEDFACE";
/** Fictional auth token (32 hex like a real one, so format checks pass). */
export const TEST_AUTH_TOKEN = "feedc0defeedc0defeedc0defeedc0de";
/** Fictional Messaging Service. */
export const TEST_MESSAGING_SERVICE_SID = "MGfeedfacefeedfacefeedfacefeedface";
/** The bot's own (fictional) long code. */
export const TEST_STEADY_NUMBER = "+13125550199";

/** A Twilio-style SID: two-letter prefix and 32 random hex digits. */
export function fakeSid(prefix: "SM" | "MM" | "MG" | "AC"): string {
  return prefix + randomBytes(16).toString("hex");
}

/** The `X-Twilio-Signature` Twilio would send for `params` posted to `publicUrl`. */
export function signTwilioRequest(authToken: string, publicUrl: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(authToken, publicUrl, params);
}

/**
 * Maps URLs under the public base (what Twilio calls and signs) to the loopback address the
 * bot really listens on, keeping path and query. Behind a proxy these differ, and a bot that
 * validates against the URL it sees instead of the public one must fail.
 */
export function rebaseUrl(publicBase: string, loopbackBase: string): (url: string) => string {
  const from = publicBase.replace(/\/+$/, "");
  const to = loopbackBase.replace(/\/+$/, "");
  return (url) => {
    if (!url.startsWith(from)) throw new Error(`${url} is not under the public base ${from}`);
    return to + url.slice(from.length);
  };
}

/** Ways to spoil a signed request, for the bad-input tests. */
export type Tamper =
  /** A valid signature over the original params, but the Body sent is changed. */
  | "body"
  /** An extra form field the signature does not cover. */
  | "extra-param"
  /** A signature with one character changed. */
  | "signature"
  /** No X-Twilio-Signature header at all. */
  | "omit-signature"
  /** Signed over http:// instead of the public https:// URL (a proxy-unaware bot). */
  | "wrong-url"
  /** Any other change: signed over `params`, sent as what this returns. */
  | ((params: Record<string, string>) => Record<string, string>);

/** A form post to the bot, signed as Twilio would sign it. */
export interface SignedFormPost {
  /** Where the request really goes, e.g. http://127.0.0.1:PORT/sms/inbound?x=1 (http only). */
  target: string;
  /** The URL Twilio was configured with and signs; defaults to `target`. */
  publicUrl?: string;
  authToken: string;
  params: Record<string, string>;
  tamper?: Tamper;
  /** Bytes to send instead of the encoded params (1 MB bodies, non-UTF-8); still signed over `params`. */
  rawBody?: string | Buffer;
  /** Extra or overriding request headers. */
  headers?: Record<string, string>;
}

/** What the bot answered. */
export interface FormResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

// Keep-alive, like Twilio's own webhook clients; the benchmark posts thousands of these.
const agent = new http.Agent({ keepAlive: true });

/** Posts `params` as application/x-www-form-urlencoded with a Twilio signature. */
export async function postSignedForm(post: SignedFormPost): Promise<FormResponse> {
  const publicUrl = post.publicUrl ?? post.target;
  let signedUrl = publicUrl;
  let sent = post.params;
  if (post.tamper === "body") sent = { ...post.params, Body: `${post.params.Body ?? ""} (edited)` };
  else if (post.tamper === "extra-param") sent = { ...post.params, Injected: "1" };
  else if (post.tamper === "wrong-url") signedUrl = publicUrl.replace(/^https:/, "http:");
  else if (typeof post.tamper === "function") sent = post.tamper({ ...post.params });

  let signature: string | null = signTwilioRequest(post.authToken, signedUrl, post.params);
  if (post.tamper === "signature") signature = (signature.startsWith("A") ? "B" : "A") + signature.slice(1);
  if (post.tamper === "omit-signature") signature = null;

  const body = post.rawBody ?? new URLSearchParams(sent).toString();
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    "content-length": String(Buffer.byteLength(body)),
    "user-agent": "TwilioProxy/1.1",
    // Twilio repeats this token when it retries the same event; a new one per post here.
    "i-twilio-idempotency-token": randomUUID(),
    ...(signature === null ? {} : { "x-twilio-signature": signature }),
    ...post.headers,
  };
  const url = new URL(post.target);
  if (url.protocol !== "http:") throw new Error(`postSignedForm posts over loopback http only, not ${post.target}`);
  return new Promise<FormResponse>((resolve, reject) => {
    const req = http.request(url, { method: "POST", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** What an incoming text needs; the rest of Twilio's fields are filled in realistically. */
export interface InboundSms {
  from: string;
  body: string;
  /** The bot's number; defaults to TEST_STEADY_NUMBER. */
  to?: string;
  /** Defaults to a fresh SM… sid; pass the same one to play Twilio's retries. */
  messageSid?: string;
  /** Sent by Twilio when Advanced Opt-Out (on a Messaging Service) matched a keyword. */
  optOutType?: "STOP" | "START" | "HELP";
  messagingServiceSid?: string;
  accountSid?: string;
}

// Twilio's carrier lookup fills these in; for 312 numbers it says Chicago.
function place(number: string): { city: string; state: string; zip: string; country: string } {
  if (number.startsWith("+1312")) return { city: "CHICAGO", state: "IL", zip: "60601", country: "US" };
  return { city: "", state: "", zip: "", country: number.startsWith("+1") ? "US" : "" };
}

/**
 * The full field set Twilio posts to the messaging webhook for an incoming SMS, in the
 * order Twilio sends them. OptOutType only appears with Advanced Opt-Out on a Messaging
 * Service, and only when the whole body is a keyword.
 */
export function inboundSmsParams(sms: InboundSms): Record<string, string> {
  const to = sms.to ?? TEST_STEADY_NUMBER;
  const sid = sms.messageSid ?? fakeSid("SM");
  const f = place(sms.from);
  const t = place(to);
  const params: Record<string, string> = {
    ToCountry: t.country,
    ToState: t.state,
    SmsMessageSid: sid,
    NumMedia: "0",
    ToCity: t.city,
    FromZip: f.zip,
    SmsSid: sid,
    FromState: f.state,
    SmsStatus: "received",
    FromCity: f.city,
    Body: sms.body,
    FromCountry: f.country,
    To: to,
  };
  if (sms.messagingServiceSid) params.MessagingServiceSid = sms.messagingServiceSid;
  Object.assign(params, {
    ToZip: t.zip,
    NumSegments: String(Math.max(1, smsSegments(sms.body).segments)),
    MessageSid: sid,
    AccountSid: sms.accountSid ?? TEST_ACCOUNT_SID,
    From: sms.from,
    ApiVersion: "2010-04-01",
  });
  if (sms.optOutType) params.OptOutType = sms.optOutType;
  return params;
}
