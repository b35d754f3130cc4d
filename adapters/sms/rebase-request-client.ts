import http from "node:http";
import twilio from "twilio";

const TWILIO_HOST = /^https:\/\/[a-z0-9.-]*twilio\.com/;

type RequestOptions = Parameters<twilio.RequestClient["request"]>[0];

/**
 * The twilio package's own HTTP client, sending to another base URL: a Twilio-compatible
 * provider's API, or a local fake in tests. Everything else (auth, form encoding, errors)
 * stays the package's.
 */
export class RebaseRequestClient extends twilio.RequestClient {
  constructor(baseUrl: string, options: ConstructorParameters<typeof twilio.RequestClient>[0] = {}) {
    super(options);
    // Plain-http bases (a fake on loopback) get a keep-alive agent like the https one.
    this.axios.defaults.httpAgent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const send = this.request.bind(this);
    this.request = ((opts: RequestOptions) => send({ ...opts, uri: opts.uri.replace(TWILIO_HOST, baseUrl) })) as typeof this.request;
  }
}
