/**
 * Who and what no running channel can reach, and why: a pure function of the people and
 * groups of the program (with their addresses, consent and opt-outs) and the channels that
 * run. Start-up, every sync, `status` and the console all ask it.
 */

/** One of a person's addresses as the check needs it (from the program file, and the database for opt-outs). */
export interface ReachAddress {
  channel: string;
  /** A participant's consent to routine messages here (counselors need none). */
  consent: boolean;
  optedOut: boolean;
}

/** What findUnreachable is given. */
export interface ReachInput {
  /** Enrolled (or about to be) participants. */
  participants: { id: string; counselorId: string; optedOut: boolean; addresses: ReachAddress[] }[];
  /** Active groups and the channels they have their own channel on (`groups[].channels`). */
  groups: { id: string; channels: string[] }[];
  /** Active counselors. */
  counselors: { id: string; addresses: ReachAddress[] }[];
}

/**
 * Why someone or something cannot be reached:
 * - `no_running_channel`: none of a participant's contacts is on a running channel (`channels`: their contacts' channels);
 * - `no_consent`: contacts on running channels, but no consent recorded on any of them (`channels`: those);
 * - `opted_out`: they stopped messages on every running channel they consented to: their choice (`channels`: those);
 * - `group_channel_not_running`: a group's own channel is on a channel that does not run (`channels`: those);
 * - `counselor_unreachable`: a counselor has no address on a running channel, so alerts cannot reach them (`channels`: their contacts' channels).
 */
export type UnreachableCause = "no_running_channel" | "no_consent" | "opted_out" | "group_channel_not_running" | "counselor_unreachable";

/** One participant, group or counselor that cannot be reached, and why. */
export interface Unreachable {
  kind: "participant" | "group" | "counselor";
  id: string;
  cause: UnreachableCause;
  /** The channels the cause is about, in the order given. */
  channels: string[];
  /** A participant's assigned counselor. */
  counselorId?: string;
}

/** The causes a participant's counselor is told of (an opt-out is the participant's choice). */
export function isCounselorsConcern(u: Unreachable): boolean {
  return u.kind === "participant" && u.cause !== "opted_out";
}

/**
 * Everyone and every group channel that no running channel can reach, counselors first
 * (an alert that reaches nobody is a safety problem), then participants and groups, each by id.
 */
export function findUnreachable(input: ReachInput, running: ReadonlySet<string>): Unreachable[] {
  const out: Unreachable[] = [];
  for (const c of sortById(input.counselors)) {
    if (!c.addresses.some((a) => running.has(a.channel) && !a.optedOut)) {
      out.push({ kind: "counselor", id: c.id, cause: "counselor_unreachable", channels: channelsOf(c.addresses) });
    }
  }
  for (const p of sortById(input.participants)) {
    const cause = participantCause(p, running);
    if (cause) out.push({ kind: "participant", id: p.id, counselorId: p.counselorId, ...cause });
  }
  for (const g of sortById(input.groups)) {
    const off = g.channels.filter((ch) => !running.has(ch));
    if (off.length > 0) out.push({ kind: "group", id: g.id, cause: "group_channel_not_running", channels: off });
  }
  return out;
}

function participantCause(p: ReachInput["participants"][number], running: ReadonlySet<string>): Pick<Unreachable, "cause" | "channels"> | null {
  const here = p.addresses.filter((a) => running.has(a.channel));
  if (here.length === 0) return { cause: "no_running_channel", channels: channelsOf(p.addresses) };
  const consented = here.filter((a) => a.consent);
  if (consented.length === 0) return { cause: "no_consent", channels: channelsOf(here) };
  if (p.optedOut || consented.every((a) => a.optedOut)) return { cause: "opted_out", channels: channelsOf(consented) };
  return null;
}

function channelsOf(addresses: ReachAddress[]): string[] {
  return [...new Set(addresses.map((a) => a.channel))];
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
