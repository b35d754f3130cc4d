import { describe, expect, it } from "vitest";
import { SERVER_ERRORS_FOR_MS, TwilioHealth } from "../../adapters/sms/twilio-health.ts";

const networkError = (code: string) => Object.assign(new Error("connect failed"), { code });

function tracked() {
  let now = new Date("2026-11-24T16:00:00Z");
  const firsts: ({ problem: string; code: string } | null)[] = [];
  const health = new TwilioHealth("api.twilio.com", () => now, () => "America/Chicago", (t) => firsts.push(t));
  return { health, firsts, at: (iso: string) => (now = new Date(iso)) };
}

describe("TwilioHealth: the Twilio API's state from the adapter's calls", () => {
  it("no answer: the host, since the first failure in the operator's zone, and the system's code; a timeout is ETIMEDOUT", () => {
    const { health, firsts, at } = tracked();
    health.record({ error: networkError("ENOTFOUND") });
    expect(health.problem()).toBe("cannot reach the Twilio API at api.twilio.com since Tue Nov 24 2026, 10:00 AM CST (ENOTFOUND): is the network up? TWILIO_API_BASE_URL?");
    expect(firsts).toEqual([{ problem: health.problem(), code: "ENOTFOUND" }]);
    at("2026-11-24T16:10:00Z");
    health.record({ error: networkError("ECONNABORTED") });
    health.record({ status: 503, code: 20503 });
    expect(health.problem()).toMatch(/since Tue Nov 24 2026, 10:00 AM CST \(HTTP 503 20503\)/);
    health.record({ error: new Error("no code at all") });
    expect(health.problem()).toMatch(/\(no answer\)/);
    health.record({ error: networkError("ECONNABORTED") });
    expect(health.problem()).toMatch(/\(ETIMEDOUT\)/);
    health.record({ status: 201, code: null });
    expect(health.problem()).toBeNull();
    // Only the first call's outcome is told.
    expect(firsts).toHaveLength(1);
  });

  it("credentials refused, by status or by Twilio's 20003; a recipient's failure or a rate limit is an answer", () => {
    const { health, firsts } = tracked();
    health.record({ status: 201, code: null });
    expect(firsts).toEqual([null]);
    health.record({ status: 403, code: 20003 });
    expect(health.problem()).toBe("Twilio refused the account credentials (20003): check TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN (Twilio console → Account → API keys & tokens)");
    health.record({ status: 400, code: 21614 });
    expect(health.problem()).toBeNull();
    health.record({ status: 401, code: null });
    expect(health.problem()).toMatch(/^Twilio refused the account credentials \(401\)/);
    health.record({ status: 429, code: 20429 });
    expect(health.problem()).toBeNull();
  });

  it("5xx answers are trouble only once they have gone on for SERVER_ERRORS_FOR_MS", () => {
    const { health, at } = tracked();
    health.record({ status: 500, code: 20500 });
    expect(health.problem()).toBeNull();
    at(new Date(Date.parse("2026-11-24T16:00:00Z") + SERVER_ERRORS_FOR_MS - 1).toISOString());
    expect(health.problem()).toBeNull();
    at(new Date(Date.parse("2026-11-24T16:00:00Z") + SERVER_ERRORS_FOR_MS).toISOString());
    expect(health.problem()).toMatch(/^cannot reach the Twilio API at api\.twilio\.com since .* \(HTTP 500 20500\)/);
  });
});
