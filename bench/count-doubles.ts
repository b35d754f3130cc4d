import type { FakeAcceptedRequest } from "../test/support/fake-twilio-api.ts";

/**
 * What doubled at the Twilio stand-in: requests that repeat an idempotency key (one outbox
 * row sent twice, by two instances or after a lapsed claim), wherever they are in `all`, and
 * people who got more than one of `prompts` (one check-in prompted twice).
 */
export function countDoubles(all: readonly FakeAcceptedRequest[], prompts: readonly FakeAcceptedRequest[]): number {
  const fresh = prompts.filter((r) => !r.resend);
  return all.filter((r) => r.resend).length + fresh.length - new Set(fresh.map((r) => r.to)).size;
}
