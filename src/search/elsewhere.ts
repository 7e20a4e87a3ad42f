import { isTimeWord } from './answerTypes.js';
import { type Token, tokenize } from './text.js';

// "In Wayhtu, authorities suspended 22 licences after that collapse", "In neighbouring Stowford Abbas, thieves …": a
// sentence opening with a place set off by a comma tells of events there.
const PLACE_OPENING =
  /^In\s+(?:the\s+)?(?:neighbouring\s+|nearby\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),/u;
// "Nationally, about 28% of appeals …", "Elsewhere, …": of places beyond the story's.
const BEYOND_OPENING = /^(?:Nationally|Elsewhere|Across\s+the\s+country|Worldwide|Globally),/;

/**
 * The words of the place a sentence opens with ("In Wayhtu, …"), which may be another than its story's; none for a
 * month, a day or another word of time ("In March, …").
 */
export function openingPlace(text: string): Token[] {
  const beyond = BEYOND_OPENING.exec(text)?.[0];
  if (beyond) return tokenize(beyond);
  const place = PLACE_OPENING.exec(text)?.[1];
  if (!place) return [];
  const words = tokenize(place);
  return words.some((w) => isTimeWord(w.folded)) ? [] : words;
}
