/** Error codes, translated at the edges (HTTP status, a reply to the person, an exit code). */
export type ErrorCode =
  | "config_invalid"
  | "program_invalid"
  | "database_unavailable"
  | "not_found"
  | "bad_input"
  | "provider_transient"
  | "provider_permanent"
  | "recipient_opted_out"
  /** The person cannot be reached at this address (not a mobile number, unknown destination, no DMs). */
  | "recipient_unreachable"
  | "channel_unavailable"
  /** This process no longer holds the row it was about to send: another instance took it over. */
  | "claim_lost";

/** The one error type of the project. Its message never contains personal data. */
export class SteadyError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = "SteadyError";
  }
}
