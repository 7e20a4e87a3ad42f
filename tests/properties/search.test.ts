import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ArticleError } from '../../src/article/errors.js';
import { parseArticle } from '../../src/article/parse.js';
import type { Article } from '../../src/article/types.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import type { StoryLibrary } from '../../src/search/library.js';
import { realArticle } from '../search/realArticle.js';
import { hostileText, proseArticle, RUNS } from './arbitraries.js';

// library.answer never throws, and every excerpt it cites is real sentences of the article and paragraph it names: one,
// or the few of a quote (`sentence` to `lastSentence`).
function checkAnswer(library: StoryLibrary, question: string, limit: number): void {
  const answer = library.answer(question, { limit });
  expect(answer.excerpts.length).toBeLessThanOrEqual(limit);
  if (!answer.answered) expect(answer.excerpts).toEqual([]);
  for (const e of answer.excerpts) {
    const article = library.get(e.articleId)?.article;
    const last = e.lastSentence ?? e.sentence;
    expect(last - e.sentence).toBeGreaterThanOrEqual(0);
    expect(last - e.sentence).toBeLessThan(3);
    const sentences = article?.paragraphs
      .find((p) => p.n === e.paragraph)
      ?.sentences.slice(e.sentence, last + 1);
    expect(sentences?.map((s) => s.text).join(' ')).toBe(e.text);
    for (const h of e.highlights) expect(e.text.toLowerCase()).toContain(h.toLowerCase());
  }
  const suggestions = library.suggest(question, { limit: 25 });
  expect(suggestions.length).toBeLessThanOrEqual(25);
}

const real = createLibrary([{ article: realArticle(), owner: null }]);

test('any question to the real story: no throw, cited excerpts are its sentences', {
  timeout: 30_000,
}, () => {
  fc.assert(
    fc.property(hostileText, fc.integer({ min: 1, max: 10 }), (question, limit) =>
      checkAnswer(real, question, limit),
    ),
    RUNS,
  );
});

test('any question over any parsed article (plus the real one): the same', { timeout: 30_000 }, () => {
  fc.assert(
    fc.property(proseArticle, fc.array(hostileText, { minLength: 1, maxLength: 3 }), (raw, questions) => {
      let parsed: Article;
      try {
        parsed = parseArticle(raw, 'generated');
      } catch (error) {
        expect(error).toBeInstanceOf(ArticleError);
        return;
      }
      const library = createLibrary([
        { article: realArticle(), owner: null },
        { article: parsed, owner: null },
      ]);
      for (const q of questions) checkAnswer(library, q, 5);
      // Questions made of the article's own words are the ones most likely to produce excerpts.
      checkAnswer(library, parsed.paragraphs[0]?.sentences[0]?.text ?? '', 5);
    }),
    { numRuns: 60 },
  );
});

test('patterns stay linear on pathological input: long questions are declined, long digit runs index fast', () => {
  const long = `how much ${'how much '.repeat(200)}does it cost`;
  const answer = real.answer(long);
  expect(answer.answered).toBe(false);
  expect(answer.reason).toMatch(/too long/);
  // Nor are the words of a huge one of misspelt words read for their likely spellings.
  const misspeltStarted = performance.now();
  expect(real.answer('populaton '.repeat(100_000)).reason).toMatch(/too long/);
  expect(performance.now() - misspeltStarted).toBeLessThan(1_000);
  // A 50,000-digit "sentence": a unit pattern that backtracked through the run took seconds here.
  const started = performance.now();
  createLibrary([
    { article: parseArticle(`Digits\n\n${'1'.repeat(50_000)} people.\n`, 'digits'), owner: null },
  ]);
  expect(performance.now() - started).toBeLessThan(1_500);
});
