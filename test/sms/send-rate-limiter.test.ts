import { describe, expect, it } from "vitest";
import { SendRateLimiter } from "../../adapters/sms/send-rate-limiter.ts";

/** A manual clock: sleeping moves time forward by exactly the asked amount. */
function virtualTime() {
  let now = 0;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
}

describe("sending rate per sender", () => {
  it("starts at most N sends in any second, back to back at full speed", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(10, t.now, t.sleep);
    const starts: number[] = [];
    for (let i = 0; i < 50; i++) {
      await limiter.take("prompt");
      starts.push(t.now());
    }
    // 25 ms of headroom per second for network jitter, and otherwise no slower than the limit.
    for (let i = 10; i < starts.length; i++) expect(starts[i]! - starts[i - 10]!).toBeGreaterThanOrEqual(1025);
    expect(starts.at(-1)).toBeCloseTo(49 * 102.5, 6);
  });

  it("defaults to one message per second (a single long code)", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(1, t.now, t.sleep);
    await limiter.take("prompt");
    await limiter.take("prompt");
    expect(t.now()).toBe(1025);
  });

  it("a crisis reply or an alert goes before prompts already waiting", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(1, t.now, t.sleep);
    const order: string[] = [];
    const waits = [
      limiter.take("prompt").then(() => order.push("prompt-1")),
      limiter.take("prompt").then(() => order.push("prompt-2")),
      limiter.take("reminder").then(() => order.push("reminder")),
      limiter.take("alert").then(() => order.push("alert")),
      limiter.take("crisis").then(() => order.push("crisis")),
    ];
    await Promise.all(waits);
    expect(order).toEqual(["prompt-1", "crisis", "alert", "prompt-2", "reminder"]);
  });
});
