import { startTestApp } from "../support/test-app.ts";
import { runChannelContract } from "./channel-contract.ts";

// The local channel: addresses are ids; it has no delivery reports.
runChannelContract({
  name: "local",
  async start(at) {
    const app = await startTestApp({ at });
    return {
      app,
      channel: app.local,
      address: (id) => id,
      async deliver(m) {
        const conversation = m.group ? { kind: "group" as const, id: m.group } : undefined;
        await app.local.receive(m.from, m.text ?? m.action?.value ?? "", m.id, { ...(conversation ? { conversation } : {}), ...(m.action ? { action: m.action } : {}) });
      },
      sentTo: (address) => app.inbox(address),
      dispose: () => app.dispose(),
    };
  },
});
