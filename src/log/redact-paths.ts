/**
 * Field names that hold, or suggest, personal data: a phone number or other address, a
 * name, a message's words, a note. Log fields are ids, counts and codes; a field of one of
 * these names is censored whatever it holds, at the top of the line and in objects nested
 * two deep (deeper objects are not written at all, see createLogger).
 */
export const PERSONAL_FIELD_NAMES: readonly string[] = [
  "phone", "phoneNumber", "phone_number", "mobile", "number",
  "from", "From", "to", "To", "sender", "recipient",
  "address", "Address", "email", "contact", "contacts",
  "name", "firstName", "first_name", "lastName", "last_name", "fullName", "displayName", "username",
  "body", "Body", "text", "Text", "message", "messageText", "msg", "content", "caption",
  "note", "notes", "answer", "answers", "reply", "transcript", "quote", "words",
];

/** What a censored field holds instead. */
export const CENSORED = "[redacted]";

/** The same names as pino `redact` paths: each at the top level, one and two objects down. */
export const REDACT_PATHS: readonly string[] = PERSONAL_FIELD_NAMES.flatMap((n) => [n, `*.${n}`, `*.*.${n}`]);
