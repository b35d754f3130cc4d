import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { SteadyMetrics } from "../../src/metrics/steady-metrics.ts";

const FILE = path.join(PROJECT_ROOT, "examples", "deploy", "grafana-dashboard.json");

interface Panel {
  type: string;
  title: string;
  targets?: { expr: string }[];
}

/** Every series name a registry exports: histograms as their _bucket, _sum and _count. */
async function exportedNames(): Promise<Set<string>> {
  const metrics = new SteadyMetrics();
  const names = new Set<string>();
  for (const m of await metrics.registry.getMetricsAsJSON()) {
    if (String(m.type) === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(m.name + suffix);
    else names.add(m.name);
  }
  return names;
}

/** The metric names a PromQL expression reads: identifiers followed by a selector or range, or standing alone. */
function metricNames(expr: string): string[] {
  const words = expr.replace(/"[^"]*"/g, '""').match(/[a-zA-Z_:][a-zA-Z0-9_:]*/g) ?? [];
  const promql = new Set(["sum", "max", "min", "avg", "by", "without", "rate", "increase", "histogram_quantile", "le", "instance", "level", "channel", "result", "__rate_interval", "h", "m", "s", "d"]);
  return words.filter((w) => !promql.has(w) && /_/.test(w));
}

describe("the example Grafana dashboard", () => {
  const dashboard = JSON.parse(fs.readFileSync(FILE, "utf8")) as { title: string; uid: string; schemaVersion: number; panels: Panel[]; templating: { list: { name: string }[] } };
  const panels = dashboard.panels.filter((p) => p.type !== "row");

  it("is a dashboard Grafana can import: a title, a uid, a schema version and panels with queries", () => {
    expect(dashboard.title).toBe("Steady");
    expect(dashboard.uid).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(dashboard.schemaVersion).toBeGreaterThan(30);
    expect(dashboard.templating.list.map((v) => v.name)).toEqual(["datasource", "instance"]);
    expect(panels.length).toBeGreaterThan(5);
    for (const p of panels) expect(p.targets?.length, p.title).toBeGreaterThan(0);
  });

  it("reads the metric names out of a query", () => {
    expect(metricNames('histogram_quantile(0.9, sum by (le, level) (increase(steady_x_bucket{instance=~"$instance", result="a_b"}[24h])))')).toEqual(["steady_x_bucket"]);
    expect(metricNames("rate(process_cpu_seconds_total[$__rate_interval]) / nodejs_heap_size_used_bytes")).toEqual(["process_cpu_seconds_total", "nodejs_heap_size_used_bytes"]);
  });

  it("queries only metrics the registry exports, and shows every steady_ metric", async () => {
    const exported = await exportedNames();
    const queried = new Set(panels.flatMap((p) => p.targets!.flatMap((t) => metricNames(t.expr))));
    for (const name of queried) expect(exported.has(name), `${name} is queried but not exported`).toBe(true);
    const steady = [...exported].filter((n) => n.startsWith("steady_") && !n.endsWith("_sum") && !n.endsWith("_count"));
    for (const name of steady) expect(queried.has(name), `${name} is exported but on no panel`).toBe(true);
  });
});
