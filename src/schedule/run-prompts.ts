import { randomUUID } from "node:crypto";
import type { Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { openingText, type PromptedQuestion } from "../checkin/step-checkin.ts";
import { isEnrolled } from "../inbound/handle-participant.ts";
import type { OutboxRow } from "../outbox/deliver-outbox.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { pickParticipantAddress, type AddressInfo } from "../outbox/pick-address.ts";
import { isQuiet, quietEndsAt } from "../time/quiet-hours.ts";
import { insertRows } from "../store/insert-rows.ts";
import { writeBatch } from "../store/write-batch.ts";
import type { JobRow } from "./claim-jobs.ts";
import { updateByIds } from "./update-by-ids.ts";

/**
 * Writes the check-in prompts of a batch of claimed jobs with a handful of queries: one read
 * each of check-ins, participants and addresses (only the columns used), then one
 * transaction of plain statements that writes the outbox rows, the nudge and expiry jobs and
 * the new statuses. The outbox rows are written already claimed by this dispatcher and
 * returned, for the caller to send without claiming and re-reading them; if it never does
 * (a crash), the claim lapses after ctx.claimMs and any dispatcher sends them. A prompt that
 * became stale (its nudge time has passed, e.g. after downtime) is skipped, not sent late,
 * and does not count as a missed check-in.
 */
export async function runPrompts(ctx: EngineContext, jobs: JobRow[], now: Date): Promise<OutboxRow[]> {
  const db = ctx.db;
  const claim = { token: `${ctx.instanceId}:${randomUUID()}`, until: new Date(now.getTime() + ctx.claimMs) };
  const settings = ctx.program.program.checkin;
  const quiet = ctx.program.program.quietHours;
  const checkins = await db.checkIn.findMany({
    where: { id: { in: jobs.map((j) => j.refId) } },
    select: { id: true, participantId: true, status: true, promptAt: true, nudgeAt: true, expiresAt: true },
  });
  const byId = new Map(checkins.map((c) => [c.id, c]));
  const pids = [...new Set(checkins.map((c) => c.participantId))];
  const participants = new Map(
    (
      await db.participant.findMany({
        where: { id: { in: pids } },
        select: { id: true, name: true, language: true, timeZone: true, preferredChannel: true, active: true, startDate: true, endDate: true, optedOutAt: true },
      })
    ).map((p) => [p.id, p]),
  );
  const addressesOf = new Map<string, AddressInfo[]>();
  const addresses = await db.address.findMany({
    where: { ownerKind: "participant", ownerId: { in: pids } },
    select: { ownerId: true, channel: true, address: true, consentAt: true, optedOutAt: true, unreachableAt: true },
  });
  for (const { ownerId, ...a } of addresses) {
    const list = addressesOf.get(ownerId);
    if (list) list.push(a);
    else addressesOf.set(ownerId, [a]);
  }
  const running = new Set(ctx.channels.keys());

  const outbox: OutboxRow[] = [];
  const followUps = [];
  const opened: string[] = [];
  const skipped: string[] = [];
  const done: string[] = [];
  const deferred: { id: string; dueAt: Date }[] = [];
  for (const job of jobs) {
    const c = byId.get(job.refId);
    const p = c && participants.get(c.participantId);
    if (!c || !p || c.status !== "scheduled") {
      done.push(job.id);
      continue;
    }
    const staleAt = Math.min(c.nudgeAt.getTime(), c.expiresAt.getTime());
    const address = pickParticipantAddress(addressesOf.get(p.id) ?? [], p.preferredChannel, running);
    if (!isEnrolled(p, c.promptAt) || p.optedOutAt || !address || now.getTime() >= staleAt) {
      skipped.push(c.id);
      done.push(job.id);
      continue;
    }
    if (isQuiet(now, p.timeZone, quiet)) {
      const opens = quietEndsAt(now, p.timeZone, quiet);
      if (opens.getTime() < staleAt) deferred.push({ id: job.id, dueAt: opens });
      else {
        skipped.push(c.id);
        done.push(job.id);
      }
      continue;
    }
    const lang = p.language as Lang;
    outbox.push(
      outboxRow(
        {
          channel: address.channel as never,
          address: address.address,
          recipientKind: "participant",
          recipientId: p.id,
          kind: "prompt",
          text: openingText({ questions: settings.questions as PromptedQuestion[], lang, name: p.name }),
          idempotencyKey: `prompt:${c.id}`,
          dueAt: now,
          quietTz: p.timeZone,
          expiresAt: new Date(staleAt),
        },
        now,
        claim,
      ),
    );
    const nudgeAt = new Date(now.getTime() + settings.nudgeAfterMinutes * 60_000);
    if (nudgeAt < c.expiresAt) followUps.push({ id: `nudge:${c.id}`, kind: "nudge", refId: c.id, dueAt: nudgeAt });
    followUps.push({ id: `expire:${c.id}`, kind: "expire", refId: c.id, dueAt: c.expiresAt });
    opened.push(c.id);
    done.push(job.id);
  }
  // Only plain statements here: see updateByIds for what one model query in the batch costs.
  await writeBatch(db, [
    ...insertRows(db, "Outbox", outbox),
    ...insertRows(db, "Job", followUps),
    ...updateByIds(db, "CheckIn", { status: "open", sentAt: now }, opened, { status: "scheduled" }),
    ...updateByIds(db, "CheckIn", { status: "skipped", closedAt: now }, skipped, { status: "scheduled" }),
    ...updateByIds(db, "Job", { status: "done", doneAt: now, claimToken: null }, done),
    ...deferred.flatMap((d) => updateByIds(db, "Job", { dueAt: d.dueAt, claimToken: null, claimedUntil: null }, [d.id])),
  ], ctx.fastPaths !== false);
  return outbox;
}
