import nlp from 'compromise';

// What compromise's lexicon knows of a word typed in lower case: names of people and places, and first names' sex.

/**
 * A word compromise's lexicon knows as a name (a country, a city, a person) even when typed in lower case. Looked up
 * in the lexicon itself, not by tagging the word as a one-word text: ~100× faster on a question's first look-up, and
 * without the tagger's suffix guesses for unknown words ("battlefield", "lesson" as names).
 */
export function isKnownName(folded: string): boolean {
  return lexiconTagged(folded, ['ProperNoun']);
}

/** A first name compromise's lexicon knows ("Teresa", "Magnus"). */
export function isKnownFirstName(folded: string): boolean {
  return lexiconTagged(folded, ['FirstName']);
}

/** A place compromise's lexicon knows (a country, a city, a region) or a people's adjective ("European"). */
export function isKnownPlace(folded: string): boolean {
  return lexiconTagged(folded, ['Place', 'Demonym']);
}

/** A people's adjective compromise's lexicon knows ("Norwegian", "European"), not a place's own name. */
export function isDemonym(folded: string): boolean {
  return lexiconTagged(folded, ['Demonym']);
}

/** The sex compromise's lexicon gives a first name ("Marta": female, "Tomasz": male), if it knows one; accents folded. */
export function firstNameSex(name: string): 'female' | 'male' | undefined {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (lexiconTagged(folded, ['FemaleName'])) return 'female';
  return lexiconTagged(folded, ['MaleName']) ? 'male' : undefined;
}

/** Whether compromise's lexicon gives the word one of these tags, or a tag under one of them ("City" under "Place"). */
function lexiconTagged(folded: string, wanted: readonly string[]): boolean {
  const { lexicon, tagSet } = compromiseModel();
  const tags = Object.hasOwn(lexicon, folded) ? lexicon[folded] : undefined;
  return (Array.isArray(tags) ? tags : [tags]).some(
    (tag) =>
      tag !== undefined &&
      (wanted.includes(tag) || tagSet[tag]?.parents?.some((parent) => wanted.includes(parent)) === true),
  );
}

interface CompromiseModel {
  lexicon: Record<string, string | string[] | undefined>;
  tagSet: Record<string, { parents?: string[] } | undefined>;
}
let model: CompromiseModel | undefined;
function compromiseModel(): CompromiseModel {
  // compromise types its model loosely (`any`); these are the two tables read here.
  model ??= (nlp.model() as { one: CompromiseModel }).one;
  return model;
}
