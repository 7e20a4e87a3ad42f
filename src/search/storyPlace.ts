/**
 * The place a story is about, when its headline speaks of it without naming it ("Dutch town votes to tear down …",
 * "Villagers buy 400-year-old inn …"): the place its dateline names (VENLAAR, Netherlands (Reuters) –). A headline
 * that names its place ("Former Valbresse mayor jailed", "Kelvara region to scrap toll", "province of Orlaven") keeps
 * it, whatever the dateline says: a wire story is often filed from somewhere else.
 */

import { isPlaceAdjective } from '../lexicon/wordKinds.js';
import { PLACE_NOUN } from './saidValues.js';

// A word for a place or its people, perhaps after the word that describes it, and not "… of <name>".
const PLACE_SPOKEN_OF = new RegExp(
  String.raw`(?:([\p{L}'’-]+)\s+)?\b(?:${PLACE_NOUN}|villagers|islanders|townspeople)(?:['’]s?)?(?!\s+of\b)(?![\p{L}'’-])`,
  'giu',
);

/** Whether the headline speaks of a place without naming it: "Bavarian town's", "English market town", "Villagers". */
export function speaksOfPlaceUnnamed(headline: string): boolean {
  return [...headline.matchAll(PLACE_SPOKEN_OF)].some(([, before]) => {
    if (before === undefined) return true;
    const folded = before.toLowerCase();
    return before === folded || isPlaceAdjective(folded);
  });
}
