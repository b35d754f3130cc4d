/**
 * Child process of bench/run.ts (bundled and started as `npm start` starts the bot; see
 * as-started.ts): check-in replies through the engine on a fresh SQLite database. Every
 * participant answers the four questions. With `inFlight` 1 the replies go one at a time;
 * with more, that many participants answer side by side (each in order), as at 6 PM when
 * everyone's prompt arrives at once. Prints one JSON line.
 *
 *   check-in-replies <databaseUrl> <participants> <inFlight>
 */
import { LocalChannel } from "../adapters/local/local-channel.ts";
import { openApp } from "../src/app.ts";
import { programWithParticipants } from "../test/support/many-participants.ts";

const [databaseUrl, participants, inFlight] = process.argv.slice(2);
const program = programWithParticipants(Number(participants));
let now = new Date("2026-11-24T12:00:00-06:00");
const local = new LocalChannel(() => now);
const app = await openApp({ databaseUrl: databaseUrl!, program, clock: () => now, channels: [local] });
await app.engine.dispatchDue();
now = new Date("2026-11-24T18:00:00-06:00");
await app.engine.dispatchDue();
const answers = ["7", "2", "yes", "skip"];
const queue = program.participants.map((p) => p.id);
let count = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: Number(inFlight) }, async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      for (const a of answers) {
        await local.receive(id, a);
        count++;
      }
    }
  }),
);
const ms = performance.now() - t0;
const complete = await app.db.checkIn.count({ where: { status: "complete" } });
await app.close();
process.stdout.write(JSON.stringify({ count, ms, complete }) + "\n");
