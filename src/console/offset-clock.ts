/**
 * The console's clock in local mode: real time plus an offset that only grows. Time keeps
 * flowing between clicks (a nudge two hours out still arrives if you wait), and the clock
 * control moves it forward. It never moves back: the engine's rows (sent messages, claimed
 * jobs, expired check-ins) assume time only moves forward.
 */
export class OffsetClock {
  private offsetMs: number;

  /** Starts at `start` (tests, demos of a fixed day) or at real time. */
  constructor(
    start?: Date,
    private readonly realNow: () => number = Date.now,
  ) {
    this.offsetMs = start ? start.getTime() - realNow() : 0;
  }

  /** The current instant; pass this to openApp as its clock. */
  readonly read = (): Date => new Date(this.realNow() + this.offsetMs);

  /** Moves the clock forward to `at`; an instant in the past leaves it where it is. */
  moveTo(at: Date): void {
    const ahead = at.getTime() - this.read().getTime();
    if (ahead > 0) this.offsetMs += ahead;
  }

  /** How far ahead of real time the clock runs, in milliseconds. */
  get offset(): number {
    return this.offsetMs;
  }
}
