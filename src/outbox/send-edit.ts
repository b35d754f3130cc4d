import type { Channel } from "../channel/channel.ts";
import type { OutboundMessage } from "../domain/messages.ts";
import { SteadyError } from "../domain/steady-error.ts";
import type { EngineContext } from "../engine/engine-context.ts";

/** The stored fields of an edit row that say which message it changes. */
interface EditRow {
  /** The outbox id of the message to change. */
  ref: string | null;
}

/**
 * Carries out an outbox row of kind "edit": the channel replaces what the message in `ref`
 * shows, found by the provider id stored when it was sent. Until that message has an id
 * (still on its way) the edit waits like a failed send; when it never will (it failed, or
 * the channel cannot edit) the edit is given up, which loses nothing: the alert still stands.
 */
export async function sendEdit(ctx: EngineContext, channel: Channel, row: EditRow, message: OutboundMessage): Promise<void> {
  const original = row.ref ? await ctx.db.outbox.findUnique({ where: { id: row.ref }, select: { providerId: true, status: true } }) : null;
  if (!original || ["failed", "undelivered", "dropped", "cancelled"].includes(original.status)) {
    throw new SteadyError("provider_permanent", "no sent message to edit");
  }
  if (!channel.edit) throw new SteadyError("provider_permanent", `channel ${channel.name} cannot edit`);
  if (!original.providerId) throw new SteadyError("provider_transient", "the message to edit has no provider id yet");
  await channel.edit(original.providerId, message);
}
