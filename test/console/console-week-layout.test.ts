import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { chromiumRequired, haveChromium, launchChromium } from "./launch-chromium.ts";
import { startConsole, type RunningConsole } from "./start-console.ts";

let running: RunningConsole | null = null;
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
  await running?.close();
  running = null;
});

/** What the page measures: the document against the viewport and the content, and each thread's box. */
interface Measure {
  scrollHeight: number;
  viewport: number;
  /** Bottom of the last pane's content, in document coordinates. */
  contentBottom: number;
  /** The body's bottom padding, the only space allowed below the content. */
  paddingBottom: number;
  threads: { label: string; height: number; maxHeight: number; scrollHeight: number }[];
}

// The project compiles without the DOM library: page code is a string.
const MEASURE = `(() => {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const panes = document.querySelector("main.panes").getBoundingClientRect();
  return {
    scrollHeight: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
    contentBottom: panes.bottom + window.scrollY,
    paddingBottom: parseFloat(getComputedStyle(document.body).paddingBottom),
    threads: Array.from(document.querySelectorAll(".thread")).filter((t) => !t.hidden).map((t) => ({
      label: t.getAttribute("aria-label"),
      height: t.getBoundingClientRect().height,
      maxHeight: parseFloat(getComputedStyle(t).maxHeight) || 24 * rem,
      scrollHeight: t.scrollHeight,
    })),
  };
})()`;

async function measure(page: Page): Promise<Measure> {
  return (await page.evaluate(MEASURE)) as Measure;
}

/** The page is as tall as its content: no blank area below it, and every thread keeps to its own box. */
function expectNoBlankScroll(m: Measure): void {
  for (const t of m.threads) expect(t.height, t.label).toBeLessThanOrEqual(t.maxHeight + 1);
  expect(m.scrollHeight - m.contentBottom).toBeLessThanOrEqual(m.paddingBottom + 2);
}

describe.skipIf(!haveChromium && !chromiumRequired)("the console after a simulated week", () => {
  it("is as tall as its content at 1280 and 375 px: long threads scroll inside their own box", async () => {
    // Monday morning, then a week of check-ins, nudges and reminders, after a crisis and its alert.
    running = await startConsole({ at: "2026-11-23T07:00:00-06:00" });
    browser = await launchChromium();
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${running.url}/`);
    await expect.poll(() => page.locator("#connection").textContent(), { timeout: 10_000 }).toBe("Live");

    const sam = page.locator("#phones").getByRole("article", { name: "Sam p-001" });
    const reply = sam.getByLabel("Reply as Sam");
    await reply.fill("I want to kill myself");
    await reply.press("Enter");
    await sam.locator("li.kind-crisis").waitFor();
    const rivera = page.locator("#inbox").getByRole("article", { name: "Dana Rivera c-rivera" });
    // Dana Rivera gets alerts by SMS: the inbox shows the minimal, lock-screen safe text she gets.
    const alert = rivera.locator("li.kind-alert");
    await alert.waitFor();
    expect(await alert.locator(".text").textContent()).toMatch(/^Steady: crisis alert for p-001\. Reply ACK \d+\.$/);
    expect(await alert.locator(".meta").textContent()).toContain("as by sms");
    expect(await rivera.locator(".alert-form").textContent()).toBe("Alerts by sms show the participant id and code only (lock-screen safe).");
    // Roles as the program file sets them.
    const subtitles = await page.locator("#inbox article").evaluateAll((cards) => cards.map((c) => [c.getAttribute("aria-labelledby"), c.querySelector(".subtitle")?.textContent]));
    expect(subtitles).toEqual([
      ["inbox-c-lee-title", "counselor · 1st on call"],
      ["inbox-c-okafor-title", "supervisor · 2nd on call"],
      ["inbox-c-rivera-title", "counselor"],
    ]);
    await rivera.getByRole("button", { name: /^Acknowledge alert/ }).click();
    await rivera.getByText("Acknowledged by Dana Rivera").waitFor();

    const advance = page.getByRole("button", { name: "Advance 1 day" });
    let status = "";
    for (let day = 0; day < 7; day++) {
      await advance.click();
      await expect.poll(async () => (await page.locator("#status").textContent()) ?? "", { timeout: 30_000 }).toMatch(/^Clock moved to /);
      await expect.poll(async () => (await page.locator("#status").textContent()) ?? "", { timeout: 30_000 }).not.toBe(status);
      status = (await page.locator("#status").textContent()) ?? "";
    }
    expect(status).toMatch(/^Clock moved to Mon, Nov 30/);
    // The pushes after the last move have arrived: Sam's phone holds the whole week.
    await expect.poll(async () => sam.locator("li.msg").count(), { timeout: 10_000 }).toBeGreaterThan(15);

    const wide = await measure(page);
    // The week filled threads well past their box, so the measurement means something.
    expect(wide.threads.filter((t) => t.scrollHeight > t.height + 100).length).toBeGreaterThanOrEqual(3);
    expectNoBlankScroll(wide);
    expect(wide.scrollHeight).toBeLessThan(wide.viewport * 3);
    await page.screenshot({ path: path.join(PROJECT_ROOT, "test-output", "console-week.png"), fullPage: true });

    await page.setViewportSize({ width: 375, height: 812 });
    const narrow = await measure(page);
    expectNoBlankScroll(narrow);
    expect(problems).toEqual([]);
  }, 180_000);
});
