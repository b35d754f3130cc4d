import twilio from "twilio";

/** TwiML answering an incoming SMS with these messages (none: an empty Response, nothing sent). */
export function twimlReply(texts: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const text of texts) response.message(text);
  return response.toString();
}
