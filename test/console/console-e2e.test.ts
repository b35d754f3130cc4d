import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { chromiumRequired, haveChromium, launchChromium } from "./launch-chromium.ts";
import { startConsole, type RunningConsole } from "./start-console.ts";

const SCREENSHOT = path.join(PROJECT_ROOT, "test-output", "console.png");

let running: RunningConsole | null = null;
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
  await running?.close();
  running = null;
});

const thread = (card: Locator) => card.getByRole("list");

// The project compiles without the DOM library (so code under src/ cannot reach for browser
// globals by accident): page code goes through the element it gets, or is a string.
const LAYOUT = `(() => {
  const box = (id) => { const r = document.getElementById(id).getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
  return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, phones: box("phones"), inbox: box("inbox"), groups: box("groups") };
})()`;
interface Box {
  top: number;
  bottom: number;
}

describe.skipIf(!haveChromium && !chromiumRequired)("the console in a real browser", () => {
  it("runs an evening: reminder, check-in, a crisis and its acknowledgement, readable at 375 px", async () => {
    running = await startConsole({ at: "2026-11-24T16:00:00-06:00" });
    browser = await launchChromium();
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    // Everything the page loads comes from the console's own server.
    page.on("request", (r) => !r.url().startsWith(`${running!.url}/`) && problems.push(`third-party request: ${r.url()}`));

    await page.goto(`${running.url}/`);
    await expect.poll(() => page.locator("#connection").textContent(), { timeout: 10_000 }).toBe("Live");
    const phones = page.locator("#phones");
    const inbox = page.locator("#inbox");
    const groups = page.locator("#groups");
    const sam = phones.getByRole("article", { name: "Sam p-001" });
    const lucia = phones.getByRole("article", { name: "Lucía p-002" });
    const alex = phones.getByRole("article", { name: "Alex p-003" });
    const rivera = inbox.getByRole("article", { name: "Dana Rivera c-rivera" });
    const lee = inbox.getByRole("article", { name: "Jordan Lee c-lee" });
    const okafor = inbox.getByRole("article", { name: "Ada Okafor c-okafor" });
    const evening = groups.getByRole("article", { name: "# g-evening" });
    await sam.getByText("Nothing yet.").waitFor();

    // 17:00: the reminder an hour before the 18:00 session, to members and the group's channel.
    await page.getByRole("button", { name: "Jump to next due" }).click();
    await thread(evening).getByText(/^Reminder: Tuesday group starts at 6:00 PM, Room B/).waitFor();
    await thread(sam).getByText(/^Reminder: group today at 6:00/).waitFor();
    await expect.poll(() => page.locator("#status").textContent(), { timeout: 10_000 }).toMatch(/^Clock moved to Tue, Nov 24, 5:00/);

    // 18:00: the check-in.
    await page.getByRole("button", { name: "Jump to next due" }).click();
    await thread(sam).getByText("Hi Sam, it's check-in time. How is your mood today, 1 (very low) to 10 (great)?").waitFor();
    await thread(lucia).getByText(/^Hola Lucía/).waitFor();

    // Answer as Sam from the keyboard, in the phone's own reply box.
    const reply = sam.getByLabel("Reply as Sam");
    await reply.fill("7");
    await reply.press("Enter");
    await thread(sam).getByText("Got it. How strong were urges today, 0 (none) to 10 (very strong)?").waitFor();
    expect(await reply.inputValue()).toBe("");
    expect(await reply.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // A crisis: the 988 reply first, then the alert in the counselor inbox.
    await reply.fill("I want to kill myself");
    await sam.getByRole("button", { name: "Send" }).click();
    const crisisReply = thread(sam).locator("li.kind-crisis");
    await crisisReply.waitFor();
    expect(await crisisReply.textContent()).toContain("Call or text 988");
    const alertItem = thread(rivera).locator("li.kind-alert");
    await alertItem.getByText(/crisis alert for p-001/).waitFor();
    expect(await alertItem.textContent()).not.toContain("kill");
    await thread(lee).locator("li.kind-alert").waitFor();
    const code = (await running.app.db.escalation.findFirstOrThrow()).code;

    // Acknowledge as the counselor the alert went to, by clicking.
    await rivera.getByRole("button", { name: `Acknowledge alert ${code} as Dana Rivera` }).click();
    await alertItem.getByText("Acknowledged by Dana Rivera").waitFor();
    await thread(lee).getByText("Acknowledged by Dana Rivera").waitFor();
    await expect.poll(() => page.locator("#status").textContent(), { timeout: 10_000 }).toBe(`Acknowledged alert ${code} as Dana Rivera.`);
    expect(await lee.getByRole("button", { name: /Acknowledge/ }).count()).toBe(0);
    expect(await lee.getByRole("button", { name: `Resolve alert ${code} as Jordan Lee` }).count()).toBe(1);
    expect(await running.app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-rivera" });

    // Each pane as it stands: phones in order, the supervisor's inbox still empty, the channel names no one.
    const samTexts = await thread(sam).locator("li .text").allTextContents();
    expect(samTexts).toEqual([
      expect.stringMatching(/^Reminder: group today/),
      expect.stringMatching(/^Hi Sam, it's check-in time/),
      "7",
      expect.stringMatching(/^Got it\./),
      "I want to kill myself",
      expect.stringMatching(/988/),
    ]);
    expect(await alex.getByText("Nothing yet.").isVisible()).toBe(true);
    expect(await sam.getByText("Nothing yet.").isVisible()).toBe(false);
    expect(await okafor.getByText("No alerts yet.").isVisible()).toBe(true);
    const channelText = (await thread(evening).textContent()) ?? "";
    expect(channelText).not.toMatch(/Sam|Lucía|p-00/);

    // Keyboard focus is visible.
    await page.keyboard.press("Tab");
    const nextDue = page.getByRole("button", { name: "Jump to next due" });
    await nextDue.focus();
    expect(await nextDue.evaluate((el) => el.matches(":focus-visible") && el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle !== "none")).toBe(true);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // 375 px wide: the panes stack and nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    const layout = (await page.evaluate(LAYOUT)) as { scrollWidth: number; width: number; phones: Box; inbox: Box; groups: Box };
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.inbox.top).toBeGreaterThanOrEqual(layout.phones.bottom);
    expect(layout.groups.top).toBeGreaterThanOrEqual(layout.inbox.bottom);
    await page.screenshot({ path: path.join(PROJECT_ROOT, "test-output", "console-375.png"), fullPage: true });

    expect(problems).toEqual([]);
    // Log lines carry ids and codes only.
    expect(running.logs.join("\n")).not.toMatch(/kill|Sam|Lucía|Rivera/);
  }, 90_000);
});
