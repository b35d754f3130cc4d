import { describe, expect, it } from "vitest";
import { mayAct, type ActingScope, type StaffMember } from "../../src/escalation/may-act.ts";

// Rivera is assigned; Okafor supervises Rivera; Lee is on call and supervised by Mensah;
// Park has nothing to do with it; Chen has left.
const COUNSELORS: StaffMember[] = [
  { id: "c-rivera", active: true, supervisorId: "c-okafor" },
  { id: "c-okafor", active: true, supervisorId: null },
  { id: "c-lee", active: true, supervisorId: "c-mensah" },
  { id: "c-mensah", active: true, supervisorId: null },
  { id: "c-park", active: true, supervisorId: null },
  { id: "c-chen", active: false, supervisorId: "c-park" },
];

const scope = (o: Partial<ActingScope> = {}): ActingScope => ({ assignedCounselorId: "c-rivera", notices: [{ counselorId: "c-rivera" }], counselors: COUNSELORS, ...o });

describe("who may act on an alert", () => {
  it("the assigned counselor, anyone it was sent to, and the supervisor of either", () => {
    const s = scope({ notices: [{ counselorId: "c-rivera" }, { counselorId: "c-lee" }] });
    expect(mayAct("c-rivera", s)).toEqual({ allowed: true, as: "assigned" });
    expect(mayAct("c-lee", s)).toEqual({ allowed: true, as: "notified" });
    expect(mayAct("c-okafor", s)).toEqual({ allowed: true, as: "supervisor" });
    expect(mayAct("c-mensah", s)).toEqual({ allowed: true, as: "supervisor" });
  });

  it("anyone else is refused, however senior", () => {
    expect(mayAct("c-park", scope())).toEqual({ allowed: false, reason: "not_involved" });
    // Lee's supervisor is not involved until the alert reaches Lee.
    expect(mayAct("c-mensah", scope())).toEqual({ allowed: false, reason: "not_involved" });
  });

  it("the assigned counselor may act before any notice was written (an alert still in the outbox)", () => {
    expect(mayAct("c-rivera", scope({ notices: [] }))).toEqual({ allowed: true, as: "assigned" });
    expect(mayAct("c-okafor", scope({ notices: [] }))).toEqual({ allowed: true, as: "supervisor" });
  });

  it("whoever a re-escalation reached may act from then on", () => {
    expect(mayAct("c-park", scope({ notices: [{ counselorId: "c-rivera" }, { counselorId: "c-park" }] }))).toEqual({ allowed: true, as: "notified" });
  });

  it("an unenrolled sender: whoever it was sent to and their supervisors", () => {
    const s = scope({ assignedCounselorId: null, notices: [{ counselorId: "c-lee" }] });
    expect(mayAct("c-lee", s)).toEqual({ allowed: true, as: "notified" });
    expect(mayAct("c-mensah", s)).toEqual({ allowed: true, as: "supervisor" });
    expect(mayAct("c-rivera", s)).toEqual({ allowed: false, reason: "not_involved" });
    expect(mayAct("c-okafor", s)).toEqual({ allowed: false, reason: "not_involved" });
  });

  it("inactive counselors may not act, even when assigned or notified; their supervisor still may", () => {
    const s = scope({ assignedCounselorId: "c-chen", notices: [{ counselorId: "c-chen" }] });
    expect(mayAct("c-chen", s)).toEqual({ allowed: false, reason: "inactive" });
    expect(mayAct("c-park", s)).toEqual({ allowed: true, as: "supervisor" });
  });

  it("an id the program does not know is refused", () => {
    expect(mayAct("cli", scope())).toEqual({ allowed: false, reason: "unknown_counselor" });
    expect(mayAct("", scope())).toEqual({ allowed: false, reason: "unknown_counselor" });
  });
});
