import type { Engine } from "../engine/create-engine.ts";
import type { OffsetClock } from "./offset-clock.ts";

/** Due instants one move steps through at most; a day of a large program stays well below. */
const MAX_STEPS = 5000;
/** Times a row that is due but held by another dispatcher (the scheduler tick) is waited for. */
const MAX_STALLS = 20;
const STALL_WAIT_MS = 25;

/** Where a clock move started and ended. */
export interface ClockMove {
  from: Date;
  to: Date;
}

/**
 * Moves the clock to `target`, stopping at each due instant on the way and dispatching what is
 * due there. Jumping straight to the target would run a day's work at the wrong moment: a
 * reminder run a day late is skipped and a prompt past its expiry is dropped.
 */
export async function advanceClock(engine: Engine, clock: OffsetClock, target: Date): Promise<ClockMove> {
  const from = clock.read();
  await engine.dispatchDue();
  let stalls = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = await engine.nextDueAt();
    if (!next || next > target) break;
    if (next <= clock.read()) {
      // Due now yet still pending: the scheduler tick holds it. Let it finish rather than skip past.
      if (++stalls > MAX_STALLS) break;
      await new Promise((r) => setTimeout(r, STALL_WAIT_MS));
      await engine.dispatchDue();
      continue;
    }
    clock.moveTo(next);
    await engine.dispatchDue();
  }
  clock.moveTo(target);
  await engine.dispatchDue();
  return { from, to: clock.read() };
}

/**
 * Moves the clock to the next instant something is scheduled (tonight's check-ins, a nudge, a
 * reminder) and dispatches it. Anything already due is dispatched first, so the move always
 * goes forward. Null when nothing is scheduled at all.
 */
export async function jumpToNextDue(engine: Engine, clock: OffsetClock): Promise<ClockMove | null> {
  const from = clock.read();
  await engine.dispatchDue();
  const next = await engine.nextDueAt();
  if (!next) return null;
  return advanceClock(engine, clock, next).then((m) => ({ from, to: m.to }));
}
