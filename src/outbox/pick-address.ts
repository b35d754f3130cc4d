import { channelRank } from "../channel/channel-registry.ts";

/** The fields of an Address row that routing needs. */
export interface AddressInfo {
  channel: string;
  address: string;
  consentAt: Date | null;
  optedOutAt: Date | null;
  /** Set when a send here found the person cannot be reached on it (see after-unreachable.ts). */
  unreachableAt?: Date | null;
}

/**
 * Where a routine message to a participant goes: the preferred channel when it is running and
 * the participant consented to it, has not opted out there and can be reached there,
 * otherwise the next such channel; null when none qualifies (then nothing routine is sent).
 */
export function pickParticipantAddress(addresses: AddressInfo[], preferred: string, running: ReadonlySet<string>): AddressInfo | null {
  const usable = addresses.filter((a) => running.has(a.channel) && a.consentAt !== null && a.optedOutAt === null && !a.unreachableAt);
  const rank = (c: string) => (c === preferred ? -1 : channelRank(c));
  return usable.sort((a, b) => rank(a.channel) - rank(b.channel))[0] ?? null;
}

/** Every running channel a counselor can be reached on, in a fixed order (an address found unreachable last). */
export function counselorAddresses(addresses: AddressInfo[], running: ReadonlySet<string>): AddressInfo[] {
  return addresses
    .filter((a) => running.has(a.channel) && a.optedOutAt === null)
    .sort((a, b) => Number(!!a.unreachableAt) - Number(!!b.unreachableAt) || channelRank(a.channel) - channelRank(b.channel));
}
