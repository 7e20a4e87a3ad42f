/** Numbers written as words, as news writes them ("forty minutes", "Thirty-one people", "hundreds of strikers"). */

// One to twelve, the teens and the tens: larger numbers are written in digits or joined from these ("thirty-one").
export const SMALL_NUMBERS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** A number word, or a word for a large round number ("hundreds of strikers"). */
export const NUMBER_WORD = new RegExp(
  `^(?:${SMALL_NUMBERS}|dozens?|hundreds?|thousands?|millions?|billions?)$`,
);
