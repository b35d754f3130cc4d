import { describe, expect, it } from "vitest";
import { SenderOrder } from "../../src/inbound/sender-order.ts";

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SenderOrder", () => {
  it("runs one sender's tasks one after the other and different senders side by side", async () => {
    const order = new SenderOrder();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await later(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([order.run("a", task("a1", 30)), order.run("a", task("a2", 1)), order.run("b", task("b1", 1))]);
    expect(results).toEqual(["a1", "a2", "b1"]);
    // b1 did not wait for a1; a2 did.
    expect(log.indexOf("end b1")).toBeLessThan(log.indexOf("end a1"));
    expect(log.indexOf("start a2")).toBeGreaterThan(log.indexOf("end a1"));
    expect(order.size).toBe(0);
  });

  it("a failing task does not stop the sender's next one", async () => {
    const order = new SenderOrder();
    const first = order.run("a", async () => {
      await later(5);
      throw new Error("database unavailable");
    });
    const second = order.run("a", async () => "handled");
    await expect(first).rejects.toThrow("database unavailable");
    await expect(second).resolves.toBe("handled");
    await later(0);
    expect(order.size).toBe(0);
  });
});
