/** A participant's enrolment as staff tools show it: no contact details, no answers. */
export interface ParticipantSummary {
  id: string;
  name: string;
  counselorId: string;
  groupId: string | null;
  language: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  active: boolean;
}
