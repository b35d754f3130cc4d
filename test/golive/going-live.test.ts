import fs from "node:fs";
import { DateTime } from "luxon";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import YAML from "yaml";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { startFakeTwilioApi, type FakeTwilioApi } from "../support/fake-twilio-api.ts";
import { captureSentTexts } from "../support/log-capture.ts";
import { inboundSmsParams, postSignedForm, rebaseUrl, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_MESSAGING_SERVICE_SID, TEST_STEADY_NUMBER } from "../support/signed-webhook.ts";
import { twimlTexts } from "../support/twiml-texts.ts";
import { checkinTimeAfter, clinicZone } from "./clinic-zone.ts";
import { cloneWorkingTree } from "./clone-working-tree.ts";
import { dropGoliveLeftovers, dropGoliveRole, goliveRoleName } from "./golive-role.ts";
import { editEnvFile, fencedBlocks, fromGuide, GUIDE_FILE, localize, shOk, type Layout } from "./guide-commands.ts";
import { startService, type StartedService } from "./started-service.ts";

// docs/going-live.md, followed on one machine: a clone, PostgreSQL on 127.0.0.1:5432 (trust
// auth), the local Twilio stand-in in place of Twilio (TWILIO_API_BASE_URL), and the bot
// started as the systemd unit starts it. The HTTPS proxy is played by posting Twilio's
// signed webhooks, signed over PUBLIC_BASE_URL, to the bot's loopback port. Every command
// run here is the guide's own (see guide-commands.ts), so a step the guide changes or
// breaks fails this test.

const GUIDE = fs.readFileSync(GUIDE_FILE, "utf8");
const g = (text: string) => fromGuide(GUIDE, text);
const PUBLIC_BASE_URL = "https://steady.example.org";
const TEST_PHONE = "+15550100190";
const RIVERA_PHONE = "+13125550101";

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
}, 60_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.once("error", reject);
  });
}

async function until<T>(what: string, ms: number, probe: () => T | undefined | null | false): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

it("the deployment files in examples/deploy are the ones the guide prints", () => {
  const uncommented = (file: string) =>
    fs.readFileSync(path.join(PROJECT_ROOT, "examples/deploy", file), "utf8").split("\n").filter((l) => !l.startsWith("#")).join("\n").trim();
  const blocks = fencedBlocks(GUIDE).map((b) => b.body.trim());
  expect(blocks).toContain(uncommented("steady.service"));
  expect(blocks).toContain(uncommented("Caddyfile"));
});

it("a clinic follows docs/going-live.md from a fresh clone to a participant's first check-in on PostgreSQL, and restores a backup", { timeout: 300_000 }, async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "golive-"));
  cleanup.push(() => fs.rmSync(work, { recursive: true, force: true }));
  const L: Layout = {
    clone: path.join(work, "opt"),
    etc: path.join(work, "etc"),
    backups: path.join(work, "backups"),
    bin: path.join(work, "bin"),
    name: goliveRoleName(),
    port: await freePort(),
  };
  fs.mkdirSync(L.bin);
  await dropGoliveLeftovers();
  const run = (command: string) => shOk(localize(g(command), L), { cwd: L.clone });
  cleanup.push(() => dropGoliveRole(L.name));

  // Install: the clone, npm packages and database clients, the bundle the service runs.
  g("sudo git clone <your copy of the Steady repository> /opt/steady");
  cloneWorkingTree(PROJECT_ROOT, L.clone);
  await run("sudo -H -u steady node scripts/bootstrap.mjs");
  await run("sudo -H -u steady node scripts/build.mjs");
  expect(fs.existsSync(path.join(L.clone, "dist/steady.mjs"))).toBe(true);

  // The settings file, the program file and steady-run.
  await run(
    [
      "sudo install -d -m 0750 -o root -g steady /etc/steady",
      "sudo install -m 0600 -o root -g root /opt/steady/examples/deploy/steady.env.example /etc/steady/steady.env",
      "sudo install -m 0640 -o root -g steady /opt/steady/examples/program.yaml /etc/steady/program.yaml",
      "sudo install -m 0755 /opt/steady/examples/deploy/steady-run /usr/local/bin/steady-run",
    ].join("\n"),
  );
  const envFile = path.join(L.etc, "steady.env");
  const programFile = path.join(L.etc, "program.yaml");
  for (const f of [envFile, path.join(L.bin, "steady-run")]) fs.writeFileSync(f, localize(fs.readFileSync(f, "utf8"), L));

  // PostgreSQL: the role and the database, and the line for the settings file.
  const created = await run(
    [
      "PGPASS=$(openssl rand -hex 24)",
      "sudo -u postgres psql -v ON_ERROR_STOP=1 -v pass=\"$PGPASS\" <<'SQL'",
      "CREATE ROLE steady LOGIN PASSWORD :'pass';",
      "CREATE DATABASE steady OWNER steady;",
      "SQL",
      'echo "DATABASE_URL=postgresql://steady:$PGPASS@127.0.0.1:5432/steady"',
    ].join("\n"),
  );
  const databaseUrl = /^DATABASE_URL=(postgresql:\/\/\S+)$/m.exec(created)?.[1];
  expect(databaseUrl, created).toMatch(new RegExp(`^postgresql://${L.name}:[0-9a-f]{48}@127\\.0\\.0\\.1:5432/${L.name}$`));

  // The settings: the database, Twilio (here its stand-in), PUBLIC_BASE_URL, and a free port.
  const fake: FakeTwilioApi = await startFakeTwilioApi({ statusCallbacks: "auto", callbackTarget: rebaseUrl(PUBLIC_BASE_URL, `http://127.0.0.1:${L.port}`) });
  cleanup.push(() => fake.close());
  editEnvFile(envFile, {
    DATABASE_URL: databaseUrl!,
    TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_MESSAGING_SERVICE_SID: TEST_MESSAGING_SERVICE_SID,
    PUBLIC_BASE_URL,
    TWILIO_API_BASE_URL: fake.url,
    PORT: String(L.port),
  });
  expect(fs.readFileSync(envFile, "utf8")).not.toContain("CHANGE-ME");

  // The program: the clinic's time zone, office hours every day (so the test's urgent alert
  // pages whatever the weekday), and no participants yet.
  const zone = clinicZone(new Date());
  const program = YAML.parseDocument(fs.readFileSync(programFile, "utf8"));
  program.setIn(["program", "timeZone"], zone);
  program.setIn(["program", "officeHours", "days"], ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
  program.set("participants", []);
  fs.writeFileSync(programFile, program.toString());

  // Migrate.
  const migrated = await run("sudo steady-run npm run migrate:deploy:pg");
  expect(migrated).toContain("All migrations have been successfully applied.");

  // Run it as a service.
  g("sudo systemctl enable --now steady");
  let service: StartedService = startService(path.join(L.clone, "examples/deploy/steady.service"), L);
  cleanup.push(() => service.kill());
  await service.waitFor("Steady is running", 60_000);
  expect(service.journal()).toContain("database: PostgreSQL (DATABASE_URL)");
  expect(service.journal()).toContain("console: off");
  for (const line of g(
    [
      '  Twilio "A message comes in" webhook: https://steady.example.org/sms/inbound (HTTP POST)',
      "  delivery reports are requested at:   https://steady.example.org/sms/status",
    ].join("\n"),
  ).split("\n")) {
    expect(service.journal()).toContain(line);
  }
  expect((await run("curl -fsS http://127.0.0.1:3000/healthz")).trim()).toBe("ok");
  const ready = await fetch(`http://127.0.0.1:${L.port}/readyz`);
  expect([ready.status, (await ready.text()).trim()]).toEqual([200, "ready"]);

  // The first participant: the guide's test entry, with a check-in time a minute or so away.
  const entry = fencedBlocks(GUIDE).find((b) => b.lang === "yaml" && b.body.includes("- id: p-900"));
  expect(entry, "the guide's test participant").toBeDefined();
  const checkin = checkinTimeAfter(new Date(), zone, 40);
  const p900 = (YAML.parse(entry!.body) as Record<string, unknown>[])[0]!;
  Object.assign(p900, { checkinTime: checkin.time, startDate: checkin.date, consent: { sms: { date: checkin.date, method: "staff test phone" } } });
  expect(p900).toMatchObject({ id: "p-900", name: "Test", contacts: { sms: TEST_PHONE }, preferredChannel: "sms", counselor: "c-rivera" });
  program.set("participants", [p900]);
  fs.writeFileSync(programFile, program.toString());
  expect(GUIDE).toContain("the journal shows `sync: participant p-900 added`");
  await service.waitFor("sync: participant p-900 added", 20_000);

  // The welcome first, at once (the start date is today), then the check-in at its time.
  const toPhone = () => fake.delivered().filter((r) => r.to === TEST_PHONE);
  const welcome = await until("the welcome", 45_000, () => toPhone()[0]);
  const planned = DateTime.fromJSDate(checkin.at).setZone(zone).toFormat("h:mm a");
  expect(welcome.body).toBe(`Hi Test! Riverbend Program here: a short check-in daily around ${planned}, and group reminders. HELP for help, STOP to opt out. Msg&data rates may apply.`);
  expect(welcome.messagingServiceSid).toBe(TEST_MESSAGING_SERVICE_SID);
  // The command line sees the service's database, and the check-in planned there.
  const status = await run("sudo steady-run npm run --silent cli -- status");
  expect(status).toMatch(/^No bot running at .*working on the database directly/);
  expect(status, `p-900's check-in planned for ${planned} today (missed if the bot took over 40 s to pick up the program file)`).toMatch(new RegExp(`${planned} .*p-900`));
  const prompt = await until("the first check-in", checkin.at.getTime() - Date.now() + 45_000, () => toPhone()[1]);
  expect(GUIDE).toContain("(`Hi Test, it's check-in time. How is your mood today, …`)");
  expect(prompt.body).toBe("Hi Test, it's check-in time. How is your mood today, 1 (very low) to 10 (great)?");
  expect(prompt.date.getTime()).toBeGreaterThanOrEqual(checkin.at.getTime());

  // Answered from the phone: Twilio's signed webhooks, through the proxy to the bot.
  const text = async (from: string, body: string) => {
    captureSentTexts([body]);
    const r = await postSignedForm({
      target: `http://127.0.0.1:${L.port}/sms/inbound`,
      publicUrl: `${PUBLIC_BASE_URL}/sms/inbound`,
      authToken: TEST_AUTH_TOKEN,
      params: inboundSmsParams({ from, body, to: TEST_STEADY_NUMBER, messagingServiceSid: TEST_MESSAGING_SERVICE_SID }),
    });
    expect(r.status, r.body).toBe(200);
    return twimlTexts(r.body).join("\n");
  };
  expect(GUIDE).toContain("answer `7`, then `9` for urges, `yes`, `SKIP`, and get `Thanks, Test. Check-in done. Talk tomorrow.`");
  expect(await text(TEST_PHONE, "7")).toContain("How strong were urges today");
  expect(await text(TEST_PHONE, "9")).toContain("Did you make it to a meeting today?");
  expect(await text(TEST_PHONE, "yes")).toContain("Anything you'd like your care team to know?");
  expect(await text(TEST_PHONE, "SKIP")).toBe("Thanks, Test. Check-in done. Talk tomorrow.");

  // Urges of 9 page c-rivera within office hours, who acknowledges by text.
  expect(GUIDE).toContain("`c-rivera` gets `Steady: urgent alert for p-900. Reply ACK …` and answers `ACK …`");
  const alert = await until("the urgent alert", 30_000, () => fake.delivered().find((r) => r.to === RIVERA_PHONE));
  const code = /^Steady: urgent alert for p-900\. Reply ACK (\d+)\.$/.exec(alert.body)?.[1];
  expect(code, alert.body).toBeDefined();
  expect(await text(RIVERA_PHONE, `ACK ${code}`)).toContain(`Acknowledged alert ${code} (p-900)`);
  // Delivery reports came back through PUBLIC_BASE_URL and were accepted.
  await fake.idle();
  expect(fake.callbacks.length).toBeGreaterThan(0);
  expect(fake.callbacks.filter((c) => c.httpStatus !== 200)).toEqual([]);

  // Records: the audit trail of p-900 read with psql, and an export through steady-run.
  g('SELECT "at", "actorKind", "actorId", "action", "via", "detail" FROM "AuditEvent"');
  const trail = await shOk(`psql -h 127.0.0.1 -U postgres -d ${L.name} -At -c 'SELECT "actorId", "action", "via" FROM "AuditEvent" WHERE "participantId" = '"'p-900'"' ORDER BY "id"'`, { cwd: L.clone });
  expect(trail).toContain("c-rivera|escalation_acknowledged|sms");
  const exportCommand = "sudo steady-run npx steady export p-101 --as c-rivera";
  expect(GUIDE).toContain(`\`${exportCommand}\``);
  await shOk(localize(exportCommand, L).replace("p-101", "p-900"), { cwd: L.clone });
  const exported = path.join(L.clone, "p-900.json");
  expect(fs.statSync(exported).mode & 0o777).toBe(0o600);
  expect(fs.readFileSync(exported, "utf8")).toContain("Check-in done");

  // Metrics, as Prometheus on the same server scrapes them (no token, loopback).
  g('      - targets: ["127.0.0.1:3000"]');
  const metrics = await fetch(`http://127.0.0.1:${L.port}/metrics`);
  expect(metrics.status).toBe(200);
  expect(await metrics.text()).toMatch(/^steady_database_up 1$/m);

  // Back up: the nightly dump (run by hand) and the one before an upgrade.
  await run("sudo install -d -m 0700 -o postgres -g postgres /var/backups/steady");
  const nightly = g("15 2 * * * postgres pg_dump --format=custom --file=/var/backups/steady/steady-$(date +\\%F).dump steady");
  await shOk(localize(nightly.replace(/^.*? postgres /, "sudo -u postgres "), L), { cwd: L.clone });
  await run("sudo -u postgres pg_dump --format=custom --file=/var/backups/steady/steady-before-upgrade.dump steady");
  const dump = fs.readdirSync(L.backups).find((f) => /^steady-\d{4}-\d\d-\d\d\.dump$/.test(f));
  expect(dump, fs.readdirSync(L.backups).join(", ")).toBeDefined();
  const withDump = (commands: string) => localize(g(commands), L).replaceAll("steady-2026-11-30.dump", dump!);

  // Practise a restore into a scratch database while the bot runs on.
  const practised = await shOk(
    withDump(
      [
        "sudo -u postgres createdb --owner steady steady_check",
        "sudo -u postgres pg_restore --dbname=steady_check --no-owner --role=steady --exit-on-error /var/backups/steady/steady-2026-11-30.dump",
        "sudo -u postgres psql -d steady_check -c 'SELECT count(*) FROM \"Participant\"'",
        "sudo -u postgres dropdb steady_check",
      ].join("\n"),
    ),
    { cwd: L.clone },
  );
  expect(practised).toMatch(/count\s*\n-+\n\s*1\n/);

  // Restore into the live database, with the bot stopped; it starts on the restored one.
  g("sudo systemctl stop steady");
  expect(await service.stop()).toBe(0);
  // The journal holds ids and codes, never a phone number.
  expect(service.journal()).toContain("sync: participant p-900 added");
  expect(service.journal()).not.toMatch(/\+1\d{10}/);
  await shOk(
    withDump(
      [
        "sudo -u postgres dropdb steady",
        "sudo -u postgres createdb --owner steady steady",
        "sudo -u postgres pg_restore --dbname=steady --no-owner --role=steady --exit-on-error /var/backups/steady/steady-2026-11-30.dump",
      ].join("\n"),
    ),
    { cwd: L.clone },
  );
  g("sudo systemctl start steady");
  const sentBefore = fake.delivered().length;
  service = startService(path.join(L.clone, "examples/deploy/steady.service"), L);
  await service.waitFor("Steady is running", 60_000);
  const readyAgain = await fetch(`http://127.0.0.1:${L.port}/readyz`);
  expect(readyAgain.status).toBe(200);
  // The restored database knows p-900 and today's check-in: no second welcome or prompt.
  expect(fake.delivered().slice(sentBefore)).toEqual([]);
  // Checking the number: one in the file (from its start date on), and one that is not.
  const known = "Thanks, I've passed your message to your care team. Need help now? Call or text 988.";
  const unknown = "Your number isn't set up to text this line. For help, contact Riverbend front desk, (312) 555-0100. In a crisis call or text 988.";
  expect(GUIDE).toContain(`ask them to text \`hi\` to the Steady number. A number\n   in the file gets, from its start date on,\n   \`${known}\``);
  expect(GUIDE).toContain(`a number that is not gets\n   \`${unknown}\``);
  expect(await text(TEST_PHONE, "hi")).toBe(known);
  expect(await text("+15550100191", "hi")).toBe(unknown);
  expect(toPhone()).toHaveLength(2);

  expect(service.journal()).not.toMatch(/\+1\d{10}/);
  expect(await service.stop()).toBe(0);
});
