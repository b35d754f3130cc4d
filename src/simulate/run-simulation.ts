import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApp } from "../app.ts";
import type { InProcessChannel } from "../channel/channel.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { Scenario } from "../program/scenario-schema.ts";

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

/** One output line of the simulator, in the documented shape. */
export function eventLine(e: EngineEvent): Record<string, unknown> {
  const at = e.at.toISOString();
  if (e.type === "message") return { at, type: "message", channel: e.channel, to: e.to, text: e.text };
  if (e.type === "checkin")
    return { at, type: "checkin", participant: e.participant, date: e.date, mood: e.mood, craving: e.craving, meeting: e.meeting, complete: e.complete };
  return { at, type: "escalation", participant: e.participant, level: e.level, reasons: e.reasons, notified: e.notified, status: e.status };
}

/**
 * Runs the real engine over a scenario: a fresh SQLite file, a channel inside this process
 * (the caller's, made by `openChannel` on the simulated clock: the local channel) and a
 * simulated clock. Between events the clock jumps from one due time to the next, so every
 * prompt, nudge, expiry, reminder and re-escalation happens at the time it would in real life.
 */
export async function runSimulation(scenario: Scenario, write: (line: string) => void, openChannel: (clock: () => Date) => InProcessChannel): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-sim-"));
  let now = scenario.start;
  const clock = () => now;
  const channel = openChannel(clock);
  const app = await openApp({
    databaseUrl: `file:${path.join(dir, "sim.db")}`,
    program: scenario.program,
    channels: [channel],
    clock,
    random: seededRandom(1),
    onEvent: (e) => write(JSON.stringify(eventLine(e))),
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
    for (const event of scenario.events) {
      await advanceTo(event.at);
      if (event.from !== undefined && event.text !== undefined) await channel.receive(event.from, event.text);
    }
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
