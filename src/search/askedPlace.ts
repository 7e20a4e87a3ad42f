/** Where a question puts what it asks about: the places it names, which an answer must name too. */

import { isKnownPlace } from '../lexicon/namesLexicon.js';
import { calendarWords } from './answerTypes.js';
import type { ResolvedTerm } from './vocabulary.js';

// A word that puts the next in a place ("arrested at Kaarvik airport"): no person's name follows it.
const AT_PLACE = /\b(?:in|at|near|from)\s+(?:the\s+)?$/i;
// What a place asked follows (see `placesAsked`).
const AFTER_IN =
  /\b(?:in|at|to)\s+(?:the\s+)?(?:(?:central|north|south|east|west|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|downtown|greater|inner|outer|rural|coastal)\s+)?$/i;

// "The population of Brennstad": the people are in that place.
const POPULATION_OF = /\bpopulation\s+of\s+(?:the\s+)?$/i;

/**
 * The places the question names right after "in", "at", "to" or "population of", with the name's later words (a
 * "the" between, or a word for a part of it: "in central London", which "shop sales in central Stockholm" does not
 * give): known as such to compromise's lexicon, or a name of the stories that they seldom write ("closing in Ashby", a
 * county a story about Hartwell names once; any name of the stories when a population is asked, which is a place's:
 * "how many people live in Wetterstedt" is not answered by _Dolnowice, a town of 41,000 people_), but not a month or a
 * day ("in October").
 */
export function placesAsked(
  question: string,
  terms: readonly ResolvedTerm[],
  storyName: (t: ResolvedTerm) => boolean,
  population = false,
): ResolvedTerm[] {
  const isName = (t: ResolvedTerm) =>
    t.via === 'exact' && (population || storyName(t)) && calendarWords(t.token.surface).length === 0;
  const places: ResolvedTerm[] = [];
  for (const t of terms) {
    if (t.matches.length === 0) continue;
    const before = question.slice(0, t.token.start);
    const last = places.at(-1);
    // "In Te Puke": the words of a name after the first are the place's too, which _Te Arawhiti_ does not name.
    const goesOn =
      last !== undefined &&
      /^\s+$/.test(question.slice(last.token.start + last.token.surface.length, t.token.start)) &&
      t.via === 'exact' &&
      storyName(t);
    if (
      goesOn ||
      ((AFTER_IN.test(before) || POPULATION_OF.test(before)) && (isKnownPlace(t.token.folded) || isName(t)))
    )
      places.push(t);
  }
  return places;
}

/** Whether the term follows a word that puts it in a place ("arrested at Kaarvik airport"): no person's name. */
export function isAtPlace(question: string, t: ResolvedTerm): boolean {
  return AT_PLACE.test(question.slice(0, t.token.start));
}
