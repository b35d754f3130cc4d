import type { ClusterOptions, SetupFigures } from "./cluster.ts";

/** The goal for a crisis text's alert at the stand-in: p99 within this. */
export const CRISIS_GOAL_MS = 500;

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
  lines.push(...pacedReport(figures, o));
  for (const s of figures) {
    if (s.webhooks.apiSends > 0) lines.push(`  ${s.label}: ${s.webhooks.apiSends} replies went by the API instead of the TwiML answer (late, not doubled)`);
    const c = s.crisis;
    if (!c) continue;
    lines.push(
      `crisis text -> counselor alert at the Twilio stand-in, ${s.label}, ${c.texts} texts every 100 ms under a webhook load (${c.backgroundWebhooks} webhooks): ` +
        `p50 ${f1(c.p50)} ms, p90 ${f1(c.p90)} ms, p99 ${f1(c.p99)} ms, max ${f1(c.max)} ms (goal p99 <= ${CRISIS_GOAL_MS} ms; ${c.late} of ${c.texts} later than that); ${c.alerted}/${c.texts} alerted within 10 s, ` +
        `${c.doubled} paged twice, ${c.withoutCrisisLines} answers without the crisis lines`,
    );
  }
  return lines;
}

/**
 * The paced rounds: bot CPU per webhook of N instances sharing the paced rate, against one
 * instance carrying what each of them carries (coordination alone) and against one carrying
 * all of it (coordination and the cost of a lighter load per process).
 */
function pacedReport(figures: SetupFigures[], o: ClusterOptions): string[] {
  const one = figures.find((s) => s.label === "PostgreSQL x1");
  if (!one || one.paced.length === 0) return [];
  const f3 = (x: number) => x.toFixed(3);
  const rate = (r: number) => `${Number.isInteger(r) ? r : r.toFixed(1)}/s`;
  const alone = (perSecond: number) => one.paced.find((p) => Math.abs(p.perSecond - perSecond) < 1e-9);
  const lines = [
    `bot CPU s/1k webhooks at a paced load (${o.pacedParticipants} participants x 4 per round): PostgreSQL x1 ` +
      one.paced.map((p) => `at ${rate(p.perSecond)} ${f3(p.botCpuPer1000)}${p.failures ? ` (${p.failures} non-200)` : ""}`).join(", "),
  ];
  for (const s of figures.filter((x) => x.label.startsWith("PostgreSQL") && x !== one)) {
    const shared = s.paced[0];
    const whole = alone(o.pacedPerSecond);
    const part = alone(o.pacedPerSecond / s.instances);
    if (!shared || !whole || !part) continue;
    lines.push(
      `  ${s.label} sharing ${rate(shared.perSecond)} (${rate(shared.perSecond / s.instances)} each): ${f3(shared.botCpuPer1000)}${shared.failures ? ` (${shared.failures} non-200)` : ""}; ` +
        `against x1 at ${rate(part.perSecond)} (the same load per instance: coordination) ${f3(shared.botCpuPer1000 / part.botCpuPer1000)} (goal <= 1.25), ` +
        `against x1 at ${rate(whole.perSecond)} (the same total load) ${f3(shared.botCpuPer1000 / whole.botCpuPer1000)}`,
    );
  }
  return lines;
}
