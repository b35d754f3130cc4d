import { DIRECT } from "../../src/domain/messages.ts";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../src/domain/messages.ts";
import { InboundSpool } from "../../src/inbound/inbound-spool.ts";

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const message = (providerId: string, from: string, text: string): InboundMessage => ({ conversation: DIRECT, channel: "sms", providerId, from, text, receivedAt: new Date("2026-11-24T18:01:00-06:00") });

describe("InboundSpool", () => {
  it("keeps a message's conversation, and reads a line written before messages had one as direct", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-spool-"));
    const file = path.join(dir, "spool.jsonl");
    const spool = new InboundSpool(file, { info: () => {}, warn: () => {}, error: () => {} });
    expect(spool.add({ ...message("SM10", "U0SAM", "hello all"), conversation: { kind: "group", id: "C0ROOM" } })).toBe(true);
    fs.appendFileSync(file, JSON.stringify({ channel: "sms", providerId: "SM11", from: "+13125550101", text: "7", receivedAt: "2026-11-24T18:02:00-06:00" }) + "\n");
    const seen: InboundMessage[] = [];
    await spool.replay(async (m) => void seen.push(m));
    expect(seen.map((m) => [m.providerId, m.conversation])).toEqual([
      ["SM10", { kind: "group", id: "C0ROOM" }],
      ["SM11", { kind: "direct" }],
    ]);
  });

  it("a message that keeps failing stops holding its sender back after twenty tries, and stays for someone to look at", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-spool-"));
    const logs: string[] = [];
    const log = (e: string, f?: object) => logs.push(JSON.stringify({ e, ...f }));
    const spool = new InboundSpool(path.join(dir, "spool.jsonl"), { info: log, warn: log, error: log });
    const first = message("SM1", "+13125550101", "7");
    for (const m of [first, message("SM2", "+13125550101", "2"), message("SM3", "+13125550102", "8")]) expect(spool.add(m)).toBe(true);
    const handled: string[] = [];
    const handle = async (m: InboundMessage) => {
      if (m.providerId === "SM1") throw new Error("constraint failed");
      handled.push(m.providerId);
    };

    expect(await spool.replay(handle)).toBe(1);
    expect(handled).toEqual(["SM3"]);
    expect(spool.holds(message("SM4", "+13125550101", "yes"))).toBe(true);
    for (let i = 2; i < 20; i++) await spool.replay(handle);
    expect(handled).toEqual(["SM3"]);
    // The twentieth failure: the sender's later message goes ahead, and new ones are no longer held.
    await spool.replay(handle);
    expect(handled).toEqual(["SM3", "SM2"]);
    expect(spool.holds(message("SM4", "+13125550101", "yes"))).toBe(false);
    const left = fs.readFileSync(path.join(dir, "spool.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l).providerId);
    expect(left).toEqual(["SM1"]);
    expect(logs.at(-1)).toContain('"failures":20');
    expect(logs.join("\n")).not.toContain("+1312555");
  });
});

describe("InboundSpool shared by two instances started from one directory", () => {
  it("two replays at once, with messages arriving meanwhile, lose nothing", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-spool-"));
    const file = path.join(dir, "spool.jsonl");
    const quiet = { info() {}, warn() {}, error() {} };
    const a = new InboundSpool(file, quiet);
    const b = new InboundSpool(file, quiet);
    for (const id of ["SM1", "SM2", "SM3"]) expect(a.add(message(id, "+13125550101", id))).toBe(true);
    const handledByA: string[] = [];
    const handledByB: string[] = [];
    // While A replays its first message, B replays the whole file, and new messages arrive at
    // both: the later ones must still be there once A is done.
    await a.replay(async (m) => {
      handledByA.push(m.providerId);
      if (m.providerId !== "SM1") return;
      await b.replay(async (n) => void handledByB.push(n.providerId));
      expect(b.add(message("SM4", "+13125550102", "later"))).toBe(true);
      expect(a.add(message("SM5", "+13125550103", "later"))).toBe(true);
    });
    expect(handledByB).toEqual(["SM1", "SM2", "SM3"]);
    expect(handledByA).toEqual(["SM1", "SM2", "SM3"]);
    const left = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l).providerId);
    expect(left).toEqual(["SM4", "SM5"]);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});
