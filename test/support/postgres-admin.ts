import pg from "pg";

/**
 * Runs `work` on a connection to the PostgreSQL server at `url` as a role that may create and
 * drop databases and roles (tests and benchmarks make their own databases), and closes it.
 */
export async function withPostgresAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether process `pid` still runs (databases named after their run's process are left alone while it does). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
