import { registerChannel } from "../../src/channel/channel-registry.ts";
import { startTestApp } from "../support/test-app.ts";
import { runChannelContract } from "./channel-contract.ts";
import { STUB, StubChannel } from "./stub/stub-channel.ts";

registerChannel(STUB);

runChannelContract({
  name: STUB.name,
  async start(at) {
    let clock = () => new Date(at);
    const stub = new StubChannel(() => clock());
    const app = await startTestApp({ at, channels: [stub] });
    clock = app.clock.read;
    return {
      app,
      channel: stub,
      address: (id) => id,
      async deliver(m) {
        const room = m.group ? { room: m.group } : {};
        const event = m.action
          ? { type: "button" as const, id: m.id, user: m.from, actionId: m.action.id, value: m.action.value, ...room }
          : { type: "message" as const, id: m.id, user: m.from, text: m.text ?? "", ...room };
        if (!(await stub.receive(event))) throw new Error("stub channel is stopped");
      },
      sentTo: (address) => stub.sent.filter((s) => s.to === address).map((s) => s.text),
      async report(providerId, status) {
        await stub.report(providerId, status);
      },
      dispose: () => app.dispose(),
    };
  },
});
