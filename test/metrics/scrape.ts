import { HttpServer } from "../../src/http/http-server.ts";
import { silentLogger } from "../../src/log/logger.ts";
import { metricsRoute } from "../../src/metrics/metrics-route.ts";
import type { SteadyMetrics } from "../../src/metrics/steady-metrics.ts";

/** One sample of a scrape: a metric name, its labels and its value. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses Prometheus' text format (what prom-client writes: no timestamps, no escaped quotes in our labels). */
export function parseSamples(body: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of body.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g)) labels[k!] = v!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

/** The value of the one sample with this name and these labels (others may be present), or undefined. */
export function sample(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

/** An HTTP server on loopback serving `metrics` at /metrics; its URL, and how to close it. */
export async function serveMetrics(metrics: SteadyMetrics, token: string | null = null, host = "127.0.0.1"): Promise<{ url: string; port: number; http: HttpServer }> {
  const http = new HttpServer();
  http.route("GET", "/metrics", metricsRoute(metrics, token, silentLogger));
  const port = await http.listen(0, host);
  return { url: `http://127.0.0.1:${port}/metrics`, port, http };
}

/** GET /metrics and its samples (the response must be 200). */
export async function scrape(url: string): Promise<Sample[]> {
  const res = await fetch(url);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET /metrics answered ${res.status}: ${body}`);
  return parseSamples(body);
}
