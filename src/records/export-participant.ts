import fs from "node:fs";
import path from "node:path";
import { didYouMean } from "../program/suggest.ts";
import type { Db } from "../store/create-db.ts";
import { participantRecord } from "./participant-record.ts";
import { recordAudit } from "./record-audit.ts";
import { recordCsv } from "./record-csv.ts";

/** What to export, for whom, and where. */
export interface ExportRequest {
  participantId: string;
  /** The counselor exporting: named in the audit event. */
  counselorId: string;
  format: "json" | "csv";
  /** The directory the files go in (made if missing). */
  outDir: string;
  /** The surface ("cli"). */
  via: string;
  now: Date;
}

/** What an export did. Unknown ids are answers, with a did-you-mean hint (`""` when nothing is close). */
export type ExportOutcome =
  | { kind: "written"; files: string[]; counts: Record<string, number> }
  | { kind: "unknown_participant"; hint: string }
  | { kind: "unknown_counselor"; hint: string };

/**
 * Writes everything stored about one participant (discharged ones included) for the clinic's
 * record: JSON as one document `<id>.json`, CSV as one file per record kind in a directory
 * `<id>/`. Files are readable by their owner only (0600), directories 0700. The export is
 * recorded as a `participant_exported` audit event, before anything is written, so no export
 * goes unrecorded. Whoever runs the CLI can read the database; `--as` names them, it does not
 * grant access, so any active counselor may export.
 */
export async function exportParticipant(db: Db, r: ExportRequest): Promise<ExportOutcome> {
  const counselor = await db.counselor.findFirst({ where: { id: r.counselorId, active: true }, select: { id: true } });
  if (!counselor) {
    const ids = (await db.counselor.findMany({ where: { active: true }, select: { id: true } })).map((c) => c.id);
    return { kind: "unknown_counselor", hint: didYouMean(r.counselorId, ids) };
  }
  const record = await participantRecord(db, r.participantId);
  if (!record) {
    const ids = (await db.participant.findMany({ select: { id: true } })).map((p) => p.id);
    return { kind: "unknown_participant", hint: didYouMean(r.participantId, ids) };
  }
  const counts = { checkins: record.checkins.length, messages: record.messages.length, escalations: record.escalations.length, consent: record.consent.length };
  await recordAudit(db, { at: r.now, actorKind: "staff", actorId: r.counselorId, action: "participant_exported", participantId: r.participantId, via: r.via, detail: { format: r.format, ...counts } });
  fs.mkdirSync(r.outDir, { recursive: true, mode: 0o700 });
  const files: string[] = [];
  if (r.format === "json") {
    const file = path.join(r.outDir, `${safeName(r.participantId)}.json`);
    writePrivate(file, JSON.stringify({ exportedAt: r.now, exportedBy: r.counselorId, ...record }, null, 2) + "\n");
    files.push(file);
  } else {
    const dir = path.join(r.outDir, safeName(r.participantId));
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
    for (const [kind, text] of Object.entries(recordCsv(record))) {
      const file = path.join(dir, `${kind}.csv`);
      writePrivate(file, text);
      files.push(file);
    }
  }
  return { kind: "written", files, counts };
}

/** A participant id as a file name: ids are short codes, but never let one climb out of the directory. */
function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
}

/** Writes a file only its owner can read, also when it already existed with wider rights. */
function writePrivate(file: string, text: string): void {
  fs.writeFileSync(file, text, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}
