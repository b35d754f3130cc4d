import os from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Files that run several bot instances on the real clock and check what happens when (an
 * instance killed, the database or the provider gone for a stretch, a check-in a minute ahead,
 * two instances spacing their sends): they run after the others, one at a time, with the
 * machine to themselves.
 */
const ON_THEIR_OWN = ["test/engine/several-instances.test.ts", "test/golive/going-live.test.ts", "test/sms/sms-shared-limit.test.ts"];

/** What every test file runs with. */
const FILES = {
  // Log lines written during the run are gathered and checked for personal data at its end.
  setupFiles: ["test/support/log-capture-setup.ts"],
  // Room for a loaded machine: these limits catch a hang, they time nothing.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  pool: "forks",
} as const;

export default defineConfig({
  test: {
    // Once for the run (not per project): the migrated template databases every test copies.
    globalSetup: ["test/support/global-setup.ts"],
    // The JSON report lets .ci/run print a plain "N passed, N failed" summary line.
    reporters: ["default", ["json", { outputFile: "test-output/results.json" }]],
    projects: [
      {
        test: {
          ...FILES,
          name: "paired",
          include: ["test/**/*.test.ts"],
          exclude: ON_THEIR_OWN,
          // Two files at a time even on two cores, where Vitest's default (one fewer than the
          // cores) runs one at a time: most files spend much of their run waiting on PostgreSQL,
          // on processes they started or on timers, and each has its own databases and ports.
          maxWorkers: Math.max(2, os.availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      // Projects run side by side unless ordered: this group starts once the first has finished.
      { test: { ...FILES, name: "alone", include: ON_THEIR_OWN, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
