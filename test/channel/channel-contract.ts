import { afterEach, describe, expect, it } from "vitest";
import type { Channel } from "../../src/channel/channel.ts";
import { channelTraits } from "../../src/channel/channel-registry.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import type { ChannelName } from "../../src/domain/types.ts";
import type { TestApp } from "../support/test-app.ts";

/** A message as the provider would deliver it, before the adapter parses it. */
export interface ProviderMessage {
  /** The provider's id of the message (a retry carries the same). */
  id: string;
  /** The sender's address on the channel. */
  from: string;
  /** What was typed; a button press has none of its own. */
  text?: string;
  /** Written in this group conversation (its provider id); absent: to the bot directly. */
  group?: string;
  /** A button pressed under a message. */
  action?: { id: string; value: string };
}

/** One adapter running in a real app (engine, fresh database, test clock), as the suite drives it. */
export interface ContractSubject {
  app: TestApp;
  /** The channel under test, started by the app. */
  channel: Channel;
  /** A person's address on this channel. */
  address(personId: string): string;
  /** Delivers a message the way the provider does; resolves once the adapter answered the provider and its replies went out. */
  deliver(message: ProviderMessage): Promise<void>;
  /** What the adapter sent to an address by any route (its API, an inline answer), oldest first. */
  sentTo(address: string): string[];
  /** Delivers the provider's delivery report for a message the adapter sent; absent when the channel has no reports. */
  report?(providerId: string, status: "delivered" | "failed"): Promise<void>;
  dispose(): Promise<void>;
}

/** How to run one adapter under the suite. */
export interface ContractHarness {
  name: ChannelName;
  /** Starts the app with the adapter at `at` (fixture program; Sam is p-001, his counselor c-rivera). */
  start(at: string): Promise<ContractSubject>;
}

const NOON = "2026-11-24T12:00:00-06:00";
const PROMPTED = "2026-11-24T18:00:30-06:00";
/** The first answer to the fixture's check-in and the question it brings. */
const NEXT_QUESTION = /urges/i;

/**
 * The contract every channel adapter passes (after vercel/chat's adapter contract tests):
 * what the engine needs of it, whatever the provider. Cases a channel cannot have (buttons,
 * group conversations, delivery reports) are skipped by its traits or its harness.
 */
export function runChannelContract(harness: ContractHarness): void {
  const traits = channelTraits(harness.name);
  let subject: ContractSubject | null = null;
  const start = async (at: string) => (subject = await harness.start(at));
  afterEach(async () => {
    await subject?.dispose();
    subject = null;
  });
  const checkIn = (s: ContractSubject) => s.app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001", status: { in: ["open", "complete"] } }, orderBy: { promptAt: "desc" } });

  describe(`channel contract: ${harness.name}`, () => {
    it("a text gets its reply", async () => {
      const s = await start(PROMPTED.replace("18:00:30", "17:59:00"));
      await s.app.advanceTo(PROMPTED);
      const sam = s.address("p-001");
      const before = s.sentTo(sam).length;
      const state = (await checkIn(s)).stateJson;
      await s.deliver({ id: "c-text-1", from: sam, text: "7" });
      expect(s.sentTo(sam).slice(before)).toEqual([expect.stringMatching(NEXT_QUESTION)]);
      expect((await checkIn(s)).stateJson).not.toBe(state);
    });

    it("a duplicate (the provider's retry) has no second effect; only an answer given in the provider's response is given again", async () => {
      const s = await start(NOON);
      const sam = s.address("p-001");
      await s.deliver({ id: "c-dup-1", from: sam, text: "hello" });
      const first = s.sentTo(sam);
      const stored = await s.app.db.inbound.count();
      const outbox = await s.app.db.outbox.count();
      expect(first.length).toBeGreaterThan(0);
      await s.deliver({ id: "c-dup-1", from: sam, text: "hello" });
      await s.app.engine.idle();
      // A provider retries a webhook only when its answer did not arrive, and an answer in the
      // response may have been lost with it: that answer is given again, nothing else is sent.
      expect(s.sentTo(sam)).toEqual(traits.answersInResponse ? [...first, ...first] : first);
      expect(await s.app.db.inbound.count()).toBe(stored);
      expect(await s.app.db.outbox.count()).toBe(outbox);
    });

    it.skipIf(!traits.buttons)("a button press reads as the typed reply it stands for", async () => {
      const s = await start(PROMPTED.replace("18:00:30", "17:59:00"));
      await s.app.advanceTo(PROMPTED);
      const sam = s.address("p-001");
      const before = s.sentTo(sam).length;
      const state = (await checkIn(s)).stateJson;
      await s.deliver({ id: "c-button-1", from: sam, action: { id: "checkin:mood", value: "7" } });
      expect(s.sentTo(sam).slice(before)).toEqual([expect.stringMatching(NEXT_QUESTION)]);
      expect((await checkIn(s)).stateJson).not.toBe(state);
    });

    it.skipIf(!traits.groups)("a crisis in a group gets the crisis reply by direct message and a page; nothing is said in the group", async () => {
      const s = await start(NOON);
      const sam = s.address("p-001");
      await s.deliver({ id: "c-group-crisis", from: sam, text: "I want to kill myself", group: "room-1" });
      await s.app.engine.idle();
      expect(s.sentTo(sam)).toEqual([expect.stringContaining("988")]);
      expect(s.sentTo("room-1")).toEqual([]);
      const escalation = await s.app.db.escalation.findFirstOrThrow();
      expect(escalation).toMatchObject({ participantId: "p-001", level: "crisis" });
      const pages = await s.app.db.outbox.findMany({ where: { escalationId: escalation.id, recipientId: "c-rivera" } });
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.every((p) => p.status === "sent" || p.status === "delivered")).toBe(true);
      expect(await s.app.db.inbound.findFirstOrThrow({ where: { groupId: "room-1" } })).toMatchObject({ riskLevel: "crisis" });
    });

    it.skipIf(!traits.groups)('a "7" in a group is not a check-in answer, and nothing is said anywhere', async () => {
      const s = await start(PROMPTED.replace("18:00:30", "17:59:00"));
      await s.app.advanceTo(PROMPTED);
      const sam = s.address("p-001");
      const before = s.sentTo(sam).length;
      const state = (await checkIn(s)).stateJson;
      await s.deliver({ id: "c-group-7", from: sam, text: "7", group: "room-1" });
      await s.deliver({ id: "c-group-stop", from: sam, text: "STOP", group: "room-1" });
      await s.app.engine.idle();
      expect(s.sentTo(sam)).toHaveLength(before);
      expect(s.sentTo("room-1")).toEqual([]);
      expect((await checkIn(s)).stateJson).toBe(state);
      expect(await s.app.db.address.count({ where: { optedOutAt: { not: null } } })).toBe(0);
      // The same word sent directly is the answer.
      await s.deliver({ id: "c-direct-7", from: sam, text: "7" });
      expect(s.sentTo(sam).slice(before)).toEqual([expect.stringMatching(NEXT_QUESTION)]);
    });

    it("sends a text", async () => {
      const s = await start(NOON);
      const to = s.address("c-rivera");
      const result = await s.channel.send({
        id: "contract-send-1",
        channel: harness.name,
        to,
        text: "Contract check: hello",
        kind: "system",
        recipientKind: "counselor",
        recipientId: "c-rivera",
        idempotencyKey: "contract-send-1",
      });
      expect(result.providerId === null || typeof result.providerId === "string").toBe(true);
      expect(s.sentTo(to)).toEqual(["Contract check: hello"]);
    });

    it("makes no provider call when the send's fence says the message was taken over", async () => {
      const s = await start(NOON);
      const to = s.address("c-rivera");
      const message = {
        id: "contract-fence-1",
        channel: harness.name,
        to,
        text: "Contract check: fenced",
        kind: "system" as const,
        recipientKind: "counselor" as const,
        recipientId: "c-rivera",
        idempotencyKey: "contract-fence-1",
      };
      let asked = 0;
      const lost = async () => {
        asked++;
        throw new SteadyError("claim_lost", "taken over");
      };
      await expect(s.channel.send(message, lost)).rejects.toMatchObject({ code: "claim_lost" });
      expect(asked).toBe(1);
      expect(s.sentTo(to)).toEqual([]);
      await s.channel.send(message, async () => undefined);
      expect(s.sentTo(to)).toEqual(["Contract check: fenced"]);
    });

    it("sends choices: as buttons where the channel has them, in words where it has not", async () => {
      const s = await start(NOON);
      const to = s.address("c-rivera");
      await s.channel.send({
        id: "contract-choices-1",
        channel: harness.name,
        to,
        text: "Contract check: an alert.",
        choices: [{ id: "ack", label: "Acknowledge", reply: "ACK 1234" }],
        kind: "alert",
        recipientKind: "counselor",
        recipientId: "c-rivera",
        idempotencyKey: "contract-choices-1",
      });
      expect(s.sentTo(to)).toEqual([traits.buttons ? "Contract check: an alert." : "Contract check: an alert. Reply ACK 1234."]);
    });

    it("reports delivery of what it sent", async (ctx) => {
      const s = await start(PROMPTED.replace("18:00:30", "17:59:00"));
      if (!s.report) return ctx.skip();
      await s.app.advanceTo(PROMPTED);
      const prompt = await s.app.db.outbox.findFirstOrThrow({ where: { recipientId: "p-001", kind: "prompt", status: "sent" } });
      expect(prompt.providerId).toEqual(expect.any(String));
      await s.report(prompt.providerId!, "delivered");
      expect(await s.app.db.outbox.findUniqueOrThrow({ where: { id: prompt.id } })).toMatchObject({ status: "delivered" });
    });

    it("stops cleanly: nothing reaches the engine afterwards, and stopping again is harmless", async () => {
      const s = await start(NOON);
      const sam = s.address("p-001");
      await s.deliver({ id: "c-stop-1", from: sam, text: "hello" });
      await s.app.engine.idle();
      const stored = await s.app.db.inbound.count();
      await s.channel.stop();
      await s.deliver({ id: "c-stop-2", from: sam, text: "hello again" }).catch(() => undefined);
      expect(await s.app.db.inbound.count()).toBe(stored);
      await s.channel.stop();
    });
  });
}
