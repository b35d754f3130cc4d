import { afterEach, describe, expect, it } from "vitest";
import { ClaimFence } from "../../src/outbox/claim-fence.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

describe("the send fence while the database does not answer", () => {
  it.each([
    ["refuses", () => Promise.reject(Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" }))],
    ["hangs", () => new Promise<never>(() => undefined)],
  ])("(%s) lets a send go while the last confirmed claim has half of it left, and not after", async (_how, failing) => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    const ctx = app.engine.ctx;
    let down = false;
    const outbox = new Proxy(ctx.db.outbox, { get: (t, prop) => (down ? failing : Reflect.get(t, prop)) });
    const db = new Proxy(ctx.db, { get: (t, prop) => (prop === "outbox" ? outbox : Reflect.get(t, prop)) });
    const fence = new ClaimFence({ ...ctx, db });
    // Claimed just now for 60 s.
    const row = { id: "r-1", claimToken: "t-1", claimedUntil: new Date(app.clock.now.getTime() + ctx.claimMs) };
    down = true;
    // 24 s on: past a third of the claim, so the fence asks the database, which does not answer.
    app.clock.advance(0.4);
    await expect(fence.fenceFor(row)()).resolves.toBeUndefined();
    // 36 s on: less than half of the claim is left; another dispatcher may take it soon.
    app.clock.advance(0.2);
    await expect(fence.fenceFor(row)()).rejects.toMatchObject({ code: "claim_lost" });
    expect(app.logs.filter((l) => l.includes("outbox_fence_unconfirmed"))).toHaveLength(2);
  });
});
