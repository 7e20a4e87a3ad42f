import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ArticleError } from '../../src/article/errors.js';
import { parseArticle } from '../../src/article/parse.js';
import { hostileArticle, hostileText, proseArticle, RUNS } from './arbitraries.js';

// parseArticle either returns a well-formed Article or throws an ArticleError naming the source: never anything else.
function parseOrArticleError(raw: string) {
  try {
    return parseArticle(raw, 'prop', { source: 'prop.txt' });
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as Error).message).toMatch(/^prop\.txt: [^\n]+$/);
    return undefined;
  }
}

test('any text: an Article with numbered paragraphs whose sentences come from the paragraph, or an ArticleError', {
  timeout: 30_000,
}, () => {
  fc.assert(
    fc.property(fc.oneof(hostileText, hostileArticle, proseArticle), (raw) => {
      const article = parseOrArticleError(raw);
      if (!article) return;
      expect(article.paragraphs.length).toBeGreaterThan(0);
      for (const [i, p] of article.paragraphs.entries()) {
        expect(p.n).toBe(i + 1);
        for (const s of p.sentences) expect(p.text).toContain(s.text);
      }
      for (const q of article.quotes) {
        expect(q.paragraph).toBeGreaterThanOrEqual(1);
        expect(q.paragraph).toBeLessThanOrEqual(article.paragraphs.length);
      }
    }),
    RUNS,
  );
});

test('long runs of spaces or digits parse in linear time', () => {
  const started = performance.now();
  parseArticle(`Headline\n\nSome text${' '.repeat(1_000_000)}more text, said someone.\n`, 'spaces');
  parseArticle(`Headline\n\nBy Jane Doe\n\n${'1'.repeat(200_000)} opens new tab.\n`, 'digits');
  // A quadratic pattern took 4.9 s on 100,000 spaces here.
  expect(performance.now() - started).toBeLessThan(1_500);
});
