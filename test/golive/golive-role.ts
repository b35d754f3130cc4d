import { processAlive, withPostgresAdmin } from "../support/postgres-admin.ts";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * The name this run gives the guide's role and database `steady` (its scratch copy is
 * `<name>_check`): unique per process, so runs side by side never meet, and recognisable, so
 * what a killed run left behind can be dropped (dropGoliveLeftovers).
 */
export function goliveRoleName(pid = process.pid): string {
  return `steady_t${pid}_golive`;
}

/** Drops the role `name` and the databases the guide's commands made for it. */
export function dropGoliveRole(name: string): Promise<void> {
  return withPostgresAdmin(ADMIN_URL, async (c) => {
    for (const db of [name, `${name}_check`]) await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS "${name}"`);
  });
}

/** Drops the roles and databases of runs whose process is gone. */
export async function dropGoliveLeftovers(): Promise<void> {
  let names: string[] = [];
  await withPostgresAdmin(ADMIN_URL, async (c) => {
    names = (await c.query<{ rolname: string }>("SELECT rolname FROM pg_roles WHERE rolname LIKE 'steady\\_t%\\_golive'")).rows.map((r) => r.rolname);
  });
  for (const name of names) {
    const pid = Number(/^steady_t(\d+)_golive$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await dropGoliveRole(name);
  }
}
