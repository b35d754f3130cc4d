/**
 * Things in a valid program that are probably not what the clinic meant. They do not stop
 * the program from loading; the loader reports them with their lines.
 */
import { CONTACT_CHANNELS, needsProgramAddress } from "../channel/channel-registry.ts";
import type { Program } from "./program-schema.ts";

export interface ProgramWarning {
  path: (string | number)[];
  message: string;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a "HH:MM" time falls in quiet hours (which may run past midnight). */
export function inQuietHours(time: string, quiet: { start: string; end: string }): boolean {
  const t = minutes(time);
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  return start < end ? t >= start && t < end : t >= start || t < end;
}

export function programWarnings(program: Program): ProgramWarning[] {
  const warnings: ProgramWarning[] = [];
  const { quietHours, checkin } = program.program;
  const quiet = `${quietHours.start}-${quietHours.end}`;
  if (inQuietHours(checkin.sendTime, quietHours)) {
    warnings.push({ path: ["program", "checkin", "sendTime"], message: `${checkin.sendTime} falls within quiet hours (${quiet})` });
  }
  program.participants.forEach((p, i) => {
    const at = ["participants", i];
    const channel = p.preferredChannel;
    if (needsProgramAddress(channel) && p.consent[channel] === undefined) {
      warnings.push({
        path: [...at, "preferredChannel"],
        message: `no consent recorded for ${channel} (add consent.${channel}); until there is, ${p.id} gets no routine messages there`,
      });
    }
    for (const ch of CONTACT_CHANNELS) {
      if (p.consent[ch] !== undefined && p.contacts[ch] === undefined) {
        warnings.push({ path: [...at, "consent", ch], message: `consent recorded for ${ch}, but there is no ${ch} address under contacts` });
      }
    }
    if (p.checkinTime !== checkin.sendTime && inQuietHours(p.checkinTime, quietHours)) {
      warnings.push({ path: [...at, "checkinTime"], message: `${p.checkinTime} falls within quiet hours (${quiet})` });
    }
  });
  return warnings;
}
