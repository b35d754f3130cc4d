import { createHash } from "node:crypto";
import twilio from "twilio";
import type { Channel, ChannelServices, DeliveryHandler, InboundHandler, SendFence } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import type { HttpServer } from "../../src/http/http-server.ts";
import { errorLabel, silentLogger, type Logger } from "../../src/log/logger.ts";
import { noMetrics, type Metrics } from "../../src/metrics/metrics.ts";
import { mapTwilioError } from "./map-twilio-error.ts";
import type { SmsConfig } from "./read-sms-config.ts";
import { RebaseRequestClient } from "./rebase-request-client.ts";
import { reconcileInbound, type ReconcileResult } from "./reconcile-inbound.ts";
import { SendRateLimiter } from "../../src/channel/send-rate-limiter.ts";
import { choicesAsText } from "../../src/channel/choices-as-text.ts";
import { STATUS_PATH } from "./sms-paths.ts";
import { mountSmsWebhooks, type SmsHandlers } from "./sms-webhooks.ts";
import { TwilioHealth } from "./twilio-health.ts";

export interface SmsChannelOptions {
  config: SmsConfig;
  /** The bot's HTTP server; the webhooks are mounted on it. */
  http: HttpServer;
  logger?: Logger;
  clock?: () => Date;
  /** Where the webhooks' timings are recorded; nowhere by default. */
  metrics?: Metrics;
  /** Default 10 s, inside Twilio's 15 s webhook timeout. */
  replyDeadlineMs?: number;
  /** Default: the config's messages per second on the real clock. */
  limiter?: SendRateLimiter;
  /** How long one API call may take before it counts as a timeout (retried later). */
  apiTimeoutMs?: number;
  /** How often Twilio's message log is checked for texts whose webhook never came (default 60 s; 0: only at start). */
  reconcileEveryMs?: number;
  /** The time zone times shown to whoever runs the bot are in (default UTC). */
  timeZone?: () => string;
  /** Says one plain line to whoever runs the bot (main: a `warning:` on stderr); here, that the first call to Twilio failed. */
  warn?: (line: string) => void;
}

/** Texts younger than this are left to their webhook, which may still be on its way (Twilio waits 15 s). */
const WEBHOOK_GRACE_MS = 30_000;
/** How far back the first check after a start looks at most. */
const MAX_LOOKBACK_MS = 24 * 3600_000;
/** Overlap between checks: Twilio's timestamps have whole seconds, and duplicates cost nothing. */
const OVERLAP_MS = 5_000;
/** Checks a lease covers: another instance takes the check over after the holder missed about two. */
const LEASE_CHECKS = 2.5;

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
  private readonly clock: () => Date;
  private readonly logger: Logger;
  private services: ChannelServices | null = null;
  /** Texts sent from here on have not been checked yet; null until the first check. */
  private checkedUntil: Date | null = null;
  private reconciling: Promise<ReconcileResult | null> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly reconcileEveryMs: number;
  /** The lease that keeps the message-log check on one instance; named by the sender, hashed (no number in logs). */
  private readonly lease: string;
  private readonly leaseMs: number;
  private readonly twilioHealth: TwilioHealth;
  private checkingAtStart: Promise<void> | null = null;

  constructor(o: SmsChannelOptions) {
    this.config = o.config;
    this.clock = o.clock ?? (() => new Date());
    this.logger = o.logger ?? silentLogger;
    const host = new URL(o.config.apiBaseUrl).host;
    this.twilioHealth = new TwilioHealth(host, this.clock, o.timeZone ?? (() => "UTC"), (trouble) => {
      if (trouble === null) return;
      this.logger.warn("sms_api_failing_at_start", { host, errorCode: trouble.code });
      o.warn?.(`sms: ${trouble.problem}${/[.?!]$/.test(trouble.problem) ? "" : "."} Messages wait in the outbox and go out once Twilio answers.`);
    });
    const httpClient = new RebaseRequestClient(o.config.apiBaseUrl, { timeout: o.apiTimeoutMs ?? 10_000, keepAlive: true }, (outcome) => this.twilioHealth.record(outcome));
    this.client = twilio(o.config.accountSid, o.config.authToken, { httpClient, autoRetry: false });
    this.limiter = o.limiter ?? new SendRateLimiter(o.config.maxPerSecond);
    this.reconcileEveryMs = o.reconcileEveryMs ?? 60_000;
    this.lease = `sms-message-log:${createHash("sha256").update(senderKey(o.config)).digest("hex").slice(0, 16)}`;
    this.leaseMs = LEASE_CHECKS * (this.reconcileEveryMs || 60_000);
    mountSmsWebhooks(o.http, {
      config: o.config,
      logger: this.logger,
      clock: this.clock,
      metrics: o.metrics ?? noMetrics,
      handlers: () => this.handlers,
      replyDeadlineMs: o.replyDeadlineMs ?? 10_000,
    });
  }

  async start(onInbound: InboundHandler, onDelivery?: DeliveryHandler, services?: ChannelServices): Promise<void> {
    this.handlers = { onInbound, onDelivery };
    // All instances sending from this number (or Messaging Service) share its one limit.
    const key = `sms:${senderKey(this.config)}`;
    if (services) this.limiter.share((intervalMs) => services.sendSlotWait(key, intervalMs));
    this.services = services ?? null;
    // A light first call, on every instance (the message-log check runs on one only): the
    // account's own record. Its outcome, like every call's, is the channel's health.
    // A failure is told there (a warning if it is the first call), so nothing is left to do here.
    const ignore = () => {};
    this.checkingAtStart = this.client.api.v2010.accounts(this.config.accountSid).fetch().then(ignore, ignore);
    // Texts that came while the bot was down, then every reconcileEveryMs those whose webhook failed.
    void this.reconcile();
    if (this.reconcileEveryMs > 0) {
      this.timer = setInterval(() => void this.reconcile(), this.reconcileEveryMs);
      this.timer.unref();
    }
  }

  /**
   * Hands the engine the texts in Twilio's message log that it has not seen (see
   * reconcileInbound): since the last check, or after a start since shortly before the latest
   * text the engine stored (a day back at most; nothing from before the first text ever).
   * One check at a time; a failed check is repeated from the same point next time. Only the
   * instance holding the check's lease runs it (see ChannelServices.holdLease): another takes
   * over once the holder stops renewing it, from where its own last check ended (or from the
   * latest stored text, if it never checked), a day back at most. Resolves to what the check
   * found, or null when it did not run (another instance holds the lease) or failed (logged).
   */
  reconcile(): Promise<ReconcileResult | null> {
    this.reconciling ??= this.reconcileOnce().finally(() => (this.reconciling = null));
    return this.reconciling;
  }

  private async reconcileOnce(): Promise<ReconcileResult | null> {
    const handlers = this.handlers;
    const services = this.services;
    if (!handlers || !services) return null;
    const now = this.clock().getTime();
    const until = new Date(now - WEBHOOK_GRACE_MS);
    try {
      if (this.checkedUntil === null) {
        const last = await services.lastInboundAt("sms");
        this.checkedUntil = last === null ? until : new Date(Math.max(last.getTime() - OVERLAP_MS, now - MAX_LOOKBACK_MS));
      }
      if (!(await services.holdLease(this.lease, this.leaseMs))) return null;
      const from = Math.max(Math.min(this.checkedUntil.getTime(), until.getTime()), now - MAX_LOOKBACK_MS);
      const since = new Date(from - OVERLAP_MS);
      const r = await reconcileInbound(this.client, this.config, { since, until }, handlers.onInbound);
      this.checkedUntil = until;
      if (r.handled > 0 || r.truncated) this.logger.warn("sms_inbound_recovered", { handled: r.handled, listed: r.listed, truncated: r.truncated });
      return r;
    } catch (e) {
      this.logger.warn("sms_reconcile_failed", { errorCode: errorLabel(e) });
      return null;
    }
  }

  /**
   * null while the Twilio API answers this adapter's calls with the account's credentials
   * accepted; otherwise what is wrong, for /readyz (see TwilioHealth). A message's own
   * failure (a bad number, an opted-out recipient) is not the channel's.
   */
  health(): string | null {
    return this.twilioHealth.problem();
  }

  async send(m: OutboundMessage, fence?: SendFence): Promise<SendResult> {
    const release = await this.limiter.take(m.kind);
    const statusCallback = `${this.config.publicBaseUrl}${STATUS_PATH}?key=${encodeURIComponent(m.idempotencyKey)}`;
    try {
      // After the wait for the sender's rate, which can be long: is the message still ours to send?
      await fence?.();
      const sent = await this.client.messages.create({ to: m.to, body: choicesAsText(m), statusCallback, ...this.config.sender }).catch((e: unknown) => {
        throw mapTwilioError(e);
      });
      return { providerId: sent.sid };
    } finally {
      release();
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checkingAtStart;
    await this.reconciling;
    // Another instance takes the check over at its next try, not when the lease would lapse.
    const services = this.services;
    this.services = null;
    if (this.handlers) await services?.releaseLease(this.lease);
    this.handlers = null;
  }
}

/** The sender all of this channel's texts go out from: a number or a Messaging Service. */
function senderKey(config: SmsConfig): string {
  return "from" in config.sender ? config.sender.from : config.sender.messagingServiceSid;
}
