import type { ClusterOptions, SetupFigures } from "./cluster.ts";

/** The table, the ratios to one PostgreSQL instance, and the crisis line. */
export function clusterReport(figures: SetupFigures[], o: ClusterOptions): string[] {
  const f1 = (x: number) => x.toFixed(1);
  const f3 = (x: number) => x.toFixed(3);
  const rows = [
    ["setup", "replies/s", "p50 ms", "p99 ms", "non-200", "bot CPU s/1k webhooks", "db CPU s/1k webhooks", "dispatch s", "bot CPU s/1k prompts", "doubled", "lost"],
    ...figures.map((s) => [
      s.label,
      String(Math.round(s.webhooks.perSecond)),
      f1(s.webhooks.p50),
      f1(s.webhooks.p99),
      String(s.webhooks.failures),
      f3(s.webhooks.botCpuPer1000),
      s.webhooks.dbCpuPer1000 === null ? "-" : f3(s.webhooks.dbCpuPer1000),
      (s.dispatch.ms / 1000).toFixed(2),
      f3(s.dispatch.botCpuPer1000),
      String(s.doubled),
      String(s.lost),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = [
    `several instances: ${o.participants} participants answering 4 times each (${o.concurrency} in flight, round-robin over the instances), ` +
      `${o.prompts} prompts at a ${o.smsPerSecond}/s sender limit (floor ${(o.prompts / o.smsPerSecond).toFixed(1)} s)`,
    ...rows.map((r) => "  " + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")),
  ];
  const one = figures.find((s) => s.label === "PostgreSQL x1");
  for (const s of figures.filter((x) => x.label.startsWith("PostgreSQL") && x !== one && one)) {
    lines.push(
      `  ${s.label} / PostgreSQL x1: replies/s ${f3(s.webhooks.perSecond / one!.webhooks.perSecond)}, p99 ${f3(s.webhooks.p99 / one!.webhooks.p99)}, ` +
        `bot CPU per webhook ${f3(s.webhooks.botCpuPer1000 / one!.webhooks.botCpuPer1000)} (goal <= 1.25)` +
        (s.webhooks.dbCpuPer1000 !== null && one!.webhooks.dbCpuPer1000 ? `, db CPU per webhook ${f3(s.webhooks.dbCpuPer1000 / one!.webhooks.dbCpuPer1000)}` : "") +
        `, dispatch time ${f3(s.dispatch.ms / one!.dispatch.ms)}; doubled ${s.doubled} (goal 0)`,
    );
  }
  for (const s of figures) {
    if (s.webhooks.apiSends > 0) lines.push(`  ${s.label}: ${s.webhooks.apiSends} replies went by the API instead of the TwiML answer (late, not doubled)`);
    const c = s.crisis;
    if (!c) continue;
    lines.push(
      `crisis text -> counselor alert at the Twilio stand-in, ${s.label}, ${c.texts} texts every 100 ms under a webhook load (${c.backgroundWebhooks} webhooks): ` +
        `p50 ${f1(c.p50)} ms, p99 ${f1(c.p99)} ms, max ${f1(c.max)} ms (goal p99 <= 500 ms); ${c.alerted}/${c.texts} alerted within 10 s, ` +
        `${c.doubled} paged twice, ${c.withoutCrisisLines} answers without the crisis lines`,
    );
  }
  return lines;
}
