import { alertDetail, CHANNELS, type AlertDetail } from "../channel/channel-registry.ts";
import { counselorAddresses, type AddressInfo } from "../outbox/pick-address.ts";

/** The channel a counselor's alerts reach first and the form they take there. */
export interface AlertForm {
  channel: string;
  detail: AlertDetail;
}

const EVERY_CHANNEL: ReadonlySet<string> = new Set(CHANNELS);

/**
 * The form of the alert a counselor gets on their first channel, in the order alerts list a
 * counselor's addresses (counselorAddresses), whichever channels this process runs: the
 * minimal form on SMS, the full one on a contact the program marks staff-only or on a channel
 * that reaches no phone (the local channel, when it is all they have). The same rule as
 * notifyStep's for each address. Null when no address of theirs takes alerts.
 */
export function firstAlertForm(addresses: AddressInfo[], staffOnly: readonly string[]): AlertForm | null {
  const first = counselorAddresses(addresses, EVERY_CHANNEL)[0];
  return first ? { channel: first.channel, detail: alertDetail(first.channel, staffOnly.includes(first.channel)) } : null;
}
