import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium package; .ci/run installs it when missing. */
export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = fs.existsSync(CHROMIUM);
/** On a developer machine without Chromium the browser tests are skipped; in CI a missing browser is a failure. */
export const chromiumRequired = process.env.CI === "true";

/** Starts headless Chromium; chromium.launch gives every run a fresh temporary profile (its own --user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  if (!haveChromium) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium (.ci/run does this).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
}
