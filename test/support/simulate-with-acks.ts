import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalChannel, type LocalDelivery } from "../../adapters/local/local-channel.ts";
import { openApp } from "../../src/app.ts";
import type { Scenario } from "../../src/program/scenario-schema.ts";
import { seededRandom } from "../../src/simulate/run-simulation.ts";
import { capturedLogger } from "./log-capture.ts";

/**
 * Runs a scenario like `steady simulate`, with counselors who answer their pages: the first
 * counselor alerted to an escalation replies `ACK <code>` `ackAfterMinutes` later, at any hour,
 * unless it was acknowledged by then. Alert codes are only known once the alert is sent, which
 * is why this is code and not a scenario file. Returns every delivery, in order.
 */
export async function simulateWithAcks(scenario: Scenario, ackAfterMinutes: number): Promise<LocalDelivery[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-acks-"));
  let now = scenario.start;
  const local = new LocalChannel(() => now);
  const app = await openApp({ databaseUrl: `file:${path.join(dir, "sim.db")}`, program: scenario.program, channels: [local], clock: () => now, logger: capturedLogger(() => now), random: seededRandom(1), backgroundCheckpoints: false });
  const events = [...scenario.events];
  const end = events.at(-1)?.at ?? scenario.start;
  const acks: { at: Date; from: string; code: string }[] = [];
  const scheduled = new Set<string>();
  let seen = 0;
  const collect = () => {
    for (const d of local.delivered.slice(seen)) {
      const code = d.message.recipientKind === "counselor" ? /alert for .* Reply ACK (\d{4,5})\./.exec(d.message.text)?.[1] : undefined;
      if (!code || scheduled.has(code)) continue;
      scheduled.add(code);
      acks.push({ at: new Date(d.at.getTime() + ackAfterMinutes * 60_000), from: d.message.recipientId, code });
      acks.sort((a, b) => a.at.getTime() - b.at.getTime());
    }
    seen = local.delivered.length;
  };
  try {
    for (;;) {
      const due = await app.engine.nextDueAt();
      const next = [due && due > now ? due : null, events[0]?.at ?? null, acks[0]?.at ?? null].filter((d): d is Date => d !== null);
      if (next.length === 0) break;
      const t = new Date(Math.min(...next.map((d) => d.getTime())));
      if (t > end) break;
      if (t > now) now = t;
      await app.engine.dispatchDue();
      collect();
      while (events[0] && events[0].at <= now) {
        const e = events.shift()!;
        if (e.from !== undefined && e.text !== undefined) await local.receive(e.from, e.text);
        await app.engine.idle();
        collect();
      }
      while (acks[0] && acks[0].at <= now) {
        const a = acks.shift()!;
        const open = await app.db.escalation.findFirst({ where: { code: a.code, status: "open" } });
        if (open) await local.receive(a.from, `ACK ${a.code}`);
        collect();
      }
    }
    now = end;
    await app.engine.dispatchDue();
    return [...local.delivered];
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
