import { isPhrasalVerb, phrasalVerbOf, relativesOf } from './synonyms.js';
import { type Token, textBetween, tokenize } from './text.js';
import { heldTerm, type ResolvedTerm, type StoryWords } from './vocabulary.js';

/** Whether the word is part of a verb of two words ("take effect", "shelling out"): it says what happened. */
export function inPhrasalVerb(token: Token, question: string): boolean {
  const words = tokenize(question);
  const i = words.findIndex((w) => w.start === token.start);
  const pair = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && isPhrasalVerb(`${a.folded} ${b.folded}`);
  return i >= 0 && (pair(words[i - 1], words[i]) || pair(words[i], words[i + 1]));
}

/**
 * A verb of two words in the question ("bring in", "shut down") is also matched by its WordNet synonyms that the
 * stories hold ("introduce", "close"), as its verb's own matches. The particle stays a word to find: a sentence that
 * writes the verb as the question does ("broke apart") keeps its lead.
 */
export function withPhrasalSynonyms(
  terms: readonly ResolvedTerm[],
  question: string,
  words: StoryWords,
): ResolvedTerm[] {
  const tokens = tokenize(question);
  const held = heldTerm(words);
  return terms.map((t): ResolvedTerm => {
    const i = tokens.findIndex((w) => w.start === t.token.start);
    const particle = particleAfter(tokens, i, question);
    if (!particle) return t;
    const phrase = phrasalVerbOf(`${t.token.folded} ${particle.folded}`) ?? '';
    // The verb as written, when the phrase is: "lay off" finds _laying off_ (its base form alone is lie's).
    const own =
      phrase.startsWith(`${t.token.folded} `) && held([t.token.stem]) !== undefined
        ? [{ stem: t.token.stem, weight: 1 }]
        : [];
    const added = [
      ...own,
      ...relativesOf(phrase, (stems) => held(stems) !== undefined, { synonymsOnly: true }).map((r) => ({
        stem: held(r.terms) ?? '',
        weight: r.weight,
      })),
    ].filter((m) => !t.matches.some((known) => known.stem === m.stem));
    if (added.length === 0) return t;
    return {
      token: t.token,
      matches: [...t.matches, ...added],
      via: t.via === 'none' ? 'wordnet' : t.via,
    };
  });
}

/** The word after tokens[i] when the two, one space apart, are a verb WordNet lists. */
function particleAfter(tokens: readonly Token[], i: number, question: string): Token | undefined {
  const verb = tokens[i];
  const next = tokens[i + 1];
  if (!verb || !next || verb.isNumber || !/^\s+$/.test(textBetween(question, verb, next))) return undefined;
  return isPhrasalVerb(`${verb.folded} ${next.folded}`) ? next : undefined;
}
