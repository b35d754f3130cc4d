/**
 * The standard daily check-in of an Intensive Outpatient Program, with the words that label
 * each question in an all-in-one reply ("mood 7, cravings 2, went to AA").
 */
import type { QuestionDef } from "../domain/types.ts";

// Labels are written as participants type them; matching folds case and accents, so both
// "reunión" and "reunion" are listed only for readability. Single-word labels also match
// with a plural "s"/"es" (see label-table.ts).
const MOOD_LABELS = ["mood", "moods", "ánimo", "animo", "humor", "estado de ánimo", "estado de animo"];
const CRAVING_LABELS = [
  "craving", "cravings", "urge", "urges", "antojo", "antojos", "ganas", "deseo", "deseos",
  "ganas de consumir", "ganas de tomar",
];
const MEETING_LABELS = [
  "meeting", "meetings", "recovery meeting", "group", "groups", "aa", "na", "reunión", "reunion", "reuniones",
  "junta", "juntas", "grupo", "grupos",
];
const NOTE_LABELS = ["note", "notes", "nota", "notas"];

/**
 * The default check-in: mood 1-10, craving 0-10, went to a recovery meeting (yes/no) and an
 * optional note. Each call site gets the same frozen-in-spirit array; copy before changing.
 */
export const DEFAULT_QUESTIONS: QuestionDef[] = [
  { id: "mood", type: "scale", min: 1, max: 10, labels: MOOD_LABELS },
  { id: "craving", type: "scale", min: 0, max: 10, labels: CRAVING_LABELS },
  { id: "meeting", type: "yesno", labels: MEETING_LABELS },
  { id: "note", type: "text", optional: true, labels: NOTE_LABELS },
];

/**
 * The default labels (English and Spanish) of a standard question id ("mood", "craving",
 * "meeting", "note"), or an empty array for any other id. Returns a fresh array.
 */
export function defaultLabels(id: string): string[] {
  const q = DEFAULT_QUESTIONS.find((d) => d.id === id);
  return q?.labels ? [...q.labels] : [];
}
