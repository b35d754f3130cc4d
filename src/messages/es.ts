import type { GroupMessages, ParticipantMessages } from "./message-catalog.ts";

// Accents are written properly here; SMS texts pass through toGsmSafe, which keeps them one segment.
const CRISIS_LINES = "Si estás en peligro, llama al 911. Llama o envía un texto al 988, o escribe HOME al 741741.";

export const es: ParticipantMessages & GroupMessages = {
  greeting: ({ name, question }) => `Hola ${name}, es hora de tu check-in. ${question}`,
  question: (id) =>
    ({
      mood: "¿Cómo está tu ánimo hoy, de 1 (muy bajo) a 10 (muy bien)?",
      craving: "¿Qué tan fuertes fueron las ganas hoy, de 0 (nada) a 10 (muy fuertes)?",
      meeting: "¿Fuiste a una reunión hoy? Sí o no",
      note: "¿Algo que quieras contarle a tu equipo? Responde con una nota, o SALTAR.",
    })[id],
  scaleQuestion: ({ label, min, max }) => `${label}: responde de ${min} a ${max}.`,
  yesNoQuestion: ({ label }) => `¿${label}? Sí o no`,
  textQuestion: ({ label }) => `¿${label}? Responde con unas palabras, o SALTAR.`,
  gotIt: ({ question }) => `Entendido. ${question}`,
  repromptScale: ({ min, max, question }) => `Perdón, no entendí. Responde con un número de ${min} a ${max}. ${question}`,
  repromptYesNo: ({ question }) => `Perdón, no entendí. Responde sí o no. ${question}`,
  sharedWithTeam: ({ question }) => `Gracias, se lo pasé a tu equipo. ¿Necesitas ayuda ya? Llama o escribe al 988. ${question}`,
  moveOn: ({ question }) => `No pasa nada, sigamos. ${question}`,
  thanks: ({ name }) => `Gracias, ${name}. Check-in listo. Hablamos mañana.`,
  nudge: ({ name, question }) => `Hola ${name}, un recordatorio del check-in de hoy. ${question}`,
  closed: () => "Gracias. El check-in de hoy ya cerró; mañana volvemos a escribirte.",
  idle: ({ support }) => `Gracias por tu mensaje. Esta línea no puede chatear, pero tu equipo sí: ${support}. ¿Necesitas ayuda ya? Llama o escribe al 988.`,
  crisis: () => `${CRISIS_LINES} Estoy avisando a tu equipo ahora.`,
  urgentSupport: () => "Gracias por contármelo. Tu equipo se pondrá en contacto. Si necesitas ayuda ya, llama o escribe al 988.",
  screenQuestion: () => "Quiero saber que estás a salvo. ¿Estás pensando en quitarte la vida? Responde SÍ o NO. ¿En peligro o herido? Llama al 911. Al 988 puedes llamar o escribir.",
  screenAgain: () => "Primero solo esta pregunta: ¿estás pensando en quitarte la vida? Responde SÍ o NO.",
  screenNo: ({ question }) => `Gracias por responder. Le pasé tu mensaje a tu equipo.${question ? ` ${question}` : " Si eso cambia, llama o escribe al 988."}`,
  passedOn: () => "Gracias, le pasé tu mensaje a tu equipo. ¿Necesitas ayuda ya? Llama o escribe al 988.",
  staffReply: ({ from, program, text }) => `${from} (${program}): ${text}`,
  stopConfirm: ({ program }) => `Te diste de baja de ${program} y no recibirás más mensajes. Responde START para volver. ¿Ayuda ya? Llama o escribe al 988.`,
  startConfirm: ({ program }) => `Bienvenido de nuevo. Vuelven los check-ins y recordatorios de ${program}. Responde STOP para salir o HELP para ayuda.`,
  help: ({ program, support }) => `${program}: check-ins y recordatorios. Responde STOP para salir. Ayuda: ${support}. En crisis llama o escribe al 988, o 911. Pueden aplicar tarifas.`,
  reminder: ({ when, time, location }) => `Recordatorio: grupo ${when} a las ${time}${location ? `, ${location}` : ""}.`,
  reminderChoices: () => ({ choices: [{ id: "going", label: "Voy", reply: "VOY" }], choicesText: "Responde VOY si vas a venir." }),
  unknownSender: ({ support }) => `Tu número no está registrado en esta línea. Para ayuda: ${support}. En crisis llama o escribe al 988.`,
  rsvpThanks: () => "Gracias, nos vemos allí.",
  rsvpThanksThen: ({ question }) => `Gracias, nos vemos allí. Sigamos con el check-in: ${question}`,
  rsvpOrAnswer: () => "Para confirmar: ¿el 1 es tu respuesta al check-in, o vienes al grupo? Responde 1 otra vez para el check-in, o VOY para el grupo.",
  welcome: ({ name, program, time }) =>
    `¡Hola ${name}! Te escribe ${program}: un check-in diario a las ${time} y recordatorios del grupo. HELP: ayuda. STOP: salir. Pueden aplicar tarifas.`,
  groupReminder: ({ day, time, location }) => `Recordatorio: el grupo del ${day} empieza a las ${time}${location ? `, ${location}` : ""}.`,
};
