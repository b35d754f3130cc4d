import { afterEach, describe, expect, it } from "vitest";
import type { ConsoleMessage, ConsoleState, ConsoleThread } from "../../src/console/console-state.ts";
import { firstAlertForm } from "../../src/escalation/first-alert-form.ts";
import { withPark } from "../support/program-with-park.ts";
import { testProgram } from "../support/test-app.ts";
import { startConsole, type RunningConsole } from "./start-console.ts";

const TUESDAY_4PM = "2026-11-24T16:00:00-06:00";

let running: RunningConsole | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function state(): Promise<ConsoleState> {
  return (await (await fetch(`${running!.url}/console/state`)).json()) as ConsoleState;
}

async function post(path: string, body: unknown): Promise<number> {
  return (await fetch(running!.url + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).status;
}

const inbox = (s: ConsoleState, id: string): ConsoleThread => s.counselors.find((c) => c.id === id)!;
const alerts = (t: ConsoleThread): ConsoleMessage[] => t.messages.filter((m) => m.kind === "alert");

/** Jordan Lee reads alerts only on the clinic's Slack, marked staff-only; Ada Okafor has Slack too, not marked. */
const chatStaff = (yaml: string): string =>
  withPark(yaml)
    .replace('contacts: { sms: "+13125550102" }', 'contacts: { slack: "U0FAKE0102" }\n    staffOnly: [slack]')
    .replace('contacts: { sms: "+13125550103" }', 'contacts: { sms: "+13125550103", slack: "U0FAKE0103" }');

describe("the console's inbox shows each alert as the counselor's own first channel gets it", () => {
  it("the minimal form for an SMS counselor, the full one on a staff-only chat contact, still open on a repeat", async () => {
    running = await startConsole({ at: TUESDAY_4PM, program: testProgram(chatStaff) });
    const { app } = running;
    const before = await state();
    expect(inbox(before, "c-rivera").alertForm).toEqual({ channel: "sms", detail: "minimal" });
    expect(inbox(before, "c-lee").alertForm).toEqual({ channel: "slack", detail: "full" });
    // SMS comes first in the order alerts list a counselor's addresses, so Okafor's first alert is a text.
    expect(inbox(before, "c-okafor").alertForm).toEqual({ channel: "sms", detail: "minimal" });

    expect(await post("/console/reply", { participantId: "p-001", text: "I want to kill myself" })).toBe(200);
    const { code } = await app.db.escalation.findFirstOrThrow();
    // The local channel itself still carries the full form (it reaches no phone); only the preview changes.
    expect(app.local.to("c-rivera").filter((m) => m.kind === "alert").map((m) => m.text)).toEqual([`Steady: crisis alert for p-001 (Sam): suicide risk. Reply ACK ${code}.`]);

    const now = await state();
    expect(alerts(inbox(now, "c-rivera")).map((m) => [m.text, m.receivedAs])).toEqual([[`Steady: crisis alert for p-001. Reply ACK ${code}.`, { channel: "sms", detail: "minimal" }]]);
    // Slack shows the Acknowledge button instead of the sentence.
    expect(alerts(inbox(now, "c-lee")).map((m) => [m.text, m.receivedAs])).toEqual([["Steady: crisis alert for p-001 (Sam): suicide risk.", { channel: "slack", detail: "full" }]]);
    expect(alerts(inbox(now, "c-rivera"))[0]!.escalation).toMatchObject({ code, status: "open" });

    // Every five minutes the ladder pages the next person (Okafor, then Park), then everyone again: a repeat says it is still open, in the same form.
    for (let i = 0; i < 6 && alerts(inbox(await state(), "c-rivera")).length < 2; i++) expect(await post("/console/clock", { action: "next" })).toBe(200);
    const later = await state();
    expect(alerts(inbox(later, "c-rivera")).map((m) => m.text)).toEqual([`Steady: crisis alert for p-001. Reply ACK ${code}.`, `Steady: still open: crisis alert for p-001. Reply ACK ${code}.`]);
    expect(alerts(inbox(later, "c-lee")).map((m) => m.text)).toEqual(["Steady: crisis alert for p-001 (Sam): suicide risk.", "Steady: still open: crisis alert for p-001 (Sam): suicide risk."]);
    expect(alerts(inbox(later, "c-okafor")).map((m) => m.text)).toEqual([`Steady: crisis alert for p-001. Reply ACK ${code}.`, `Steady: still open: crisis alert for p-001. Reply ACK ${code}.`]);
    // The phones are what the participants got, untouched.
    expect(later.phones.find((p) => p.id === "p-001")!.messages.some((m) => m.kind === "crisis" && m.text.includes("988"))).toBe(true);
  });

  it("labels each counselor's role as the program file sets it", async () => {
    running = await startConsole({ at: TUESDAY_4PM, program: testProgram(withPark) });
    const roles = Object.fromEntries((await state()).counselors.map((c) => [c.id, c.role]));
    expect(roles).toEqual({
      "c-rivera": "counselor",
      "c-lee": "counselor · 1st on call",
      "c-okafor": "supervisor · 2nd on call",
      "c-park": "3rd on call",
    });
  });
});

describe("firstAlertForm: the rule notifyStep applies, on a counselor's first channel", () => {
  const address = (channel: string, more: { optedOutAt?: Date; unreachableAt?: Date } = {}) => ({ channel, address: `x-${channel}`, consentAt: null, optedOutAt: null, ...more });
  it("takes the registry's order, skips what is opted out, puts what is unreachable last", () => {
    expect(firstAlertForm([address("local"), address("slack"), address("sms")], ["slack"])).toEqual({ channel: "sms", detail: "minimal" });
    expect(firstAlertForm([address("local"), address("slack")], ["slack"])).toEqual({ channel: "slack", detail: "full" });
    expect(firstAlertForm([address("local"), address("slack")], [])).toEqual({ channel: "slack", detail: "minimal" });
    expect(firstAlertForm([address("sms", { optedOutAt: new Date(0) }), address("slack")], ["slack"])).toEqual({ channel: "slack", detail: "full" });
    expect(firstAlertForm([address("sms", { unreachableAt: new Date(0) }), address("discord")], ["discord"])).toEqual({ channel: "discord", detail: "full" });
    // Only the console's own channel: it reaches no phone.
    expect(firstAlertForm([address("local")], [])).toEqual({ channel: "local", detail: "full" });
    expect(firstAlertForm([], [])).toBeNull();
  });
});
