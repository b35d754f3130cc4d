/** Schema of one check-in question in the program file. */
import { z } from "zod";
import { LANGS, type Lang, type QuestionDef } from "../domain/types.ts";
import { strictObject } from "./field-schemas.ts";

/** A check-in question as the loaded program holds it: the domain question plus optional prompt texts. */
export type ProgramQuestion = QuestionDef & { prompt?: Partial<Record<Lang, string>> };

const QUESTION_TYPES = ["scale", "yesno", "text"] as const;

const questionIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, {
  error: (iss) => `${JSON.stringify(iss.input)} is not a valid question id: use lowercase letters, digits and "_", starting with a letter`,
});

const labelsSchema = z.array(z.string().trim().min(1)).min(1);

/** Prompt texts by language; replaces the built-in wording of the question in that language. */
const promptSchema = z.partialRecord(z.enum(LANGS), z.string().trim().min(1), {
  error: (iss) => (iss.code === "invalid_key" ? `prompts are given per language; the languages are ${LANGS.join(", ")}` : undefined),
});

const common = {
  id: questionIdSchema,
  labels: labelsSchema.optional(),
  optional: z.boolean().optional(),
  prompt: promptSchema.optional(),
};

const scaleQuestionSchema = strictObject({
  ...common,
  type: z.literal("scale"),
  min: z.int().min(0).max(100),
  max: z.int().min(0).max(100),
}).superRefine((q, ctx) => {
  if (q.min >= q.max) ctx.addIssue({ code: "custom", path: ["max"], message: `max (${q.max}) must be greater than min (${q.min})` });
});

const yesNoQuestionSchema = strictObject({ ...common, type: z.literal("yesno") });
const textQuestionSchema = strictObject({ ...common, type: z.literal("text") });

export const questionSchema = z
  .discriminatedUnion("type", [scaleQuestionSchema, yesNoQuestionSchema, textQuestionSchema], {
    error: (iss) => {
      if (iss.code !== "invalid_union") return undefined;
      const given = iss.input !== null && typeof iss.input === "object" ? (iss.input as { type?: unknown }).type : undefined;
      const allowed = QUESTION_TYPES.map((t) => `"${t}"`).join(", ");
      return given === undefined ? `required: the question type, one of ${allowed}` : `type must be one of ${allowed}, not ${JSON.stringify(given)}`;
    },
  })
  .transform((q): ProgramQuestion => q);

/** The question list: at least one question, ids all different. */
export const questionsSchema = z
  .array(questionSchema)
  .min(1)
  .superRefine((qs, ctx) => {
    const seen = new Map<string, number>();
    qs.forEach((q, i) => {
      const first = seen.get(q.id);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate question id "${q.id}" (also questions[${first}])` });
      else seen.set(q.id, i);
    });
  });
