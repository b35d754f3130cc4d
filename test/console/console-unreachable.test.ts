import { readFileSync } from "node:fs";
import { afterEach, expect, it } from "vitest";
import type { ConsoleState } from "../../src/console/console-state.ts";
import { loadProgram } from "../../src/program/load-program.ts";
import { startConsole, type RunningConsole } from "./start-console.ts";

let running: RunningConsole | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

const example = () => loadProgram(readFileSync(new URL("../../examples/program.yaml", import.meta.url), "utf8"), "program.yaml").program;

it("marks the participants and groups no running channel reaches, with why, and no one else", async () => {
  running = await startConsole({ at: "2026-11-24T10:00:00-06:00", program: example(), available: ["sms", "local"] });
  const state = (await (await fetch(`${running.url}/console/state`)).json()) as ConsoleState;
  const marked = (threads: ConsoleState["phones"]) => threads.filter((t) => t.unreachable).map((t) => [t.id, t.unreachable!.badge]);
  expect(marked(state.phones)).toEqual([["p-105", "unreachable: no discord running"]]);
  expect(state.phones.find((p) => p.id === "p-105")!.unreachable!.reason).toBe("no running channel for their contacts (discord): nothing reaches them");
  expect(marked(state.groups)).toEqual([
    ["g-mwf-morning", "not sent: no slack running"],
    ["g-tue-thu", "not sent: no slack, discord running"],
  ]);
  expect(marked(state.counselors)).toEqual([]);
});
