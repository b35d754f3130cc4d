/**
 * Reads attendance phrases: "went to an NA meeting", "fui al grupo" (a yes), "no, I went to
 * work" (not a yes), "didn't make it to the meeting", "no pude ir" (a no).
 */
import { type Reading, matchPhrase, readPlainNumber, wordAt } from "./items.ts";
import { matchLabel } from "./label-table.ts";
import { MEETING_DESCRIBERS, MEETING_NOUNS, NEGATED_COMPLEMENTS, WENT_FILLERS, WENT_YES_FOLLOWERS } from "./lexicon.ts";

/** The yes/no question a label at token k names ("AA", "reunión"), with the label's length. */
function meetingLabelAt(r: Reading, k: number): { qid: string; length: number } | undefined {
  const label = matchLabel(r.labels, r.tokens, k);
  return label && label.entry.qtype === "yesno" ? { qid: label.entry.qid, length: label.length } : undefined;
}

const isMeetingAt = (r: Reading, k: number): boolean => meetingLabelAt(r, k) !== undefined || MEETING_NOUNS.has(wordAt(r, k) ?? "");

function pushYes(r: Reading, boundTo?: string): void {
  r.items.push(boundTo === undefined ? { kind: "yes", chunk: r.chunk } : { kind: "yes", chunk: r.chunk, boundTo });
}

/**
 * After "went"/"fui"/"attended" (ending at token `end`): pushes a yes when it went to a
 * meeting or nowhere in particular ("went", "went today", "went to my home group"), and
 * nothing when it went somewhere else, so that "no, I went to work" stays a no. Returns the
 * index of the first token not consumed.
 */
export function readWent(r: Reading, end: number): number {
  const n = r.tokens.length;
  let k = end;
  while (k < n && k - end < 5 && (WENT_FILLERS.has(wordAt(r, k) ?? "") || readPlainNumber(r, k) !== undefined)) k++;
  // "my home group", "a Zoom meeting": describing words count only when a meeting follows.
  let described = k;
  while (described < n && described - k < 3 && MEETING_DESCRIBERS.has(wordAt(r, described) ?? "")) described++;
  if (described > k && isMeetingAt(r, described)) k = described;

  const w = wordAt(r, k);
  if (w === undefined) {
    pushYes(r);
    return k;
  }
  if (isMeetingAt(r, k)) {
    // Take the whole place name ("an NA meeting", "la reunión de AA"), bound to the
    // question its label names, if any.
    let boundTo: string | undefined;
    for (;;) {
      const label = meetingLabelAt(r, k);
      if (label) {
        boundTo ??= label.qid;
        k += label.length;
      } else if (MEETING_NOUNS.has(wordAt(r, k) ?? "")) k++;
      else break;
    }
    pushYes(r, boundTo);
    return k;
  }
  if (WENT_YES_FOLLOWERS.has(w)) {
    pushYes(r);
    return k + 1;
  }
  // "went, mood 7" / "went but left early": another answer or clause starts right away.
  const phrase = matchPhrase(r, k);
  if (matchLabel(r.labels, r.tokens, k) || (phrase && phrase.category !== "ignore")) {
    pushYes(r);
    return k;
  }
  return end;
}

/**
 * After a negated verb ("didn't", "no pude", ending at token `end`): pushes a no that takes
 * its verb and place with it, so "go" or "made it" in "didn't go", "didn't make it" are not
 * read as a yes. The no is bound to the meeting question when its label is named.
 */
export function readNegator(r: Reading, end: number): number {
  const n = r.tokens.length;
  let k = end;
  let boundTo: string | undefined;
  while (k < n && k - end < 8) {
    const label = meetingLabelAt(r, k);
    if (label) {
      boundTo ??= label.qid;
      k += label.length;
      continue;
    }
    // A label of another question ("didn't have cravings") ends the phrase.
    if (matchLabel(r.labels, r.tokens, k)) break;
    const w = wordAt(r, k);
    if (w === undefined || !(NEGATED_COMPLEMENTS.has(w) || MEETING_NOUNS.has(w))) break;
    k++;
  }
  r.items.push(boundTo === undefined ? { kind: "no", zeroOk: false, chunk: r.chunk } : { kind: "no", zeroOk: false, chunk: r.chunk, boundTo });
  return k;
}
