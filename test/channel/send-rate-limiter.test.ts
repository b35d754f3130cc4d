import { describe, expect, it } from "vitest";
import { SendRateLimiter } from "../../src/channel/send-rate-limiter.ts";

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
      const release = await limiter.take("prompt");
      starts.push(t.now());
      release();
    }
    for (let i = 10; i < starts.length; i++) expect(starts[i]! - starts[i - 10]!).toBeGreaterThanOrEqual(1000);
    expect(starts.at(-1)).toBeCloseTo(4900, 6); // and no slower than the limit
  });

  it("counts a send until a second after the provider answered, so slow answers cannot bunch arrivals", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(10, t.now, t.sleep);
    const sends: { start: number; answered: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const release = await limiter.take("prompt");
      const start = t.now();
      await t.sleep(i % 10 === 0 ? 300 : 5); // every tenth request is slow
      release();
      sends.push({ start, answered: t.now() });
    }
    // Arrivals lie somewhere between start and answer: the tenth send after one must start a
    // second after that one was answered.
    for (let i = 10; i < sends.length; i++) expect(sends[i]!.start - sends[i - 10]!.answered).toBeGreaterThanOrEqual(1000);
  });

  it("defaults to one message per second (a single long code)", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(1, t.now, t.sleep);
    (await limiter.take("prompt"))();
    (await limiter.take("prompt"))();
    expect(t.now()).toBe(1000);
  });

  it("a crisis reply or an alert goes before prompts already waiting", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(1, t.now, t.sleep);
    const order: string[] = [];
    const waits = [
      limiter.take("prompt").then((release) => (order.push("prompt-1"), release())),
      limiter.take("prompt").then((release) => (order.push("prompt-2"), release())),
      limiter.take("reminder").then((release) => (order.push("reminder"), release())),
      limiter.take("alert").then((release) => (order.push("alert"), release())),
      limiter.take("crisis").then((release) => (order.push("crisis"), release())),
    ];
    await Promise.all(waits);
    expect(order).toEqual(["crisis", "alert", "prompt-1", "prompt-2", "reminder"]);
  });

  it("with a shared limit, each start also waits for its turn among the instances", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(10, t.now, t.sleep);
    const turns = [0, 700, 0];
    const asked: number[] = [];
    limiter.share(async (intervalMs) => (asked.push(intervalMs), turns.shift()!));
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const release = await limiter.take("prompt");
      starts.push(t.now());
      release();
    }
    // The second start waits out its own spacing (100 ms), then its turn (700 ms); the third
    // is spaced from that later start.
    expect(starts).toEqual([0, 800, 900]);
    expect(asked).toEqual([100, 100, 100]);
  });

  it("with a shared limit, a crisis reply or a page takes its turn among the instances without waiting for it", async () => {
    const t = virtualTime();
    const limiter = new SendRateLimiter(10, t.now, t.sleep);
    const asked: string[] = [];
    // The database hands out turns late (or never): only routine sends wait for theirs.
    limiter.share((intervalMs) => (asked.push(`${intervalMs}`), new Promise<number>(() => {})));
    const crisis = await limiter.take("crisis");
    crisis();
    const alert = await limiter.take("alert");
    alert();
    expect([t.now(), asked]).toEqual([100, ["100", "100"]]);
    const prompt = Promise.race([limiter.take("prompt").then(() => "started"), new Promise((r) => setTimeout(r, 50, "waiting"))]);
    expect(await prompt).toBe("waiting");
    expect(asked).toHaveLength(3);
  });
});
