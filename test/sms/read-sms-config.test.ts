import { describe, expect, it } from "vitest";
import { readSmsConfig } from "../../adapters/sms/read-sms-config.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";

const full = {
  TWILIO_ACCOUNT_SID: "ACFEEDFACEFEEDFACEFEEDFACEFEEDFACE",
  TWILIO_AUTH_TOKEN: "feedc0defeedc0defeedc0defeedc0de",
  TWILIO_FROM_NUMBER: "+13125550199",
  PUBLIC_BASE_URL: "https://steady.example.org/",
};

function problem(env: Record<string, string>): string {
  try {
    readSmsConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(SteadyError);
    expect((e as SteadyError).code).toBe("config_invalid");
    return (e as Error).message;
  }
  throw new Error("expected the settings to be refused");
}

describe("SMS settings", () => {
  it("with no Twilio settings the adapter does not start", () => {
    expect(readSmsConfig({})).toBeNull();
    expect(readSmsConfig({ PUBLIC_BASE_URL: "https://steady.example.org", PORT: "3000" })).toBeNull();
  });

  it("reads a full set, with Twilio's API and one message per second by default", () => {
    expect(readSmsConfig(full)).toEqual({
      accountSid: full.TWILIO_ACCOUNT_SID,
      authToken: full.TWILIO_AUTH_TOKEN,
      sender: { from: "+13125550199" },
      publicBaseUrl: "https://steady.example.org",
      apiBaseUrl: "https://api.twilio.com",
      maxPerSecond: 1,
    });
    const other = readSmsConfig({ ...full, TWILIO_FROM_NUMBER: "", TWILIO_MESSAGING_SERVICE_SID: "MGfeedfacefeedfacefeedfacefeedface", TWILIO_API_BASE_URL: "https://example.signalwire.com", SMS_MAX_PER_SECOND: "10" });
    expect(other).toMatchObject({ sender: { messagingServiceSid: "MGfeedfacefeedfacefeedfacefeedface" }, apiBaseUrl: "https://example.signalwire.com", maxPerSecond: 10 });
  });

  it("names what is missing and where to find it in the Twilio Console", () => {
    const m = problem({ TWILIO_ACCOUNT_SID: full.TWILIO_ACCOUNT_SID });
    expect(m).toMatch(/TWILIO_AUTH_TOKEN is required for SMS: the Auth Token shown in the Twilio Console/);
    expect(m).toMatch(/TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID is required/);
    expect(m).toMatch(/PUBLIC_BASE_URL is required for SMS: .*\/sms\/inbound/);
    expect(m).not.toMatch(/TWILIO_ACCOUNT_SID/);
  });

  it("refuses malformed values and an ambiguous sender", () => {
    expect(problem({ ...full, TWILIO_ACCOUNT_SID: "AC123" })).toMatch(/TWILIO_ACCOUNT_SID: must be AC followed by 32 hex/);
    expect(problem({ ...full, TWILIO_FROM_NUMBER: "312-555-0199" })).toMatch(/TWILIO_FROM_NUMBER: must be a phone number in E\.164/);
    expect(problem({ ...full, PUBLIC_BASE_URL: "steady.example.org" })).toMatch(/PUBLIC_BASE_URL: must be an http\(s\) URL/);
    expect(problem({ ...full, SMS_MAX_PER_SECOND: "0" })).toMatch(/SMS_MAX_PER_SECOND/);
    expect(problem({ ...full, TWILIO_MESSAGING_SERVICE_SID: "MGfeedfacefeedfacefeedfacefeedface" })).toMatch(/set one of them, not both/);
  });

  it("never echoes the auth token in an error", () => {
    expect(problem({ ...full, TWILIO_ACCOUNT_SID: "bad" })).not.toContain(full.TWILIO_AUTH_TOKEN);
  });
});
