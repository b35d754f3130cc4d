import { describe, expect, it } from "vitest";
import { channelsThatReach } from "../../src/channel/channels-that-reach.ts";
import { findUnreachable, isCounselorsConcern, type ReachInput } from "../../src/program/find-unreachable.ts";
import { unreachableWarning } from "../../src/program/unreachable-words.ts";

const sms = { channel: "sms", consent: true, optedOut: false };
const counselor = (id: string, ...channels: string[]) => ({ id, addresses: channels.map((channel) => ({ channel, consent: false, optedOut: false })) });
const participant = (id: string, addresses: ReachInput["participants"][number]["addresses"], optedOut = false) => ({ id, counselorId: "c-one", optedOut, addresses });

function input(o: Partial<ReachInput>): ReachInput {
  return { participants: [], groups: [], counselors: [counselor("c-one", "sms")], ...o };
}

describe("findUnreachable", () => {
  it("finds nobody when everyone has a consented contact on a running channel", () => {
    const i = input({ participants: [participant("p-1", [sms])], groups: [{ id: "g-1", channels: [] }] });
    expect(findUnreachable(i, new Set(["sms"]))).toEqual([]);
  });

  it("names a participant none of whose contacts is on a running channel, with those channels", () => {
    const i = input({ participants: [participant("p-1", [{ channel: "discord", consent: true, optedOut: false }])] });
    expect(findUnreachable(i, new Set(["sms"]))).toEqual([{ kind: "participant", id: "p-1", counselorId: "c-one", cause: "no_running_channel", channels: ["discord"] }]);
  });

  it("tells a missing consent on the running channels from a missing channel", () => {
    const i = input({ participants: [participant("p-1", [{ channel: "sms", consent: false, optedOut: false }, { channel: "slack", consent: true, optedOut: false }])] });
    expect(findUnreachable(i, new Set(["sms"]))).toMatchObject([{ id: "p-1", cause: "no_consent", channels: ["sms"] }]);
    // Once slack runs, the consented slack contact reaches them.
    expect(findUnreachable(i, new Set(["sms", "slack"]))).toEqual([]);
  });

  it("says an opt-out everywhere apart, as the participant's choice the counselor is not told of", () => {
    const stopped = input({ participants: [participant("p-1", [{ ...sms, optedOut: true }])] });
    const [u] = findUnreachable(stopped, new Set(["sms"]));
    expect(u).toMatchObject({ id: "p-1", cause: "opted_out", channels: ["sms"] });
    expect(isCounselorsConcern(u!)).toBe(false);
    // STOP on a channel that stops the person (the local channel's scope) counts the same.
    expect(findUnreachable(input({ participants: [participant("p-2", [sms], true)] }), new Set(["sms"]))).toMatchObject([{ id: "p-2", cause: "opted_out" }]);
    // Opted out on one channel, reachable on another: not unreachable.
    const other = input({ participants: [participant("p-3", [{ ...sms, optedOut: true }, { channel: "slack", consent: true, optedOut: false }])] });
    expect(findUnreachable(other, new Set(["sms", "slack"]))).toEqual([]);
  });

  it("names each group channel whose adapter is not running", () => {
    const i = input({ groups: [{ id: "g-2", channels: ["slack", "discord"] }, { id: "g-1", channels: ["slack"] }, { id: "g-3", channels: [] }] });
    expect(findUnreachable(i, new Set(["sms", "slack"]))).toEqual([{ kind: "group", id: "g-2", cause: "group_channel_not_running", channels: ["discord"] }]);
    expect(findUnreachable(i, new Set(["sms"])).map((u) => [u.id, u.channels])).toEqual([
      ["g-1", ["slack"]],
      ["g-2", ["slack", "discord"]],
    ]);
  });

  it("names a counselor alerts cannot reach first, and says so loudly", () => {
    const i = input({ counselors: [counselor("c-one", "sms"), counselor("c-two", "discord"), { id: "c-three", addresses: [{ channel: "sms", consent: false, optedOut: true }] }], participants: [participant("p-1", [{ channel: "discord", consent: true, optedOut: false }])] });
    const found = findUnreachable(i, new Set(["sms"]));
    expect(found.map((u) => `${u.kind} ${u.id} ${u.cause}`)).toEqual(["counselor c-three counselor_unreachable", "counselor c-two counselor_unreachable", "participant p-1 no_running_channel"]);
    const warning = unreachableWarning(found, ["sms"], []);
    expect(warning[0]).toMatch(/^WARNING \(safety\): alerts cannot reach counselor c-three/);
    expect(warning).toContain("  participant p-1: no running channel for their contacts (discord): nothing reaches them");
  });

  it("words the warning by id only, and says when the local channel stands in", () => {
    const i = input({ participants: [participant("p-1", [{ channel: "discord", consent: true, optedOut: false }])] });
    const { channels, standIn } = channelsThatReach(["local"], ["sms", "local"]);
    expect([...channels]).toEqual(["sms"]);
    expect(standIn).toEqual(["sms"]);
    const warning = unreachableWarning(findUnreachable(i, channels), [...channels], standIn);
    expect(warning[0]).toBe("warning: no running channel reaches this one (channels that reach people: sms, for which the local channel stands in here):");
    expect(warning.at(-1)).toMatch(/local channel still shows their messages/);
    expect(unreachableWarning([], ["sms"], [])).toEqual([]);
  });
});

describe("channelsThatReach", () => {
  it("counts the running channels with program contacts, and what an in-process channel stands in for", () => {
    expect([...channelsThatReach(["sms"], ["sms", "local"]).channels]).toEqual(["sms"]);
    expect(channelsThatReach(["sms"], ["sms", "local"]).standIn).toEqual([]);
    expect([...channelsThatReach([], ["sms", "local"]).channels]).toEqual([]);
  });
});
