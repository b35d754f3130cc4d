import { afterEach, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/domain/messages.ts";
import { freshPostgres, type FreshDatabase } from "../support/fresh-database.ts";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";

let running: SmsHarness[] = [];
let database: FreshDatabase | null = null;
afterEach(async () => {
  for (const h of running) await h.dispose();
  running = [];
  await database?.drop();
  database = null;
});

const message = (instance: number, i: number): OutboundMessage => ({
  id: `m-${instance}-${i}`,
  channel: "sms",
  to: `+1312555010${i % 10}`,
  text: "Steady: your check-in is ready.",
  kind: "prompt",
  recipientKind: "participant",
  recipientId: "p-001",
  idempotencyKey: `shared-limit:${instance}:${i}`,
});

describe("one sender's rate limit, shared by several instances", () => {
  it("two instances on one PostgreSQL database take turns: together they send at the sender's limit, not twice it", async () => {
    const fresh = await freshPostgres();
    database = fresh;
    // Both instances use the database; it is dropped once, after both have stopped.
    const shared = { url: fresh.url, drop: async () => {} };
    const limit = 3;
    for (let k = 0; k < 2; k++) running.push(await startSmsHarness({ at: "2026-11-24T18:00:00-06:00", database: shared, maxPerSecond: limit }));
    // A first send each, so that the measured ones do not include connecting and loading.
    for (const [k, h] of running.entries()) await h.sms.send(message(k, 99));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    for (const h of running) h.fake.clear();
    const perInstance = 6;
    await Promise.all(running.flatMap((h, k) => Array.from({ length: perInstance }, (_, i) => h.sms.send(message(k, i)))));
    const at = running.flatMap((h) => h.fake.delivered().map((r) => r.at)).sort((a, b) => a - b);
    expect(at).toHaveLength(2 * perInstance);
    // The instances take turns: one start per interval (333 ms) between them, where each alone
    // would keep only its own spacing and the two would send side by side, twice the limit.
    // Arrivals differ from starts by the API's response time, hence the margins.
    const interval = 1000 / limit;
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(Math.min(...gaps)).toBeGreaterThan(interval / 2);
    expect(at.at(-1)! - at[0]!).toBeGreaterThan((at.length - 1) * interval - 100);
  }, 30_000);
});
