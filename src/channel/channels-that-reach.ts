import { needsProgramAddress, type ChannelName } from "./channel-registry.ts";

/** The channels whose reach counts when asking who can be reached (see findUnreachable). */
export interface ChannelsThatReach {
  /** Channels that carry messages to people outside this process. */
  channels: ReadonlySet<ChannelName>;
  /** The channels a running in-process channel stands in for; empty when none runs. */
  standIn: ChannelName[];
}

/**
 * Which channels reach people, given the ones running and the ones this build has an adapter
 * for. A channel addressed by id (the local channel) reaches no one outside this process: it
 * stands in for the channels of the program's contacts that this build could run, so a
 * local run names who would still get nothing once those run (a participant with only a
 * contact on a channel no adapter runs).
 */
export function channelsThatReach(running: readonly ChannelName[], available: readonly ChannelName[]): ChannelsThatReach {
  const real = running.filter((c) => needsProgramAddress(c));
  const standIn = running.some((c) => !needsProgramAddress(c)) ? available.filter((c) => needsProgramAddress(c) && !real.includes(c)) : [];
  return { channels: new Set([...real, ...standIn]), standIn };
}
