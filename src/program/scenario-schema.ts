/**
 * The scenario file of `steady simulate` (examples/scenario.yaml): a program inline, a start
 * instant, an optional history of past check-ins, and a list of events that either advance
 * the clock or deliver a message.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { CHANNEL_REGISTRY, CHANNELS, CONTACT_CHANNELS, type ContactChannel } from "../channel/channel-registry.ts";
import { dateSchema, idSchema, strictObject } from "./field-schemas.ts";
import { programSchema } from "./program-schema.ts";
import { localDate } from "../time/local-date.ts";
import { didYouMean } from "./suggest.ts";
import { validateYaml } from "./validate-yaml.ts";

/** ISO-8601 date and time with seconds optional and a UTC offset or "Z" required. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An exact instant: "2026-11-24T12:00:00-06:00" or "2026-11-24T18:00:00Z". */
export const instantSchema = z.union([z.string(), z.date()]).transform((v, ctx) => {
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime())) return v;
  } else if (INSTANT_PATTERN.test(v)) {
    const dt = DateTime.fromISO(v, { setZone: true });
    if (dt.isValid) return dt.toJSDate();
  }
  ctx.addIssue({
    code: "custom",
    message: `${JSON.stringify(v instanceof Date ? "Invalid Date" : v)} is not a date and time with a UTC offset, e.g. "2026-11-24T12:00:00-06:00"`,
  });
  return z.NEVER;
});

/** The contact channels an address is written for ("+15550100199": a phone number), in the registry's order. */
export function channelsForAddress(address: string): ContactChannel[] {
  return CONTACT_CHANNELS.filter((c) => CHANNEL_REGISTRY[c].contact.schema.safeParse(address).success);
}

export const scenarioEventSchema = strictObject({
  /** When the event happens; the simulated clock runs up to it. */
  at: instantSchema,
  /**
   * Who sends `text`: a participant or counselor id, or an address no one in the program has
   * (a phone number: an unknown sender). Without it the event only advances the clock.
   */
  from: z.string().min(1).optional(),
  text: z.string().min(1).optional(),
  /** The channel it comes on: by default a participant's preferred channel, a counselor's first, an address's own. */
  channel: z.enum(CHANNELS).optional(),
  /** The provider's message id: the same id twice is one message, handled once. */
  providerId: z.string().min(1).optional(),
}).superRefine((e, ctx) => {
  if (e.from !== undefined && e.text === undefined) ctx.addIssue({ code: "custom", path: ["text"], message: `a message from "${e.from}" needs text` });
  if (e.from === undefined && e.text !== undefined) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "text needs from: the id of the participant or counselor who sends it" });
  }
});

/** A check-in from before the run: stored complete, so mood averages and trends start from it. */
export const historyEntrySchema = strictObject({
  participant: idSchema,
  /** The participant's local date. */
  date: dateSchema,
  mood: z.int().min(0).max(10).nullable().default(null),
  craving: z.int().min(0).max(10).nullable().default(null),
  meeting: z.boolean().nullable().default(null),
});

export const scenarioSchema = strictObject({
  program: programSchema,
  start: instantSchema,
  history: z.array(historyEntrySchema).default(() => []),
  events: z.array(scenarioEventSchema).default(() => []),
}).superRefine((s, ctx) => {
  const people = new Set([...s.program.participants.map((p) => p.id), ...s.program.counselors.map((c) => c.id)]);
  const participants = new Set(s.program.participants.map((p) => p.id));
  const days = new Set<string>();
  s.history.forEach((h, i) => {
    const p = s.program.participants.find((x) => x.id === h.participant);
    if (p && s.start instanceof Date && h.date >= localDate(s.start, p.timeZone)) {
      ctx.addIssue({ code: "custom", path: ["history", i, "date"], message: `${h.date} is not before start (${localDate(s.start, p.timeZone)} for ${p.id}): history is what came before` });
    }
    if (!participants.has(h.participant)) ctx.addIssue({ code: "custom", path: ["history", i, "participant"], message: `unknown participant "${h.participant}"${didYouMean(h.participant, participants)}` });
    else if (days.has(`${h.participant} ${h.date}`)) ctx.addIssue({ code: "custom", path: ["history", i, "date"], message: `${h.participant} has a check-in on ${h.date} already` });
    days.add(`${h.participant} ${h.date}`);
  });
  s.events.forEach((e, i) => {
    const before = i > 0 ? s.events[i - 1] : undefined;
    if (!(e.at instanceof Date) || !(s.start instanceof Date)) {
      // An instant that failed to parse has been reported already.
    } else if (e.at.getTime() < s.start.getTime()) {
      ctx.addIssue({ code: "custom", path: ["events", i, "at"], message: "is before start" });
    } else if (before?.at instanceof Date && e.at.getTime() < before.at.getTime()) {
      ctx.addIssue({ code: "custom", path: ["events", i, "at"], message: `is before events[${i - 1}].at; events must be in time order` });
    }
    if (e.from !== undefined && !people.has(e.from)) {
      const on = channelsForAddress(e.from).filter((c) => e.channel === undefined || c === e.channel);
      if (on.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "from"],
          message: `unknown participant or counselor "${e.from}"${didYouMean(e.from, people)}; an unknown sender is written as an address, e.g. "+15550100199"`,
        });
      }
    }
  });
});

/** A loaded scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioEvent = Scenario["events"][number];

/**
 * Turns the text of a scenario file into a validated scenario (its program fully defaulted).
 * @throws {ProgramFileError} listing every problem with its line, like loadProgram.
 */
export function loadScenario(yamlText: string, sourceName = "scenario.yaml"): Scenario {
  return validateYaml(scenarioSchema, yamlText, sourceName).value;
}
