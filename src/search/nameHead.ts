/**
 * The noun a question's name heads ("the Halden bridge", "the Van Coillie Spinnerij mill"), by which a story calls
 * the named thing once it has named it: _The bridge normally carries about 21,000 vehicles a day_, _The 640-bed
 * infirmary serves …_, _its orchestra of 52 musicians_.
 */

import { isMostlyNoun, isNounOnly, isSingularInS } from '../lexicon/wordKinds.js';
import { AUXILIARY_VERBS } from './query.js';
import { type Token, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// The words that make a noun after them a known thing: "the", "its", "their".
const DEFINITE = new Set(['the', 'its', 'their']);
// Words after which the name is the subject of a verb to come ("did Kestlow record").
const AUXILIARY = new Set(AUXILIARY_VERBS.split('|'));
// How many words may stand between that word and the noun (_The 640-bed infirmary_, _the old stone bridge_).
const BETWEEN = 2;

/** A name of the question ("Halden") and the noun it heads ("bridge"), each as stems. */
export interface NameHead {
  name: ReadonlySet<string>;
  head: ReadonlySet<string>;
}

/** The last name among the question's `tokens` and the word right after it, when that is a noun the stories have. */
export function headOfName(
  tokens: readonly Token[],
  named: readonly ResolvedTerm[],
  terms: readonly ResolvedTerm[],
): NameHead | undefined {
  const last = named.reduce<ResolvedTerm | undefined>(
    (latest, t) => (latest === undefined || t.token.start > latest.token.start ? t : latest),
    undefined,
  );
  if (!last) return undefined;
  const at = tokens.findIndex((t) => t.start === last.token.start);
  const next = tokens[at + 1];
  const head = next && terms.find((t) => t.token.start === next.start && !named.includes(t));
  if (!head || (head.via !== 'exact' && head.via !== 'typo')) return undefined;
  // After "did Kestlow" a word that may be a verb is one ("record"), where "did Marrenburg airport handle" names the
  // airport.
  const afterVerb = AUXILIARY.has(tokens[firstNameAt(tokens, named, at) - 1]?.folded ?? '');
  if (afterVerb ? !isNounOnly(next.folded) : !namesOneThing(next.folded)) return undefined;
  return { name: new Set(last.matches.map((m) => m.stem)), head: new Set(head.matches.map((m) => m.stem)) };
}

/** Whether the sentence calls something by the head noun, as a thing already known ("the bridge", "its orchestra"). */
export function callsByHead(text: string, { head }: NameHead): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => termsOf(t).some((s) => head.has(s)) && definiteBefore(tokens, i));
}

/** Whether the sentence writes the name with its head ("at Ostern-Wendheide airfield"), as the question does. */
export function namesWithHead(text: string, { name, head }: NameHead): boolean {
  const tokens = tokenize(text);
  return tokens.some(
    (t, i) => termsOf(t).some((s) => name.has(s)) && termsOf(tokens[i + 1] ?? t).some((s) => head.has(s)),
  );
}

// Where the name ending at `last` begins: "Van" of "did Van Coillie Spinnerij mill".
function firstNameAt(tokens: readonly Token[], named: readonly ResolvedTerm[], last: number): number {
  let at = last;
  while (at > 0 && named.some((t) => t.token.start === tokens[at - 1]?.start)) at--;
  return at;
}

// A noun naming one thing, as a name's head does ("bridge", "mill"; not "regions").
function namesOneThing(folded: string): boolean {
  return isMostlyNoun(folded) && (!folded.endsWith('s') || isSingularInS(folded));
}

function definiteBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 1 - BETWEEN); i--) {
    if (DEFINITE.has(tokens[i]?.folded ?? '')) return true;
  }
  return false;
}
