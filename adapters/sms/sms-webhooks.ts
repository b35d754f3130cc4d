import type http from "node:http";
import twilio from "twilio";
import type { DeliveryHandler, InboundHandler } from "../../src/channel/channel.ts";
import { choicesAsText } from "../../src/channel/choices-as-text.ts";
import type { InboundResult } from "../../src/domain/messages.ts";
import type { HttpServer } from "../../src/http/http-server.ts";
import { errorLabel, type Logger } from "../../src/log/logger.ts";
import type { Metrics } from "../../src/metrics/metrics.ts";
import { timedWebhook } from "../../src/metrics/timed-webhook.ts";
import { parseInboundSms, parseStatusCallback } from "./parse-sms-webhook.ts";
import { BodyError, readFormBody } from "../../src/http/read-body.ts";
import type { SmsConfig } from "./read-sms-config.ts";
import { INBOUND_PATH, STATUS_PATH } from "./sms-paths.ts";
import { twimlReply } from "./twiml-reply.ts";

/** What the webhooks hand their work to; null while the channel is stopped. */
export interface SmsHandlers {
  onInbound: InboundHandler;
  onDelivery?: DeliveryHandler;
}

export interface SmsWebhookOptions {
  config: SmsConfig;
  logger: Logger;
  clock: () => Date;
  /** Each webhook request's time to answer is recorded here (steady_webhook_duration_seconds). */
  metrics: Metrics;
  handlers: () => SmsHandlers | null;
  /** How long the reply may take to go in the TwiML (Twilio waits 15 s); later, it goes by the API. */
  replyDeadlineMs: number;
}

/**
 * Mounts Twilio's webhooks: verify → parse → dedupe → handle → answer. A request without a
 * valid signature over the public URL gets 403 and touches nothing; a body that does not
 * parse gets 400 (413 when too large). The reply goes in the TwiML when the engine has it
 * in time, otherwise through the API afterwards: one or the other, never both.
 */
export function mountSmsWebhooks(http: HttpServer, o: SmsWebhookOptions): void {
  http.route("POST", INBOUND_PATH, timedWebhook(o.metrics, "sms", async (req, res) => {
    const fields = await verified(req, res, o);
    const handlers = o.handlers();
    if (!fields) return;
    if (!handlers) return send(res, 503, "text/plain", "not running\n");
    const parsed = parseInboundSms(fields, o.config.accountSid, o.clock());
    if (parsed.kind === "invalid") return refuse(res, o, 400, `inbound_${parsed.reason}`);
    let result: InboundResult | null;
    const work = handlers.onInbound(parsed.message);
    // The deadline timer is cleared as soon as the engine answers: under load, thousands of
    // ten-second timers would otherwise wait out their time.
    let timer: NodeJS.Timeout | undefined;
    try {
      const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, o.replyDeadlineMs, null)).unref());
      result = await Promise.race([work, late]);
    } catch (e) {
      o.logger.error("sms_inbound_failed", { errorCode: errorLabel(e) });
      return send(res, 500, "text/plain", "");
    } finally {
      clearTimeout(timer);
    }
    if (result === null) {
      o.logger.warn("sms_reply_late", { deadlineMs: o.replyDeadlineMs });
      send(res, 200, "text/xml", twimlReply([]));
      void work.then((r) => r.settle("send")).catch((e) => o.logger.error("sms_late_reply_failed", { errorCode: errorLabel(e) }));
      return;
    }
    const inline = result.replies.length > 0 && (await result.settle("inline"));
    send(res, 200, "text/xml", twimlReply(inline ? result.replies.map(choicesAsText) : []));
    if (!inline) await result.settle("send");
  }));

  http.route("POST", STATUS_PATH, timedWebhook(o.metrics, "sms", async (req, res) => {
    const fields = await verified(req, res, o);
    const handlers = o.handlers();
    if (!fields) return;
    if (!handlers?.onDelivery) return send(res, 503, "text/plain", "not running\n");
    const key = new URL(req.url ?? "/", "http://local").searchParams.get("key");
    const parsed = parseStatusCallback(fields, o.config.accountSid, key);
    if (parsed.kind === "invalid") return refuse(res, o, 400, `status_${parsed.reason}`);
    try {
      await handlers.onDelivery(parsed.update);
    } catch (e) {
      o.logger.error("sms_status_failed", { errorCode: errorLabel(e) });
      return send(res, 500, "text/plain", "");
    }
    send(res, 200, "text/plain", "");
  }));
}

/** The request's fields when its signature is valid; otherwise answers and returns null. */
async function verified(req: http.IncomingMessage, res: http.ServerResponse, o: SmsWebhookOptions): Promise<Record<string, string> | null> {
  const signature = req.headers["x-twilio-signature"];
  if (typeof signature !== "string" || signature === "") {
    refuse(res, o, 403, "signature_missing");
    return null;
  }
  let fields: Record<string, string>;
  try {
    fields = await readFormBody(req);
  } catch (e) {
    if (e instanceof BodyError) {
      refuse(res, o, e.status, `body_${e.status}`);
      return null;
    }
    throw e;
  }
  // Twilio signs the URL it called, which behind a proxy is not what Node sees.
  const url = o.config.publicBaseUrl + (req.url ?? "/");
  if (!twilio.validateRequest(o.config.authToken, signature, url, fields)) {
    refuse(res, o, 403, "signature_invalid");
    return null;
  }
  return fields;
}

function refuse(res: http.ServerResponse, o: SmsWebhookOptions, status: number, reason: string): void {
  o.logger.warn("sms_webhook_refused", { status, reason });
  res.setHeader("connection", "close");
  send(res, status, "text/plain", `${status === 403 ? "forbidden" : "bad request"}\n`);
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": type === "text/xml" ? "text/xml; charset=utf-8" : type }).end(body);
}
