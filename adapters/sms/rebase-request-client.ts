import http from "node:http";
import twilio from "twilio";
import type { ApiOutcome } from "./twilio-health.ts";

const TWILIO_HOST = /^https:\/\/[a-z0-9.-]*twilio\.com/;

type RequestOptions = Parameters<twilio.RequestClient["request"]>[0];

/**
 * The twilio package's own HTTP client, sending to another base URL: a Twilio-compatible
 * provider's API, or a local fake in tests. Everything else (auth, form encoding, errors)
 * stays the package's. `onOutcome` hears how each call ended (see TwilioHealth).
 */
export class RebaseRequestClient extends twilio.RequestClient {
  constructor(baseUrl: string, options: ConstructorParameters<typeof twilio.RequestClient>[0] = {}, onOutcome: (o: ApiOutcome) => void = () => {}) {
    super(options);
    // Plain-http bases (a fake on loopback) get a keep-alive agent like the https one.
    this.axios.defaults.httpAgent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const send = this.request.bind(this);
    this.request = (async (opts: RequestOptions) => {
      try {
        const res = await send({ ...opts, uri: opts.uri.replace(TWILIO_HOST, baseUrl) });
        onOutcome({ status: res.statusCode, code: res.statusCode >= 400 ? twilioCode(res.body) : null });
        return res;
      } catch (e) {
        onOutcome({ error: e });
        throw e;
      }
    }) as typeof this.request;
  }
}

/** Twilio's error code in an answer's body (parsed JSON, or its text), or null. */
function twilioCode(body: unknown): number | null {
  let b = body;
  if (typeof b === "string") {
    try {
      b = JSON.parse(b);
    } catch {
      return null;
    }
  }
  const code = (b as { code?: unknown } | null)?.code;
  return typeof code === "number" ? code : null;
}
