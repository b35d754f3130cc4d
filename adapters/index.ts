import type { ChannelAdapter } from "../src/channel/channel-adapter.ts";
import { localAdapter } from "./local/index.ts";
import { smsAdapter } from "./sms/index.ts";

/**
 * Every channel adapter this build can run (each adapter folder's index.ts; the channel's
 * traits are in src/channel/channel-registry.ts). Each reads its own settings: the ones
 * configured run, and the local channel only when no provider is. Main runs them; the CLI
 * reads which would run, to say who they cannot reach.
 */
export const ADAPTERS: readonly ChannelAdapter[] = [smsAdapter, localAdapter];
