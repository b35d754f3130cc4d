import { channelRank } from "../channel/channel-registry.ts";

/** The fields of an Address row that routing needs. */
export interface AddressInfo {
  channel: string;
  address: string;
  consentAt: Date | null;
  optedOutAt: Date | null;
}

/**
 * Where a routine message to a participant goes: the preferred channel when it is running and
 * the participant consented to it and has not opted out there, otherwise the next such
 * channel; null when none qualifies (then nothing routine is sent).
 */
export function pickParticipantAddress(addresses: AddressInfo[], preferred: string, running: ReadonlySet<string>): AddressInfo | null {
  const usable = addresses.filter((a) => running.has(a.channel) && a.consentAt !== null && a.optedOutAt === null);
  const rank = (c: string) => (c === preferred ? -1 : channelRank(c));
  return usable.sort((a, b) => rank(a.channel) - rank(b.channel))[0] ?? null;
}

/** Every running channel a counselor can be reached on, in a fixed order. */
export function counselorAddresses(addresses: AddressInfo[], running: ReadonlySet<string>): AddressInfo[] {
  return addresses
    .filter((a) => running.has(a.channel) && a.optedOutAt === null)
    .sort((a, b) => channelRank(a.channel) - channelRank(b.channel));
}
