import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApp } from "../app.ts";
import { CHANNELS, personAddress } from "../channel/channel-registry.ts";
import type { ChannelName } from "../domain/types.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { Program } from "../program/index.ts";
import { channelsForAddress, type Scenario, type ScenarioEvent } from "../program/scenario-schema.ts";
import { seedHistory } from "./seed-history.ts";
import { SimulatedChannel } from "./simulated-channel.ts";
import { eventLine, localStamp, zoneOf, type SimulationLine } from "./simulation-line.ts";

/** A seeded generator (mulberry32), so a scenario prints the same alert codes every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The channels a scenario's program uses: each participant's preferred channel and contacts,
 * each counselor's contacts, each group's channels, and any an event names or writes to, in
 * the registry's order.
 */
export function programChannels(program: Program, events: readonly ScenarioEvent[] = []): ChannelName[] {
  const used = new Set<string>();
  for (const p of program.participants) {
    used.add(p.preferredChannel);
    for (const [c, a] of Object.entries(p.contacts)) if (a !== undefined) used.add(c);
  }
  for (const c of program.counselors) for (const [ch, a] of Object.entries(c.contacts)) if (a !== undefined) used.add(ch);
  for (const g of program.groups) for (const [ch, a] of Object.entries(g.channels)) if (a !== undefined) used.add(ch);
  for (const e of events) {
    if (e.channel !== undefined) used.add(e.channel);
    else if (e.from !== undefined && !isPerson(program, e.from)) used.add(channelsForAddress(e.from)[0] ?? "");
  }
  return CHANNELS.filter((c) => used.has(c));
}

function isPerson(program: Program, id: string): boolean {
  return program.participants.some((p) => p.id === id) || program.counselors.some((c) => c.id === id);
}

/** Where a scenario message comes from: the channel and the sender's address on it, and who that is (an id, or null for an unknown sender). */
function senderOf(program: Program, e: ScenarioEvent & { from: string }, running: readonly ChannelName[]): { channel: ChannelName; address: string; who: string | null } {
  const participant = program.participants.find((p) => p.id === e.from);
  const counselor = program.counselors.find((c) => c.id === e.from);
  const person = participant ?? counselor;
  if (person) {
    const channel = e.channel ?? participant?.preferredChannel ?? running.find((c) => personAddress(c, person) !== undefined);
    const address = channel !== undefined ? personAddress(channel, person) : undefined;
    if (channel === undefined || address === undefined) throw new Error(`${e.from} has no address on ${e.channel ?? "any channel the program uses"}`);
    return { channel, address, who: person.id };
  }
  const channel = e.channel ?? channelsForAddress(e.from)[0]!;
  return { channel, address: e.from, who: null };
}

/**
 * Runs the real engine over a scenario: a fresh SQLite file, a simulated clock, and a stand-in
 * for every channel the program uses (SimulatedChannel), so each person gets messages on their
 * configured channel, in that channel's form. Past check-ins in the scenario's `history` are
 * stored first. Between events the clock jumps from one due time to the next, so every prompt,
 * nudge, expiry, reminder and re-escalation happens at the time it would in real life. Each
 * thing that happens, messages received included, is passed to `onLine` in time order.
 */
export async function runSimulation(scenario: Scenario, onLine: (line: SimulationLine) => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-sim-"));
  const program = scenario.program;
  let now = scenario.start;
  const clock = () => now;
  const names = programChannels(program, scenario.events);
  const channels = names.map((name) => new SimulatedChannel(name, clock));
  const codes = new Map<string, string>();
  const context = {
    program,
    shown: (id: string) => channels.map((c) => c.shown.get(id)).find((t) => t !== undefined),
    codeOf: (id: string) => codes.get(id),
  };
  // Lines wait here while a message is being handled, so the message comes first, then what it caused.
  let held: SimulationLine[] | null = null;
  const emit = (line: SimulationLine) => (held ? held.push(line) : onLine(line));
  const onEvent = (e: EngineEvent) => {
    if (e.type === "escalation") codes.set(e.id, e.code);
    emit(eventLine(e, context));
  };
  const app = await openApp({
    databaseUrl: `file:${path.join(dir, "sim.db")}`,
    program,
    channels,
    clock,
    random: seededRandom(1),
    onEvent,
    backgroundCheckpoints: false,
    // Simulated time: nobody waits, and a slow machine must not change what the run shows.
    crisisDeadlineMs: Infinity,
  });
  const advanceTo = async (target: Date) => {
    await app.engine.dispatchDue();
    for (;;) {
      const next = await app.engine.nextDueAt();
      if (!next || next > target) break;
      if (next > now) now = next;
      const did = await app.engine.dispatchDue();
      // Something due now that nothing could take (held by a claim): wait for the target instead of spinning.
      if (next <= now && did.jobs + did.sent === 0 && next < now) break;
    }
    now = target;
    await app.engine.dispatchDue();
  };
  try {
    await seedHistory(app.engine.ctx, scenario.history);
    for (const event of scenario.events) {
      await advanceTo(event.at);
      if (event.from === undefined || event.text === undefined) continue;
      const from = senderOf(program, { ...event, from: event.from }, names);
      const channel = channels.find((c) => c.name === from.channel)!;
      held = [];
      let duplicate = false;
      try {
        duplicate = (await channel.receive(from.address, event.text, event.providerId)).duplicate;
        await app.engine.idle();
      } finally {
        const after = held;
        held = null;
        onLine({
          at: now.toISOString(),
          local: localStamp(now, zoneOf(program, from.who)),
          type: "inbound",
          kind: duplicate ? "duplicate" : "inbound",
          channel: from.channel,
          from: from.who ?? "unknown",
          text: event.text,
          ...(event.providerId !== undefined ? { providerId: event.providerId } : {}),
        });
        for (const line of after) onLine(line);
      }
    }
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
