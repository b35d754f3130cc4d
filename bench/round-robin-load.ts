/** The webhook load of bench/cluster.ts: signed inbound texts posted round-robin over several instances. */
import http from "node:http";
import { fictionalNumber } from "../test/support/many-participants.ts";
import { inboundSmsParams, signTwilioRequest, TEST_AUTH_TOKEN } from "../test/support/signed-webhook.ts";
import { BENCH_PUBLIC_BASE } from "./bench-public-base.ts";

/** One signed inbound SMS webhook, ready to post. */
export interface Load {
  body: string;
  signature: string;
  /** The participant's index, for crisis texts. */
  who: number;
}

/** Participant `who` texting `body`, signed as Twilio signs it. */
export const signed = (who: number, body: string): Load => {
  const params = inboundSmsParams({ from: fictionalNumber(who), body });
  return { body: new URLSearchParams(params).toString(), signature: signTwilioRequest(TEST_AUTH_TOKEN, `${BENCH_PUBLIC_BASE}/sms/inbound`, params), who };
};

/**
 * Posts signed webhooks round-robin over `ports`. A request that fails on the wire answers
 * status 0 (a failure the load counts) instead of ending the run. One case is retried once:
 * the server closing an idle kept-alive connection just as a request goes out on it
 * (ECONNRESET on a reused socket, as Node's documentation of `reusedSocket` describes); the
 * bot never read that request, and the same MessageSid would be deduplicated if it had.
 */
export function poster(ports: number[], concurrency: number) {
  const agents = ports.map(() => new http.Agent({ keepAlive: true, maxSockets: concurrency }));
  let next = 0;
  const post = (l: Load, port = next++ % ports.length, retried = false): Promise<{ status: number; body: string }> =>
    new Promise((resolve) => {
      const req = http.request(
        { host: "127.0.0.1", port: ports[port], path: "/sms/inbound", method: "POST", agent: agents[port], headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": l.signature } },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (body += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", (e: NodeJS.ErrnoException) => {
        if (req.reusedSocket && e.code === "ECONNRESET" && !retried) resolve(post(l, port, true));
        else resolve({ status: 0, body: e.code ?? "error" });
      });
      req.end(l.body);
    });
  return { post, close: () => agents.forEach((a) => a.destroy()) };
}

/** The `p`th percentile of sorted values. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/**
 * Each participant's answers in order, `concurrency` in flight; stops early once `stop()` is
 * true. With `perSecond`, no request starts before its turn on an even schedule (the k-th at
 * k / perSecond seconds): the same offered load whatever the setup, instead of as fast as it
 * answers.
 */
export async function drive(ports: number[], perParticipant: Load[][], concurrency: number, stop: () => boolean = () => false, perSecond = Infinity) {
  const { post, close } = poster(ports, concurrency);
  const latencies: number[] = [];
  let failures = 0;
  const queue = perParticipant.slice();
  const t0 = performance.now();
  let started = 0;
  const turn = async () => {
    const at = t0 + (1000 * started++) / perSecond;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next && !stop(); next = queue.shift())
        for (const l of next) {
          await turn();
          const t = performance.now();
          if ((await post(l)).status !== 200) failures++;
          latencies.push(performance.now() - t);
        }
    }),
  );
  const ms = performance.now() - t0;
  close();
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, ms, perSecond: latencies.length / (ms / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures };
}
