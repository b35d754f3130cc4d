import { afterEach, describe, expect, it } from "vitest";
import { startConsole, type RunningConsole } from "./start-console.ts";

let running: RunningConsole | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(running!.url + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("the console's counselor box", () => {
  it("reads a participant's message and answers it, as READ and REPLY by text would", async () => {
    running = await startConsole({ at: "2026-11-25T10:00:00-06:00" });
    const { app } = running;
    expect((await post("/console/reply", { participantId: "p-001", text: "can someone call me about my schedule" })).status).toBe(200);
    const item = await app.db.inboxItem.findFirstOrThrow();

    expect((await post("/console/staff", { counselorId: "c-rivera", text: "READ" })).status).toBe(200);
    expect(app.local.to("c-rivera").at(-1)!.text).toContain("can someone call me about my schedule");
    expect((await post("/console/staff", { counselorId: "c-rivera", text: `REPLY ${item.code} Calling you at noon.` })).status).toBe(200);
    expect(app.local.to("p-001").at(-1)!.text).toBe("Dana (Lakeside Evening Program): Calling you at noon.");

    // Only counselors type here.
    expect((await post("/console/staff", { counselorId: "p-001", text: "READ" })).status).toBe(404);
    expect((await post("/console/staff", { counselorId: "c-rivera", text: "" })).status).toBe(400);
  });
});
