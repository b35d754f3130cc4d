import { DIRECT, type DeliveryStatus, type DeliveryUpdate, type InboundMessage } from "../../src/domain/messages.ts";
import { twilioFailure } from "./map-twilio-error.ts";

/** A verified webhook whose fields we do not take, and why (a label safe to log). */
export type Invalid = { kind: "invalid"; reason: string };
/** What a verified incoming-message webhook carried. */
export type InboundSms = { kind: "text"; message: InboundMessage } | Invalid;
/** What a verified status callback carried. */
export type StatusReport = { kind: "status"; update: DeliveryUpdate } | Invalid;

const SID = /^(SM|MM)[0-9a-fA-F]{32}$/;
const PHONE = /^\+?[0-9A-Za-z]{2,20}$/; // E.164, or a short code / alphanumeric sender
const OPT_OUT: Record<string, InboundMessage["upstreamKeyword"]> = { STOP: "stop", START: "start", HELP: "help" };

/** An incoming SMS ("A message comes in" webhook). Body may be empty (a picture with no text). */
export function parseInboundSms(fields: Record<string, string>, accountSid: string, receivedAt: Date): InboundSms {
  const { MessageSid: sid, From: from, Body: body, AccountSid: account } = fields;
  if (account !== accountSid) return { kind: "invalid", reason: "account" };
  if (!sid || !SID.test(sid)) return { kind: "invalid", reason: "message_sid" };
  if (!from || !PHONE.test(from)) return { kind: "invalid", reason: "from" };
  if (body === undefined) return { kind: "invalid", reason: "body" };
  const upstream = fields.OptOutType ? OPT_OUT[fields.OptOutType.toUpperCase()] : undefined;
  return {
    kind: "text",
    message: { channel: "sms", providerId: sid, from, text: body, receivedAt, conversation: DIRECT, ...(upstream ? { upstreamKeyword: upstream } : {}) },
  };
}

const STATUSES = new Set<DeliveryStatus>(["queued", "sent", "delivered", "undelivered", "failed"]);
/** Twilio states that mean nothing to the outbox yet. */
const INTERIM = new Set(["accepted", "scheduled", "sending", "receiving", "received", "read", "canceled"]);

/** A delivery report (status callback); `key` is the idempotency key we put in its URL. */
export function parseStatusCallback(fields: Record<string, string>, accountSid: string, key: string | null): StatusReport {
  const sid = fields.MessageSid ?? fields.SmsSid;
  const status = (fields.MessageStatus ?? fields.SmsStatus ?? "").toLowerCase();
  if (fields.AccountSid !== accountSid) return { kind: "invalid", reason: "account" };
  if (!sid || !SID.test(sid)) return { kind: "invalid", reason: "message_sid" };
  if (INTERIM.has(status)) return { kind: "status", update: { channel: "sms", providerId: sid, idempotencyKey: key, status: "queued" } };
  if (!STATUSES.has(status as DeliveryStatus)) return { kind: "invalid", reason: "status" };
  const failed = status === "undelivered" || status === "failed";
  const code = fields.ErrorCode || null;
  return {
    kind: "status",
    update: {
      channel: "sms",
      providerId: sid,
      idempotencyKey: key,
      status: status as DeliveryStatus,
      ...(failed ? { failure: twilioFailure(code === null ? null : Number(code)), providerCode: code } : {}),
    },
  };
}
