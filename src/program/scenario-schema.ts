/**
 * The scenario file of `steady simulate` (examples/scenario.yaml): a program inline, a start
 * instant, and a list of events that either advance the clock or deliver a message.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { idSchema, strictObject } from "./field-schemas.ts";
import { programSchema } from "./program-schema.ts";
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

export const scenarioEventSchema = strictObject({
  /** When the event happens; the simulated clock runs up to it. */
  at: instantSchema,
  /** Id of the participant or counselor who sends `text`; without it the event only advances the clock. */
  from: idSchema.optional(),
  text: z.string().min(1).optional(),
}).superRefine((e, ctx) => {
  if (e.from !== undefined && e.text === undefined) ctx.addIssue({ code: "custom", path: ["text"], message: `a message from "${e.from}" needs text` });
  if (e.from === undefined && e.text !== undefined) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "text needs from: the id of the participant or counselor who sends it" });
  }
});

export const scenarioSchema = strictObject({
  program: programSchema,
  start: instantSchema,
  events: z.array(scenarioEventSchema).default(() => []),
}).superRefine((s, ctx) => {
  const people = new Set([...s.program.participants.map((p) => p.id), ...s.program.counselors.map((c) => c.id)]);
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
      ctx.addIssue({ code: "custom", path: ["events", i, "from"], message: `unknown participant or counselor "${e.from}"${didYouMean(e.from, people)}` });
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
