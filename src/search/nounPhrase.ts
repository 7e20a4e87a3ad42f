import lemmatizer from 'wink-lemmatizer';
import {
  isListedInAnyForm,
  isMostlyAdjective,
  isMostlyNoun,
  isMostlyVerb,
  isPastVerbOnly,
  isPlainPlural,
} from '../lexicon/wordKinds.js';
import { likelySpelling, zipfFrequency } from './english.js';
import { NUMBER_WORD } from './numberWords.js';
import { AUXILIARY_VERBS } from './query.js';
import { textBetween } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// The question's own verb right after a word ("… calls did they get"), or after the particle hyphened to it, a stop
// word no story indexes ("how many rescue call-outs were there": call; "break-ins", "lay-offs").
const BEFORE_AUXILIARY = new RegExp(
  `^(?:-(?:out|in|up|off|down|over|on|back|away|through)s?)?\\s+(?:${AUXILIARY_VERBS})\\b`,
  'i',
);

/**
 * The noun a phrase ends in, from a position: the last of the words that follow one after the other, past a number
 * ("the other two closed schools": schools), up to a verb ("trawlers blocked": trawlers) or a small word.
 */
export function nounAfter(
  question: string,
  terms: readonly ResolvedTerm[],
  from: number,
): ResolvedTerm | undefined {
  const following = terms.filter(
    (t) => t.token.start >= from && !t.token.isNumber && !NUMBER_WORD.test(t.token.folded),
  );
  let head = following[0];
  const adjacent = (a: ResolvedTerm, b: ResolvedTerm | undefined) => areAdjacent(question, a, b);
  // Whether the phrase goes on from one word to the next. A plural ends it ("what charges do the three suspects
  // face"), one English writes so: not "the familys lawyer"; so does a small word of grammar ("plagiarism proceedings
  // | against students": +1).
  const endsNot = (word: ResolvedTerm, next: ResolvedTerm | undefined): next is ResolvedTerm =>
    next !== undefined &&
    adjacent(word, next) &&
    !(isPlainPlural(word.token.folded) && zipfFrequency(word.token.folded) > 0) &&
    !isFunctionWord(next.token.folded);
  // Words one after the other up to the question's own verb are one noun's phrase, ending in the noun, however
  // often its words are verbs: "how many harbour seal carcasses had been collected".
  let last = 0;
  while (endsNot(following[last] as ResolvedTerm, following[last + 1])) last++;
  const end = following[last];
  if (last > 0 && end && isMostlyNoun(end.token.folded) && beforeAuxiliary(question, end)) return end;
  for (let i = 1; i < following.length; i++) {
    const next = following[i] as ResolvedTerm;
    if (!head || !endsNot(head, next)) break;
    // A misspelt past form is judged as the word it most likely misspells ("volunterred": volunteered); a form in
    // "-ed" right before a noun describes it ("refrigerated trucks").
    const { folded } = next.token;
    const verbal = isMostlyVerb(folded) || isPastVerbOnly(folded) || isPastVerbOnly(likelySpelling(folded));
    const after = following[i + 1];
    // After a noun it is the noun's verb ("patients reported nausea").
    const describes =
      /ed$/.test(folded) &&
      adjacent(next, after) &&
      isMostlyNoun(after?.token.folded ?? '') &&
      !isMostlyNoun(head.token.folded);
    // A verb's bare form between a singular noun and a noun is a noun of the compound: "the cable repair vessel" (a
    // cable would "repair*s*").
    const compound =
      lemmatizer.verb(folded) === folded &&
      isMostlyNoun(head.token.folded) &&
      !/s$/.test(head.token.folded) &&
      adjacent(next, after) &&
      isMostlyNoun(after?.token.folded ?? '');
    // The last word after an adjective is the noun it describes, however often a verb ("what is the online register
    // called": nothing "online" registers).
    const described =
      isMostlyAdjective(head.token.folded) && !isMostlyNoun(head.token.folded) && !adjacent(next, after);
    // A word right before the question's own verb is its subject's noun, however often a verb: "how many complaint
    // calls did they get", "how many bear attacks were reported" (+4 −3: "how many qualifying matches did he have to
    // win" now counts matches and finds _hoping to win one match_ first; "how many farm checks" and "how many ski
    // resorts have shut down" were answered by _Inspections in agriculture_ and _ski areas_ as farms and skis).
    const beforeVerb = beforeAuxiliary(question, next);
    if (verbal && !describes && !compound && !described && !beforeVerb) break;
    head = next;
  }
  return head;
}

/** Whether two words of the question come one right after the other (a hyphen between them, or space only). */
export function areAdjacent(
  question: string,
  a: ResolvedTerm | undefined,
  b: ResolvedTerm | undefined,
): boolean {
  return a !== undefined && b !== undefined && /^[\s-]*$/.test(textBetween(question, a.token, b.token));
}

/** Whether the question's own verb follows the word ("… calls did they get"). */
function beforeAuxiliary(question: string, term: ResolvedTerm): boolean {
  return BEFORE_AUXILIARY.test(question.slice(term.token.start + term.token.surface.length));
}

// A word this common (Zipf) that WordNet lists in none of its forms is a small word of grammar.
const FUNCTION_WORD_ZIPF = 4;

/**
 * Whether the word is a small word of grammar, a preposition most often ("against", "among", "despite"): one English
 * uses often and WordNet, which lists only nouns, verbs, adjectives and adverbs, lists in none of its forms.
 */
function isFunctionWord(folded: string): boolean {
  return zipfFrequency(folded) >= FUNCTION_WORD_ZIPF && !isListedInAnyForm(folded);
}
