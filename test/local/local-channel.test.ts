import { expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import type { OutboundMessage } from "../../src/domain/messages.ts";

const message = (i: number): OutboundMessage =>
  ({ id: `m-${i}`, channel: "local", to: "p-001", recipientKind: "participant", recipientId: "p-001", kind: "prompt", text: `message ${i}`, idempotencyKey: `k-${i}` });

it("keeps only the latest deliveries when told to, and counts them all", async () => {
  const local = new LocalChannel(() => new Date("2026-11-24T18:00:00Z"), undefined, 3);
  for (let i = 1; i <= 10; i++) await local.send(message(i));
  expect(local.deliveredCount).toBe(10);
  expect(local.delivered.length).toBeLessThan(6);
  // The latest are always there, oldest first.
  expect(local.to("p-001").map((m) => m.text).slice(-3)).toEqual(["message 8", "message 9", "message 10"]);
});

it("keeps every delivery by default", async () => {
  const local = new LocalChannel();
  for (let i = 1; i <= 10; i++) await local.send(message(i));
  expect(local.delivered.map((d) => d.message.id)).toEqual(Array.from({ length: 10 }, (_, i) => `m-${i + 1}`));
});

it("has no buttons: a message's choices are shown in words after its text", async () => {
  const local = new LocalChannel();
  const offer = { choices: [{ id: "going", label: "I'll be there", reply: "GOING" }], choicesText: "Reply GOING if you'll be there." };
  await local.send({ ...message(1), kind: "reminder", text: "Reminder: group today at 6:00 PM.", ...offer });
  await local.send({ ...message(2), text: "Reminder.", choices: [{ id: "ok", label: "OK", reply: "OK" }] });
  expect(local.to("p-001").map((m) => m.text)).toEqual(["Reminder: group today at 6:00 PM. Reply GOING if you'll be there.", "Reminder. Reply OK."]);
});
