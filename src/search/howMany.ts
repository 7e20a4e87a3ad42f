import { isMostlyVerb } from '../lexicon/wordKinds.js';
import { zipfFrequency } from './english.js';
import { nounAfter } from './nounPhrase.js';
import { inPhrasalVerb } from './phrasalVerbs.js';
import { hasVerbSynonymIn } from './synonyms.js';
import type { ResolvedTerm } from './vocabulary.js';

// What "how many …" asks: the word it counts, and what was done to what it counts.

const COUNTED_NEXT = /^\s+(?:of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?)?$/i;

/**
 * What "how many" counts: the last word of the words that follow it, one after the other, up to a verb or a small
 * word ("how many loyalty programme members had …" counts members, "how many Patriot systems does …" systems).
 */
export function countedTerm(
  question: string,
  terms: readonly ResolvedTerm[],
  after: number,
): ResolvedTerm | undefined {
  const first = terms.find((t) => t.token.start >= after && !t.token.isNumber);
  // "how many were taken to hospital" counts no word of its own: a verb comes first ("how many of the crew" does).
  if (first && !COUNTED_NEXT.test(question.slice(after, first.token.start))) return undefined;
  return nounAfter(question, terms, after);
}

// "How many … were <verb>": the verb of a passive count. A verb this common is too light to say what was done
// ("left without electricity"), and a verb of two words ("laid off") is read as the words it is.
const PASSIVE_COUNT =
  /^how many\b[^?]*?\b(?:were|was|are|is|have been|has been|had been|will be|would be|got|get|being)\s+(\p{L}+)/iu;
const LIGHT_VERB_ZIPF = 5.5;
// A synonym in a less usual sense is taken only when too rare to be that sense of an everyday verb: "injure" (3.0)
// for "hurt", not "check" (5.5) for "arrest".
const SAYABLE_ZIPF = 5;

/**
 * The verb of "how many … were <verb>" (as resolved), when it says what was done to what is counted; with no matches
 * when no story says it.
 */
export function passiveVerb(
  question: string,
  terms: readonly ResolvedTerm[],
  from: number,
  storiesHave: (stemmed: string) => boolean,
): ResolvedTerm | undefined {
  const passive = PASSIVE_COUNT.exec(question.slice(from));
  const verb = passive?.[1];
  if (!passive || !verb) return undefined;
  const at = from + passive.index + passive[0].length - verb.length;
  const term = terms.find((t) => t.token.start === at);
  // A verb no story has, even by a typo, a WordNet relative or a synonym in a less usual sense ("got hurt" ~ were
  // injured), is done in none of their sentences: "how many firefighters were injured" is not answered by "120
  // firefighters were sent" when no one was.
  if (!term || !isMostlyVerb(term.token.folded) || zipfFrequency(term.token.folded) >= LIGHT_VERB_ZIPF)
    return undefined;
  const sayable = (word: string, terms: readonly string[]) =>
    zipfFrequency(word) < SAYABLE_ZIPF && terms.some(storiesHave);
  if (term.matches.length === 0 && hasVerbSynonymIn(term.token.folded, sayable)) return undefined;
  return inPhrasalVerb(term.token, question) ? undefined : term;
}
