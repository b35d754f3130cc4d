import { channelTraits } from "../channel/channel-registry.ts";
import { choicesAsText } from "../channel/choices-as-text.ts";
import { alertContent, alertText } from "../escalation/alert-text.ts";
import { firstAlertForm, type AlertForm } from "../escalation/first-alert-form.ts";
import { staff } from "../messages/staff.ts";
import type { Program } from "../program/program-schema.ts";
import type { Db } from "../store/create-db.ts";
import type { ThreadMessage } from "./message-threads.ts";

/**
 * The form each active counselor's alerts take on their first channel (firstAlertForm), by
 * counselor id, from their addresses and the program's staff-only marks; null for a counselor
 * no address of whom takes alerts.
 */
export async function counselorAlertForms(db: Db, program: Program): Promise<Map<string, AlertForm | null>> {
  const [counselors, addresses] = await Promise.all([
    db.counselor.findMany({ where: { active: true }, select: { id: true } }),
    db.address.findMany({ where: { ownerKind: "counselor" } }),
  ]);
  return new Map(
    counselors.map((c) => {
      const staffOnly: readonly string[] = program.counselors.find((d) => d.id === c.id)?.staffOnly ?? [];
      return [c.id, firstAlertForm(addresses.filter((a) => a.ownerId === c.id), staffOnly)];
    }),
  );
}

/** Whether a channel stands in for the person's own (addressed by their id: the local channel). */
const standsIn = (channel: string): boolean => channelTraits(channel).addressFrom === "person-id";

/**
 * Counselors' threads with each alert that went by a channel standing in for their own (the
 * local channel of the console and the CLI) in the words it takes on the counselor's first
 * channel, `receivedAs` saying which: the minimal form for an SMS counselor, the full one on a
 * staff-only contact. The words come from the same function and rule notifyStep sends with.
 * Alerts sent on a provider's channel are left as they went.
 */
export async function alertsAsReceived(db: Db, threads: Map<string, ThreadMessage[]>, forms: ReadonlyMap<string, AlertForm | null>): Promise<Map<string, ThreadMessage[]>> {
  const wanted = [...threads].flatMap(([key, list]) => {
    const form = key.startsWith("counselor:") ? forms.get(key.slice("counselor:".length)) : null;
    return form ? list.filter((m) => m.kind === "alert" && m.escalation && standsIn(m.channel)).map((m) => m.id) : [];
  });
  if (wanted.length === 0) return threads;
  const notices = await db.escalationNotice.findMany({ where: { outboxId: { in: wanted } }, select: { escalationId: true, outboxId: true, step: true } });
  const escalationIds = [...new Set(notices.map((n) => n.escalationId))];
  const [escalations, earlier] = await Promise.all([
    db.escalation.findMany({ where: { id: { in: escalationIds } }, select: { id: true, level: true, participantId: true, reasonsJson: true } }),
    db.escalationNotice.findMany({ where: { escalationId: { in: escalationIds } }, select: { escalationId: true, counselorId: true, step: true } }),
  ]);
  const participantIds = [...new Set(escalations.map((e) => e.participantId).filter((id): id is string => id !== null))];
  const names = new Map((await db.participant.findMany({ where: { id: { in: participantIds } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  const noticeOf = new Map(notices.map((n) => [n.outboxId, n]));
  const escalationOf = new Map(escalations.map((e) => [e.id, e]));

  const asReceived = (counselorId: string, form: AlertForm, m: ThreadMessage): ThreadMessage => {
    const notice = noticeOf.get(m.id);
    const esc = notice ? escalationOf.get(notice.escalationId) : undefined;
    if (!notice || !esc || !m.escalation) return m;
    // As notifyStep decides it: "still open" to someone alerted to this escalation at an earlier step.
    const repeat = earlier.some((n) => n.escalationId === esc.id && n.counselorId === counselorId && n.step < notice.step);
    const text = alertText(form.detail, alertContent(esc, esc.participantId ? (names.get(esc.participantId) ?? null) : null, repeat));
    const offer = staff.alertChoices({ code: m.escalation.code });
    return { ...m, text: channelTraits(form.channel).buttons ? text : choicesAsText({ text, ...offer }), receivedAs: form };
  };

  return new Map(
    [...threads].map(([key, list]) => {
      const counselorId = key.startsWith("counselor:") ? key.slice("counselor:".length) : null;
      const form = counselorId ? forms.get(counselorId) : null;
      if (!counselorId || !form) return [key, list];
      return [key, list.map((m) => (m.kind === "alert" && standsIn(m.channel) ? asReceived(counselorId, form, m) : m))];
    }),
  );
}
