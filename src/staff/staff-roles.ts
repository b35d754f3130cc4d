import type { Directory } from "./read-directory.ts";

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Each active counselor's role in words, as the program file sets it: "counselor" to the
 * participants who name them, "supervisor" of the counselors who name them, and their place in
 * the on-call order ("1st on call"), joined by " · "; "counselor" when the file gives none of these.
 */
export function staffRoles(directory: Pick<Directory, "counselors" | "participants">): Map<string, string> {
  return new Map(
    directory.counselors.map((c) => {
      const roles: string[] = [];
      if (directory.participants.some((p) => p.counselorId === c.id)) roles.push("counselor");
      if (directory.counselors.some((o) => o.supervisorId === c.id)) roles.push("supervisor");
      if (c.onCallOrder !== null) roles.push(`${ordinal(c.onCallOrder)} on call`);
      return [c.id, roles.length > 0 ? roles.join(" · ") : "counselor"];
    }),
  );
}
