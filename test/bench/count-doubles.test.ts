import { afterEach, describe, expect, it } from "vitest";
import { countDoubles } from "../../bench/count-doubles.ts";
import { startFakeTwilioApi, type FakeTwilioApi } from "../support/fake-twilio-api.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "../support/signed-webhook.ts";

let fake: FakeTwilioApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A create-message request as the SMS adapter makes it, with its idempotency key in the StatusCallback. */
async function send(to: string, key: string): Promise<void> {
  const res = await fetch(`${fake!.url}/2010-04-01/Accounts/${TEST_ACCOUNT_SID}/Messages.json`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${TEST_ACCOUNT_SID}:${TEST_AUTH_TOKEN}`).toString("base64")}` },
    body: new URLSearchParams({ To: to, From: TEST_STEADY_NUMBER, Body: "How was today?", StatusCallback: `https://steady.example.org/sms/status?key=${key}` }),
  });
  expect(res.status).toBe(201);
}

describe("the cluster bench's count of what doubled", () => {
  it("counts nothing when each person got one prompt under its own key", async () => {
    fake = await startFakeTwilioApi();
    await send("+15550100001", "k1");
    await send("+15550100002", "k2");
    expect(countDoubles(fake.requests, fake.requests)).toBe(0);
  });

  it("counts a key sent twice, in the prompts or later", async () => {
    fake = await startFakeTwilioApi();
    await send("+15550100001", "k1");
    await send("+15550100001", "k1");
    expect(countDoubles(fake.requests, fake.requests)).toBe(1);
    const prompts = fake.requests.slice(0, 1);
    await send("+15550100002", "k2");
    await send("+15550100002", "k2");
    expect(countDoubles(fake.requests, prompts)).toBe(2);
  });

  it("counts a person prompted twice under two keys", async () => {
    fake = await startFakeTwilioApi();
    await send("+15550100001", "k1");
    await send("+15550100001", "k2");
    await send("+15550100002", "k3");
    expect(countDoubles(fake.requests, fake.requests)).toBe(1);
  });
});
