import { isPersonNoun } from '../lexicon/wordKinds.js';
import type { Token } from './text.js';

// What may stand between two words of one name: a space, or a short joining word between spaces (" of ", " and ");
// a gap of 2–3 characters is punctuation (". ", ", ", " – "), which ends the name.
const isJoin = (gap: number) => gap === 1 || gap === 4 || gap === 5;
const MAX_WORDS = 5;

/**
 * The acronyms a sentence's capitalised names make, each with the stems it stands for: "European Union" makes "eu",
 * "North Atlantic Treaty Organization" makes "nato" (and its shorter runs, "ato", …). So a question that says "EU"
 * finds the article's "European Union". Words already in capitals are acronyms themselves and start no name.
 */
export function acronymsOf(tokens: readonly Token[]): Map<string, string[]> {
  const acronyms = new Map<string, string[]>();
  for (const run of nameRuns(tokens)) {
    for (let from = 0; from < run.length; from++) {
      for (let to = from + 2; to <= Math.min(run.length, from + MAX_WORDS); to++) {
        const words = run.slice(from, to);
        acronyms.set(
          words.map((t) => t.folded[0]).join(''),
          words.map((t) => t.stem),
        );
      }
    }
  }
  // "Member of parliament", "chief of staff" written in lower case: a word for a person, "of", and what they belong to
  // make an acronym as a name does ("mp"), which English writes far more than WordNet lists.
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (
      next &&
      !t.capitalised &&
      next.start - (t.start + t.surface.length) === OF_GAP &&
      isPersonNoun(t.folded)
    )
      acronyms.set(t.folded.charAt(0) + next.folded.charAt(0), [t.stem, next.stem]);
  });
  return acronyms;
}

// The gap " of " leaves between two words (a joining word of two letters: "of", and as well "in" or "at").
const OF_GAP = ' of '.length;

/**
 * The names of two or more capitalised words a sentence writes ("Food and Drug Administration", "Environment
 * Minister Carmen Ibarra"), as runs of tokens. Words already in capitals are acronyms and start no name.
 */
export function nameRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const token of tokens) {
    const previous = run.at(-1);
    const isNameWord = token.capitalised && !token.isNumber && token.surface !== token.surface.toUpperCase();
    const adjacent = previous && isJoin(token.start - (previous.start + previous.surface.length));
    if (!isNameWord || !adjacent) flush();
    if (isNameWord) run.push(token);
  }
  flush();
  return runs;
}
