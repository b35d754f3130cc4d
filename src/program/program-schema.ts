/**
 * The zod schema of a program file (examples/program.yaml) and the types of a loaded program.
 * Parsing fills every default, so code downstream never has to know them: `Program` is the
 * fully defaulted shape. Rules that span several entries (unique ids, references, shared
 * phone numbers) live in program-rules.ts.
 */
import { z } from "zod";
import {
  CHANNEL_REGISTRY,
  CHANNELS,
  CONTACT_CHANNELS,
  GROUP_CHANNELS,
  needsProgramAddress,
  STAFF_ONLY_CHANNELS,
  type StaffOnlyChannel,
} from "../channel/channel-registry.ts";
import { LANGS } from "../domain/types.ts";
import { defaultCheckinQuestions } from "./default-checkin-questions.ts";
import {
  clockTimeSchema,
  dateSchema,
  type Day,
  DAYS,
  daySchema,
  idSchema,
  minutesSchema,
  strictObject,
  timeZoneSchema,
  uniqueItems,
} from "./field-schemas.ts";
import { checkProgramRules } from "./program-rules.ts";
import { questionsSchema } from "./question-schema.ts";

export type { ProgramQuestion } from "./question-schema.ts";

export { CONTACT_CHANNELS, type ContactChannel } from "../channel/channel-registry.ts";

/** An object with one optional entry per channel of `channels`, each parsed by `schema(channel)`. */
function perChannel<C extends string, S extends z.ZodType>(channels: readonly C[], schema: (channel: C) => S) {
  return strictObject(Object.fromEntries(channels.map((c) => [c, schema(c).optional()])) as { [K in C]: z.ZodOptional<S> });
}

/** How a person (participant or counselor) can be reached: one address per channel that needs one. */
export const contactsSchema = perChannel(CONTACT_CHANNELS, (c) => CHANNEL_REGISTRY[c].contact.schema);

/** A group's own channel on each channel that has group channels. */
const groupChannelsSchema = perChannel(GROUP_CHANNELS, (c) => CHANNEL_REGISTRY[c].groupChannel);

export const consentSchema = strictObject({
  /** Local date consent was given. */
  date: dateSchema,
  /** How it was given, e.g. "signed intake form". */
  method: z.string().trim().min(1).max(200),
});

const thresholdsSchema = strictObject({
  cravingAtLeast: z.number().min(0).max(100).default(8),
  moodAtMost: z.number().min(0).max(100).default(2),
  moodDropBelowAverage: z.number().gt(0).max(100).default(3),
  missedInARow: z.int().min(1).max(30).default(2),
});

const checkinSchema = strictObject({
  sendTime: clockTimeSchema.default("18:00"),
  nudgeAfterMinutes: minutesSchema(1, 24 * 60).default(120),
  /** null = the check-in stays open until the end of the participant's local day. */
  expireAfterMinutes: minutesSchema(1, 24 * 60).nullable().default(null),
  questions: questionsSchema.default(defaultCheckinQuestions),
  thresholds: thresholdsSchema.prefault({}),
}).superRefine((c, ctx) => {
  if (c.expireAfterMinutes !== null && c.expireAfterMinutes <= c.nudgeAfterMinutes) {
    ctx.addIssue({
      code: "custom",
      path: ["expireAfterMinutes"],
      message: `must be more than nudgeAfterMinutes (${c.nudgeAfterMinutes}), or the nudge would come after the check-in closed`,
    });
  }
});

const quietHoursSchema = strictObject({ start: clockTimeSchema, end: clockTimeSchema }).superRefine((q, ctx) => {
  if (q.start === q.end) ctx.addIssue({ code: "custom", path: ["end"], message: "quiet hours must not start and end at the same time" });
});

/** When staff are at work, on the clinic's clock: urgent alerts that can wait are held until opening. */
const officeHoursSchema = strictObject({
  days: uniqueItems(daySchema, "day")
    .min(1, { error: "office hours need at least one day" })
    .default((): Day[] => ["mon", "tue", "wed", "thu", "fri"]),
  start: clockTimeSchema.default("08:30"),
  end: clockTimeSchema.default("17:00"),
}).superRefine((o, ctx) => {
  if (o.end <= o.start) {
    ctx.addIssue({ code: "custom", path: ["end"], message: `office hours must end after they start (${o.start}); hours across midnight are not supported` });
  }
});

const URGENT_AFTER_HOURS = ["wait", "page"] as const;

export const programSettingsSchema = strictObject({
  /** Shown in HELP replies: keep it neutral, it can appear on a lock screen. */
  name: z.string().trim().min(1).max(80),
  timeZone: timeZoneSchema,
  supportContact: z.string().trim().min(1).max(200),
  quietHours: quietHoursSchema.default(() => ({ start: "21:00", end: "08:00" })),
  officeHours: officeHoursSchema.prefault({}),
  /** The first language is the default for participants. */
  languages: uniqueItems(z.enum(LANGS), "language").min(1).default(() => [...LANGS]),
  checkin: checkinSchema.prefault({}),
  /**
   * Each participant's first text is a welcome (who is texting, the daily check-in and its
   * time, HELP, STOP, rates): the opt-in confirmation carriers expect. Set false only when
   * the clinic sends its own.
   */
  welcome: z.boolean().default(true),
  /** Participants' messages a person must read (src/inbox/). */
  inbox: strictObject({
    /** Office hours an unread message waits before it goes on to the counselor's supervisor. */
    readWithinHours: z.number().gt(0).max(7 * 24).default(4),
  }).prefault({}),
  escalation: strictObject({
    crisisAfterMinutes: minutesSchema(1, 24 * 60).default(5),
    urgentAfterMinutes: minutesSchema(1, 7 * 24 * 60).default(60),
    /** Out of office hours an urgent (not crisis) alert waits for the next opening, or pages at once. */
    urgentAfterHours: z
      .enum(URGENT_AFTER_HOURS, { error: (iss) => `${JSON.stringify(iss.input)} is not allowed; use "wait" (hold urgent alerts until office hours) or "page" (page at any hour)` })
      .default("wait"),
  }).prefault({}),
});

const staffOnlySchema = uniqueItems(
  z.enum(STAFF_ONLY_CHANNELS as [StaffOnlyChannel, ...StaffOnlyChannel[]], {
    error: (iss) =>
      `${JSON.stringify(iss.input)} cannot be staff-only: use ${STAFF_ONLY_CHANNELS.join(" or ")} (${CONTACT_CHANNELS.filter((c) => !CHANNEL_REGISTRY[c].staffOnlyAllowed).join(", ")} can show on a phone's lock screen, so alerts there stay minimal)`,
  }),
  "channel",
);

export const counselorSchema = strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(80),
  contacts: contactsSchema.refine((c) => CONTACT_CHANNELS.some((ch) => c[ch] !== undefined), {
    error: `a counselor needs at least one of ${CONTACT_CHANNELS.join(", ")}`,
  }),
  /**
   * Contacts only staff read, on screens that show no message preview (a clinic's own chat
   * workspace on work computers): alerts there carry the first name and reason category.
   * Every other alert is the minimal, lock-screen-safe one.
   */
  staffOnly: staffOnlySchema.optional(),
  /** Position in the on-call order, 1 = called first. */
  onCall: z.int().min(1).optional(),
  supervisor: idSchema.optional(),
}).superRefine((c, ctx) => {
  if (c.supervisor === c.id) ctx.addIssue({ code: "custom", path: ["supervisor"], message: `counselor "${c.id}" cannot be their own supervisor` });
  c.staffOnly?.forEach((ch, i) => {
    if (c.contacts[ch] === undefined) ctx.addIssue({ code: "custom", path: ["staffOnly", i], message: `${ch} is marked staff-only, but there is no ${ch} address under contacts` });
  });
});

export const sessionSchema = strictObject({
  days: uniqueItems(
    z.enum(DAYS, { error: (iss) => `${JSON.stringify(iss.input)} is not a day; use ${DAYS.join(", ")}` }),
    "day",
  ).min(1),
  start: clockTimeSchema,
  durationMinutes: minutesSchema(1, 24 * 60),
  location: z.string().trim().min(1).max(200).optional(),
});

export const groupSchema = strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(80),
  channels: groupChannelsSchema.prefault({}),
  sessions: z.array(sessionSchema).min(1),
  /** Minutes before each session that participants are reminded. */
  reminderOffsetsMinutes: uniqueItems(minutesSchema(1, 14 * 24 * 60), "reminder offset").default(() => [1440, 60]),
});

/** A first name or alias only: the file must not hold full names. */
const participantNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(40, { error: "use a first name or alias of at most 40 characters" })
  .refine((n) => n.split(/\s+/).length <= 2, { error: "use a first name or alias only, not a full name" });

export const participantSchema = strictObject({
  id: idSchema,
  name: participantNameSchema,
  contacts: contactsSchema.prefault({}),
  preferredChannel: z.enum(CHANNELS),
  group: idSchema.optional(),
  counselor: idSchema,
  timeZone: timeZoneSchema.optional(),
  language: z.enum(LANGS).optional(),
  checkinTime: clockTimeSchema.optional(),
  /** Local dates: nothing is sent before startDate or after endDate (discharge). */
  startDate: dateSchema,
  endDate: dateSchema.optional(),
  /** Consent per channel; a contact without consent gets no routine messages. */
  consent: perChannel(CONTACT_CHANNELS, () => consentSchema).prefault({}),
}).superRefine((p, ctx) => {
  if (needsProgramAddress(p.preferredChannel) && p.contacts[p.preferredChannel] === undefined) {
    ctx.addIssue({ code: "custom", path: ["preferredChannel"], message: `preferred channel "${p.preferredChannel}" has no address under contacts` });
  }
  if (p.endDate !== undefined && p.endDate < p.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: `endDate ${p.endDate} is before startDate ${p.startDate}` });
  }
});

/** The file as written, with per-entry defaults filled but before the program-wide ones. */
export const programFileSchema = strictObject({
  program: programSettingsSchema,
  counselors: z.array(counselorSchema).min(1, { error: "a program needs at least one counselor" }),
  groups: z.array(groupSchema).default(() => []),
  participants: z.array(participantSchema).default(() => []),
});
export type ProgramFile = z.output<typeof programFileSchema>;

/**
 * Fills the participant settings that default to the program's (time zone, language, check-in
 * time). Object.assign rather than spread syntax: Node 20's V8 gives every object made by
 * `{ ...p, … }` from a parsed participant a hidden class of its own, which the running bot
 * then holds for each participant (some 3.5 MB for 10,000); these share one.
 */
function fillProgramDefaults(file: ProgramFile) {
  const s = file.program;
  return {
    ...file,
    participants: file.participants.map((p) => {
      const defaults = {
        timeZone: p.timeZone ?? s.timeZone,
        language: p.language ?? s.languages[0] ?? LANGS[0],
        checkinTime: p.checkinTime ?? s.checkin.sendTime,
      };
      return Object.assign({}, p, defaults) as Overridden<typeof p, typeof defaults>;
    }),
  };
}

/** The type of `{ ...a, ...b }`: b's properties replace a's. */
type Overridden<A, B> = Flat<Omit<A, keyof B> & B>;
type Flat<T> = { [K in keyof T]: T[K] };

/** The whole program file: structure, cross-entry rules, then program-wide defaults. */
export const programSchema = programFileSchema.superRefine(checkProgramRules).transform(fillProgramDefaults);

/** A loaded program, every default filled. */
export type Program = z.output<typeof programSchema>;
export type ProgramSettings = Program["program"];
export type CheckinSettings = ProgramSettings["checkin"];
export type Thresholds = CheckinSettings["thresholds"];
export type CounselorDef = Program["counselors"][number];
export type GroupDef = Program["groups"][number];
export type SessionDef = GroupDef["sessions"][number];
export type ParticipantDef = Program["participants"][number];
export type ContactsDef = ParticipantDef["contacts"];
export type ConsentDef = z.output<typeof consentSchema>;
