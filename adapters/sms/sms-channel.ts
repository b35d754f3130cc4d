import twilio from "twilio";
import type { Channel, ChannelServices, DeliveryHandler, InboundHandler } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import type { HttpServer } from "../../src/http/http-server.ts";
import { silentLogger, type Logger } from "../../src/log/logger.ts";
import { mapTwilioError } from "./map-twilio-error.ts";
import type { SmsConfig } from "./read-sms-config.ts";
import { RebaseRequestClient } from "./rebase-request-client.ts";
import { SendRateLimiter } from "./send-rate-limiter.ts";
import { mountSmsWebhooks, STATUS_PATH, type SmsHandlers } from "./sms-webhooks.ts";

export interface SmsChannelOptions {
  config: SmsConfig;
  /** The bot's HTTP server; the webhooks are mounted on it. */
  http: HttpServer;
  logger?: Logger;
  clock?: () => Date;
  /** Default 10 s, inside Twilio's 15 s webhook timeout. */
  replyDeadlineMs?: number;
  /** Default: the config's messages per second on the real clock. */
  limiter?: SendRateLimiter;
  /** How long one API call may take before it counts as a timeout (retried later). */
  apiTimeoutMs?: number;
}

/**
 * SMS through Twilio (or a Twilio-compatible API): the only code that imports `twilio`.
 * Outbound messages go through the REST API at the sender's rate, each carrying its outbox
 * idempotency key in the status callback URL, so delivery reports find their row and a
 * resend after a crash can be recognised. Inbound messages and reports arrive on signed webhooks.
 */
export class SmsChannel implements Channel {
  readonly name = "sms" as const;
  private handlers: SmsHandlers | null = null;
  private readonly client: twilio.Twilio;
  private readonly limiter: SendRateLimiter;
  private readonly config: SmsConfig;

  constructor(o: SmsChannelOptions) {
    this.config = o.config;
    const httpClient = new RebaseRequestClient(o.config.apiBaseUrl, { timeout: o.apiTimeoutMs ?? 10_000, keepAlive: true });
    this.client = twilio(o.config.accountSid, o.config.authToken, { httpClient, autoRetry: false });
    this.limiter = o.limiter ?? new SendRateLimiter(o.config.maxPerSecond);
    mountSmsWebhooks(o.http, {
      config: o.config,
      logger: o.logger ?? silentLogger,
      clock: o.clock ?? (() => new Date()),
      handlers: () => this.handlers,
      replyDeadlineMs: o.replyDeadlineMs ?? 10_000,
    });
  }

  async start(onInbound: InboundHandler, onDelivery?: DeliveryHandler, services?: ChannelServices): Promise<void> {
    this.handlers = { onInbound, onDelivery };
    // All instances sending from this number (or Messaging Service) share its one limit.
    const { sender } = this.config;
    const key = `sms:${"from" in sender ? sender.from : sender.messagingServiceSid}`;
    if (services) this.limiter.share((intervalMs) => services.sendSlotWait(key, intervalMs));
  }

  async send(m: OutboundMessage): Promise<SendResult> {
    const release = await this.limiter.take(m.kind);
    const statusCallback = `${this.config.publicBaseUrl}${STATUS_PATH}?key=${encodeURIComponent(m.idempotencyKey)}`;
    try {
      const sent = await this.client.messages.create({ to: m.to, body: m.text, statusCallback, ...this.config.sender });
      return { providerId: sent.sid };
    } catch (e) {
      throw mapTwilioError(e);
    } finally {
      release();
    }
  }

  async stop(): Promise<void> {
    this.handlers = null;
  }
}
