import lemmatizer from 'wink-lemmatizer';
import { isMostlyAdjective, isMostlyVerb, isVerbInSomeSense } from '../lexicon/wordKinds.js';
import { asMeant, zipfFrequency } from './english.js';
import { inPhrasalVerb } from './phrasalVerbs.js';
import { CHANGE_VERBS } from './sentenceFit.js';
import { hasVerbSynonymIn } from './synonyms.js';
import { isStopWord } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// The verb a question asks about, which an answering sentence must say: what was done to what "how many … were
// <verb>" counts, and the event whose date "when will … <verb>" (or whose course "how did … <verb>") asks.

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
  if (!term || !isMostlyVerb(term.token.folded)) return undefined;
  return saysWhatHappened(term, question, storiesHave) ? term : undefined;
}

// "When will the road reopen", "what time did the police arrive": the event whose date or time is asked.
const WHEN_ASKED =
  /^\W*(?:\S+\s+)?(?:when|what\s+(?:time|date|day))\s+(?:will|would|did|does|do|is|are|was|were|has|have|had)\b/i;
// "How did the council vote": how the event went, which a sentence without it does not say (+2 declined).
const HOW_DONE_ASKED = /^\W*how\s+(?:did|does|do|will|would|has|have|had)\b/i;
// Verbs of timing say when, not what happens ("when is first plasma expected", "when is the union planning to strike");
// nor does "according to".
const TIMING_VERBS =
  /^(?:expect|expected|expecting|plan|planned|planning|schedule|scheduled|due|intend|intended|intending|set|supposed|hope|hoping|according)$/;

/**
 * The verb of "when will X <verb>" or "how did X <verb>" (as resolved), when it says what happens; with no matches
 * when no story says it. Measured on 104 stories ("when" alone): +17 −2 (a sentence may say when without the verb:
 * "membership became effective last year"; "a beech crashed" for "when did the beech fall").
 */
export function eventVerb(
  question: string,
  terms: readonly ResolvedTerm[],
  storiesHave: (stemmed: string) => boolean,
): ResolvedTerm | undefined {
  const when = WHEN_ASKED.exec(question) ?? HOW_DONE_ASKED.exec(question);
  if (!when) return undefined;
  const after = when.index + when[0].length;
  const verbs = terms.filter(
    (t) => t.token.start >= after && !TIMING_VERBS.test(spelt(t)) && isMostlyVerb(spelt(t)),
  );
  // A verb right before another is a noun's modifier: "when does the summer break start".
  const beforeVerb = (t: ResolvedTerm) => {
    const next = terms[terms.indexOf(t) + 1];
    const between = next ? question.slice(t.token.start + t.token.surface.length, next.token.start) : '';
    return next !== undefined && verbs.includes(next) && /^\s*$/.test(between);
  };
  // A word right before the last, which may be a verb, is the subject's noun: "when does the strike end".
  const first = verbs.find((t) => !beforeVerb(t));
  const last = lastVerb(question, terms, after);
  // A participle after "be" ends a passive ("when will the fundraising concert be held": _held_).
  const afterBe = last !== undefined && BE.test(wordBefore(question, last));
  const passive = endingParticiple(question, terms, after) ?? (afterBe ? last : undefined);
  const term = passive ?? (!first || (last && terms[terms.indexOf(first) + 1] === last) ? last : first);
  return term && saysWhatHappened(term, question, storiesHave) ? term : undefined;
}

// "When does …", "how will …", "what time does …": an auxiliary that a main verb must follow, unlike "when is …".
const AUXILIARY_ASKED =
  /^\W*(?:when|how|what\s+(?:time|date|day))\s+(?:do|does|did|will|would|can|could|should|might|may)\b/i;

/**
 * The question's last word, when it may be a verb and the auxiliary asked needs one: the verb of "when does the strike
 * end", whose subject before it ("strike") is mostly a verb too.
 */
function lastVerb(question: string, terms: readonly ResolvedTerm[], after: number): ResolvedTerm | undefined {
  if (!AUXILIARY_ASKED.test(question) || terms.length < 2) return undefined;
  const last = endingVerb(question, terms, after);
  if (!last || isStopWord(spelt(last))) return undefined;
  // After "be", or after the subject's noun: not the noun of an object ("publish its report", "run on the new line",
  // "tear a hole in Ellery's roof").
  const before = wordBefore(question, last);
  const afterSubject =
    BE.test(before) || (/^\p{L}+$/u.test(before) && !isStopWord(before) && !isMostlyAdjective(before));
  return afterSubject ? last : undefined;
}

const BE = /^(?:be|been|being)$/;
/** The word right before the term in the question, lower-cased ("" at its start). */
const wordBefore = (question: string, t: ResolvedTerm) =>
  /(\S+)\s+$/.exec(question.slice(0, t.token.start))?.[1]?.toLowerCase() ?? '';

// "When was …", "when were …": a passive, whose participle ends the question ("when was the club founded").
const WHEN_PASSIVE = /^\W*(?:\S+\s+)?when\s+(?:is|are|was|were)\b/i;

/**
 * The participle ending a passive "when" question ("when was the Saltinge croquet club founded"): the event, though
 * a word before it may be a verb too ("croquet"), where it is the subject's (+14, nothing lost, over the 2,250
 * questions opening so).
 */
function endingParticiple(
  question: string,
  terms: readonly ResolvedTerm[],
  after: number,
): ResolvedTerm | undefined {
  if (!WHEN_PASSIVE.test(question)) return undefined;
  const last = endingVerb(question, terms, after);
  const word = last && spelt(last);
  return word && (word.endsWith('ed') || lemmatizer.verb(word) !== word) ? last : undefined;
}

/**
 * The question's last word, after `after`, when nothing but punctuation follows it and it may be a verb of what
 * happens (not one of timing): what `lastVerb` and `endingParticiple` read further.
 */
function endingVerb(
  question: string,
  terms: readonly ResolvedTerm[],
  after: number,
): ResolvedTerm | undefined {
  const last = terms.at(-1);
  if (!last || last.token.start < after) return undefined;
  const word = spelt(last);
  const ending = question.slice(last.token.start + last.token.surface.length);
  return /^[\s?.!]*$/.test(ending) && !TIMING_VERBS.test(word) && isVerbInSomeSense(word) ? last : undefined;
}

/**
 * Whether the verb says what happened: not too light ("get", "make"), not part of a verb of two words, and said by the
 * stories or by no synonym they may use instead. A verb no story has, even by a typo, a WordNet relative or a synonym
 * in a less usual sense ("got hurt" ~ were injured), is done in none of their sentences: "how many firefighters were
 * injured" is not answered by "120 firefighters were sent" when no one was.
 */
function saysWhatHappened(
  term: ResolvedTerm,
  question: string,
  storiesHave: (stemmed: string) => boolean,
): boolean {
  if (zipfFrequency(spelt(term)) >= LIGHT_VERB_ZIPF) return false;
  const sayable = (word: string, terms: readonly string[]) =>
    zipfFrequency(word) < SAYABLE_ZIPF && terms.some(storiesHave);
  if (term.matches.length === 0 && hasVerbSynonymIn(term.token.folded, sayable)) return false;
  return !inPhrasalVerb(term.token, question);
}

// "How much did the mint lose", "how much will the cut save": the verb whose sum is asked.
const SUM_OF_EVENT_ASKED = /^\W*how\s+much(?:\s+money)?\s+(?:did|does|do|will|would|has|have|had)\b/i;
// A change by so much is written many ways ("up 6%", "closed 2.7% higher", "9% fewer than"), and so is a price ("a
// 14.6 million euro flood barrier", "restored its mill for 640,000 euros"): no verb is required of them.
const UNWRITTEN_VERBS = new Set([
  ...CHANGE_VERBS.split('|').map((v) => lemmatizer.verb(v)),
  ...['cost', 'pay', 'charge', 'sell', 'buy', 'fetch', 'price'],
]);

/**
 * The verb of "how much did X <verb>" (as resolved), when it says what happens: the sum of an event, which a sentence
 * that does not say the event does not give ("how much did the mint lose in 2024" ~ _stopped accepting 2-cent coins in
 * 2024_; +32 −7, held out +18 −1, 26 unanswerable declined); none when a price or a change is asked (see
 * `UNWRITTEN_VERBS`), whose word may stand anywhere ("how much did the plant cost to build").
 */
export function sumEventVerb(
  question: string,
  terms: readonly ResolvedTerm[],
  storiesHave: (stemmed: string) => boolean,
): ResolvedTerm | undefined {
  const asked = SUM_OF_EVENT_ASKED.exec(question);
  if (!asked) return undefined;
  const after = terms.filter((t) => t.token.start >= asked.index + asked[0].length);
  // A word right after a determiner is the subject's noun: "the cut", "the finance commissioner".
  const afterDeterminer = (t: ResolvedTerm) =>
    /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(question.slice(0, t.token.start));
  const term = after.find(
    (t) => !TIMING_VERBS.test(spelt(t)) && isMostlyVerb(spelt(t)) && !afterDeterminer(t),
  );
  if (!term || after.some((t) => UNWRITTEN_VERBS.has(lemmatizer.verb(spelt(t))))) return undefined;
  // Only a verb the stories write: one they never write may be said otherwise ("posted a loss", "burned through").
  if (!term.matches.some((m) => m.weight === 1)) return undefined;
  return saysWhatHappened(term, question, storiesHave) ? term : undefined;
}

/**
 * The word a question's word is read as: itself, or, when English lacks it, the story's word it matched as a typo
 * ("halvx": Halvex) or else the word it most likely misspells ("strat": start).
 */
export function spelt(t: ResolvedTerm): string {
  const folded = t.token.folded;
  if (zipfFrequency(folded) > 0) return folded;
  const typo = t.via === 'typo' ? t.matches[0]?.stem : undefined;
  return typo ?? asMeant(folded);
}
