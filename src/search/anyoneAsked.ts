/**
 * "Was anybody hurt in the blaze", "has anyone been arrested": whether anyone was, which news answers in a sentence of
 * its own that rarely repeats the question's other words (_No one was hurt._, _Police said no arrests had been
 * made._).
 */

import lemmatizer from 'wink-lemmatizer';
import { isMostlyVerb, isPastVerbOnly } from '../lexicon/wordKinds.js';
import { relativesOf, SYNONYM_WEIGHT } from './synonyms.js';
import type { ResolvedTerm } from './vocabulary.js';

const ANYONE_ASKED = /^\W*(?:was|were|is|are|did|has|have|had)\s+any(?:one|body)\b/i;

// A sentence saying that no one was: "nobody", "none of …", "no one", "no arrests" (the last two by "no").
const NO_ONE = /\b(?:nobody|none|no)\b/i;

/**
 * The verb "was anybody hurt" asks whether anyone underwent, as resolved: the first word after "anybody" that is
 * mostly a verb or a verb's past form ("badly" says how; "hurt", "arrested", "die" are asked).
 */
export function anyoneVerb(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const asked = ANYONE_ASKED.exec(question);
  if (!asked) return undefined;
  const after = asked.index + asked[0].length;
  return terms.find(
    (t) =>
      t.token.start >= after &&
      t.matches.length > 0 &&
      (isMostlyVerb(t.token.folded) || isPastVerbOnly(t.token.folded)),
  );
}

/**
 * The index terms a sentence may say the verb with: its own as the stories have it, and those of its synonyms and
 * derived forms ("die": _killed_, _no deaths_; "arrested": _no arrests_).
 */
export function undergoneTerms(verb: ResolvedTerm): Set<string> {
  const relatives = relativesOf(lemmatizer.verb(verb.token.folded), () => true).filter(
    (r) => r.weight >= SYNONYM_WEIGHT,
  );
  return new Set([...verb.matches.map((m) => m.stem), ...relatives.flatMap((r) => r.terms)]);
}

/** Whether the sentence says no one underwent the verb, by one of its stems (`terms` is the sentence's, spaced). */
export function saysNoOne(text: string, terms: string, verbStems: ReadonlySet<string>): boolean {
  return NO_ONE.test(text) && [...verbStems].some((s) => terms.includes(` ${s} `));
}
