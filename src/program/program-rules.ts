/**
 * Rules of a program file that span several entries: unique ids, references between
 * entries, addresses shared by two people, languages and thresholds that must fit the
 * program's settings. Run by `programSchema` once every entry is well-formed on its own.
 */
import type { z } from "zod";
import { CHANNEL_REGISTRY, CONTACT_CHANNELS } from "../channel/channel-registry.ts";
import type { ProgramFile } from "./program-schema.ts";
import { didYouMean } from "./suggest.ts";

type Ctx = z.RefinementCtx<ProgramFile>;
type Path = (string | number)[];

function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: "custom", path, message });
}

function checkUniqueIds(ctx: Ctx, kind: string, list: "counselors" | "groups" | "participants", ids: string[]): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const at = first.get(id);
    if (at !== undefined) issue(ctx, [list, i, "id"], `duplicate ${kind} id "${id}" (also ${list}[${at}])`);
    else first.set(id, i);
  });
}

function checkReference(ctx: Ctx, path: Path, kind: string, id: string | undefined, known: Set<string>): void {
  if (id !== undefined && !known.has(id)) issue(ctx, path, `unknown ${kind} "${id}"${didYouMean(id, known)}`);
}

/** Each phone number or chat user id belongs to one person, participants and counselors together. */
function checkSharedContacts(ctx: Ctx, file: ProgramFile): void {
  const people = [
    ...file.counselors.map((c, i) => ({ where: `counselors[${i}]`, path: ["counselors", i] as Path, id: c.id, contacts: c.contacts })),
    ...file.participants.map((p, i) => ({ where: `participants[${i}]`, path: ["participants", i] as Path, id: p.id, contacts: p.contacts })),
  ];
  for (const channel of CONTACT_CHANNELS) {
    const owner = new Map<string, string>();
    for (const person of people) {
      const address = person.contacts[channel];
      if (address === undefined) continue;
      const other = owner.get(address);
      if (other !== undefined) {
        issue(ctx, [...person.path, "contacts", channel], `this ${CHANNEL_REGISTRY[channel].contact.label} is already used by ${other}; each person needs their own`);
      } else owner.set(address, `${person.where} (${person.id})`);
    }
  }
}

/** Thresholds must be reachable on the scales of the "mood" and "craving" questions, when those exist. */
function checkThresholds(ctx: Ctx, file: ProgramFile): void {
  const { questions, thresholds } = file.program.checkin;
  const path: Path = ["program", "checkin", "thresholds"];
  const scale = (id: string) => {
    const q = questions.find((x) => x.id === id);
    return q?.type === "scale" ? q : undefined;
  };
  const craving = scale("craving");
  if (craving && (thresholds.cravingAtLeast < craving.min || thresholds.cravingAtLeast > craving.max)) {
    issue(ctx, [...path, "cravingAtLeast"], `must be within the craving scale ${craving.min}-${craving.max}`);
  }
  const mood = scale("mood");
  if (mood && (thresholds.moodAtMost < mood.min || thresholds.moodAtMost > mood.max)) {
    issue(ctx, [...path, "moodAtMost"], `must be within the mood scale ${mood.min}-${mood.max}`);
  }
  if (mood && thresholds.moodDropBelowAverage > mood.max - mood.min) {
    issue(ctx, [...path, "moodDropBelowAverage"], `must be at most ${mood.max - mood.min}, the width of the mood scale ${mood.min}-${mood.max}`);
  }
}

export function checkProgramRules(file: ProgramFile, ctx: Ctx): void {
  checkUniqueIds(ctx, "counselor", "counselors", file.counselors.map((c) => c.id));
  checkUniqueIds(ctx, "group", "groups", file.groups.map((g) => g.id));
  checkUniqueIds(ctx, "participant", "participants", file.participants.map((p) => p.id));

  const counselorIds = new Set(file.counselors.map((c) => c.id));
  const groupIds = new Set(file.groups.map((g) => g.id));
  const onCall = new Map<number, string>();
  file.counselors.forEach((c, i) => {
    checkReference(ctx, ["counselors", i, "supervisor"], "counselor", c.supervisor, counselorIds);
    if (c.onCall === undefined) return;
    const other = onCall.get(c.onCall);
    if (other !== undefined) issue(ctx, ["counselors", i, "onCall"], `on-call position ${c.onCall} is already taken by ${other}`);
    else onCall.set(c.onCall, `counselors[${i}] (${c.id})`);
  });

  const languages = file.program.languages;
  file.participants.forEach((p, i) => {
    checkReference(ctx, ["participants", i, "counselor"], "counselor", p.counselor, counselorIds);
    checkReference(ctx, ["participants", i, "group"], "group", p.group, groupIds);
    if (p.language !== undefined && !languages.includes(p.language)) {
      issue(ctx, ["participants", i, "language"], `language "${p.language}" is not one of the program's languages (${languages.join(", ")})`);
    }
  });

  checkSharedContacts(ctx, file);
  checkThresholds(ctx, file);
}
