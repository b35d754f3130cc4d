import type { EngineContext } from "../engine/engine-context.ts";

/**
 * What the staff desk's actions need: the database, the clock, the logger, where an event
 * goes once its change is committed, and where metrics are recorded (none when absent). The
 * engine's context is one; readers take only the db.
 */
export type DeskContext = Pick<EngineContext, "db" | "clock" | "logger" | "emit"> & Partial<Pick<EngineContext, "metrics">>;
