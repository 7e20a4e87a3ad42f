// Which way a change went, in general English: "how much did house prices fall" is not answered by "consumer prices
// rose 4.6%". A question names the change with a verb of moving up or down; a sentence may say it in more ways
// ("37% more attacks", "lost 5%").
const ASKED_FALL =
  /\b(?:fall|falls|fell|fallen|drop|drops|dropped|declin(?:e|es|ed)|slump(?:s|ed)?|sink|sank|sunk|plung(?:e|es|ed)|tumbl(?:e|es|ed)|shrink|shrinks|shrank|shrunk|dip(?:s|ped)?|go(?:ne)? down|went down)\b/i;
const ASKED_RISE =
  /\b(?:rise|rises|rose|risen|climb(?:s|ed)?|jump(?:s|ed)?|increas(?:e|es|ed)|grow|grows|grew|grown|surg(?:e|es|ed)|soar(?:s|ed)?|go(?:ne)? up|went up)\b/i;
// "How much pricier / cheaper": a comparative asks for the change one way too, though a sentence seldom says it so
// ("raised the price by 2 euros"), and "cheaper imports" in a sentence is no fall.
const ASKED_COSTLIER = /\b(?:pricier|costlier|dearer)\b/i;
const ASKED_CHEAPER = /\bcheaper\b/i;
// A comparative by so much says the change, though alone it does not: "about 9% cheaper", "2 euros dearer".
const BY_SO_MUCH = String.raw`\d[\d,.]*(?:\s*%|\s+(?:percent|per\s+cent|[a-z]+))?\s+`;
const SAYS_FALL = new RegExp(
  `${ASKED_FALL.source}|${BY_SO_MUCH}cheaper\\b|\\b(?:falling|dropping|declining|sliding|slid|los(?:e|es|t|ing)|cut|cuts|reduc(?:e|es|ed|ing)|lower(?:ed)?|eas(?:e|ed|ing)|down|fewer|less)\\b`,
  'i',
);
const SAYS_RISE = new RegExp(
  `${ASKED_RISE.source}|${BY_SO_MUCH}(?:pricier|costlier|dearer)\\b|\\b(?:rising|climbing|gain(?:s|ed|ing)?|increasing|growing|surging|soaring|rais(?:e|ed|ing)|hik(?:e|ed|ing)|up|higher|more)\\b`,
  'i',
);

/** "How much rain fell", "how much snow has fallen": the measure of what came down, no change in it. */
export const AMOUNT_FALLEN = /\bhow much\s+\p{L}+\s+(?:(?:has|had|have)\s+)?(?:fell|fall|fallen)\b/iu;

/**
 * What a sentence must say of the way a change went, when a question asks its amount ("how much did prices fall")
 * one way only.
 */
export function directionAsked(question: string): RegExp | undefined {
  if (!/\bhow much\b/i.test(question) || AMOUNT_FALLEN.test(question)) return undefined;
  const falling = ASKED_FALL.test(question) || ASKED_CHEAPER.test(question);
  const rising = ASKED_RISE.test(question) || ASKED_COSTLIER.test(question);
  return falling === rising ? undefined : falling ? SAYS_FALL : SAYS_RISE;
}

/** Where the verb (or comparative) of the change stands in "how much did prices fall" (one way only), or -1. */
export function directionVerbAt(question: string): number {
  if (!directionAsked(question)) return -1;
  const verb =
    ASKED_FALL.exec(question) ??
    ASKED_RISE.exec(question) ??
    ASKED_CHEAPER.exec(question) ??
    ASKED_COSTLIER.exec(question);
  return verb?.index ?? -1;
}
