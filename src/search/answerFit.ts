import type { SentenceDoc } from './sentenceIndex.js';
import { type Token, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

/**
 * What a question asks for beyond its kind of answer, checked against each candidate sentence: "how many troops"
 * wants a number of troops (not "1958", not "1,250 euros per worker"); "who" wants a name the question does not
 * already give ("who is the battery partner in Spain" is not answered by "a battery partner in Spain").
 */
export interface AskedFor {
  /** The stems that may name the counted thing (the word after "how many", as resolved: typos, synonyms). */
  counted?: ReadonlySet<string>;
  /** The stems of the question's own words, when it asks "who": a sentence must name someone else. */
  otherThan?: ReadonlySet<string>;
}

// How far a number may stand before what it counts: "30,000 additional troops", "hundreds of strikers".
const COUNT_GAP = 3;
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)$/;

export function askedFor(question: string, terms: readonly ResolvedTerm[], asksWho: boolean): AskedFor {
  const asked: { counted?: Set<string>; otherThan?: Set<string> } = {};
  const many = /\bhow many\b/i.exec(question);
  if (many) {
    const after = many.index + many[0].length;
    const counted = terms.find((t) => t.token.start >= after && !t.token.isNumber);
    if (counted && counted.matches.length > 0) asked.counted = new Set(counted.matches.map((m) => m.stem));
  }
  if (asksWho)
    asked.otherThan = new Set(terms.flatMap((t) => [...termsOf(t.token), ...t.matches.map((m) => m.stem)]));
  return asked;
}

/** Whether the sentence gives what the question asks for (always, when it asks for nothing in particular). */
export function fitsAskedFor(
  doc: SentenceDoc,
  asked: AskedFor,
  isName: (stemmed: string) => boolean,
): boolean {
  if (!asked.counted && !asked.otherThan) return true;
  const tokens = tokenize(doc.text);
  if (asked.counted && !countsIt(tokens, asked.counted)) return false;
  if (asked.otherThan && !namesSomeoneElse(doc, tokens, asked.otherThan, isName)) return false;
  return true;
}

// Words that end what a number counts: "1,250 euros per worker" counts euros, not workers.
const ENDS_COUNT = new Set([
  'per',
  'a',
  'an',
  'each',
  'every',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'from',
  'with',
  'since',
]);

function countsIt(tokens: readonly Token[], counted: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => {
    if (!(t.isNumber || NUMBER_WORD.test(t.folded))) return false;
    for (const next of tokens.slice(i + 1, i + 1 + COUNT_GAP)) {
      if (termsOf(next).some((s) => counted.has(s))) return true;
      if (next.isNumber || ENDS_COUNT.has(next.folded)) return false;
    }
    return false;
  });
}

function namesSomeoneElse(
  doc: SentenceDoc,
  tokens: readonly Token[],
  given: ReadonlySet<string>,
  isName: (stemmed: string) => boolean,
): boolean {
  if (doc.speaker && !tokenize(doc.speaker).every((t) => given.has(t.stem))) return true;
  return tokens.some(
    (t, i) =>
      !t.isNumber && ((t.capitalised && i > 0) || isName(t.stem)) && !termsOf(t).some((s) => given.has(s)),
  );
}
