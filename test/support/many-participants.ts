import { loadProgram } from "../../src/program/load-program.ts";
import type { Program } from "../../src/program/program-schema.ts";

/** A program with `n` participants on the local channel (fictional; no contact addresses). */
export function programWithParticipants(n: number, options: { timeZone?: string } = {}): Program {
  const lines = [
    "program:",
    "  name: Bench Program",
    `  timeZone: ${options.timeZone ?? "America/Chicago"}`,
    '  supportContact: "front desk, 555-0100"',
    "counselors:",
    "  - { id: c-one, name: One, contacts: { sms: \"+13125550101\" }, onCall: 1 }",
    "participants:",
  ];
  for (let i = 0; i < n; i++) {
    const id = `p-${String(i).padStart(5, "0")}`;
    lines.push(`  - { id: ${id}, name: P${i}, preferredChannel: local, counselor: c-one, startDate: 2026-11-01, endDate: 2027-01-31 }`);
  }
  return loadProgram(lines.join("\n"), "generated.yaml").program;
}
