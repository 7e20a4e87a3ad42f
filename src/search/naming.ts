/** What counts as a sentence naming someone or something the question names, beyond writing the very word. */
import type { SearchField, SentenceDoc, SentenceIndex } from './sentenceIndex.js';
import { textBetween } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// A sentence opening with a pronoun is about someone or something the sentence before it names.
const OPENS_WITH_PRONOUN = /^(?:It|Its|They|Their|He|His|She|Her)\b/;

/**
 * Where the sentence holds the stem (see `SentenceIndex.fieldsWith`), counting as its own a word of a name it gives
 * by another of that name's words ("Lertora retired in 2017" for "facundo lertora"), and a name that the sentence
 * before it gives when it opens with a pronoun ("Its shares fell 17.5%" after a sentence naming Nordkvist Kobber, "It
 * sold 142 million hectolitres" after one naming Aldermann).
 */
export function fieldsNaming(
  index: SentenceIndex,
  doc: SentenceDoc,
  stemmed: string,
  nameMates: ReadonlyMap<string, ReadonlySet<string>>,
): SearchField[] {
  const fields = index.fieldsWith(doc, stemmed);
  if (fields.includes('text')) return fields;
  for (const mate of nameMates.get(stemmed) ?? [])
    if (doc.terms.includes(` ${mate} `)) return [...fields, 'text'];
  // A person the story names by first name too: "Emil gained no advantage" names Emil Varholm.
  for (const first of index.vocabulary.firstNamesOf(doc.articleId, stemmed)) {
    const byFirst = index.fieldsWith(doc, first).filter((f) => !fields.includes(f));
    if (byFirst.includes('text')) return [...fields, ...byFirst];
    fields.push(...byFirst);
  }
  if (!OPENS_WITH_PRONOUN.test(doc.text)) return fields;
  const named =
    index.sentenceBefore(doc)?.terms.includes(` ${stemmed} `) === true &&
    index.vocabulary.isName(doc.articleId, stemmed);
  return named ? [...fields, 'text'] : fields;
}

/**
 * The words of each name the question writes, each with the others of its name ("facundo lertora": facundo ~
 * lertora): names are words of the question's names next to each other.
 */
export function nameMatesOf(names: readonly ResolvedTerm[], text: string): Map<string, Set<string>> {
  const mates = new Map<string, Set<string>>();
  const pair = (a: string, b: string) => mates.set(a, (mates.get(a) ?? new Set()).add(b));
  names.forEach((t, i) => {
    const next = names[i + 1];
    if (!next || !/^\s+$/.test(textBetween(text, t.token, next.token))) return;
    for (const a of t.matches) {
      for (const b of next.matches) {
        pair(a.stem, b.stem);
        pair(b.stem, a.stem);
      }
    }
  });
  return mates;
}
