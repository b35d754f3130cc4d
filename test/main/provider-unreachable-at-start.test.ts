import { spawn } from "node:child_process";
import net from "node:net";
import { afterEach, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { freshSqlite } from "../support/fresh-database.ts";
import { captureLogText } from "../support/log-capture.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_STEADY_NUMBER } from "../support/signed-webhook.ts";

// src/main.ts started as its own process, the way `npm start` runs it, with SMS configured and
// nothing listening where TWILIO_API_BASE_URL points.

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A loopback port with nothing listening on it. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.once("error", reject);
  });
}

it("Twilio unreachable at start: one plain warning line naming it beside the log line, /readyz names sms, and the bot keeps running", { timeout: 60_000 }, async () => {
  const db = freshSqlite();
  cleanup.push(() => db.drop());
  const [port, apiPort] = [await closedPort(), await closedPort()];
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: db.url,
      PROGRAM_FILE: "test/fixtures/program.yaml",
      TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      TWILIO_FROM_NUMBER: TEST_STEADY_NUMBER,
      TWILIO_API_BASE_URL: `http://127.0.0.1:${apiPort}`,
      PUBLIC_BASE_URL: "https://steady.example.org",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  cleanup.push(() => void child.kill("SIGKILL"));
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  cleanup.push(() => captureLogText(stderr));
  for (let i = 0; i < 300 && !(stdout.includes("see what is due") && stderr.includes("warning: sms:")) && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  expect(stdout, stdout + stderr).toContain("see what is due");
  expect(stdout).toContain(`/readyz (database answering, sms reaching its provider)`);

  const problem = new RegExp(
    `^sms: cannot reach the Twilio API at 127\\.0\\.0\\.1:${apiPort} since \\w{3} \\w{3} \\d+ \\d{4}, \\d+:\\d\\d [AP]M \\S+ \\(ECONNREFUSED\\): is the network up\\? TWILIO_API_BASE_URL\\?$`,
    "m",
  );
  // Later calls (the message-log check, sends) fail too, and add no second line.
  await new Promise((r) => setTimeout(r, 1_000));
  const warnings = stderr.split("\n").filter((l) => l.startsWith("warning: sms:"));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/^warning: sms: cannot reach the Twilio API at .*TWILIO_API_BASE_URL\? Messages wait in the outbox and go out once Twilio answers\.$/);
  expect(stderr).toMatch(new RegExp(`"event":"sms_api_failing_at_start".*"errorCode":"ECONNREFUSED"`));

  const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
  expect(ready.status).toBe(503);
  const body = await ready.text();
  expect(body.split("\n")[0]).toBe("not ready");
  expect(body.split("\n").slice(1).join("\n")).toMatch(problem);
  expect(body).not.toContain("database:");
  // Still running: the process answers and stops cleanly.
  expect((await (await fetch(`http://127.0.0.1:${port}/healthz`)).text()).trim()).toBe("ok");
  child.kill("SIGTERM");
  expect(await exited, stderr).toBe(0);
});
