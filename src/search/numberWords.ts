/** Numbers written as words, as news writes them ("forty minutes", "Thirty-one people", "hundreds of strikers"). */

// One to twelve, the teens and the tens: larger numbers are written in digits or joined from these ("thirty-one").
export const SMALL_NUMBERS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** The words after "twice" that make it a multiple ("twice as long", "twice the price"), not a count of times. */
export const AFTER_A_MULTIPLE = 'as|the|that|this|its|their|his|her|what|than|over';

/** A number word, or a word for a large round number ("hundreds of strikers"). */
export const NUMBER_WORD = new RegExp(
  `^(?:${SMALL_NUMBERS}|dozens?|hundreds?|thousands?|millions?|billions?)$`,
);

/**
 * The digits of a number word, from two to ninety ("seventeen" -> "17"), so that "Seventeen minutes" answers "the 17
 * minutes" and "17 flights" answers "seventeen flights". Not "one", which is mostly a pronoun ("one of them").
 */
export function digitsOfNumberWord(folded: string): string | undefined {
  const at = SMALL_NUMBERS.split('|').indexOf(folded);
  if (at < 1) return undefined;
  return String(at < 19 ? at + 1 : (at - 17) * 10);
}

// The place in a series, after a verb of being: "Varholm is the fourth professional cyclist banned", "became the third
// country to": it counts the series so far, as a number would ("how many cyclists have been banned").
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
const BEING = 'is|was|are|were|became|becomes|become';
const ORDINAL = new RegExp(`^(?:${ORDINALS})$`);
const BEING_VERB = new RegExp(`^(?:${BEING})$`);

/** Whether a text holds such a place in a series. */
export const ORDINAL_COUNT = new RegExp(`\\b(?:${BEING})\\s+(?:only\\s+)?the\\s+(?:${ORDINALS})\\b`, 'i');

/** Whether the token is such a place in a series ("the fourth", after "is" and perhaps "only"). */
export function isOrdinalCount(tokens: readonly { folded: string }[], at: number): boolean {
  if (!ORDINAL.test(tokens[at]?.folded ?? '') || tokens[at - 1]?.folded !== 'the') return false;
  const verb = tokens[at - 2]?.folded === 'only' ? tokens[at - 3] : tokens[at - 2];
  return BEING_VERB.test(verb?.folded ?? '');
}
