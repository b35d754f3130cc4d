/** How long after the screening question this process still reads a reply as its answer without the database. */
export const OPEN_SCREEN_MEMORY_MS = 60 * 60_000;

/** Most senders remembered at once; the oldest is forgotten first. */
const LIMIT = 10_000;

/**
 * The screening questions this process asked and that are still waiting for an answer,
 * kept in memory by sender (channel and address), so that a "yes" reaches the crisis path
 * even when the database that holds the question is failing or hangs. The database stays the
 * record: this only decides, before it is asked, that a reply must not wait for it. Updated
 * after each turn commits; forgotten after OPEN_SCREEN_MEMORY_MS (a question that timed out
 * has paged a counselor by then).
 */
export class OpenScreens {
  private readonly askedAt = new Map<string, number>();

  /** Notes what a committed turn did to its sender's screening question. */
  apply(sender: string, change: ScreenChange, now: Date): void {
    if (change === "asked") {
      this.askedAt.delete(sender);
      this.askedAt.set(sender, now.getTime());
      if (this.askedAt.size > LIMIT) this.askedAt.delete(this.askedAt.keys().next().value!);
    } else if (change === "closed") {
      this.askedAt.delete(sender);
    }
  }

  /** True while a question this process asked `sender` may still be waiting for its answer. */
  isOpen(sender: string, now: Date): boolean {
    const at = this.askedAt.get(sender);
    if (at === undefined) return false;
    if (now.getTime() - at <= OPEN_SCREEN_MEMORY_MS) return true;
    this.askedAt.delete(sender);
    return false;
  }
}

/** What a turn did to the sender's screening question: asked it, closed it (answered), or neither. */
export type ScreenChange = "asked" | "closed" | null;
