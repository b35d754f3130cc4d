import { startSmsHarness } from "../support/sms-harness.ts";
import { twimlTexts } from "../support/twiml-texts.ts";
import { runChannelContract } from "./channel-contract.ts";

// SMS through the real twilio package against the local Twilio fake: replies come back in
// the webhook's TwiML, everything else by the API; reports come as signed status callbacks.
const PHONES: Record<string, string> = { "p-001": "+13125550111", "p-002": "+13125550112", "c-rivera": "+13125550101", "c-lee": "+13125550102" };

runChannelContract({
  name: "sms",
  async start(at) {
    const h = await startSmsHarness({ at, fake: { statusCallbacks: "manual" } });
    // Everything the adapter sent, in order: API sends as the fake got them, inline answers as they came.
    const log: { to: string; text: string }[] = [];
    let fromApi = 0;
    const sync = () => {
      const api = h.fake.delivered();
      for (const r of api.slice(fromApi)) log.push({ to: r.to, text: r.body });
      fromApi = api.length;
    };
    return {
      app: h.app,
      channel: h.sms,
      address: (id) => PHONES[id] ?? `+1555010${id.length}`,
      async deliver(m) {
        const r = await h.text({ from: m.from, body: m.text ?? "", messageSid: sid(m.id) });
        if (r.status !== 200) throw new Error(`webhook answered ${r.status}`);
        sync();
        for (const text of twimlTexts(r.body)) log.push({ to: m.from, text });
        await h.app.engine.idle();
      },
      sentTo: (address) => {
        sync();
        return log.filter((l) => l.to === address).map((l) => l.text);
      },
      async report(providerId, status) {
        await h.fake.sendStatus(providerId, status);
      },
      dispose: () => h.dispose(),
    };
  },
});

/** A Twilio-shaped sid (SM + 32 hex) that is the same for the same contract id. */
function sid(id: string): string {
  return "SM" + Buffer.from(id).toString("hex").padEnd(32, "0").slice(0, 32);
}
