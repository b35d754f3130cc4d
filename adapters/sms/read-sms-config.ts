import { z } from "zod";
import { SteadyError } from "../../src/domain/steady-error.ts";

/** Settings of the Twilio SMS adapter, parsed once from the environment by main. */
export interface SmsConfig {
  accountSid: string;
  authToken: string;
  /** The sender: a phone number in E.164, or a Messaging Service that picks one. */
  sender: { from: string } | { messagingServiceSid: string };
  /** Where Twilio reaches this bot from outside (scheme, host and any path prefix), no trailing slash. */
  publicBaseUrl: string;
  /** Twilio's REST API, or a Twilio-compatible provider's; tests point it at a local fake. */
  apiBaseUrl: string;
  /** Messages per second this sender may send (1 for a single long code). */
  maxPerSecond: number;
}

const CONSOLE = "in the Twilio Console (https://console.twilio.com)";
const HINTS: Record<string, string> = {
  TWILIO_ACCOUNT_SID: `is required for SMS: the Account SID (AC followed by 32 hex characters) shown ${CONSOLE} under Account Info`,
  TWILIO_AUTH_TOKEN: `is required for SMS: the Auth Token shown ${CONSOLE} under Account Info (keep it secret; it also verifies Twilio's webhook signatures)`,
  TWILIO_FROM_NUMBER: `or TWILIO_MESSAGING_SERVICE_SID is required for SMS: the E.164 number from Phone Numbers > Manage > Active numbers ${CONSOLE} (e.g. +13125550100), or the Messaging Service SID (MG...) from Messaging > Services`,
  PUBLIC_BASE_URL: "is required for SMS: the https URL Twilio uses to reach this bot (e.g. https://steady.example.org); set the number's \"A message comes in\" webhook to <PUBLIC_BASE_URL>/sms/inbound",
};

const sid = (prefix: string) => z.string().trim().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), { message: `must be ${prefix} followed by 32 hex characters` });
const url = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { message: "must be an http(s) URL" })
  .transform((v) => v.replace(/\/+$/, ""));

const schema = z.object({
  TWILIO_ACCOUNT_SID: sid("AC").optional(),
  TWILIO_AUTH_TOKEN: z.string().trim().min(16, { message: "looks too short for a Twilio Auth Token (32 characters)" }).optional(),
  TWILIO_FROM_NUMBER: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, { message: "must be a phone number in E.164 form, e.g. +13125550100" }).optional(),
  TWILIO_MESSAGING_SERVICE_SID: sid("MG").optional(),
  PUBLIC_BASE_URL: url.optional(),
  TWILIO_API_BASE_URL: url.optional(),
  SMS_MAX_PER_SECOND: z.coerce.number().positive().max(1000).optional(),
});

const KEYS = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"] as const;

/**
 * Reads the SMS settings. Returns null when none of the Twilio variables is set (the adapter
 * does not start); throws a SteadyError naming every missing or bad variable, and where to
 * find it, when some are set.
 */
export function readSmsConfig(env: Record<string, string | undefined> = process.env): SmsConfig | null {
  const blank = (k: string) => !env[k]?.trim();
  if (KEYS.every(blank)) return null;
  const r = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v?.trim())));
  const problems = r.success ? [] : r.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
  const e = r.success ? r.data : null;
  for (const k of ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL"] as const) {
    if (blank(k)) problems.push(`- ${k} ${HINTS[k]}`);
  }
  if (blank("TWILIO_FROM_NUMBER") && blank("TWILIO_MESSAGING_SERVICE_SID")) problems.push(`- TWILIO_FROM_NUMBER ${HINTS.TWILIO_FROM_NUMBER}`);
  if (!blank("TWILIO_FROM_NUMBER") && !blank("TWILIO_MESSAGING_SERVICE_SID")) {
    problems.push("- TWILIO_FROM_NUMBER and TWILIO_MESSAGING_SERVICE_SID: set one of them, not both");
  }
  if (problems.length > 0 || !e) throw new SteadyError("config_invalid", `Invalid SMS settings in the environment:\n${problems.join("\n")}`);
  return {
    accountSid: e.TWILIO_ACCOUNT_SID!,
    authToken: e.TWILIO_AUTH_TOKEN!,
    sender: e.TWILIO_MESSAGING_SERVICE_SID ? { messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID } : { from: e.TWILIO_FROM_NUMBER! },
    publicBaseUrl: e.PUBLIC_BASE_URL!,
    apiBaseUrl: e.TWILIO_API_BASE_URL ?? "https://api.twilio.com",
    maxPerSecond: e.SMS_MAX_PER_SECOND ?? 1,
  };
}
