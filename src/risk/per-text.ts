/**
 * perText: a question about a whole text, answered once per text. The frames asked for every
 * match of a rule (a recovery story, a laugh, the writer taking up a topic) read the whole
 * text; asked again for each of a thousand matches in a long paste, they would make a text's
 * cost grow with the square of its length. The last text's answer is kept; assessRisk reads
 * one text at a time, so one slot is enough.
 */
export function perText(question: (text: string) => boolean): (text: string) => boolean {
  let lastText: string | undefined;
  let lastAnswer = false;
  return (text) => {
    if (text !== lastText) {
      lastAnswer = question(text);
      lastText = text;
    }
    return lastAnswer;
  };
}
