import { afterEach, describe, expect, it } from "vitest";
import type { Channel, InboundHandler } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import { createEngine } from "../../src/engine/create-engine.ts";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { syncProgram } from "../../src/store/sync-program.ts";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { programWithParticipants } from "../support/many-participants.ts";

let database: FreshDatabase | null = null;
let db: Db | null = null;
afterEach(async () => {
  await db?.$disconnect();
  await database?.drop();
  database = db = null;
});

/** A channel that takes its time per message and lets the test act after the first one. */
class SlowChannel implements Channel {
  readonly name = "local" as const;
  readonly sent: OutboundMessage[] = [];
  onFirst: (() => void) | null = null;
  async start(_h: InboundHandler) {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    this.sent.push(m);
    if (this.sent.length === 1) this.onFirst?.();
    return { providerId: null };
  }
}

describe("shutting down in the middle of a dispatch pass", () => {
  it("the message in hand goes out, the rest is given back at once for another instance, and nothing is lost", async () => {
    const program = programWithParticipants(30);
    let at = new Date("2026-11-24T12:00:00-06:00");
    database = freshSqlite();
    db = await createDb(database.url);
    await syncProgram(db, program, at);
    const channel = new SlowChannel();
    const engine = createEngine({ db, program, channels: [channel], clock: () => at, fastPaths: false });
    await engine.dispatchDue(); // plans tonight's prompts
    at = new Date("2026-11-24T18:00:30-06:00");
    channel.onFirst = () => engine.stopSending();
    await engine.dispatchDue();
    expect(channel.sent).toHaveLength(1);
    const pending = await db.outbox.findMany({ where: { status: "pending" } });
    expect(pending).toHaveLength(29);
    // Given back, not left claimed until the claim would lapse.
    expect(pending.every((r) => r.claimToken === null && r.claimedUntil === null)).toBe(true);

    // Another instance (a fresh engine on the same database) sends them, each once.
    const other = new SlowChannel();
    await createEngine({ db, program, channels: [other], clock: () => at, fastPaths: false }).dispatchDue();
    expect(other.sent).toHaveLength(29);
    expect(new Set([...channel.sent, ...other.sent].map((m) => m.recipientId)).size).toBe(30);
  });
});
