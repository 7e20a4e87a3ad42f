/** Numbers written as words, as news writes them ("forty minutes", "Thirty-one people", "hundreds of strikers"). */

// One to twelve, the teens and the tens: larger numbers are written in digits or joined from these ("thirty-one").
export const SMALL_NUMBERS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

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
