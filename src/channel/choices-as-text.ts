import type { OutboundMessage } from "../domain/messages.ts";

/**
 * A message's text as a channel without buttons shows it: the text, then how to answer in
 * words (the message's choicesText, or "Reply <reply>." for each choice). The catalogs keep
 * the affordance out of the text, so a channel with buttons does not say it twice.
 */
export function choicesAsText(m: Pick<OutboundMessage, "text" | "choices" | "choicesText">): string {
  const choices = m.choices ?? [];
  if (choices.length === 0) return m.text;
  const ask = m.choicesText ?? choices.map((c) => `Reply ${c.reply}.`).join(" ");
  return m.text === "" ? ask : `${m.text} ${ask}`;
}
