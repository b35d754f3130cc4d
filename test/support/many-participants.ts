import { loadProgram } from "../../src/program/load-program.ts";
import type { Program } from "../../src/program/program-schema.ts";

/**
 * A fictional phone number for participant `i`: 555-01xx, the range set aside for fiction in
 * every North American area code, spread over as many area codes as needed (N11 codes skipped).
 */
export function fictionalNumber(i: number): string {
  const codes: number[] = [];
  for (let c = 201; codes.length <= Math.floor(i / 100); c++) if (c % 100 !== 11) codes.push(c);
  return `+1${codes[Math.floor(i / 100)]}55501${String(i % 100).padStart(2, "0")}`;
}

/**
 * A program with `n` participants on the local channel (no contact addresses), or with
 * `channel: "sms"` on SMS with fictional numbers and consent. No welcome texts unless
 * `welcome` (then a `startDate` of the day the test plays makes them due that day).
 */
export function programWithParticipants(n: number, options: { timeZone?: string; channel?: "local" | "sms"; welcome?: boolean; startDate?: string } = {}): Program {
  const lines = [
    "program:",
    "  name: Bench Program",
    `  timeZone: ${options.timeZone ?? "America/Chicago"}`,
    '  supportContact: "front desk, 555-0100"',
    `  welcome: ${options.welcome === true}`,
    "counselors:",
    "  - { id: c-one, name: One, contacts: { sms: \"+13125550101\" }, onCall: 1 }",
    "participants:",
  ];
  for (let i = 0; i < n; i++) {
    const id = `p-${String(i).padStart(5, "0")}`;
    const reach =
      options.channel === "sms"
        ? `preferredChannel: sms, contacts: { sms: "${fictionalNumber(i)}" }, consent: { sms: { date: 2026-11-01, method: "intake form" } }`
        : "preferredChannel: local";
    lines.push(`  - { id: ${id}, name: P${i}, ${reach}, counselor: c-one, startDate: ${options.startDate ?? "2026-11-01"}, endDate: 2027-01-31 }`);
  }
  return loadProgram(lines.join("\n"), "generated.yaml").program;
}
