import { formatStaffTime } from "../../src/time/format-local.ts";

/** What one call to the Twilio API came to: an HTTP answer (its status and Twilio's error code), or no answer at all. */
export type ApiOutcome = { status: number; code: number | null } | { error: unknown };

/** How long the API may answer only 5xx before it counts as down (a single 500 is Twilio's, and passes). */
export const SERVER_ERRORS_FOR_MS = 60_000;

/** Twilio's error code for credentials it does not accept. */
const AUTHENTICATE = 20003;

type Trouble = { kind: "unreachable" | "server" | "credentials"; since: Date; label: string };

/**
 * Whether the SMS adapter can talk to the Twilio API, from the outcome of each of its calls
 * (sends, the message-log check, the check at start). Calls that could not connect, and 5xx
 * answers that go on for SERVER_ERRORS_FOR_MS, mean the API cannot be reached; 401 (20003)
 * means the credentials were refused. Any other answer, a message's own failure among them
 * (a bad number, an opted-out recipient), shows the API reached with good credentials, and
 * clears both. The words name the host and codes only: never a number or a text.
 */
export class TwilioHealth {
  private trouble: Trouble | null = null;
  private seen = false;

  /**
   * @param host the API's host (and port), as the words name it
   * @param onFirst called once, with what went wrong in the first call (null when it went well): in words, and its code
   */
  constructor(
    private readonly host: string,
    private readonly clock: () => Date,
    private readonly timeZone: () => string,
    private readonly onFirst: (trouble: { problem: string; code: string } | null) => void = () => {},
  ) {}

  /** Records one call's outcome. */
  record(outcome: ApiOutcome): void {
    const next = classify(outcome);
    if (next === null) this.trouble = null;
    // A run of failures keeps the time it began (no answer and 5xx answers are one outage).
    else if (this.trouble === null || (this.trouble.kind === "credentials") !== (next.kind === "credentials")) this.trouble = { ...next, since: this.clock() };
    else this.trouble = { ...next, since: this.trouble.since };
    if (!this.seen) {
      this.seen = true;
      this.onFirst(this.trouble && { problem: this.words(this.trouble), code: this.trouble.label });
    }
  }

  /** null while the API answers; otherwise what is wrong, in words an operator can act on. */
  problem(): string | null {
    const t = this.trouble;
    if (t === null) return null;
    if (t.kind === "server" && this.clock().getTime() - t.since.getTime() < SERVER_ERRORS_FOR_MS) return null;
    return this.words(t);
  }

  private words(t: Trouble): string {
    if (t.kind === "credentials") return `Twilio refused the account credentials (${t.label}): check TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN (Twilio console → Account → API keys & tokens)`;
    return `cannot reach the Twilio API at ${this.host} since ${formatStaffTime(t.since, this.timeZone(), { year: true })} (${t.label}): is the network up? TWILIO_API_BASE_URL?`;
  }
}

/** What an outcome says of the API: nothing wrong (null), or which trouble and its code. */
function classify(outcome: ApiOutcome): Omit<Trouble, "since"> | null {
  if ("error" in outcome) return { kind: "unreachable", label: networkCode(outcome.error) };
  const { status, code } = outcome;
  if (status === 401 || code === AUTHENTICATE) return { kind: "credentials", label: String(code ?? status) };
  if (status >= 500) return { kind: "server", label: `HTTP ${status}${code !== null ? ` ${code}` : ""}` };
  return null;
}

/** The system's code for a call that got no answer (ECONNREFUSED, ENOTFOUND, ...); a timeout is ETIMEDOUT. */
function networkCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ECONNABORTED" || code === "ETIMEDOUT") return "ETIMEDOUT";
  return typeof code === "string" && /^[A-Z_]+$/.test(code) ? code : "no answer";
}
