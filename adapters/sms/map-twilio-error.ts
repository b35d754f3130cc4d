import { SteadyError } from "../../src/domain/steady-error.ts";

/** Twilio error codes that mean the recipient has opted out at the carrier (STOP sent to the number). */
const OPTED_OUT = new Set([21610]);

/** What a Twilio error code on a message means for the outbox. */
export function twilioFailure(code: number | null): "recipient_opted_out" | "provider_permanent" {
  return code !== null && OPTED_OUT.has(code) ? "recipient_opted_out" : "provider_permanent";
}

/**
 * Translates what the twilio client threw into our error codes. Rate limits (429), server
 * errors, timeouts and refused connections are worth retrying; so are rejected credentials,
 * which an operator fixes without the message being at fault. Other 4xx are final. The
 * message carries status and code only: Twilio's own text can quote the phone number.
 */
export function mapTwilioError(e: unknown): SteadyError {
  const status = typeof (e as { status?: unknown })?.status === "number" ? (e as { status: number }).status : null;
  const code = typeof (e as { code?: unknown })?.code === "number" ? (e as { code: number }).code : null;
  const label = `twilio ${status ?? "network"}${code !== null ? ` ${code}` : ""}`;
  if (status === null) return new SteadyError("provider_transient", label);
  if (code !== null && OPTED_OUT.has(code)) return new SteadyError("recipient_opted_out", label);
  if (status === 429 || status >= 500 || status === 401 || status === 403 || status === 408) return new SteadyError("provider_transient", label);
  return new SteadyError("provider_permanent", label);
}
