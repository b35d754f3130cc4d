import type { InboundMessage, InboundResult } from "../../src/domain/messages.ts";
import type { Engine } from "../../src/engine/create-engine.ts";

/** Hands a message to the engine as an adapter that sends its replies does: handle, then settle("send"). */
export async function handleAndSend(engine: Pick<Engine, "handleInbound">, msg: InboundMessage): Promise<InboundResult> {
  const result = await engine.handleInbound(msg);
  await result.settle("send");
  return result;
}
