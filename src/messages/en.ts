import type { GroupMessages, ParticipantMessages } from "./message-catalog.ts";

/** The crisis resources, on their own (also what staff get). */
export const CRISIS_LINES = "If you're in danger now, call 911. Call or text 988 any time, or text HOME to 741741.";

export const en: ParticipantMessages & GroupMessages = {
  greeting: ({ name, question }) => `Hi ${name}, it's check-in time. ${question}`,
  question: (id) =>
    ({
      mood: "How is your mood today, 1 (very low) to 10 (great)?",
      craving: "How strong were urges today, 0 (none) to 10 (very strong)?",
      meeting: "Did you make it to a meeting today? Yes or no",
      note: "Anything you'd like your care team to know? Reply with a note, or SKIP.",
    })[id],
  scaleQuestion: ({ label, min, max }) => `${label}: reply ${min} to ${max}.`,
  yesNoQuestion: ({ label }) => `${label}? Yes or no`,
  textQuestion: ({ label }) => `${label}? Reply with a few words, or SKIP.`,
  gotIt: ({ question }) => `Got it. ${question}`,
  repromptScale: ({ min, max, question }) => `Sorry, I didn't catch that. Please reply with one number from ${min} to ${max}. ${question}`,
  repromptYesNo: ({ question }) => `Sorry, I didn't catch that. Please reply yes or no. ${question}`,
  sharedWithTeam: ({ question }) => `Thanks, I've shared that with your care team. Need help now? Call or text 988. ${question}`,
  moveOn: ({ question }) => `No problem, let's move on. ${question}`,
  thanks: ({ name }) => `Thanks, ${name}. Check-in done. Talk tomorrow.`,
  nudge: ({ name, question }) => `Hi ${name}, a gentle reminder about today's check-in. ${question}`,
  closed: () => "Thanks. Today's check-in has closed; we'll check in again tomorrow.",
  idle: ({ support }) => `Thanks for your message. This line can't chat, but your care team can: ${support}. Need help now? Call or text 988.`,
  crisis: () => `${CRISIS_LINES} I'm letting your care team know now.`,
  urgentSupport: () => "Thank you for telling me. Your care team will reach out. If you need help now, call or text 988.",
  screenQuestion: () => "I want to be sure you're safe. Are you thinking about killing yourself? Please reply YES or NO. Hurt or in danger now? Call 911. Call or text 988 any time.",
  screenAgain: () => "Just this one question first: are you thinking about killing yourself? Please reply YES or NO.",
  screenNo: ({ question }) => `Thank you for answering. I've shared your message with your care team.${question ? ` ${question}` : " If that changes, call or text 988."}`,
  passedOn: () => "Thanks, I've passed your message to your care team. Need help now? Call or text 988.",
  staffReply: ({ from, program, text }) => `${from} (${program}): ${text}`,
  stopConfirm: ({ program }) => `You're unsubscribed from ${program} and won't get more messages. Reply START to resume. Need help now? Call or text 988.`,
  startConfirm: ({ program }) => `Welcome back. ${program} check-ins and reminders will resume. Reply STOP to opt out or HELP for help.`,
  help: ({ program, support }) => `${program}: check-ins and reminders. Reply STOP to opt out. Support: ${support}. In a crisis call or text 988, or 911. Msg&data rates may apply.`,
  reminder: ({ when, time, location }) => `Reminder: group ${when} at ${time}${location ? `, ${location}` : ""}.`,
  reminderChoices: () => ({ choices: [{ id: "going", label: "I'll be there", reply: "GOING" }], choicesText: "Reply GOING if you'll be there." }),
  unknownSender: ({ support }) => `Your number isn't set up to text this line. For help, contact ${support}. In a crisis call or text 988.`,
  rsvpThanks: () => "Thanks, see you there.",
  rsvpThanksThen: ({ question }) => `Thanks, see you there. Back to today's check-in: ${question}`,
  rsvpOrAnswer: () => "Just to check: is 1 your check-in answer, or will you be at group? Reply 1 again for the check-in, or GOING for group.",
  welcome: ({ name, program, time }) =>
    `Hi ${name}! ${program} here: a short check-in daily around ${time}, and group reminders. HELP for help, STOP to opt out. Msg&data rates may apply.`,
  groupReminder: ({ day, time, location }) => `Reminder: ${day} group starts at ${time}${location ? `, ${location}` : ""}.`,
};
