/** The two webhook paths; configure Twilio with PUBLIC_BASE_URL + these. */
export const INBOUND_PATH = "/sms/inbound";
export const STATUS_PATH = "/sms/status";
