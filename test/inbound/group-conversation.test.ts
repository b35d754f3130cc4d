import { afterEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../src/domain/messages.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

const inGroup = (a: TestApp, providerId: string, from: string, text: string): InboundMessage => ({
  channel: "local",
  providerId,
  from,
  text,
  receivedAt: a.clock.now,
  conversation: { kind: "group", id: "room-9" },
});

describe("a message in a group conversation", () => {
  it("is never answered inline: the crisis reply is a direct message, sent", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    const r = await app.engine.handleInbound(inGroup(app, "g-1", "p-001", "I want to kill myself"));
    expect(r.replies).toEqual([expect.objectContaining({ kind: "crisis", to: "p-001" })]);
    expect(await r.settle("inline")).toBe(false);
    expect(await r.settle("send")).toBe(true);
    await app.engine.idle();
    expect(app.inbox("p-001")).toEqual([expect.stringContaining("988")]);
    expect(app.inbox("room-9")).toEqual([]);
    expect(await app.db.escalation.count({ where: { participantId: "p-001", level: "crisis" } })).toBe(1);
  });

  it("from someone not enrolled: a crisis is answered directly and paged; anything else is recorded without its words", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    await (await app.engine.handleInbound(inGroup(app, "g-2", "visitor-1", "just saying hi to everyone"))).settle("send");
    expect(app.inbox("visitor-1")).toEqual([]);
    expect(await app.db.inbound.findFirstOrThrow({ where: { providerId: "g-2" } })).toMatchObject({ groupId: "room-9", text: "", riskLevel: "none" });
    await (await app.engine.handleInbound(inGroup(app, "g-3", "visitor-1", "I want to end my life tonight"))).settle("send");
    await app.engine.idle();
    expect(app.inbox("visitor-1")).toEqual([expect.stringContaining("988")]);
    expect(await app.db.escalation.count({ where: { participantId: null, level: "crisis" } })).toBe(1);
  });

  it("a distress cue is not a screening answer or question there, and HELP is not a keyword", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    for (const [i, text] of ["HELP", "I feel hopeless", "yes"].entries()) await (await app.engine.handleInbound(inGroup(app, `g-4-${i}`, "p-001", text))).settle("send");
    await app.engine.idle();
    expect(app.inbox("p-001")).toEqual([]);
    expect(await app.db.screening.count()).toBe(0);
    expect(await app.db.inboxItem.count()).toBe(0);
  });
});
