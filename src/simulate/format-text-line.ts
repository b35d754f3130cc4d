import { DateTime } from "luxon";
import type { Program } from "../program/index.ts";
import type { SimulationLine } from "./simulation-line.ts";
import { reasonWords } from "../messages/staff.ts";

/** A person's id with the name the program gives them ("p-201 Sam", "c-rivera Dana Rivera"); a group's address as it is ("group:g-mwf-morning"). */
export function whoIs(program: Program, id: string | null): string {
  if (id === null || id === "unknown") return "unknown sender";
  // A group's id says which it is; its name is a long description.
  const name = program.participants.find((p) => p.id === id)?.name ?? program.counselors.find((c) => c.id === id)?.name;
  return name ? `${id} ${name}` : id;
}

/** "Tue 11-24 18:00 CST" from a line's local stamp (its zone in brackets). */
function localTime(local: string): string {
  const zone = /\[(.+)\]$/.exec(local)?.[1] ?? "UTC";
  return DateTime.fromISO(local.replace(/\[.+\]$/, ""), { zone }).toFormat("ccc MM-dd HH:mm ZZZZ", { locale: "en-US" });
}

const yesNo = (v: boolean | null) => (v === null ? "-" : v ? "yes" : "no");

function describe(program: Program, l: SimulationLine): { who: string; channel: string; text: string } {
  if (l.type === "message") return { who: `-> ${whoIs(program, l.to)}`, channel: l.channel, text: l.text };
  if (l.type === "inbound") return { who: `<- ${whoIs(program, l.from)}`, channel: l.channel, text: l.kind === "duplicate" ? `(same message again, handled once) ${l.text}` : l.text };
  if (l.type === "checkin") {
    const answers = `mood ${l.mood ?? "-"}, craving ${l.craving ?? "-"}, meeting ${yesNo(l.meeting)}`;
    const text = l.kind === "missed" ? `${l.date}: no reply` : l.kind === "expired" ? `${l.date}: closed unfinished, ${answers}` : `${l.date}: ${answers}`;
    return { who: whoIs(program, l.participant), channel: "", text };
  }
  const head = `${l.level} ${l.code} (${reasonWords(l.reasons)})`;
  const text =
    l.kind === "acknowledged" || l.kind === "resolved"
      ? `${head} ${l.kind}`
      : l.paged.length > 0
        ? `${head}: paged ${l.paged.join(", ")}`
        : l.level === "urgent"
          ? `${head}: nobody paged yet (waits for office hours)`
          : `${head}: nobody could be paged`;
  return { who: whoIs(program, l.participant), channel: "", text };
}

/** One line of the simulator's text output: local time and zone, kind, who, channel, text, in aligned columns. */
export function formatTextLine(program: Program, l: SimulationLine): string {
  const d = describe(program, l);
  return [localTime(l.local).padEnd(20), l.kind.padEnd(14), d.who.padEnd(28), d.channel.padEnd(8), d.text.replace(/\s*\n\s*/g, " ")].join(" ").trimEnd();
}
