import { CHANNELS, needsProgramAddress, personAddress } from "../channel/channel-registry.ts";
import type { Program } from "../program/program-schema.ts";
import type { Db } from "./create-db.ts";
import { insertRows, isUniqueViolation } from "./insert-rows.ts";
import { writeBatch } from "./write-batch.ts";
import { auditStatements, recordAudit } from "../records/record-audit.ts";

/** What a sync changed, as lines a person can read. No contact details or answers appear here. */
export interface SyncReport {
  changes: string[];
  unchanged: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface DesiredAddress {
  channel: string;
  address: string;
  ownerKind: "participant" | "counselor";
  ownerId: string;
  consentAt: Date | null;
  consentHow: string | null;
}

/** Tries a sync that collides with another instance's gets before it gives up. */
const SYNC_TRIES = 8;

/** Where a sync came from, for the audit log: "program_file" (start and reload) or "cli". */
export interface SyncOptions {
  via?: string;
}

/**
 * Upserts the program file into the database, idempotently: a second run with the same file
 * changes nothing and says so. A sync that changed something is recorded as a
 * `program_synced` audit event with counts; consent it adds or removes, as consent events. People and groups missing from the file are deactivated, not
 * deleted (their history stays). A participant whose schedule settings changed is re-planned.
 *
 * Instances started together sync the same file at once; one that finds a row the other just
 * wrote (a unique key) runs the sync again after a short random pause, and then finds the rows
 * there. The report lists what either try changed.
 */
export async function syncProgram(db: Db, program: Program, now: Date, o: SyncOptions = {}): Promise<SyncReport> {
  const earlier: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const changes: string[] = [];
    try {
      const report = await syncOnce(db, program, now, changes, o.via ?? "program_file");
      const all = [...new Set([...earlier, ...report.changes])];
      if (all.length > 0) await recordAudit(db, { at: now, actorKind: "system", actorId: "sync", action: "program_synced", via: o.via ?? "program_file", detail: syncCounts(all, report.unchanged) });
      return { changes: all, unchanged: report.unchanged };
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= SYNC_TRIES) throw e;
      earlier.push(...changes);
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
    }
  }
}

/** The counts of a sync's change lines by kind, for its audit event (the lines name ids only, but counts are enough). */
function syncCounts(changes: string[], unchanged: number): Record<string, number> {
  const count = (re: RegExp) => changes.filter((c) => re.test(c)).length;
  return {
    changes: changes.length,
    participantsAdded: count(/^participant .* added$/),
    participantsUpdated: count(/^participant .* updated$/),
    participantsDeactivated: count(/^participant .* deactivated$/),
    counselorsChanged: count(/^counselor /),
    groupsChanged: count(/^group /),
    contactsChanged: count(/contact/),
    unchanged,
  };
}

/** One pass of the sync; `changes` is filled as it goes, so a pass cut short still says what it did. */
async function syncOnce(db: Db, program: Program, now: Date, changes: string[], via: string): Promise<SyncReport> {
  let unchanged = 0;
  const settingsJson = JSON.stringify(program.program);
  const current = await db.program.findUnique({ where: { id: "program" } });
  if (!current || current.settingsJson !== settingsJson || current.name !== program.program.name) {
    await db.program.upsert({
      where: { id: "program" },
      create: { id: "program", name: program.program.name, timeZone: program.program.timeZone, settingsJson, syncedAt: now },
      update: { name: program.program.name, timeZone: program.program.timeZone, settingsJson, syncedAt: now },
    });
    changes.push(current ? "program settings updated" : "program created");
  } else unchanged++;

  // Counselors
  const counselors = new Map((await db.counselor.findMany()).map((c) => [c.id, c]));
  for (const c of program.counselors) {
    const row = { name: c.name, onCallOrder: c.onCall ?? null, supervisorId: c.supervisor ?? null, active: true };
    const old = counselors.get(c.id);
    if (!old) (await db.counselor.create({ data: { id: c.id, ...row } }), changes.push(`counselor ${c.id} added`));
    else if (!same({ name: old.name, onCallOrder: old.onCallOrder, supervisorId: old.supervisorId, active: old.active }, row))
      (await db.counselor.update({ where: { id: c.id }, data: row }), changes.push(`counselor ${c.id} updated`));
    else unchanged++;
  }
  for (const old of counselors.values()) {
    if (old.active && !program.counselors.some((c) => c.id === old.id)) {
      await db.counselor.update({ where: { id: old.id }, data: { active: false } });
      changes.push(`counselor ${old.id} deactivated`);
    }
  }

  // Groups
  const groups = new Map((await db.group.findMany()).map((g) => [g.id, g]));
  for (const g of program.groups) {
    const row = { name: g.name, channelsJson: JSON.stringify(g.channels), sessionsJson: JSON.stringify(g.sessions), offsetsJson: JSON.stringify(g.reminderOffsetsMinutes), active: true };
    const old = groups.get(g.id);
    if (!old) (await db.group.create({ data: { id: g.id, ...row } }), changes.push(`group ${g.id} added`));
    else if (!same({ name: old.name, channelsJson: old.channelsJson, sessionsJson: old.sessionsJson, offsetsJson: old.offsetsJson, active: old.active }, row))
      (await db.group.update({ where: { id: g.id }, data: row }), changes.push(`group ${g.id} updated`));
    else unchanged++;
  }
  for (const old of groups.values()) {
    if (old.active && !program.groups.some((g) => g.id === old.id)) {
      await db.group.update({ where: { id: old.id }, data: { active: false } });
      changes.push(`group ${old.id} deactivated`);
    }
  }

  unchanged += await syncParticipants(db, program, changes);
  await syncAddresses(db, program, now, changes, via);
  return { changes, unchanged };
}

/** What the sync reads of each participant: its id and the columns it compares. */
const PARTICIPANT_COLUMNS = { id: true, name: true, preferredChannel: true, groupId: true, counselorId: true, timeZone: true, language: true, checkinTime: true, startDate: true, endDate: true, active: true } as const;

/**
 * The participants' part of a sync; returns how many were unchanged. A function of its own so
 * that the rows it reads (one per participant) are no longer held while the addresses are
 * read and compared.
 */
async function syncParticipants(db: Db, program: Program, changes: string[]): Promise<number> {
  const participants = new Map((await db.participant.findMany({ select: PARTICIPANT_COLUMNS })).map((p) => [p.id, p]));
  let unchanged = 0;
  const created = [];
  for (const p of program.participants) {
    const row = {
      name: p.name,
      preferredChannel: p.preferredChannel,
      groupId: p.group ?? null,
      counselorId: p.counselor,
      timeZone: p.timeZone,
      language: p.language,
      checkinTime: p.checkinTime ?? null,
      startDate: p.startDate,
      endDate: p.endDate ?? "9999-12-31", // open-ended enrolment
      active: true,
    };
    const old = participants.get(p.id);
    if (!old) {
      created.push({ id: p.id, ...row });
      continue;
    }
    const oldRow = { name: old.name, preferredChannel: old.preferredChannel, groupId: old.groupId, counselorId: old.counselorId, timeZone: old.timeZone, language: old.language, checkinTime: old.checkinTime, startDate: old.startDate, endDate: old.endDate, active: old.active };
    if (same(oldRow, row)) {
      unchanged++;
      continue;
    }
    const replan = old.timeZone !== row.timeZone || old.checkinTime !== row.checkinTime || old.startDate !== row.startDate || old.endDate !== row.endDate || !old.active;
    await db.participant.update({ where: { id: p.id }, data: replan ? { ...row, plannedUntil: null } : row });
    if (replan) await cancelPlanned(db, p.id);
    changes.push(`participant ${p.id} updated`);
  }
  if (created.length > 0) {
    await writeBatch(db, insertRows(db, "Participant", created));
    for (const c of created) changes.push(`participant ${c.id} added`);
  }
  const listed = new Set(program.participants.map((p) => p.id));
  for (const old of participants.values()) {
    if (old.active && !listed.has(old.id)) {
      await db.participant.update({ where: { id: old.id }, data: { active: false } });
      await cancelPlanned(db, old.id);
      changes.push(`participant ${old.id} deactivated`);
    }
  }
  return unchanged;
}

/** Drops planned but unsent check-ins so the planner writes them again with the new settings. */
async function cancelPlanned(db: Db, participantId: string): Promise<void> {
  const scheduled = await db.checkIn.findMany({ where: { participantId, status: "scheduled" }, select: { id: true } });
  const ids = scheduled.map((c) => c.id);
  await db.job.deleteMany({ where: { kind: "prompt", refId: { in: ids }, status: "pending" } });
  await db.checkIn.deleteMany({ where: { id: { in: ids } } });
}

/** What the sync reads of each address: the columns it compares or writes back. */
const ADDRESS_COLUMNS = { id: true, channel: true, address: true, ownerKind: true, ownerId: true, consentAt: true, consentHow: true } as const;

async function syncAddresses(db: Db, program: Program, now: Date, changes: string[], via: string): Promise<void> {
  const desired: DesiredAddress[] = [];
  for (const c of program.counselors) {
    for (const channel of CHANNELS) {
      const address = personAddress(channel, c);
      if (address !== undefined) desired.push({ channel, address, ownerKind: "counselor", ownerId: c.id, consentAt: null, consentHow: null });
    }
  }
  for (const p of program.participants) {
    for (const channel of CHANNELS) {
      const address = personAddress(channel, p);
      if (address === undefined) continue;
      if (!needsProgramAddress(channel)) {
        // A channel addressed by id runs inside this process (the development console): it
        // reaches no one else, so it needs no consent record.
        desired.push({ channel, address, ownerKind: "participant", ownerId: p.id, consentAt: now, consentHow: `${channel} channel` });
        continue;
      }
      const given = p.consent[channel];
      desired.push({ channel, address, ownerKind: "participant", ownerId: p.id, consentAt: given ? new Date(`${given.date}T00:00:00Z`) : null, consentHow: given?.method ?? null });
    }
  }
  const existing = new Map((await db.address.findMany({ select: ADDRESS_COLUMNS })).map((a) => [`${a.channel}\u0000${a.address}`, a]));
  const keep = new Set<string>();
  const events: { participantId: string; channel: string; action: "consent_given" | "consent_removed"; source: string; detail: string | null; at: Date }[] = [];
  const toCreate = [];
  for (const d of desired) {
    const key = `${d.channel}\u0000${d.address}`;
    keep.add(key);
    const old = existing.get(key);
    const consentChanged = needsProgramAddress(d.channel) && (old?.consentHow ?? null) !== d.consentHow;
    if (consentChanged && d.ownerKind === "participant") {
      events.push({ participantId: d.ownerId, channel: d.channel, action: d.consentAt ? "consent_given" : "consent_removed", source: "program_file", detail: d.consentHow, at: now });
    }
    if (!old) {
      toCreate.push(d);
    } else if (old.ownerKind !== d.ownerKind || old.ownerId !== d.ownerId || consentChanged) {
      await db.address.update({ where: { id: old.id }, data: { ownerKind: d.ownerKind, ownerId: d.ownerId, consentAt: needsProgramAddress(d.channel) ? d.consentAt : old.consentAt, consentHow: d.consentHow } });
      if (needsProgramAddress(d.channel)) changes.push(`${d.ownerKind} ${d.ownerId}: ${d.channel} contact updated`);
    }
  }
  if (toCreate.length > 0) {
    await writeBatch(db, insertRows(db, "Address", toCreate.map((d) => ({ ...d }))));
    const real = toCreate.filter((d) => needsProgramAddress(d.channel));
    if (real.length > 0) changes.push(`${real.length} contact address(es) added`);
  }
  const stale = [...existing.entries()].filter(([k]) => !keep.has(k)).map(([, a]) => a.id);
  if (stale.length > 0) {
    await db.address.deleteMany({ where: { id: { in: stale } } });
    changes.push(`${stale.length} contact address(es) removed`);
  }
  if (events.length === 0) return;
  // One transaction of plain statements: a first sync writes an event and an audit row for
  // every participant, more than one interactive transaction should hold.
  const audits = events.map((e) => ({
    at: now,
    actorKind: "system" as const,
    actorId: "sync",
    action: e.action === "consent_given" ? ("consent_granted" as const) : ("consent_revoked" as const),
    participantId: e.participantId,
    via,
    detail: { source: "program_file", channels: [e.channel] },
  }));
  await writeBatch(db, [...insertRows(db, "ConsentEvent", events), ...auditStatements(db, audits)]);
}
