import { z } from "zod";
import type { Engine } from "../engine/create-engine.ts";
import { acknowledgeAlert } from "../staff/acknowledge-alert.ts";
import { findPerson } from "../staff/find-person.ts";
import { resolveAlert } from "../staff/resolve-alert.ts";
import type { ConsoleApp } from "./console-channel.ts";
import { advanceClock, jumpToNextDue } from "./advance-clock.ts";
import type { OffsetClock } from "./offset-clock.ts";

/** What an action answers: an HTTP status and a JSON body for the page's status line. */
export interface ActionResult {
  status: number;
  body: Record<string, unknown>;
}

/** Longest reply the console takes; ten SMS segments is plenty for a demo. */
const MAX_REPLY_LENGTH = 1600;

const replyBody = z.object({ participantId: z.string().min(1).max(100), text: z.string().trim().min(1).max(MAX_REPLY_LENGTH) });
const staffBody = z.object({ counselorId: z.string().min(1).max(100), text: z.string().trim().min(1).max(MAX_REPLY_LENGTH) });
const alertBody = z.object({ code: z.string().min(1).max(20), counselorId: z.string().min(1).max(100), note: z.string().max(MAX_REPLY_LENGTH).optional() });
const clockBody = z.object({ action: z.enum(["next", "hour", "day"]) });

const HOUR_MS = 60 * 60_000;

function invalid(error: z.ZodError): ActionResult {
  return { status: 400, body: { error: "bad_request", message: error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") } };
}

/** `from` types `text` on the local channel, if the desk knows them as a `kind`. */
async function typeAs(app: ConsoleApp, kind: "participant" | "counselor", from: string, text: string): Promise<ActionResult> {
  if ((await findPerson(app.engine.ctx.db, from)) !== kind) return { status: 404, body: { error: "not_found", message: `no such ${kind}` } };
  if (!app.local) return { status: 409, body: { error: "no_local_channel", message: "the local channel is not running" } };
  const result = await app.local.receive(from, text);
  return { status: 200, body: { outcome: "sent", replies: result.replies.length } };
}

/** Types a message on a participant's phone: it goes through the local channel like any inbound text. */
export async function replyAsParticipant(app: ConsoleApp, input: unknown): Promise<ActionResult> {
  const r = replyBody.safeParse(input);
  if (!r.success) return invalid(r.error);
  return typeAs(app, "participant", r.data.participantId, r.data.text);
}

/**
 * Types a message in a counselor's inbox: READ, REPLY <code> <text>, ACK <code>... go through the
 * local channel like a counselor's text, so the engine's one rule decides what they may do.
 */
export async function messageAsCounselor(app: ConsoleApp, input: unknown): Promise<ActionResult> {
  const r = staffBody.safeParse(input);
  if (!r.success) return invalid(r.error);
  return typeAs(app, "counselor", r.data.counselorId, r.data.text);
}

/**
 * Acknowledges or resolves (with an optional note) an alert as the counselor whose inbox the
 * button is in, through the staff desk: the same rule and the same answer as `ACK <code>` from
 * their phone (src/escalation/may-act.ts).
 */
export async function actOnAlert(app: { engine: Engine }, action: "acknowledge" | "resolve", input: unknown): Promise<ActionResult> {
  const r = alertBody.safeParse(input);
  if (!r.success) return invalid(r.error);
  const { code, counselorId, note } = r.data;
  const act = action === "acknowledge" ? acknowledgeAlert : resolveAlert;
  const outcome = await act(app.engine.ctx, code, { counselorId, via: "console" }, { note });
  if (outcome.kind === "done") return { status: 200, body: { outcome: "done", code } };
  if (outcome.kind === "already") return { status: 409, body: { outcome: "already", code, by: outcome.by } };
  if (outcome.kind === "refused") return { status: 403, body: { error: "not_allowed", reason: outcome.reason, message: outcome.message } };
  return { status: 404, body: { outcome: "not_found", code } };
}

/** Moves the clock: to the next due event, or an hour or a day ahead, running what falls due on the way. */
export async function moveClock(app: { engine: Engine }, clock: OffsetClock, input: unknown): Promise<ActionResult> {
  const r = clockBody.safeParse(input);
  if (!r.success) return invalid(r.error);
  const { action } = r.data;
  const move =
    action === "next"
      ? await jumpToNextDue(app.engine, clock)
      : await advanceClock(app.engine, clock, new Date(clock.read().getTime() + (action === "hour" ? HOUR_MS : 24 * HOUR_MS)));
  if (!move) return { status: 200, body: { outcome: "nothing_due" } };
  return { status: 200, body: { outcome: "moved", from: move.from.toISOString(), to: move.to.toISOString() } };
}
