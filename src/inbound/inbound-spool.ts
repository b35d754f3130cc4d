import fs from "node:fs";
import path from "node:path";
import { DIRECT, type Conversation, type InboundMessage } from "../domain/messages.ts";
import type { Logger } from "../log/logger.ts";
import { errorLabel } from "../log/logger.ts";
import { withFileLock } from "./file-lock.ts";
import { senderKey } from "./sender-order.ts";

/**
 * Failed replays (a tick apart) of a message while the database answers, after which it no
 * longer holds its sender's later messages back: it fails for a reason of its own. It stays in
 * the file, reported as an error on every tick, for someone to look at. Replays that fail
 * because the database is down (it does not answer a trivial query) are not counted: however
 * long an outage lasts, a person's later messages wait behind their earlier ones.
 */
const HOLD_LIMIT = 20;

/** One line of the file. */
type SpoolLine = Omit<InboundMessage, "receivedAt" | "conversation"> & { receivedAt: string; conversation?: Conversation; answered?: boolean };

/**
 * Inbound messages kept on local disk while the database cannot take them, so that an outage
 * (a PostgreSQL restart, a failover) delays them instead of losing them: a webhook provider
 * does not resend a message the bot failed to take. One JSON line per message, appended and
 * synced before the provider is answered; replayed in order on each scheduler tick, and each
 * line removed once the engine has handled it. The file holds participants' words: it is
 * created readable by its owner only, and emptied as soon as the database is back.
 *
 * Several instances started from one directory share the file. Appends and removals take a
 * lock on it, and a replay removes the lines it handled by message, not by position, so two
 * instances replaying at once never drop each other's lines (a message both handled is a
 * duplicate the second time, which the database's dedupe turns away).
 */
export class InboundSpool {
  /** Failed replays per message, to report one that keeps failing. */
  private readonly failures = new Map<string, number>();
  private replaying = false;
  /** Senders with messages waiting (read from the file once, then kept up to date). */
  private waiting: Set<string> | null = null;

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
  ) {}

  /**
   * Whether this sender has messages waiting: then a new one joins them instead of going
   * first, although the database may be back already (the next tick replays them all).
   */
  holds(msg: InboundMessage): boolean {
    this.waiting ??= new Set(this.read().map(senderKey));
    return this.waiting.has(senderKey(msg));
  }

  /** Whether the message waits here as one the crisis fallback answered (by this process or one before a restart). */
  answered(msg: Pick<InboundMessage, "channel" | "providerId">): boolean {
    const key = lineKey(msg);
    return this.read().some((m) => m.answered === true && lineKey(m) === key);
  }

  /**
   * Appends the message durably; `answered` marks one the crisis fallback already answered.
   * False when the disk refuses too (then it cannot be kept).
   */
  add(msg: InboundMessage, answered = false): boolean {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      withFileLock(this.file, () => this.append(msg, answered));
      this.waiting?.add(senderKey(msg));
      return true;
    } catch (e) {
      this.logger.error("inbound_spool_failed", { errorCode: errorLabel(e) });
      return false;
    }
  }

  private append(msg: InboundMessage, answered: boolean): void {
    const fd = fs.openSync(this.file, "a+", 0o600);
    try {
      // A line a crash cut short must not swallow this one.
      const { size } = fs.fstatSync(fd);
      const last = Buffer.alloc(1);
      const lead = size > 0 && fs.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a ? "\n" : "";
      const line: SpoolLine = { ...msg, receivedAt: msg.receivedAt.toISOString(), ...(answered ? { answered: true } : {}) };
      fs.writeSync(fd, lead + JSON.stringify(line) + "\n");
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Hands each waiting message to `handle`, oldest first, and removes those it took. One that
   * fails stays, and so do the same sender's later ones, to keep that person's order; other
   * senders' messages go ahead. Returns how many were handled.
   */
  async replay(handle: (msg: InboundMessage, answered: boolean) => Promise<unknown>, databaseAnswers: () => Promise<boolean> = async () => true): Promise<number> {
    if (this.replaying) return 0;
    this.replaying = true;
    try {
      const waiting = this.read();
      if (waiting.length === 0) {
        this.waiting = new Set();
        return 0;
      }
      const done = new Set<string>();
      const held = new Set<string>();
      // Asked once per replay, at the first failure: an outage fails every message alike.
      let up: boolean | undefined;
      for (const { answered, ...msg } of waiting) {
        const sender = senderKey(msg);
        if (held.has(sender)) continue;
        try {
          await handle(msg, answered === true);
          done.add(lineKey(msg));
          this.failures.delete(msg.providerId);
        } catch (e) {
          up ??= await databaseAnswers().catch(() => false);
          const failures = (this.failures.get(msg.providerId) ?? 0) + (up ? 1 : 0);
          this.failures.set(msg.providerId, failures);
          if (failures < HOLD_LIMIT) held.add(sender);
          this.logger[failures < HOLD_LIMIT ? "warn" : "error"]("inbound_spool_replay_failed", { channel: msg.channel, failures, errorCode: errorLabel(e) });
        }
      }
      if (done.size > 0) this.remove(done);
      const stuck = (m: InboundMessage) => (this.failures.get(m.providerId) ?? 0) >= HOLD_LIMIT;
      this.waiting = new Set(this.read().filter((m) => !stuck(m)).map(senderKey));
      return done.size;
    } finally {
      this.replaying = false;
    }
  }

  private read(): (InboundMessage & { answered?: boolean })[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, "utf8");
    } catch {
      return [];
    }
    const out: (InboundMessage & { answered?: boolean })[] = [];
    for (const line of text.split("\n")) {
      if (line === "") continue;
      try {
        const m = JSON.parse(line) as SpoolLine;
        // Lines written before messages carried their conversation were all direct.
        out.push({ conversation: DIRECT, ...m, receivedAt: new Date(m.receivedAt) });
      } catch {
        // A line cut short by a crash mid-append was never acknowledged to the provider.
      }
    }
    return out;
  }

  /**
   * Drops the lines of the messages handled (by channel and provider id). Lines appended
   * meanwhile, by this process or another, stay. Written to a new file and renamed over the
   * old one under the lock, so a crash leaves one or the other whole and no append is lost
   * to the rename.
   */
  private remove(done: ReadonlySet<string>): void {
    withFileLock(this.file, () => this.rewrite(done));
  }

  private rewrite(done: ReadonlySet<string>): void {
    const lines = fs.readFileSync(this.file, "utf8").split("\n").filter((l) => l !== "");
    const keep = lines.filter((line) => {
      try {
        return !done.has(lineKey(JSON.parse(line) as SpoolLine));
      } catch {
        return false;
      }
    });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(tmp, "w", 0o600);
    try {
      fs.writeSync(fd, keep.map((l) => l + "\n").join(""));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
  }
}

/** Identifies a spooled message across processes: a provider never reuses its id on a channel. */
function lineKey(m: Pick<InboundMessage, "channel" | "providerId">): string {
  return `${m.channel}:${m.providerId}`;
}
