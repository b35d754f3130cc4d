/** The fields of a counselor that the ladder needs. */
export interface LadderCounselor {
  id: string;
  onCallOrder: number | null;
  supervisorId: string | null;
}

/**
 * Everyone an escalation can reach, in order: the assigned counselor, the on-call order,
 * then the assigned counselor's supervisor.
 */
export function escalationLadder(assignedId: string | null, counselors: LadderCounselor[]): string[] {
  const onCall = counselors.filter((c) => c.onCallOrder !== null).sort((a, b) => a.onCallOrder! - b.onCallOrder!).map((c) => c.id);
  const supervisor = counselors.find((c) => c.id === assignedId)?.supervisorId ?? null;
  const first = assignedId ?? onCall[0] ?? counselors[0]?.id ?? null;
  return [...new Set([first, ...onCall, supervisor].filter((x): x is string => x !== null))];
}

/**
 * Who is notified at a step. Step 0: the assigned counselor, and for a crisis also the first
 * on-call counselor. Each later step adds the next person on the ladder; once everyone has
 * been paged, every later step pages everyone again until someone acknowledges.
 */
export function recipientsAtStep(ladder: string[], level: "crisis" | "urgent", step: number): string[] {
  const firstStep = level === "crisis" ? ladder.slice(0, 2) : ladder.slice(0, 1);
  if (step === 0) return firstStep;
  const rest = ladder.slice(firstStep.length);
  const next = rest[step - 1];
  return next !== undefined ? [next] : ladder;
}
