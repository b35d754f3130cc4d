import { describe, expect, it } from "vitest";
import { mapTwilioError, twilioFailure } from "../../adapters/sms/map-twilio-error.ts";

describe("Twilio error codes in our terms", () => {
  it("21610 is an opt-out; 21614, 30003, 30005 and 30006 mean the person cannot be reached at this number", () => {
    expect(twilioFailure(21610)).toBe("recipient_opted_out");
    for (const code of [21614, 30003, 30005, 30006]) expect(twilioFailure(code)).toBe("recipient_unreachable");
    expect(twilioFailure(30007)).toBe("provider_permanent");
    expect(twilioFailure(null)).toBe("provider_permanent");
  });

  it("a refused send says the same, and keeps transient failures transient", () => {
    expect(mapTwilioError({ status: 400, code: 21614 }).code).toBe("recipient_unreachable");
    expect(mapTwilioError({ status: 400, code: 21610 }).code).toBe("recipient_opted_out");
    expect(mapTwilioError({ status: 400, code: 21211 }).code).toBe("provider_permanent");
    expect(mapTwilioError({ status: 503, code: 20500 }).code).toBe("provider_transient");
    expect(mapTwilioError(new Error("ECONNRESET")).code).toBe("provider_transient");
    expect(mapTwilioError({ status: 400, code: 21614 }).message).toBe("twilio 400 21614");
  });
});
