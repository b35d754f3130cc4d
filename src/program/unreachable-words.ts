import type { Unreachable } from "./find-unreachable.ts";

const list = (channels: string[]): string => (channels.length === 0 ? "none" : channels.join(", "));

/** Why, in plain words, for the terminal, `status` and the console's badge. Ids and channels only. */
export function unreachableReason(u: Unreachable): string {
  switch (u.cause) {
    case "no_running_channel":
      return `no running channel for their contacts (${list(u.channels)}): nothing reaches them`;
    case "no_consent":
      return `no consent recorded for ${list(u.channels)}, the running channel${u.channels.length === 1 ? "" : "s"} they have: nothing routine reaches them`;
    case "opted_out":
      return `opted out on ${list(u.channels)}: their choice, so their counselor is not told`;
    case "group_channel_not_running":
      return `its ${list(u.channels)} channel${u.channels.length === 1 ? " gets" : "s get"} nothing: no adapter for ${u.channels.length === 1 ? "it" : "them"} is running`;
    case "counselor_unreachable":
      return `ALERTS CANNOT REACH THEM: no contact on a running channel (their contacts: ${list(u.channels)})`;
  }
}

/** The short form the console's badge shows. */
export function unreachableBadge(u: Unreachable): string {
  switch (u.cause) {
    case "no_running_channel":
      return `unreachable: no ${list(u.channels)} running`;
    case "no_consent":
      return `unreachable: no consent for ${list(u.channels)}`;
    case "opted_out":
      return "opted out everywhere";
    case "group_channel_not_running":
      return `not sent: no ${list(u.channels)} running`;
    case "counselor_unreachable":
      return "alerts cannot reach them";
  }
}

/**
 * The warning block start-up and every sync print: one line per finding, by id, and why.
 * `checked` names the channels that reach people; `standIn` those the local channel stands in for.
 * Empty when everyone and every group channel can be reached.
 */
export function unreachableWarning(found: Unreachable[], checked: readonly string[], standIn: readonly string[]): string[] {
  if (found.length === 0) return [];
  const lines: string[] = [];
  for (const u of found.filter((f) => f.kind === "counselor")) {
    lines.push(`WARNING (safety): alerts cannot reach counselor ${u.id}: no contact on a running channel (their contacts: ${list(u.channels)}). Alerts about their participants reach only the rest of the on-call ladder. Add a contact on a running channel.`);
  }
  const by = checked.length === 0 ? "no channel that reaches people is running" : `channels that reach people: ${list([...checked])}${standIn.length > 0 ? `, for which the local channel stands in here` : ""}`;
  lines.push(`warning: no running channel reaches ${found.length === 1 ? "this one" : `these ${found.length}`} (${by}):`);
  for (const u of found) lines.push(`  ${u.kind} ${u.id}: ${unreachableReason(u)}`);
  if (standIn.length > 0) lines.push("  (the local channel still shows their messages here; running for real, they would get nothing)");
  return lines;
}
