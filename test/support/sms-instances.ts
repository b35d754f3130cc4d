/**
 * Several Steady processes (test/support/sms-instance-child.ts) on one database, started and
 * driven the way a deployment runs them behind a load balancer: each takes Twilio's webhooks
 * on its own port and sends to one fake Twilio API.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { captureLogText } from "./log-capture.ts";
import type { InstanceSettings } from "./sms-instance-child.ts";
import { inboundSmsParams, postSignedForm, TEST_AUTH_TOKEN, type FormResponse } from "./signed-webhook.ts";

const CHILD = path.join(import.meta.dirname, "sms-instance-child.ts");
/** What Twilio is configured to call; each instance really listens on loopback. */
export const INSTANCES_PUBLIC_BASE = "https://steady.example.org/bot";

/** One running instance. */
export interface Instance {
  readonly index: number;
  readonly base: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** False once SIGKILLed or exited. */
  alive: boolean;
}

export type InstanceOptions = Omit<InstanceSettings, "publicBaseUrl" | "tickMs" | "perSecond" | "speed"> & Partial<Pick<InstanceSettings, "tickMs" | "perSecond" | "speed">>;

/** Processes started by this module, for the tests' cleanup. */
const started = new Set<Instance>();

/** Starts `count` instances with the same settings; resolves once each takes webhooks. */
export async function startInstances(count: number, options: InstanceOptions): Promise<Instance[]> {
  const settings: InstanceSettings = { publicBaseUrl: INSTANCES_PUBLIC_BASE, tickMs: 250, perSecond: 1000, speed: 1, ...options };
  return Promise.all(Array.from({ length: count }, (_, index) => startOne(index, settings)));
}

function startOne(index: number, settings: InstanceSettings): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(settings)], { stdio: ["pipe", "pipe", "pipe"] });
  let err = "";
  let out = "";
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then((code) => {
    captureLogText(err);
    if (code !== 0 && code !== null) console.error(`instance ${index} exited ${code}:\n${err.slice(-4000)}`);
  });
  return new Promise<Instance>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /listening (\d+)/.exec(out);
      if (m) {
        const instance: Instance = { index, base: `http://127.0.0.1:${m[1]}`, child, exited, alive: true };
        void exited.then(() => (instance.alive = false));
        started.add(instance);
        resolve(instance);
      }
    });
    void exited.then((code) => reject(new Error(`instance ${index} exited (${code}) before it listened:\n${err.slice(-4000)}`)));
  });
}

/** Starts the instances' clocks and tickers together: their clocks read `baseIso` now. */
export function go(instances: Instance[]): void {
  const origin = Date.now();
  for (const i of instances) i.child.stdin!.write(`go ${origin}\n`);
}

/** SIGKILL, as a crashed machine or the OOM killer would. */
export async function kill(instance: Instance): Promise<void> {
  instance.alive = false;
  instance.child.kill("SIGKILL");
  await instance.exited;
}

/** SIGTERM each live instance, as systemd stops the service; resolves to their exit codes. */
export async function stopAll(instances: Instance[]): Promise<(number | null)[]> {
  const live = instances.filter((i) => i.alive);
  for (const i of live) i.child.kill("SIGTERM");
  return Promise.all(live.map((i) => i.exited));
}

/** Kills whatever is still running (a test's cleanup). */
export async function killAllInstances(): Promise<void> {
  const all = [...started];
  started.clear();
  for (const i of all) i.child.kill("SIGKILL");
  await Promise.all(all.map((i) => i.exited));
}

/** An incoming SMS as Twilio posts it; the same `params` (and MessageSid) on a retry. */
export function inboundParams(from: string, body: string): Record<string, string> {
  return inboundSmsParams({ from, body });
}

/** Posts signed `params` to one instance's messaging webhook. Rejects when the connection fails. */
export function postInbound(instance: Instance, params: Record<string, string>, timeoutMs = 15_000): Promise<FormResponse> {
  const post = postSignedForm({ target: `${instance.base}/sms/inbound`, publicUrl: `${INSTANCES_PUBLIC_BASE}/sms/inbound`, authToken: TEST_AUTH_TOKEN, params });
  let timer: NodeJS.Timeout | undefined;
  // Twilio gives up on a webhook after 15 seconds.
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("webhook timed out")), timeoutMs)));
  return Promise.race([post, late]).finally(() => clearTimeout(timer));
}

/**
 * Posts as Twilio does behind a load balancer: to `first`, and when that connection dies or
 * is refused (the instance was killed), the same request again to the next live instance.
 */
export async function postUntilAnswered(instances: Instance[], first: number, params: Record<string, string>): Promise<{ response: FormResponse; tries: number }> {
  for (let tries = 1; tries <= instances.length * 2; tries++) {
    const live = instances.filter((i) => i.alive);
    if (live.length === 0) break;
    const target = instances[(first + tries - 1) % instances.length]!;
    if (!target.alive) continue;
    try {
      return { response: await postInbound(target, params), tries };
    } catch {
      // The connection died with the instance: Twilio retries it.
    }
  }
  throw new Error("no instance answered the webhook");
}
