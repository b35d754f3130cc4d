export { DEFAULT_CHECKIN_QUESTIONS, defaultCheckinQuestions } from "./default-checkin-questions.ts";
export { DAYS, type Day } from "./field-schemas.ts";
export { loadProgram, type LoadedProgram } from "./load-program.ts";
export { formatIssue, ProgramFileError, type ProgramFileIssue } from "./program-file-error.ts";
export {
  CONTACT_CHANNELS,
  programSchema,
  type CheckinSettings,
  type ConsentDef,
  type ContactChannel,
  type ContactsDef,
  type CounselorDef,
  type GroupDef,
  type ParticipantDef,
  type Program,
  type ProgramQuestion,
  type ProgramSettings,
  type SessionDef,
  type Thresholds,
} from "./program-schema.ts";
export { inQuietHours } from "./program-warnings.ts";
export { readProgramFile } from "./read-program-file.ts";
export { loadScenario, scenarioSchema, type Scenario, type ScenarioEvent } from "./scenario-schema.ts";
