import { describe, expect, it } from "vitest";
import { loadProgram } from "../../src/program/index.ts";
import { BASE, edit, expectIssue, lineOf } from "./helpers.ts";

describe("the base program of these tests", () => {
  it("is valid and has no warnings, so each failure below comes from its one change", () => {
    const { program, warnings } = loadProgram(BASE);
    expect(warnings).toEqual([]);
    expect(program.participants.map((p) => p.id)).toEqual(["p-001", "p-002"]);
  });
});

describe("required fields", () => {
  it("reports a missing key at the line of its parent", () => {
    const yaml = edit(BASE, "  name: Test Program\n", "");
    expectIssue(yaml, "program.name", "program:", "required, but missing");
  });

  it("reports a participant without a counselor at the participant's line", () => {
    const yaml = edit(BASE, "    counselor: c-two\n", "");
    expectIssue(yaml, "participants[1].counselor", "- id: p-002", "required, but missing");
  });

  it("requires at least one counselor", () => {
    const yaml = edit(BASE, BASE.slice(BASE.indexOf("counselors:"), BASE.indexOf("groups:")), "counselors: []\n");
    expectIssue(yaml, "counselors", "counselors: []", "at least one counselor");
  });

  it("requires at least one contact per counselor", () => {
    const yaml = edit(BASE, 'contacts: { sms: "+13125550101" }', "contacts: {}");
    expectIssue(yaml, "counselors[0].contacts", "contacts: {}", "at least one of sms, slack, discord");
  });
});

describe("unique ids", () => {
  it("rejects two counselors with one id", () => {
    const yaml = edit(BASE, "  - id: c-two", "  - id: c-one");
    expectIssue(yaml, "counselors[1].id", lineOf(yaml, "name: Ngozi Okafor") - 1, 'duplicate counselor id "c-one" (also counselors[0])');
  });

  it("rejects two groups with one id", () => {
    const yaml = edit(BASE, "groups:\n", "groups:\n  - id: g-one\n    name: Morning\n    sessions: [{ days: [mon], start: \"09:00\", durationMinutes: 60 }]\n");
    expectIssue(yaml, "groups[1].id", lineOf(yaml, "name: Evening group") - 1, 'duplicate group id "g-one" (also groups[0])');
  });

  it("rejects two participants with one id", () => {
    const yaml = edit(BASE, "  - id: p-002", "  - id: p-001");
    expectIssue(yaml, "participants[1].id", lineOf(yaml, "name: Alex") - 1, 'duplicate participant id "p-001" (also participants[0])');
  });

  it("rejects two counselors in one on-call position", () => {
    const yaml = edit(BASE, "    supervisor: c-one", "    supervisor: c-one\n    onCall: 1");
    expectIssue(yaml, "counselors[1].onCall", lineOf(yaml, "supervisor: c-one") + 1, "on-call position 1 is already taken by counselors[0]");
  });

  it("rejects two questions with one id", () => {
    const yaml = edit(BASE, "  supportContact: front desk\n", "  supportContact: front desk\n  checkin:\n    questions:\n      - { id: mood, type: scale, min: 1, max: 10 }\n      - { id: mood, type: yesno }\n");
    expectIssue(yaml, "program.checkin.questions[1].id", "{ id: mood, type: yesno }", 'duplicate question id "mood"');
  });
});

describe("references", () => {
  it("rejects an unknown group, with a hint", () => {
    const yaml = edit(BASE, "group: g-one", "group: g-onw");
    expectIssue(yaml, "participants[0].group", "group: g-onw", 'unknown group "g-onw" (did you mean "g-one"?)');
  });

  it("rejects an unknown counselor", () => {
    const yaml = edit(BASE, "counselor: c-two", "counselor: c-three");
    expectIssue(yaml, "participants[1].counselor", "counselor: c-three", 'unknown counselor "c-three"');
  });

  it("rejects an unknown supervisor", () => {
    const yaml = edit(BASE, "supervisor: c-one", "supervisor: c-nine");
    expectIssue(yaml, "counselors[1].supervisor", "supervisor: c-nine", 'unknown counselor "c-nine"');
  });

  it("rejects a counselor supervising themself", () => {
    const yaml = edit(BASE, "supervisor: c-one", "supervisor: c-two");
    expectIssue(yaml, "counselors[1].supervisor", "supervisor: c-two", "cannot be their own supervisor");
  });
});

describe("contact addresses", () => {
  it("rejects a phone number that is not E.164, without repeating it", () => {
    const yaml = edit(BASE, '{ sms: "+13125550111" }', '{ sms: "312-555-0111" }');
    const issue = expectIssue(yaml, "participants[0].contacts.sms", "312-555-0111", "not an E.164 phone number");
    expect(issue.message).not.toContain("312-555-0111");
  });

  it("reads an unquoted +E.164 number as text, and asks for quotes around other numbers", () => {
    const ok = loadProgram(edit(BASE, '{ sms: "+13125550111" }', "{ sms: +13125550111 }"));
    expect(ok.program.participants[0]!.contacts.sms).toBe("+13125550111");
    const yaml = edit(BASE, '{ sms: "+13125550111" }', "{ sms: 13125550111 }");
    expectIssue(yaml, "participants[0].contacts.sms", "{ sms: 13125550111 }", "in quotes");
  });

  it("rejects a Slack channel id where a user id belongs", () => {
    const yaml = edit(BASE, "{ slack: U0FAKE0102 }", "{ slack: C0FAKE0102 }");
    expectIssue(yaml, "counselors[1].contacts.slack", "C0FAKE0102", "not a Slack user id");
  });

  it("rejects a Slack user id where a channel id belongs", () => {
    const yaml = edit(BASE, "    name: Evening group\n", "    name: Evening group\n    channels: { slack: U0FAKEGRP }\n");
    expectIssue(yaml, "groups[0].channels.slack", "U0FAKEGRP", "not a Slack channel id");
  });

  it("rejects a Discord id that is not a snowflake", () => {
    const yaml = edit(BASE, '"100000000000000112"', '"12345"');
    expectIssue(yaml, "participants[1].contacts.discord", '"12345"', "not a Discord id");
  });

  it("takes a counselor's chat contact marked staff-only, never a phone number, and only one they have", () => {
    const ok = loadProgram(edit(BASE, "    contacts: { slack: U0FAKE0102 }\n", "    contacts: { slack: U0FAKE0102 }\n    staffOnly: [slack]\n"));
    expect(ok.program.counselors[1]!.staffOnly).toEqual(["slack"]);
    const sms = edit(BASE, "    onCall: 1\n", "    onCall: 1\n    staffOnly: [sms]\n");
    expectIssue(sms, "counselors[0].staffOnly[0]", "staffOnly: [sms]", '"sms" cannot be staff-only: use slack or discord (sms can show on a phone\'s lock screen');
    const missing = edit(BASE, "    contacts: { slack: U0FAKE0102 }\n", "    contacts: { slack: U0FAKE0102 }\n    staffOnly: [discord]\n");
    expectIssue(missing, "counselors[1].staffOnly[0]", "staffOnly: [discord]", "discord is marked staff-only, but there is no discord address under contacts");
  });

  it("keeps an unquoted Discord id exactly as written", () => {
    const { program } = loadProgram(edit(BASE, '"100000000000000112"', "123456789012345678"));
    expect(program.participants[1]!.contacts.discord).toBe("123456789012345678");
  });

  it("rejects a phone number shared by a participant and a counselor", () => {
    const yaml = edit(BASE, '{ sms: "+13125550111" }', '{ sms: "+13125550101" }');
    const issue = expectIssue(yaml, "participants[0].contacts.sms", lineOf(yaml, "name: Sam") + 1, "already used by counselors[0] (c-one)");
    expect(issue.message).not.toContain("+1312");
  });

  it("rejects a Slack user id shared by two people", () => {
    const yaml = edit(edit(BASE, '{ discord: "100000000000000112" }', "{ slack: U0FAKE0102 }"), "preferredChannel: discord", "preferredChannel: slack");
    expectIssue(yaml, "participants[1].contacts.slack", lineOf(yaml, "name: Alex") + 1, "already used by counselors[1] (c-two)");
  });

  it("rejects a Discord id shared by two participants", () => {
    const yaml = edit(BASE, '{ sms: "+13125550111" }', '{ sms: "+13125550111", discord: "100000000000000112" }');
    expectIssue(yaml, "participants[1].contacts.discord", '{ discord: "100000000000000112" }', "already used by participants[0] (p-001)");
  });

  it("requires an address on the preferred channel, except for the local channel", () => {
    const yaml = edit(BASE, "preferredChannel: discord", "preferredChannel: sms");
    expectIssue(yaml, "participants[1].preferredChannel", lineOf(yaml, "name: Alex") + 2, 'preferred channel "sms" has no address');
    const local = loadProgram(edit(BASE, "preferredChannel: discord", "preferredChannel: local"));
    expect(local.program.participants[1]!.preferredChannel).toBe("local");
  });
});
