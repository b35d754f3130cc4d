import type { Delivery } from "../../src/channel/channel.ts";
import { formatStaffTime } from "../../src/time/format-local.ts";

/** What the terminal shows of one local delivery: when, in the program's time zone, to whom, and the text. */
export function terminalLine(d: Delivery, timeZone: string): string {
  const to = `${d.message.recipientKind === "group" ? "group " : ""}${d.message.recipientId}`;
  return `[${formatStaffTime(d.at, timeZone)}] to ${to} (local): ${d.message.text}`;
}
