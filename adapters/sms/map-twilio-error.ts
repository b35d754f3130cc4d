import { SteadyError } from "../../src/domain/steady-error.ts";

/** Twilio error codes that mean the recipient has opted out at the carrier (STOP sent to the number). */
const OPTED_OUT = new Set([21610]);

/**
 * Twilio error codes that mean this number cannot reach the person, whatever we send
 * (recipient_unreachable: the message moves to their next channel and their counselor is told):
 * - 21614 "'To' number is not a valid mobile number" (the API refuses the send: a landline);
 * - 30003 "Unreachable destination handset" (switched off or out of coverage for days),
 *   30005 "Unknown destination handset" (the number no longer exists),
 *   30006 "Landline or unreachable carrier" (delivery reports).
 * 30003 can pass when the phone comes back; an urgent message is therefore also tried again
 * on the same number (src/outbox/after-unreachable.ts). Other codes are provider_permanent.
 */
const UNREACHABLE = new Set([21614, 30003, 30005, 30006]);

/** What a Twilio error code on a message means for the outbox. */
export function twilioFailure(code: number | null): "recipient_opted_out" | "recipient_unreachable" | "provider_permanent" {
  if (code !== null && OPTED_OUT.has(code)) return "recipient_opted_out";
  if (code !== null && UNREACHABLE.has(code)) return "recipient_unreachable";
  return "provider_permanent";
}

/**
 * Translates what the twilio client threw into our error codes. Rate limits (429), server
 * errors, timeouts and refused connections are worth retrying; so are rejected credentials,
 * which an operator fixes without the message being at fault. Opt-outs and unreachable
 * numbers get their own codes (see twilioFailure); other 4xx are final. The message carries
 * status and code only: Twilio's own text can quote the phone number.
 */
export function mapTwilioError(e: unknown): SteadyError {
  const status = typeof (e as { status?: unknown })?.status === "number" ? (e as { status: number }).status : null;
  const code = typeof (e as { code?: unknown })?.code === "number" ? (e as { code: number }).code : null;
  const label = `twilio ${status ?? "network"}${code !== null ? ` ${code}` : ""}`;
  if (status === null) return new SteadyError("provider_transient", label);
  const failure = twilioFailure(code);
  if (failure !== "provider_permanent") return new SteadyError(failure, label);
  if (status === 429 || status >= 500 || status === 401 || status === 403 || status === 408) return new SteadyError("provider_transient", label);
  return new SteadyError("provider_permanent", label);
}
