import { channelsThatReach } from "../channel/channels-that-reach.ts";
import type { ChannelName } from "../domain/types.ts";
import type { Logger } from "../log/logger.ts";
import { tellUnreachable } from "../outbox/tell-unreachable.ts";
import { findUnreachable, type Unreachable } from "../program/find-unreachable.ts";
import { unreachableWarning } from "../program/unreachable-words.ts";
import type { Db } from "../store/create-db.ts";
import type { OfficeHours } from "../time/office-hours.ts";
import { loadReachInput } from "../store/load-reach-input.ts";

/** Who and what cannot be reached with the channels that run, and the warning that says so. */
export interface ReachCheck {
  found: Unreachable[];
  /** The channels whose reach counted (see channelsThatReach). */
  checked: ChannelName[];
  /** What the local channel stood in for, if it runs. */
  standIn: ChannelName[];
  /** The terminal's warning block (ids only); empty when everyone can be reached. */
  warning: string[];
}

/** What checkReach needs to know. */
export interface ReachOptions {
  /** The channels this process runs. */
  running: readonly ChannelName[];
  /** The channels this build has an adapter for. */
  available: readonly ChannelName[];
  now: Date;
}

/** Who and what no running channel can reach, from the database as synced. Reads only. */
export async function checkReach(db: Db, o: ReachOptions): Promise<ReachCheck> {
  const { channels, standIn } = channelsThatReach(o.running, o.available);
  const found = findUnreachable(await loadReachInput(db, o.now), channels);
  const checked = [...channels];
  return { found, checked, standIn, warning: unreachableWarning(found, checked, standIn) };
}

/**
 * What start-up and every sync do: check, log each finding (ids and codes), and tell the care
 * team once per person and cause (tellUnreachable; `office` is the program's zone and office
 * hours, when setup notices go out). Returns the check, for its warning block.
 */
export async function reportReach(db: Db, o: ReachOptions & { logger: Logger; office: { timeZone: string; officeHours: OfficeHours } }): Promise<ReachCheck> {
  const check = await checkReach(db, o);
  const ids = (kind: Unreachable["kind"]) => check.found.filter((u) => u.kind === kind).map((u) => `${u.id}:${u.cause}`).join(",");
  for (const u of check.found) if (u.kind === "counselor") o.logger.error("counselor_unreachable", { id: u.id, channels: u.channels.join(",") });
  if (check.found.length > 0) o.logger.warn("unreachable", { participants: ids("participant"), groups: ids("group"), counselors: ids("counselor"), checked: check.checked.join(",") });
  await tellUnreachable(db, check.found, { running: new Set(o.running), now: o.now, logger: o.logger, office: o.office });
  return check;
}
