/**
 * Every channel Steady knows, and what the core needs to know of each: the one place in src/
 * that writes a channel's name. The types (ChannelName), the program file's contacts and
 * consent, address picking and the settings are all read from here, so the core decides by
 * trait ("needs an address from the program", "minimal alerts") and never by name. A new
 * channel is one entry here and one adapter folder (adapters/<name>/index.ts, wired by main).
 */
import type { z } from "zod";
import { discordIdSchema, phoneSchema, slackChannelSchema, slackUserSchema } from "../program/field-schemas.ts";
import { toGsmSafe } from "../text/gsm-safe.ts";

/**
 * What a staff alert may show. `minimal` is lock-screen safe (level, participant id, code);
 * `full` adds the first name and the reason category. Never the participant's own words.
 */
export type AlertDetail = "minimal" | "full";

/**
 * What STOP sent on a channel stops (START on it restarts the same):
 * - `number`: every message to the address it came from, whoever it was for (the carrier's
 *   rule for a phone number, which the carrier enforces too); the person's other channels go on;
 * - `conversation`: the sender's own conversation on that channel only;
 * - `person`: every message to the person on every channel.
 * Whatever the scope, a crisis text is still answered on the channel it came in on.
 */
export type StopScope = "number" | "conversation" | "person";

/** How the program file writes an address on a channel. */
export interface ContactField {
  schema: z.ZodType<string, string>;
  /** What the address is, in an error message ("phone number"). */
  label: string;
}

/** What the core needs to know of one channel. */
export interface ChannelTraits {
  /**
   * Where a person's address comes from: the program file's `contacts` (with consent per
   * channel), or the person's own id (a channel inside this process, which reaches no one
   * else and needs no consent; a group is then `group:<id>`).
   */
  readonly addressFrom: "contacts" | "person-id";
  /** How a person's address is written in the program file; null when the address is the id. */
  readonly contact: ContactField | null;
  /** How a group's channel on it is written in the program file (`groups[].channels`); null when a group has none there. */
  readonly groupChannel: z.ZodType<string, string> | null;
  /** What an alert shows by default. Anything that can reach a phone's lock screen is `minimal`. */
  readonly alertDetail: AlertDetail;
  /** Whether the program may mark a counselor's address here `staffOnly`, for the full alert (see README, the program file). */
  readonly staffOnlyAllowed: boolean;
  /** Fits a message's text to the channel before it is stored in the outbox. */
  readonly fitText: (text: string) => string;
  /** Whether it can show buttons (choices) under a message; a press comes back as an InboundMessage's action. */
  readonly buttons: boolean;
  /**
   * Whether people write to the bot in group conversations on it (a Slack or Discord
   * channel), which its adapter marks as such: read for a crisis only, never as an answer.
   */
  readonly groups: boolean;
  /** Whether it can edit a message it sent (an alert marked acknowledged). */
  readonly editInPlace: boolean;
  readonly stopScope: StopScope;
  /**
   * Whether its adapter usually answers a message in its response to the provider (TwiML):
   * a hint that lets the fast path record the replies as sent inline in the message's own
   * commit. The adapter's settlement decides; "send" puts them back and sends them.
   */
  readonly answersInResponse: boolean;
  /** The environment variable whose presence means this channel messages real people; null for none. */
  readonly providerVariable: string | null;
}

const asIs = (text: string): string => text;

/**
 * The channels, in the order a participant's routine message tries them after their
 * preferred one, and a counselor's alerts list them.
 */
export const CHANNEL_REGISTRY = {
  sms: {
    addressFrom: "contacts",
    contact: { schema: phoneSchema, label: "phone number" },
    groupChannel: null,
    alertDetail: "minimal",
    // A text can always show on a lock screen, whoever holds the phone.
    staffOnlyAllowed: false,
    // GSM-7 keeps a routine text in one 160-character segment (70 in UCS-2).
    fitText: toGsmSafe,
    buttons: false,
    groups: false,
    editInPlace: false,
    stopScope: "number",
    answersInResponse: true,
    providerVariable: "TWILIO_ACCOUNT_SID",
  },
  slack: {
    addressFrom: "contacts",
    contact: { schema: slackUserSchema, label: "Slack user id" },
    groupChannel: slackChannelSchema,
    alertDetail: "minimal",
    staffOnlyAllowed: true,
    fitText: asIs,
    buttons: true,
    groups: true,
    editInPlace: true,
    stopScope: "conversation",
    answersInResponse: false,
    providerVariable: "SLACK_BOT_TOKEN",
  },
  discord: {
    addressFrom: "contacts",
    contact: { schema: discordIdSchema, label: "Discord user id" },
    groupChannel: discordIdSchema,
    alertDetail: "minimal",
    staffOnlyAllowed: true,
    fitText: asIs,
    buttons: true,
    groups: true,
    editInPlace: true,
    stopScope: "conversation",
    answersInResponse: false,
    providerVariable: "DISCORD_BOT_TOKEN",
  },
  local: {
    // The development channel and console: addresses are ids, and it reaches no phone.
    addressFrom: "person-id",
    contact: null,
    groupChannel: null,
    alertDetail: "full",
    staffOnlyAllowed: false,
    fitText: asIs,
    buttons: false,
    // It can mark a message as written in a group, to try the rule without a provider.
    groups: true,
    editInPlace: false,
    // It stands in for whichever channel the person uses, and its address is the person.
    stopScope: "person",
    answersInResponse: false,
    providerVariable: null,
  },
} as const satisfies Record<string, ChannelTraits>;

type Registry = typeof CHANNEL_REGISTRY;

/** Channels a message can travel on. */
export type ChannelName = keyof Registry;

/** Channels whose addresses the program file gives under `contacts`. */
export type ContactChannel = { [K in ChannelName]: Registry[K]["addressFrom"] extends "contacts" ? K : never }[ChannelName];

/** Channels a group can have its own channel on (`groups[].channels`). */
export type GroupChannel = { [K in ChannelName]: Registry[K]["groupChannel"] extends null ? never : K }[ChannelName];

/** Channels whose counselor addresses the program may mark staff-only. */
export type StaffOnlyChannel = { [K in ChannelName]: Registry[K]["staffOnlyAllowed"] extends true ? K : never }[ChannelName];

/** Every channel, in the registry's order. */
export const CHANNELS = Object.keys(CHANNEL_REGISTRY) as [ChannelName, ...ChannelName[]];

/** The channels whose addresses come from the program file's contacts. */
export const CONTACT_CHANNELS = CHANNELS.filter((c): c is ContactChannel => CHANNEL_REGISTRY[c].addressFrom === "contacts");

/** The channels a group can have its own channel on. */
export const GROUP_CHANNELS = CHANNELS.filter((c): c is GroupChannel => CHANNEL_REGISTRY[c].groupChannel !== null);

/** The channels on which a counselor's address may be staff-only. */
export const STAFF_ONLY_CHANNELS = CHANNELS.filter((c): c is StaffOnlyChannel => CHANNEL_REGISTRY[c].staffOnlyAllowed);

/**
 * What a channel added outside the list above may be: addressed by person id, with nothing
 * in the program file (the program's schema is built from the list when it loads).
 */
export type AddedChannelTraits = ChannelTraits & { readonly addressFrom: "person-id"; readonly contact: null; readonly groupChannel: null; readonly staffOnlyAllowed: false };

/** A channel defined outside the list above, for registerChannel. */
export interface ChannelEntry {
  readonly name: ChannelName;
  readonly traits: AddedChannelTraits;
}

const ADDED = new Map<string, AddedChannelTraits>();

/**
 * Names a channel that is not in the list above (a test's stub adapter), for registerChannel.
 * Its name is a ChannelName from then on, although src/ never writes it.
 */
export function channelEntry(name: string, traits: AddedChannelTraits): ChannelEntry {
  if (Object.hasOwn(CHANNEL_REGISTRY, name)) throw new Error(`channel ${name} is in the registry already`);
  return { name: name as ChannelName, traits };
}

/**
 * Adds a channel to the registry, before the app that runs it opens: from then on the core
 * treats it by its traits like any other. Registering it again changes nothing.
 */
export function registerChannel(entry: ChannelEntry): void {
  if (ADDED.has(entry.name)) return;
  ADDED.set(entry.name, entry.traits);
  (CHANNELS as ChannelName[]).push(entry.name);
}

/** Whether a string names a known channel. */
export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(CHANNEL_REGISTRY, name) || ADDED.has(name);
}

/** What a channel not (or no longer) in the registry is taken to do: the most careful of each. */
const UNKNOWN: ChannelTraits = {
  addressFrom: "contacts",
  contact: null,
  groupChannel: null,
  alertDetail: "minimal",
  staffOnlyAllowed: false,
  fitText: asIs,
  buttons: false,
  groups: false,
  editInPlace: false,
  stopScope: "person",
  answersInResponse: false,
  providerVariable: null,
};

/** The traits of a channel; a stored row's channel that is not (or no longer) known gets the most careful ones. */
export function channelTraits(name: string): ChannelTraits {
  if (Object.hasOwn(CHANNEL_REGISTRY, name)) return CHANNEL_REGISTRY[name as keyof Registry];
  return ADDED.get(name) ?? UNKNOWN;
}

/** Whether the program file gives addresses on this channel (otherwise a person's address is their id). */
export function needsProgramAddress(channel: string): channel is ContactChannel {
  return isChannelName(channel) && channelTraits(channel).addressFrom === "contacts";
}

/**
 * A person's address on a channel: their contact from the program file, or their id on a
 * channel addressed by id; undefined when they have none there.
 */
export function personAddress(channel: ChannelName, person: { id: string; contacts: Partial<Record<ContactChannel, string>> }): string | undefined {
  return needsProgramAddress(channel) ? person.contacts[channel] : person.id;
}

/** A group's address on a channel addressed by id. */
export function groupIdAddress(groupId: string): string {
  return `group:${groupId}`;
}

/** Position in the registry's order (unknown channels last). */
export function channelRank(channel: string): number {
  const i = CHANNELS.indexOf(channel as ChannelName);
  return i < 0 ? CHANNELS.length : i;
}

/** Fits a message's text to its channel (GSM-7 for SMS). */
export function fitText(channel: string, text: string): string {
  return channelTraits(channel).fitText(text);
}

/**
 * How much an alert to a counselor's address may show: the channel's default, or the full
 * form where the program marks that address staff-only and the channel allows it.
 */
export function alertDetail(channel: string, staffOnly: boolean): AlertDetail {
  const t = channelTraits(channel);
  return t.alertDetail === "full" || (staffOnly && t.staffOnlyAllowed) ? "full" : "minimal";
}

/** The environment variables whose presence means some channel messages real people. */
export const PROVIDER_VARIABLES: readonly string[] = CHANNELS.flatMap((c) => {
  const v: string | null = CHANNEL_REGISTRY[c].providerVariable;
  return v === null ? [] : [v];
});
