import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProgram } from "../../src/program/load-program.ts";
import { readYamlInChunks } from "../../src/program/read-yaml-in-chunks.ts";
import { parseYamlSource } from "../../src/program/yaml-source.ts";
import { fictionalNumber } from "../support/many-participants.ts";

const whole = (text: string) => parseYamlSource(text, "t.yaml").data;

/** Reading in slices of two items must give exactly what reading the whole file gives. */
function expectSame(text: string) {
  const sliced = readYamlInChunks(text, 2);
  expect(sliced, "read in slices").not.toBeNull();
  expect(sliced).toEqual(whole(text));
}

const people = (n: number, indent = "  ") =>
  Array.from({ length: n }, (_, i) => `${indent}- { id: p-${i}, name: P${i}, contacts: { sms: ${fictionalNumber(i)} } }`).join("\n");

describe("reading a long list in slices", () => {
  it("gives what the whole document gives, for the example program", () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, "../../examples/program.yaml"), "utf8");
    expectSame(text);
  });

  it("gives what the whole document gives, for lists laid out in the ways people write them", () => {
    expectSame(`program:\n  name: X # a comment\nparticipants:\n${people(7)}\ngroups: []\n`);
    // Items at column 0, comments and blank lines between them, block items over several lines.
    expectSame(
      [
        "participants:",
        "# the evening group",
        "- id: p-1",
        "  name: Ana",
        "  note: |",
        "    - not an item",
        "    second line",
        "",
        "- id: p-2",
        "  contacts:",
        "    sms: +13125550102",
        "    discord: 123456789012345678",
        "  # trailing comment",
        "- id: p-3",
        "  tags: [a, b]",
        "- id: p-4",
        "  anchor: &x { a: 1 }",
        "  again: *x",
        "- { id: p-5,",
        "    name: Ed }",
        "counselors:",
        "  - id: c-1",
      ].join("\n"),
    );
    // Two long lists, the addresses kept as written.
    expectSame(`counselors:\n${people(5, "    ")}\nparticipants:\n${people(9)}\n`);
  });

  it("steps aside when slicing could read the file differently", () => {
    const list = people(5);
    for (const text of [
      `participants:\n${list}\nother: *a\n`.replace("- {", "- &a {"), // an alias across slices
      `%YAML 1.2\n---\nparticipants:\n${list}\n`, // a directive
      `participants:\n${list}\n---\nparticipants: []\n`, // two documents
      `participants:\n${list}\nparticipants:\n${list}\n`, // a duplicate key
      `participants:\r\n${list.replaceAll("\n", "\r\n")}\r\n`, // Windows line ends
      `participants:\n${list}\n  name: misplaced\n`, // a line that does not line up
      `participants:\n${list}\n  - { id: p-9, name: "open }\n`, // a syntax error
      `participants:\n${list}\n` + "  - x\n".repeat(1) + "  -\tbad\n", // a tab
    ]) {
      expect(readYamlInChunks(text, 2), text).toBeNull();
    }
    // Short lists are not sliced: nothing to gain.
    expect(readYamlInChunks(`participants:\n${people(2)}\n`, 2)).toBeNull();
  });

  it("a long program file loads the same, and its warnings still carry their lines", () => {
    const n = 1200;
    const lines = ["program:", "  name: Big Program", "  timeZone: America/Chicago", '  supportContact: "555-0100"', "counselors:", '  - { id: c-one, name: One, contacts: { sms: "+13125550101" }, onCall: 1 }', "participants:"];
    for (let i = 0; i < n; i++) {
      // Participant 700 has SMS as preferred channel without consent: a warning.
      const reach = i === 700 ? `preferredChannel: sms, contacts: { sms: ${fictionalNumber(i)} }` : "preferredChannel: local";
      lines.push(`  - { id: p-${String(i).padStart(5, "0")}, name: P${i}, ${reach}, counselor: c-one, startDate: 2026-11-01, endDate: 2027-01-31 }`);
    }
    const text = lines.join("\n");
    expect(text.length).toBeGreaterThan(128 * 1024); // long enough to be read in slices
    const sliced = readYamlInChunks(text);
    expect(sliced).toEqual(whole(text));
    const loaded = loadProgram(text, "big.yaml");
    expect(loaded.program.participants).toHaveLength(n);
    expect(loaded.program.participants[700]?.contacts.sms).toBe(fictionalNumber(700));
    expect(loaded.warnings).toEqual([expect.stringMatching(/^big\.yaml:708: participants\[700\]\.preferredChannel: no consent recorded for sms/)]);
  });
});
