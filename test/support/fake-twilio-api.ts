/**
 * A local stand-in for Twilio's Messages API, driven by the real `twilio` client.
 *
 * It answers like Twilio (Basic auth, form bodies, Twilio's JSON errors, a 201 message
 * resource), records what it got, fails on demand and plays Twilio's status callbacks back
 * to the bot, signed. The adapter puts its idempotency key in the StatusCallback URL
 * (`?key=…`), so a second request with a known key is a resend: answered with the first
 * message's sid and flagged, never counted or called back twice.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { smsSegments } from "../../src/text/index.ts";
import { fakeSid, postSignedForm, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "./signed-webhook.ts";

const API_VERSION = "2010-04-01";

/** Twilio's error body, as on the wire for every 4xx/5xx. */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

/** A Twilio error body for `code`. */
export function twilioError(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** What a failed send looks like. Named ones are Twilio's real status, code and message. */
export type FakeFailure =
  | "too-many-requests" // 429, 20429
  | "server-error" // 500, 20500
  | "unavailable" // 503, 20503
  | "unsubscribed" // 400, 21610: the recipient texted STOP at the carrier
  | "invalid-to" // 400, 21211
  | "drop" // socket closed with no answer; nothing was sent
  /** No answer for `hang` ms, then the socket closes. `accepted`: the message did go out (a lost 201). */
  | { hang: number; accepted?: boolean }
  | TwilioErrorBody;

/** A create-message request as the fake understood it. */
export interface FakeMessageRequest {
  accountSid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  attempt: number | null;
  /** The `key` query parameter of StatusCallback. */
  idempotencyKey: string | null;
  /** Every form field sent, including ones the fake ignores. */
  params: Record<string, string>;
  /** performance.now() when the request arrived, for rate measurements. */
  at: number;
  date: Date;
}

/** A request answered 201 (or accepted before its answer was lost). */
export interface FakeAcceptedRequest extends FakeMessageRequest {
  sid: string;
  numSegments: number;
  /** A key seen before: same sid as the first, no new delivery, no callbacks. */
  resend: boolean;
  /** Accepted, but the client never got the 201 (a `{ hang, accepted: true }` failure). */
  responseLost: boolean;
}

/** A request the fake refused or never answered. */
export interface FakeRejectedRequest extends FakeMessageRequest {
  /** HTTP status, or null when the socket was dropped or hung. */
  status: number | null;
  code: number | null;
  reason: string;
}

/** Message states a status callback can carry. */
export type MessageStatus = "queued" | "sending" | "sent" | "delivered" | "undelivered" | "failed";

/** One status change to call back with. */
export interface StatusUpdate {
  status: MessageStatus;
  errorCode?: number;
}

/** A status callback the fake made. */
export interface FakeStatusCallback {
  sid: string;
  status: MessageStatus;
  /** The public URL it was signed over. */
  url: string;
  /** Where it was really posted. */
  target: string;
  params: Record<string, string>;
  /** The bot's answer, or null if the connection failed (then `error` says why). */
  httpStatus: number | null;
  error: string | null;
  at: number;
}

/** The message resource JSON, snake_case as Twilio sends it. */
export interface TwilioMessageResource {
  account_sid: string;
  api_version: string;
  body: string;
  date_created: string;
  date_sent: string | null;
  date_updated: string;
  direction: "outbound-api" | "inbound";
  error_code: number | null;
  error_message: string | null;
  from: string | null;
  messaging_service_sid: string | null;
  num_media: string;
  num_segments: string;
  price: string | null;
  price_unit: string;
  sid: string;
  status: string;
  subresource_uris: Record<string, string>;
  to: string;
  uri: string;
}

/** Options of the fake; credentials default to the shared test account. */
export interface FakeTwilioApiOptions {
  accountSid?: string;
  authToken?: string;
  /** "auto": after each new 201, call back with `autoStatuses` (default sent, delivered). */
  statusCallbacks?: "auto" | "manual";
  autoStatuses?: (request: FakeAcceptedRequest) => StatusUpdate[];
  /** Maps a StatusCallback URL (public, signed over) to where the bot really listens. */
  callbackTarget?: (publicUrl: string) => string;
  /** The sender a Messaging Service picks from its pool. */
  serviceNumber?: string;
  /** Texts in the message log from the start (see FakeTwilioApi.receive). */
  received?: Parameters<FakeTwilioApi["receive"]>[0][];
  /** The loopback port to listen on (default: a free one). */
  port?: number;
}

/** A running fake; `url` replaces https://api.twilio.com. */
export interface FakeTwilioApi {
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  /**
   * The account's Auth Token from now on, as when it is rotated in the Twilio console:
   * requests carrying another get 401 (20003), and callbacks are signed with it.
   */
  setAuthToken(token: string): void;
  /** Every accepted request, resends included, in arrival order. */
  readonly requests: FakeAcceptedRequest[];
  readonly rejected: FakeRejectedRequest[];
  readonly callbacks: FakeStatusCallback[];
  /** What the recipients got: the first request per key, and every request without one. */
  delivered(): FakeAcceptedRequest[];
  resends(): FakeAcceptedRequest[];
  /** The current message resource, as GET …/Messages/{sid}.json returns it. */
  message(sid: string): TwilioMessageResource | undefined;
  /** The next `count` otherwise valid create requests fail with `failure`. */
  failNext(count: number, failure: FakeFailure): void;
  /** Requests matching `predicate` fail until the returned function is called. */
  failWhen(predicate: (request: FakeMessageRequest) => boolean, failure: FakeFailure): () => void;
  /** Posts a signed status callback for `sid`; resolves to the bot's HTTP status. */
  sendStatus(sid: string, status: MessageStatus, options?: { errorCode?: number }): Promise<number>;
  /** Resolves when no automatic status callback is in flight. */
  idle(): Promise<void>;
  /**
   * A text someone sent to the bot's number, kept in the message log as Twilio keeps it, but
   * with no webhook to the bot (the webhook failed, or the bot was down). Returns its sid.
   */
  receive(sms: { from: string; to: string; body: string; at: Date; messagingServiceSid?: string }): string;
  /** GET …/Messages.json requests (list calls), with their query parameters. */
  readonly lists: Record<string, string>[];
  /** Forgets records, keys, messages and pending failures, as if freshly started. */
  clear(): void;
  close(): Promise<void>;
}

// Messages Twilio pairs with the delivery error codes tests use.
const ERROR_MESSAGES: Record<number, string> = {
  21610: "Attempt to send to unsubscribed recipient",
  30003: "Unreachable destination handset",
  30005: "Unknown destination handset",
  30006: "Landline or unreachable carrier",
  30007: "Message filtered",
  30008: "Unknown error",
};

type Answered = Exclude<FakeFailure, "drop" | { hang: number }>;
const isHang = (f: FakeFailure): f is { hang: number; accepted?: boolean } => typeof f === "object" && "hang" in f;

function failureBody(failure: Answered, to: string): TwilioErrorBody {
  switch (failure) {
    case "too-many-requests": return twilioError(429, 20429, "Too Many Requests");
    case "server-error": return twilioError(500, 20500, "An internal server error has occurred");
    case "unavailable": return twilioError(503, 20503, "Service is unavailable. Please try again");
    case "unsubscribed": return twilioError(400, 21610, ERROR_MESSAGES[21610]!);
    case "invalid-to": return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    default: return failure;
  }
}

/** Twilio's checks on a create request, in the order it reports them. */
function invalidRequest(r: FakeMessageRequest): TwilioErrorBody | null {
  if (!r.to) return twilioError(400, 21604, "A 'To' phone number is required.");
  if (!r.from && !r.messagingServiceSid) return twilioError(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message");
  if (!r.body) return twilioError(400, 21602, "Message body is required.");
  if (!/^\+[1-9]\d{1,14}$/.test(r.to)) return failureBody("invalid-to", r.to);
  if (r.body.length > 1600) return twilioError(400, 21617, "The concatenated message body exceeds the 1600 character limit.");
  if (r.statusCallback !== null) {
    let ok = false;
    try {
      const u = new URL(r.statusCallback);
      ok = (u.protocol === "https:" || u.protocol === "http:") && !u.hostname.includes("_");
    } catch {}
    if (!ok) return twilioError(400, 21609, "The StatusCallback URL is not a valid URL.");
  }
  return null;
}

function parseRequest(accountSid: string, params: Record<string, string>, at: number): FakeMessageRequest {
  const statusCallback = params.StatusCallback || null;
  let idempotencyKey: string | null = null;
  try {
    if (statusCallback) idempotencyKey = new URL(statusCallback).searchParams.get("key");
  } catch {}
  const attempt = params.Attempt ? Number(params.Attempt) : null;
  return {
    accountSid,
    to: params.To ?? "",
    from: params.From || null,
    messagingServiceSid: params.MessagingServiceSid || null,
    body: params.Body ?? "",
    statusCallback,
    attempt: Number.isFinite(attempt) ? attempt : null,
    idempotencyKey,
    params,
    at,
    date: new Date(),
  };
}

/** Twilio's date format: RFC 2822 with a numeric zone. */
const rfc2822 = (d: Date) => d.toUTCString().replace("GMT", "+0000");
/** RawDlrDoneDate: the carrier's YYMMDDhhmm. */
const dlrDate = (d: Date) => d.toISOString().replace(/[-:T]/g, "").slice(2, 12);

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startFakeTwilioApi(options: FakeTwilioApiOptions = {}): Promise<FakeTwilioApi> {
  const accountSid = options.accountSid ?? TEST_ACCOUNT_SID;
  let authToken = options.authToken ?? TEST_AUTH_TOKEN;
  const basicAuth = () => `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
  let expectedAuth = basicAuth();
  const callbackTarget = options.callbackTarget ?? ((u: string) => u);
  const autoStatuses = options.autoStatuses ?? ((): StatusUpdate[] => [{ status: "sent" }, { status: "delivered" }]);
  const serviceNumber = options.serviceNumber ?? TEST_STEADY_NUMBER;

  const requests: FakeAcceptedRequest[] = [];
  const rejected: FakeRejectedRequest[] = [];
  const callbacks: FakeStatusCallback[] = [];
  // The resource plus where its callbacks go, which Twilio keeps but does not show.
  const messages = new Map<string, TwilioMessageResource & { statusCallback: string | null }>();
  const sidByKey = new Map<string, string>();
  const failNextQueue: { remaining: number; failure: FakeFailure }[] = [];
  let rules: { predicate: (r: FakeMessageRequest) => boolean; failure: FakeFailure }[] = [];
  const inFlight = new Set<Promise<void>>();
  const lists: Record<string, string>[] = [];
  const hangs = new Set<NodeJS.Timeout>();

  function takeFailure(r: FakeMessageRequest): FakeFailure | null {
    const next = failNextQueue[0];
    if (next) {
      if (--next.remaining <= 0) failNextQueue.shift();
      return next.failure;
    }
    return rules.find((rule) => rule.predicate(r))?.failure ?? null;
  }

  function reject(res: http.ServerResponse, r: FakeMessageRequest, error: TwilioErrorBody): void {
    rejected.push({ ...r, status: error.status, code: error.code, reason: error.message });
    sendJson(res, error.status, error);
  }

  function accept(r: FakeMessageRequest, responseLost: boolean): TwilioMessageResource {
    const firstSid = r.idempotencyKey === null ? undefined : sidByKey.get(r.idempotencyKey);
    const numSegments = smsSegments(r.body).segments;
    if (firstSid) {
      const record = { ...r, sid: firstSid, numSegments, resend: true, responseLost };
      requests.push(record);
      return publicResource(messages.get(firstSid)!);
    }
    const sid = fakeSid("SM");
    const now = rfc2822(r.date);
    const uri = `/${API_VERSION}/Accounts/${accountSid}/Messages/${sid}.json`;
    const viaService = r.messagingServiceSid !== null && r.from === null;
    const resource = {
      account_sid: accountSid,
      api_version: API_VERSION,
      body: r.body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: "outbound-api" as const,
      error_code: null,
      error_message: null,
      from: r.from,
      messaging_service_sid: r.messagingServiceSid,
      num_media: "0",
      // A Messaging Service has not picked a sender yet, so Twilio says 0 segments.
      num_segments: viaService ? "0" : String(numSegments),
      price: null,
      price_unit: "USD",
      sid,
      status: r.messagingServiceSid ? "accepted" : "queued",
      subresource_uris: { media: uri.replace(/\.json$/, "/Media.json") },
      to: r.to,
      uri,
      statusCallback: r.statusCallback,
    };
    messages.set(sid, resource);
    if (r.idempotencyKey !== null) sidByKey.set(r.idempotencyKey, sid);
    const record = { ...r, sid, numSegments, resend: false, responseLost };
    requests.push(record);
    if (options.statusCallbacks === "auto" && r.statusCallback) {
      // Callbacks for one message go in order; different messages overlap, as on Twilio.
      const run = (async () => {
        // After the 201 is written. It can still reach the bot before the client has read
        // the 201, as it sometimes does from Twilio: match callbacks by key, not only by sid.
        await new Promise((resolve) => setImmediate(resolve));
        for (const update of autoStatuses(record)) {
          // A bot that is down misses the callback, as with Twilio (recorded in `callbacks`).
          await sendStatus(sid, update.status, { errorCode: update.errorCode }).catch(() => {});
        }
      })();
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    }
    return publicResource(resource);
  }

  function publicResource(m: TwilioMessageResource & { statusCallback: string | null }): TwilioMessageResource {
    const { statusCallback: _, ...resource } = m;
    return resource;
  }

  async function sendStatus(sid: string, status: MessageStatus, opts: { errorCode?: number } = {}): Promise<number> {
    const m = messages.get(sid);
    if (!m) throw new Error(`the fake Twilio API has no message ${sid}`);
    if (!m.statusCallback) throw new Error(`message ${sid} was sent without a StatusCallback`);
    const now = new Date();
    m.status = status;
    m.date_updated = rfc2822(now);
    m.from ??= serviceNumber;
    if (m.num_segments === "0") m.num_segments = String(smsSegments(m.body).segments);
    if (status === "sent" && !m.date_sent) m.date_sent = rfc2822(now);
    const params: Record<string, string> = {};
    if (opts.errorCode !== undefined) {
      m.error_code = opts.errorCode;
      m.error_message = ERROR_MESSAGES[opts.errorCode] ?? "Unknown error";
      params.ErrorCode = String(opts.errorCode);
    }
    Object.assign(params, { SmsSid: sid, SmsStatus: status, MessageStatus: status, To: m.to });
    if (m.messaging_service_sid) params.MessagingServiceSid = m.messaging_service_sid;
    Object.assign(params, { MessageSid: sid, AccountSid: accountSid, From: m.from, ApiVersion: API_VERSION });
    // ErrorMessage is extra context; ErrorCode is the field Twilio documents for callbacks.
    if (opts.errorCode !== undefined) params.ErrorMessage = m.error_message!;
    if (status === "delivered" || status === "undelivered") params.RawDlrDoneDate = dlrDate(now);

    const target = callbackTarget(m.statusCallback);
    const record: FakeStatusCallback = { sid, status, url: m.statusCallback, target, params, httpStatus: null, error: null, at: performance.now() };
    callbacks.push(record);
    try {
      const answer = await postSignedForm({ target, publicUrl: m.statusCallback, authToken, params });
      record.httpStatus = answer.status;
      return answer.status;
    } catch (e) {
      record.error = e instanceof Error ? e.message : String(e);
      throw e;
    }
  }

  /** One page of the message log, newest first, filtered as Twilio filters (To, From, DateSent>). */
  function listPage(account: string, q: URLSearchParams) {
    lists.push(Object.fromEntries(q));
    const after = q.get("DateSent>");
    const all = [...messages.values()]
      .filter((m) => (!q.get("To") || m.to === q.get("To")) && (!q.get("From") || m.from === q.get("From")))
      .filter((m) => !after || (m.date_sent !== null && Date.parse(m.date_sent) >= Date.parse(after)))
      .sort((a, b) => Date.parse(b.date_sent ?? b.date_created) - Date.parse(a.date_sent ?? a.date_created));
    const size = Number(q.get("PageSize") ?? 50);
    const page = Number(q.get("Page") ?? 0);
    const base = `/${API_VERSION}/Accounts/${account}/Messages.json`;
    const uri = (p: number) => {
      const u = new URLSearchParams(q);
      u.set("Page", String(p));
      u.set("PageSize", String(size));
      return `${base}?${u}`;
    };
    const items = all.slice(page * size, (page + 1) * size);
    return {
      messages: items.map(publicResource),
      first_page_uri: uri(0),
      next_page_uri: (page + 1) * size < all.length ? uri(page + 1) : null,
      previous_page_uri: page > 0 ? uri(page - 1) : null,
      page,
      page_size: size,
      start: page * size,
      end: page * size + items.length - 1,
      uri: uri(page),
    };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    // The account's own record (GET Accounts/{sid}.json), which the bot fetches at start.
    const account = /^\/2010-04-01\/Accounts\/([^/]+)\.json$/.exec(path);
    if (account && req.method === "GET") {
      if (req.headers.authorization !== expectedAuth || account[1] !== accountSid) {
        res.setHeader("www-authenticate", 'Basic realm="Twilio API"');
        return sendJson(res, 401, { ...twilioError(401, 20003, "Authenticate"), detail: "Your AccountSid or AuthToken was incorrect." });
      }
      return sendJson(res, 200, { sid: accountSid, friendly_name: "Steady test account", status: "active", type: "Full", uri: `/${API_VERSION}/Accounts/${accountSid}.json` });
    }
    const route = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/([^/]+))?\.json$/.exec(path);
    if (!route) return sendJson(res, 404, twilioError(404, 20404, `The requested resource ${path} was not found`));
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
    const r = parseRequest(route[1]!, params, at);
    if (req.headers.authorization !== expectedAuth || route[1] !== accountSid) {
      res.setHeader("www-authenticate", 'Basic realm="Twilio API"');
      const error = { ...twilioError(401, 20003, "Authenticate"), detail: "Your AccountSid or AuthToken was incorrect." };
      return req.method === "POST" && !route[2] ? reject(res, r, error) : sendJson(res, 401, error);
    }
    if (req.method === "GET" && !route[2]) return sendJson(res, 200, listPage(route[1]!, new URL(req.url ?? "/", "http://fake").searchParams));
    if (req.method === "GET" && route[2]) {
      const m = messages.get(route[2]);
      return m ? sendJson(res, 200, publicResource(m)) : sendJson(res, 404, twilioError(404, 20404, `The requested resource ${path} was not found`));
    }
    if (req.method !== "POST" || route[2]) return sendJson(res, 405, twilioError(405, 20004, "Method not allowed"));

    const invalid = invalidRequest(r);
    if (invalid) return reject(res, r, invalid);
    const failure = takeFailure(r);
    if (failure === "drop") {
      rejected.push({ ...r, status: null, code: null, reason: "connection dropped" });
      res.destroy();
    } else if (failure !== null && isHang(failure)) {
      if (failure.accepted) accept(r, true);
      else rejected.push({ ...r, status: null, code: null, reason: `no answer for ${failure.hang} ms` });
      const timer = setTimeout(() => res.destroy(), failure.hang);
      hangs.add(timer);
      res.on("close", () => (clearTimeout(timer), hangs.delete(timer)));
    } else if (failure !== null) {
      reject(res, r, failureBody(failure, r.to));
    } else {
      sendJson(res, 201, accept(r, false));
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, twilioError(500, 20500, `fake Twilio API bug: ${String(e)}`));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeTwilioApi = {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    get authToken() {
      return authToken;
    },
    setAuthToken: (token) => {
      authToken = token;
      expectedAuth = basicAuth();
    },
    requests,
    rejected,
    callbacks,
    delivered: () => requests.filter((r) => !r.resend),
    resends: () => requests.filter((r) => r.resend),
    message: (sid) => {
      const m = messages.get(sid);
      return m && publicResource(m);
    },
    failNext: (count, failure) => {
      if (count > 0) failNextQueue.push({ remaining: count, failure });
    },
    failWhen: (predicate, failure) => {
      const rule = { predicate, failure };
      rules.push(rule);
      return () => {
        rules = rules.filter((r) => r !== rule);
      };
    },
    sendStatus,
    lists,
    receive: (sms) => {
      const sid = fakeSid("SM");
      const at = rfc2822(sms.at);
      const uri = `/${API_VERSION}/Accounts/${accountSid}/Messages/${sid}.json`;
      messages.set(sid, {
        account_sid: accountSid,
        api_version: API_VERSION,
        body: sms.body,
        date_created: at,
        date_sent: at,
        date_updated: at,
        direction: "inbound",
        error_code: null,
        error_message: null,
        from: sms.from,
        messaging_service_sid: sms.messagingServiceSid ?? null,
        num_media: "0",
        num_segments: String(smsSegments(sms.body).segments),
        price: null,
        price_unit: "USD",
        sid,
        status: "received",
        subresource_uris: { media: uri.replace(/\.json$/, "/Media.json") },
        to: sms.to,
        uri,
        statusCallback: null,
      });
      return sid;
    },
    idle: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    clear: () => {
      requests.length = 0;
      lists.length = 0;
      rejected.length = 0;
      callbacks.length = 0;
      messages.clear();
      sidByKey.clear();
      failNextQueue.length = 0;
      rules = [];
    },
    close: async () => {
      for (const t of hangs) clearTimeout(t);
      hangs.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  for (const sms of options.received ?? []) fake.receive(sms);
  return fake;
}
