import { errorLabel, type Logger } from "../log/logger.ts";

/**
 * Work the engine starts after answering someone and does not make them wait for (staff
 * alerts after an inline reply). Failures are logged; what they leave undone is still a due
 * outbox row, so the next scheduler tick finishes it. `idle` lets tests and shutdown wait.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(label: string, task: () => Promise<void>): void {
    const p: Promise<void> = task()
      .catch((e) => this.logger.error(`${label}_failed`, { errorCode: errorLabel(e) }))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /** Resolves when every task started so far (and any they started) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
