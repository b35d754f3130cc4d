import { defineChannelAdapter } from "../../src/channel/channel-adapter.ts";
import { readSmsConfig, type SmsConfig } from "./read-sms-config.ts";
import { INBOUND_PATH, STATUS_PATH } from "./sms-paths.ts";

/**
 * SMS through Twilio as `npm start` runs it: configured by the TWILIO_* variables (see
 * readSmsConfig). Nothing here imports `twilio`: the channel and the package (some 25 MB)
 * are loaded only when SMS is configured.
 */
export const smsAdapter = defineChannelAdapter<SmsConfig>({
  name: "sms",
  readSettings: readSmsConfig,
  create: async (config, { http, logger, clock, metrics, timeZone, warn }) => {
    const { SmsChannel } = await import("./sms-channel.ts");
    return new SmsChannel({ config, http, logger, clock, metrics, timeZone, warn });
  },
  bannerLines: (sms) => {
    const sender = "from" in sms.sender ? sms.sender.from : `Messaging Service ${sms.sender.messagingServiceSid}`;
    return [
      `  channel: sms via ${sms.apiBaseUrl} (sender ${sender}, at most ${sms.maxPerSecond}/s)`,
      `  Twilio "A message comes in" webhook: ${sms.publicBaseUrl}${INBOUND_PATH} (HTTP POST)`,
      `  delivery reports are requested at:   ${sms.publicBaseUrl}${STATUS_PATH}`,
    ];
  },
});
