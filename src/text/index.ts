/** SMS text utilities: segment counting and GSM-7 friendly rewriting. */
export { isGsm7, type SmsEncoding, type SmsSegments, smsSegments } from "./sms-segments.ts";
export { toGsmSafe } from "./gsm-safe.ts";
