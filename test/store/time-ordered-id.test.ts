import { describe, expect, it } from "vitest";
import { outboxRow } from "../../src/outbox/outbox-draft.ts";
import { timeOrderedId } from "../../src/store/time-ordered-id.ts";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const at = new Date("2026-11-24T18:00:30.123Z");

/** The Unix milliseconds in an id's first 48 bits. */
const millisOf = (id: string) => parseInt(id.replaceAll("-", "").slice(0, 12), 16);

describe("timeOrderedId", () => {
  it("is a version 7 UUID carrying the instant's milliseconds", () => {
    const id = timeOrderedId(at);
    expect(id).toMatch(UUID_V7);
    expect(millisOf(id)).toBe(at.getTime());
    expect(millisOf(timeOrderedId(new Date(0)))).toBe(0);
    expect(timeOrderedId(new Date(Number.NaN))).toMatch(UUID_V7);
    expect(timeOrderedId(new Date(-5))).toMatch(UUID_V7);
  });

  it("sorts as the instants it was made at, whatever its random bits", () => {
    const instants = Array.from({ length: 500 }, (_, i) => new Date(at.getTime() + i * 7));
    const ids = instants.map((t) => timeOrderedId(t));
    expect([...ids].sort()).toEqual(ids);
    // Text order is also the order of the instants across a change in the number of hex digits.
    expect(timeOrderedId(new Date(0xfffffffff)) < timeOrderedId(new Date(0x1000000000))).toBe(true);
  });

  it("never repeats within one millisecond, across refills of its random pool", () => {
    const ids = Array.from({ length: 5000 }, () => timeOrderedId(at));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(UUID_V7);
  });

  it("keys outbox rows, so rows written later sort after earlier ones", () => {
    const draft = { channel: "sms", address: "+15555550101", recipientKind: "participant", recipientId: "p-1", kind: "reply", text: "Thanks.", idempotencyKey: "k" } as const;
    const first = outboxRow({ ...draft, dueAt: at }, at);
    const later = outboxRow({ ...draft, dueAt: at }, new Date(at.getTime() + 1));
    expect(first.id).toMatch(UUID_V7);
    expect(first.id < later.id).toBe(true);
  });
});
