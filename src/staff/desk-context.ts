import type { EngineContext } from "../engine/engine-context.ts";

/**
 * What the staff desk's actions need: the database, the clock, the logger, and where an event
 * goes once its change is committed. The engine's context is one; readers take only the db.
 */
export type DeskContext = Pick<EngineContext, "db" | "clock" | "logger" | "emit">;
