/**
 * Program life that sounds final: graduating, discharge, the last group, moving, a vacation, a
 * birthday, a lawyer's advice, and the recovery-group letter to one's addiction ("goodbye
 * letter to alcohol", "carta de despedida al alcohol"). A farewell or affairs-in-order rule
 * marked `unlessProgramLife` does not fire when such words are within 160 characters of its
 * match: "graduating friday, not sure how to say goodbye to everyone" is not a preparatory act.
 * Two signals are needed for a farewell to count; a program-life word is evidence against.
 *
 * Checked once per match (assess-risk.ts), not inside each rule's regex: the alternation is
 * long, and repeated inside every farewell rule it would slow every text down.
 */
import { anyOf } from "./types.ts";

const PROGRAM_LIFE = anyOf(
  "graduat[a-z]*", "discharg[a-z]*", "(?:last|final) (?:group|session|meeting|class|day (?:of|in|at) (?:the )?(?:program|iop|group))",
  "(?:finish|finished|finishing|completed|completing|done with) (?:the |my )?(?:program|iop|treatment|probation)", "moving (?:to|out|away|back)",
  "new job", "vacations?", "step(?:ping)? down to", "birthdays?", "bdays?", "weddings?", "lawyers?", "attorneys?", "notary", "estate plan[a-z]*",
  "(?:every ?(?:body|one)|all adults) should", "group assignment", "homework", "assignment", "proud of myself",
  "(?:goodbye |farewell )?letter to (?:my )?(?:addiction|alcohol|drinking|using|the bottle|drugs|weed|meth|dope|pills|coke|cocaine|heroin|fentanyl|fent|crack|booze|disease|old self|old life)",
  "(?:counselor|therapist|sponsor|case manager) (?:suggested|said|told me|asked|recommended|wants)", "(?:doctors?|dentist|court|work) (?:appointment|appt|date)", "appointment", "appt", "dentist", "(?:after|since|when|for) (?:the|our|my) (?:new )?baby", "baby (?:was born|arrived|came)", "newborn", "(?:nacio|nacimiento de) (?:el|la|mi) (?:bebe|nino|nina)", "de viaje", "(?:una )?cita (?:con|del|en|medica)", "viaje", "trip", "travel[a-z]*", "while im (?:away|gone|in (?:detox|rehab|the hospital|treatment|jail))",
  "(?:mi )?(?:consejer[oa]|terapeuta|padrino|madrina) (?:me )?(?:sugirio|dijo|pidio|recomendo)", "mientras (?:salgo|estoy|ando) (?:de viaje|fuera|en)",
  "gradu[a-z]*", "egres[a-z]*", "(?:me )?(?:dieron|dan|daran) de alta", "alta del programa", "(?:termino|termine|acabo|acabe) el programa",
  "(?:me|nos) (?:mudo|mudamos|voy a mudar|vamos a mudar)", "mudanza", "vacaciones", "cumpleanos", "cumple", "boda", "abogad[oa]", "notari[oa]", "tarea",
  "(?:kid|kids|son|daughter|baby|child|mom|dad|wife|husband|hijo|hija|nino|nina|bebe|mama|papa)s? (?:is|s|are|got|was|esta|estan|se puso|anda) (?:sick|ill|enferm[oa]s?)",
  "(?:work|double|night|early|late|extra|overtime) shifts?", "picked up (?:a |an )?(?:\\w+ )?shift", "(?:doble )?turno", "(?:switch|switching|switched|transfer|transferring|transferred|moving) (?:to|groups|programs) (?:the )?(?:\\w+ )?(?:group|program|clinic)?",
  "(?:evening|morning|night|other|new|online) group", "grupo (?:de la (?:tarde|manana|noche)|en linea)", "(?:me )?cambiaron (?:el|de|mi) (?:horario|turno|grupo)", "(?:me )?(?:cambio|cambie|voy a cambiar|estoy cambiando) (?:de|el|mi) (?:horario|turno|grupo|trabajo)",
  "ultim[oa] (?:grupo|sesion|junta|clase|dia del programa)", "orgullos[oa] de mi",
  "(?:carta|cartas) de despedida (?:al|a la|a mi|a las|a los) (?:alcohol|droga|drogas|adiccion|vicio|botella|cristal|mota|perico|coca|cocaina|heroina|chiva|fenta|fentanilo|pastillas|piedra|enfermedad|cerveza)"
);

const PROGRAM_LIFE_RE = new RegExp(`\\b${PROGRAM_LIFE}(?![a-z0-9])`);

/** How far around a match program-life words are looked for. */
const NEAR = 160;

/** True when program-life words occur in the match or within NEAR characters of it. */
export function isProgramLife(text: string, index: number, matched: string): boolean {
  return PROGRAM_LIFE_RE.test(text.slice(Math.max(0, index - NEAR), index + matched.length + NEAR));
}
