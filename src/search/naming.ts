/** What counts as a sentence naming someone or something the question names, beyond writing the very word. */
import lemmatizer from 'wink-lemmatizer';
import { isMostlyVerb } from '../lexicon/wordKinds.js';
import { remembered } from '../remembered.js';
import type { SearchField, SentenceDoc, SentenceIndex } from './sentenceIndex.js';
import { isStopWord, termsOf, textBetween, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// A sentence opening with a pronoun is about someone or something the sentence before it names.
const OPENS_WITH_PRONOUN = /^(?:It|Its|They|Their|He|His|She|Her)\b/;

/**
 * Where the sentence holds the stem (see `SentenceIndex.fieldsWith`), counting as its own a word of a name it gives
 * by another of that name's words ("Lertora retired in 2017" for "facundo lertora"), and, when it opens with a
 * pronoun, a name that the sentence before it gives ("Its shares fell 17.5%" after a sentence naming Nordkvist Kobber,
 * "It sold 142 million hectolitres" after one naming Aldermann) or a word of that sentence's subject ("Its opening has
 * slipped to December 2029" after "A 34-kilometre rail link … will carry spectators"), not of the rest of it ("Its
 * nine engines produce …" is no 40-minute hold).
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
    if (doc.terms.includes(` ${mate} `) && namesAlone(index, doc, mate, stemmed)) return [...fields, 'text'];
  // A person the story names by first name too: "Emil gained no advantage" names Emil Varholm.
  for (const first of index.vocabulary.firstNamesOf(doc.articleId, stemmed)) {
    const byFirst = index.fieldsWith(doc, first).filter((f) => !fields.includes(f));
    if (byFirst.includes('text')) return [...fields, ...byFirst];
    fields.push(...byFirst);
  }
  if (!OPENS_WITH_PRONOUN.test(doc.text)) return fields;
  const before = index.sentenceBefore(doc);
  const named =
    before?.terms.includes(` ${stemmed} `) === true &&
    (index.vocabulary.isName(doc.articleId, stemmed) || subjectOf(before).has(stemmed));
  return named ? [...fields, 'text'] : fields;
}

/**
 * Whether the sentence writes a word of a name without another name before it ("Lertora retired", "said Garside"): one
 * with another first name is someone else's ("Edith Garside" is not Lucy Garside).
 */
function namesAlone(index: SentenceIndex, doc: SentenceDoc, mate: string, stemmed: string): boolean {
  const tokens = tokenize(doc.text);
  return tokens.some((t, i) => {
    if (!termsOf(t).includes(mate)) return false;
    const before = tokens[i - 1];
    return (
      !before?.capitalised ||
      !/^\s+$/.test(textBetween(doc.text, before, t)) ||
      termsOf(before).includes(stemmed) ||
      !termsOf(before).some((s) => index.vocabulary.isName(doc.articleId, s))
    );
  });
}

/**
 * The index terms of a sentence's subject, as far as words show it: its words before the first verb, numbers left
 * out ("A 34-kilometre rail link between Sarnova and Bistrec, which will carry …": rail, link, sarnova, bistrec).
 */
const subjectOf = remembered((doc: SentenceDoc): Set<string> => {
  const subject = new Set<string>();
  let end = 0;
  for (const token of tokenize(doc.text)) {
    const clauseEnds = /[,;:(–—]/.test(doc.text.slice(end, token.start));
    const inflected = token.folded !== lemmatizer.verb(token.folded);
    const verb =
      AUXILIARY.has(token.folded) || (!token.capitalised && inflected && isMostlyVerb(token.folded));
    if (clauseEnds || verb) break;
    end = token.start + token.surface.length;
    if (!token.isNumber && !isStopWord(token.folded)) for (const term of termsOf(token)) subject.add(term);
  }
  return subject;
}, 2_000);

// biome-ignore format: a word list reads best packed
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'said', 'says']);

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
