/** The excerpts an answer cites, from its ranked sentences: a sentence each, or the quote it is part of. */

import { remembered } from '../remembered.js';
import type { RankedSentence } from './rank.js';
import type { SentenceDoc } from './sentenceIndex.js';
import { hyphenJoined, termsOf, tokenize } from './text.js';
import type { Excerpt } from './types.js';

/**
 * The first `limit` excerpts of the ranked sentences, in their order. With `quoteOf` ("what did X say"), each cites the
 * whole quote its sentence is part of, once; its other sentences may rank lower or not at all ("what did Raman say
 * about digital banking": _"What nobody told them is that when digital fails, it fails for everyone at once."_ after
 * the sentence of the quote that names digital; +39 who-said questions, nothing lost). For other questions a quote's
 * sentence alone answers: citing the rest found nothing more (+0 −0).
 */
export function citeExcerpts(
  ranked: readonly RankedSentence[],
  limit: number,
  quoteOf?: (doc: SentenceDoc) => SentenceDoc[],
): Excerpt[] {
  const excerpts: Excerpt[] = [];
  const cited = new Set<SentenceDoc>();
  for (const r of ranked) {
    if (excerpts.length >= limit) break;
    if (cited.has(r.doc)) continue;
    const sentences = quoteOf ? quoteOf(r.doc) : [r.doc];
    for (const doc of sentences) cited.add(doc);
    excerpts.push(toExcerpt(r, sentences));
  }
  return excerpts;
}

// The words of recently cited sentences with their index terms: a popular question cites the same sentences again.
// Keyed by the sentence itself, not its id: ids are per index, and a process may hold several.
const wordsOf = remembered(
  (doc: SentenceDoc) =>
    [...tokenize(doc.text), ...hyphenJoined(doc.text)].map((t) => ({
      surface: t.surface,
      terms: termsOf(t),
    })),
  2_000,
);

/** The excerpt citing the ranked sentence, or the sentences of its quote (`sentences`, in reading order). */
function toExcerpt(r: RankedSentence, sentences: readonly SentenceDoc[]): Excerpt {
  const { doc } = r;
  const highlights = [
    ...new Set(
      sentences.flatMap((s) =>
        wordsOf(s)
          .filter((w) => w.terms.some((term) => r.matchedStems.has(term)))
          .map((w) => w.surface),
      ),
    ),
  ];
  const first = sentences[0] ?? doc;
  const last = sentences[sentences.length - 1] ?? doc;
  return {
    articleId: doc.articleId,
    paragraph: doc.paragraph,
    sentence: first.sentence,
    ...(last !== first ? { lastSentence: last.sentence } : {}),
    text: sentences.map((s) => s.text).join(' '),
    highlights,
    ...(doc.speaker ? { speaker: doc.speaker } : {}),
    score: Math.round(r.score * 1000) / 1000,
  };
}
