import fc from 'fast-check';
import type { Article, Paragraph, Quote } from '../../src/article/types.js';
import type { Excerpt } from '../../src/search/types.js';
import { hostileText } from './arbitraries.js';

/** Short hostile text (most fields), so huge values stay an occasional case rather than every field at once. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: hostileText },
);
/** Ids are file names or guild-chosen names: any text, including mention and Markdown syntax. */
const id = fc.oneof(fc.constantFrom('nato', 'a`@everyone`b', '<@123456789012345678>', 'x'.repeat(120)), text);

const paragraphs: fc.Arbitrary<Paragraph[]> = fc
  .array(fc.tuple(fc.array(text, { minLength: 1, maxLength: 4 }), text), { minLength: 1, maxLength: 6 })
  .map((list) =>
    list.map(([sentences, section], i) => ({
      n: i + 1,
      section,
      text: sentences.join(' '),
      sentences: sentences.map((s, index) => ({ index, text: s })),
    })),
  );

/** An Article object with hostile text in every field (not necessarily something the parser would build). */
export const anyArticle: fc.Arbitrary<Article> = fc
  .record({
    id,
    headline: text,
    byline: fc.array(text, { maxLength: 4 }),
    outlet: text,
    dateline: text,
    published: fc.oneof(fc.constant('2024-04-04'), text),
    language: fc.constant('en'),
    sections: fc.array(text, { maxLength: 5 }),
    paragraphs,
    quoteSeeds: fc.array(fc.tuple(text, text, fc.nat(), fc.boolean()), { maxLength: 12 }),
    credits: text,
    copyright: text,
  })
  .map(({ quoteSeeds, ...a }) => ({
    ...a,
    quotes: quoteSeeds.map(
      ([q, speaker, p, fragment]): Quote => ({
        text: q,
        speaker,
        paragraph: (p % a.paragraphs.length) + 1,
        fragment,
      }),
    ),
  }));

/** Excerpts citing `article` (real sentences) with hostile highlights and speakers. */
export function excerptsOf(article: Article): fc.Arbitrary<Excerpt[]> {
  const sentences = article.paragraphs.flatMap((p) => p.sentences.map((s) => ({ p, s })));
  return fc
    .array(
      fc.record({
        at: fc.nat({ max: sentences.length - 1 }),
        highlights: fc.array(fc.oneof(text, fc.constantFrom('NATO', '**', '@everyone', 'İ')), {
          maxLength: 5,
        }),
        speaker: fc.option(text, { nil: undefined }),
        score: fc.double({ noNaN: true }),
      }),
      { maxLength: 8 },
    )
    .map((list) =>
      list.map(({ at, highlights, speaker, score }) => {
        const { p, s } = sentences[at] ?? { p: article.paragraphs[0], s: { index: 0, text: '' } };
        return {
          articleId: article.id,
          paragraph: p?.n ?? 1,
          sentence: s.index,
          text: s.text,
          highlights,
          score,
          ...(speaker === undefined ? {} : { speaker }),
        };
      }),
    );
}
