import type { Logger } from "../log/logger.ts";
import { errorLabel } from "../log/logger.ts";
import type { Db } from "./create-db.ts";
import { isUniqueViolation } from "./insert-rows.ts";

/**
 * Takes the lease `name` for `holder` until `now + ms`, or renews it when `holder` has it
 * already. True when `holder` holds it now. A conditional update takes it only from its own
 * holder or once it has lapsed; a lease nobody ever took is created, and of two instances
 * creating it at once the second gets a unique violation. So two holders never both get
 * true, on SQLite or PostgreSQL.
 */
export async function takeLease(db: Db, name: string, holder: string, now: Date, ms: number): Promise<boolean> {
  const until = new Date(now.getTime() + ms);
  const got = await db.lease.updateMany({ where: { name, OR: [{ holder }, { until: { lt: now } }] }, data: { holder, until } });
  if (got.count > 0) return true;
  try {
    await db.lease.create({ data: { name, holder, until } });
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}

/** Gives the lease up if `holder` has it, so that another instance takes it at its next try. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.lease.deleteMany({ where: { name, holder } });
}

/**
 * One instance's leases. While the database cannot answer, nobody can take a lease, so the
 * instance that held one at its last answer goes on holding it (the work keeps running in one
 * place through an outage) and the others go on without it.
 */
export class Leases {
  private readonly held = new Map<string, boolean>();

  constructor(
    private readonly db: Db,
    private readonly holder: string,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {}

  /** Takes or renews `name` for `ms`; true while this instance holds it. */
  async hold(name: string, ms: number): Promise<boolean> {
    try {
      const got = await takeLease(this.db, name, this.holder, this.clock(), ms);
      this.held.set(name, got);
      return got;
    } catch (e) {
      const got = this.held.get(name) ?? false;
      this.logger.warn("lease_unconfirmed", { lease: name, held: got, errorCode: errorLabel(e) });
      return got;
    }
  }

  /** Gives `name` up (a graceful stop). */
  async release(name: string): Promise<void> {
    this.held.delete(name);
    try {
      await releaseLease(this.db, name, this.holder);
    } catch (e) {
      // It lapses on its own.
      this.logger.warn("lease_release_failed", { lease: name, errorCode: errorLabel(e) });
    }
  }
}
