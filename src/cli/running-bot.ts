import { isLoopbackHost } from "../console/console-access.ts";
import { SteadyError } from "../domain/steady-error.ts";
import type { AlertAction } from "../staff/alert-outcome.ts";
import type { RefusalReason } from "../escalation/may-act.ts";
import { CLI_ENDPOINT_SERVICE, CLI_PATHS, type BotClock, type BotDelivery } from "./cli-endpoint.ts";

/** How long the CLI waits to learn whether a bot is running. */
const PROBE_MS = 2_000;
/** How long an action through the bot may take (a reply waits for its alerts to go out). */
const ACTION_MS = 60_000;

/** An alert action's outcome as the bot answers it. */
export type BotAlertOutcome =
  | { kind: "done"; code: string; participantId: string | null }
  | { kind: "already"; code: string; by: string }
  | { kind: "not_found"; code: string }
  | { kind: "refused"; code: string; reason: RefusalReason; message: string };

/** What the reply's sender was to the bot. */
export type BotReply = { outcome: "sent"; deliveries: BotDelivery[] } | { outcome: "not_found" } | { outcome: "no_local_channel" };

/** Where the CLI looks for the running bot: the configured HOST and PORT, from this computer. */
export function botAddress(host: string, port: number): string {
  const h = host.trim().replace(/^\[(.*)\]$/, "$1");
  if (h === "" || h === "0.0.0.0" || h === "::" || (isLoopbackHost(h) && h !== "::1")) return `http://127.0.0.1:${port}`;
  return h.includes(":") ? `http://[${h}]:${port}` : `http://${h}:${port}`;
}

/**
 * The bot running on this computer's configured port, as the CLI reaches it (src/cli/cli-endpoint.ts):
 * its clock and channels, and `reply` / `ack` / `resolve` handled there.
 */
export class RunningBot {
  private constructor(
    readonly address: string,
    private readonly token: string | null,
    /** The bot's clock when it was found, and how far that is ahead of this computer's. */
    readonly clock: { now: Date; aheadMs: number },
    readonly channels: string[],
  ) {}

  /**
   * The running bot, or null when nothing answers at `address` as Steady (not running, or an
   * older version without the endpoint). Throws a SteadyError when a bot is there but refuses.
   */
  static async find(address: string, token: string | null, realNow: () => Date): Promise<RunningBot | null> {
    let res: Response;
    try {
      res = await fetch(address + CLI_PATHS.clock, { headers: headers(token), signal: AbortSignal.timeout(PROBE_MS) });
    } catch {
      return null;
    }
    const body = (await res.json().catch(() => null)) as Partial<BotClock> & { error?: string } | null;
    if (body?.service !== CLI_ENDPOINT_SERVICE) return null;
    if (!res.ok || typeof body.now !== "string") {
      throw new SteadyError(
        "config_invalid",
        `Steady is running at ${address} but refused this command (${res.status}): run it on the same computer, with the same CONSOLE_TOKEN as the bot. Nothing was changed.`,
      );
    }
    const now = new Date(body.now);
    return new RunningBot(address, token, { now, aheadMs: now.getTime() - realNow().getTime() }, body.channels ?? []);
  }

  /** Types `text` as `from` on the bot's local channel; the deliveries it brought. */
  async reply(from: string, text: string): Promise<BotReply> {
    const { status, body } = await this.post(CLI_PATHS.reply, { from, text });
    if (status === 200) return { outcome: "sent", deliveries: (body.deliveries as BotDelivery[] | undefined) ?? [] };
    if (status === 404 && body.outcome === "not_found") return { outcome: "not_found" };
    if (status === 409 && body.outcome === "no_local_channel") return { outcome: "no_local_channel" };
    throw this.failed(status);
  }

  /** Acknowledges or resolves an alert as counselor `as`, on the bot's clock. */
  async alert(action: AlertAction, code: string, as: string, note: string | undefined): Promise<BotAlertOutcome> {
    const { status, body } = await this.post(CLI_PATHS.alert, { action, code, as, ...(note !== undefined ? { note } : {}) });
    if (status !== 200) throw this.failed(status);
    return body.outcome as BotAlertOutcome;
  }

  private async post(path: string, payload: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(this.address + path, {
      method: "POST",
      headers: { ...headers(this.token), "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(ACTION_MS),
    });
    return { status: res.status, body: ((await res.json().catch(() => ({}))) ?? {}) as Record<string, unknown> };
  }

  private failed(status: number): Error {
    return new Error(`The running bot at ${this.address} could not do it (HTTP ${status}); its log says why.`);
  }
}

function headers(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
