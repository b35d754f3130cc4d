import type { Db } from "./create-db.ts";

/**
 * Whether the database answers a trivial query within `timeoutMs`: false when it refuses,
 * fails or hangs (a stalled server, a network partition). Used to tell an outage, which
 * fails every message alike, from a failure of one message's own.
 */
export async function databaseAnswers(db: Db, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, timeoutMs, false)));
  try {
    return await Promise.race([db.$queryRawUnsafe("SELECT 1").then(() => true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
