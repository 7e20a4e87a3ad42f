import lemmatizer from 'wink-lemmatizer';
import { isKindOf, isMostlyVerb, nounSynonymsOf } from '../lexicon/wordKinds.js';
import type { AskedFor } from './askedFor.js';
import { asMeant } from './english.js';
import { nounAfter } from './nounPhrase.js';
import { ANY_COUNTED, type SentenceFit } from './sentenceFit.js';
import type { ResolvedTerm } from './vocabulary.js';

// What "how many …" counts, and whether a sentence counts it (what was done to it: see askedVerb.ts).

const COUNTED_NEXT = /^\s+(?:of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?)?$/i;
// Stop words between "how many" and the counted word describe it ("how many known works", "how many other schools"),
// unless one is a verb or "of" ("how many were taken to hospital" counts no word of its own).
const DESCRIBING = /^[\s\p{L}-]+$/u;
const NOT_DESCRIBING =
  /\b(?:is|are|was|were|be|been|being|do|does|did|have|has|had|will|would|can|could|should|may|might|must|shall|of)\b/i;

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
  const between = first ? question.slice(after, first.token.start) : '';
  const describing = DESCRIBING.test(between) && !NOT_DESCRIBING.test(between);
  if (first && !COUNTED_NEXT.test(between) && !describing) return undefined;
  return nounAfter(question, terms, after);
}

/**
 * Whether the sentence (or clause) counts what "how many" asks, when it asks: the word itself, "N of them", or
 * perhaps a kind of it: "how many people" ~ "3,850 adults" (a misspelt counted word judged as the word it most likely
 * misspells, "peple": people), or another word for it in the usual senses of either: "how many kilos" ~ "38
 * kilograms", "how many bikes" ~ "1,800 bicycles" (a bike is mostly a motorbike, a bicycle always a bike); or what
 * the question says was done to them, done to the number: "how many patients were enrolled" ~ "enrolled 1,246
 * hospitalised adults"; or what changed from one figure to the number ("cut its beds from 20 to 16"); or the counted
 * word is of the family of the verb before the number, which it matched: "how many employees" ~ "employs about 24,000
 * people" (not for a part of a group: "how many of the injured have left hospital" ~ "injuring 31 people").
 */
export function countsAsked(fit: SentenceFit, asked: AskedFor): boolean {
  const { counted, countedWord } = asked;
  if (!counted || fit.counted.includes(` ${ANY_COUNTED} `)) return true;
  if ([...counted].some((s) => fit.counted.includes(` ${s} `) || fit.changed.includes(` ${s} `))) return true;
  const typed = countedWord?.folded ?? '';
  const word = asMeant(typed);
  const countedBy = (stems: ReadonlySet<string>) => [...stems].some((s) => fit.countedBy.includes(` ${s} `));
  const doneToCount =
    (asked.doneTo !== undefined && countedBy(asked.doneTo)) || (!asked.partOf && countedBy(counted));
  if (doneToCount) return true;
  const synonyms = nounSynonymsOf(word);
  return fit.countedWords
    .split(' ')
    .some(
      (w) =>
        w !== '' &&
        (isKindOf(w, word) ||
          synonyms.has(lemmatizer.noun(w)) ||
          nounSynonymsOf(w).has(lemmatizer.noun(word))),
    );
}

// "How many of the dead were children": the part asked, a noun that ends the question.
const PART_NAMED = /\b(?:are|were|is|was)\s+(\p{L}+)\s*\??\s*$/du;

/**
 * The part "how many of the X are Y" asks of a whole, as resolved: a sentence counting the whole without it does not
 * say ("Three of the 14 suspects were arrested" for "how many of the suspects are women": +4 declined, nothing lost).
 * Undefined for a verb ("how many of them were injured": what was done, see askedVerb.ts).
 */
export function partNamed(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const at = PART_NAMED.exec(question)?.indices?.[1]?.[0];
  const part = terms.find((t) => t.token.start === at);
  return part && !isMostlyVerb(part.token.folded) ? part : undefined;
}
