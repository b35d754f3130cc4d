/**
 * The exact shape of a loaded program, checked by the type checker (`npx tsc --noEmit -p .`):
 * if the schema's inferred type drifts from this, typechecking fails.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { ChannelName, Lang, QuestionDef } from "../../src/domain/types.ts";
import type { Day, Program, ProgramQuestion, Scenario } from "../../src/program/index.ts";

type Contacts = { sms?: string | undefined; slack?: string | undefined; discord?: string | undefined };
type Consent = { date: string; method: string };

type ExpectedProgram = {
  program: {
    name: string;
    timeZone: string;
    supportContact: string;
    quietHours: { start: string; end: string };
    officeHours: { days: Day[]; start: string; end: string };
    languages: Lang[];
    checkin: {
      sendTime: string;
      nudgeAfterMinutes: number;
      expireAfterMinutes: number | null;
      questions: ProgramQuestion[];
      thresholds: { cravingAtLeast: number; moodAtMost: number; moodDropBelowAverage: number; missedInARow: number };
    };
    welcome: boolean;
    inbox: { readWithinHours: number };
    escalation: { crisisAfterMinutes: number; urgentAfterMinutes: number; urgentAfterHours: "wait" | "page" };
  };
  counselors: {
    id: string;
    name: string;
    contacts: Contacts;
    staffOnly?: ("slack" | "discord")[] | undefined;
    onCall?: number | undefined;
    supervisor?: string | undefined;
  }[];
  groups: {
    id: string;
    name: string;
    channels: { slack?: string | undefined; discord?: string | undefined };
    sessions: { days: Day[]; start: string; durationMinutes: number; location?: string | undefined }[];
    reminderOffsetsMinutes: number[];
  }[];
  participants: {
    id: string;
    name: string;
    contacts: Contacts;
    preferredChannel: ChannelName;
    group?: string | undefined;
    counselor: string;
    timeZone: string;
    language: Lang;
    checkinTime: string;
    startDate: string;
    endDate?: string | undefined;
    consent: { sms?: Consent | undefined; slack?: Consent | undefined; discord?: Consent | undefined };
  }[];
};

describe("types", () => {
  it("Program has the documented shape", () => {
    expectTypeOf<Program>().toEqualTypeOf<ExpectedProgram>();
    expectTypeOf<ProgramQuestion>().toEqualTypeOf<QuestionDef & { prompt?: Partial<Record<Lang, string>> }>();
    expectTypeOf<Program["program"]["checkin"]["questions"][number]>().toExtend<QuestionDef>();
  });

  it("Scenario has the documented shape", () => {
    expectTypeOf<Scenario>().toEqualTypeOf<{
      program: Program;
      start: Date;
      history: { participant: string; date: string; mood: number | null; craving: number | null; meeting: boolean | null }[];
      events: { at: Date; from?: string | undefined; text?: string | undefined; channel?: ChannelName | undefined; providerId?: string | undefined }[];
    }>();
  });
});
