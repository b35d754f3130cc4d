import { describe, expect, it } from "vitest";
import { openingText, nudgeText, questionText } from "../../src/checkin/step-checkin.ts";
import { freshCheckinState } from "../../src/checkin/checkin-state.ts";
import { DEFAULT_QUESTIONS } from "../../src/interpret/index.ts";
import { messagesFor } from "../../src/messages/messages-for.ts";
import { staff } from "../../src/messages/staff.ts";
import { fitText } from "../../src/channel/channel-registry.ts";
import { choicesAsText } from "../../src/channel/choices-as-text.ts";
import { smsSegments } from "../../src/text/sms-segments.ts";
import { LANGS } from "../../src/domain/types.ts";

// What the bot sends routinely must fit one SMS segment once prepared for SMS (GSM-7, 160).
const NAME = "Guadalupe"; // a longer first name
const PROGRAM = "Lakeside Recovery"; // a program name of ordinary length
const oneSegment = (text: string) => {
  const s = smsSegments(fitText("sms", text));
  return { text, ...s };
};

describe("routine texts fit one SMS segment", () => {
  for (const lang of LANGS) {
    const m = messagesFor(lang);
    const ctx = { questions: DEFAULT_QUESTIONS, lang, name: NAME };
    const texts = [
      openingText(ctx),
      nudgeText(freshCheckinState(), ctx)!,
      ...DEFAULT_QUESTIONS.map((q) => m.gotIt({ question: questionText(q, lang) })),
      m.repromptScale({ min: 0, max: 10, question: questionText(DEFAULT_QUESTIONS[1]!, lang) }),
      m.repromptYesNo({ question: questionText(DEFAULT_QUESTIONS[2]!, lang) }),
      m.moveOn({ question: questionText(DEFAULT_QUESTIONS[3]!, lang) }),
      m.thanks({ name: NAME }),
      m.closed(),
      choicesAsText({ text: m.reminder({ when: lang === "es" ? "el miércoles" : "Wednesday", time: lang === "es" ? "18:00" : "6:00 PM", location: "Room B, 2nd floor" }), ...m.reminderChoices() }),
      m.groupReminder({ day: lang === "es" ? "miércoles" : "Wednesday", time: lang === "es" ? "18:00" : "6:00 PM", location: "Room B, 2nd floor" }),
      m.rsvpThanks(),
      m.stopConfirm({ program: PROGRAM }),
      m.startConfirm({ program: PROGRAM }),
      m.welcome({ name: NAME, program: PROGRAM, time: lang === "es" ? "18:00" : "6:00 PM" }),
      m.crisis(),
      m.urgentSupport(),
      m.screenQuestion(),
      m.screenAgain(),
      m.screenNo({ question: questionText(DEFAULT_QUESTIONS[0]!, lang) }),
      m.screenNo({ question: "" }),
      m.passedOn(),
      m.sharedWithTeam({ question: questionText(DEFAULT_QUESTIONS[0]!, lang) }),
      m.sharedWithTeam({ question: questionText(DEFAULT_QUESTIONS[1]!, lang) }),
    ];
    it(`${lang}: ${texts.length} texts, each GSM-7 and one segment`, () => {
      for (const t of texts) expect(oneSegment(t)).toMatchObject({ encoding: "GSM-7", segments: 1 });
    });
    it(`${lang}: the screening question names 911 for danger now and 988 to talk`, () => {
      expect(m.screenQuestion()).toMatch(/\b911\b.*\b988\b/);
    });
  }

  it("SMS alerts to counselors are one segment and carry no name or reason", () => {
    const t = choicesAsText({ text: staff.alertMinimal({ level: "crisis", pid: "p-014", repeat: true }), ...staff.alertChoices({ code: "4821" }) });
    expect(oneSegment(t)).toMatchObject({ encoding: "GSM-7", segments: 1 });
    expect(t).toBe("Steady: still open: crisis alert for p-014. Reply ACK 4821.");
  });

  it("an alert edited once acted on, and the inbox notice, are one segment", () => {
    const edited = staff.alertActedOn({ level: "crisis", pid: "p-014", action: "acknowledged", by: "Guadalupe" });
    expect(oneSegment(edited)).toMatchObject({ encoding: "GSM-7", segments: 1 });
    expect(edited).not.toMatch(/ACK|suicide/);
    const notice = choicesAsText({ text: staff.inboxNotice({ unread: 12 }), ...staff.inboxNoticeChoices({ unread: 12 }) });
    expect(oneSegment(notice)).toMatchObject({ encoding: "GSM-7", segments: 1 });
  });

  it("the notices of who no running channel reaches are one segment, with ids and channels only", () => {
    const texts = [
      staff.unreachableSetup({ who: "p-014", cause: "no_running_channel", channels: ["slack", "discord"] }),
      staff.unreachableSetup({ who: "p-014", cause: "no_consent", channels: ["sms", "slack"] }),
      staff.unreachableSetup({ who: "c-guadalupe", cause: "counselor_unreachable", channels: ["slack", "discord"] }),
    ];
    for (const t of texts) expect(oneSegment(t)).toMatchObject({ encoding: "GSM-7", segments: 1 });
  });

  it("a text with an emoji would need UCS-2 (the check that keeps emoji out of routine texts can fail)", () => {
    expect(smsSegments(fitText("sms", `${"x".repeat(80)} 🙂`))).toMatchObject({ encoding: "UCS-2", segments: 2 });
  });
});
