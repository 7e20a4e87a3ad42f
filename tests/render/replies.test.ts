import { expect, test } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { renderAnswer, renderNotCovered } from '../../src/render/answer.js';
import { finalize } from '../../src/render/finalize.js';
import { renderQuotes } from '../../src/render/quotes.js';
import { replyToText } from '../../src/render/text.js';
import { ARTICLE, EXCERPTS } from '../fake-discord/fixtures.js';

const OTHER: Article = {
  ...ARTICLE,
  id: 'other',
  headline: 'Other *story*',
  outlet: 'AFP',
  byline: [],
  published: '',
};

test('excerpts from two articles become two embeds, each with its own source footer; question on the first', () => {
  const [first, second] = EXCERPTS;
  if (!first || !second) throw new Error('fixture');
  const excerpts = [first, { ...second, articleId: 'other' }];
  const reply = renderAnswer({
    question: 'q?',
    excerpts,
    articleOf: (id) => (id === 'other' ? OTHER : ARTICLE),
  });
  expect(reply.embeds?.map((e) => [e.author?.name, e.title, e.footer?.text])).toEqual([
    ['q?', ARTICLE.headline, 'Reuters · John Irish, Andrew Gray · 2024-04-04'],
    [undefined, 'Other \\*story\\*', 'AFP'],
  ]);
  expect(reply.allowedMentions).toEqual({ parse: [] });
});

test('user text in a not-covered answer cannot ping or format', () => {
  const reply = renderNotCovered({ question: '@everyone **bold** <@1>', suggestions: [] });
  const description = reply.embeds?.[0]?.description ?? '';
  expect(description).not.toMatch(/@everyone|<@1>|(?<!\\)\*\*/);
});

test('the text renderer prints plain text: no Markdown, no escapes, buttons as [labels]', () => {
  const reply = finalize(
    renderAnswer({
      question: 'q?',
      excerpts: EXCERPTS.slice(0, 1),
      articleOf: () => OTHER,
      buttons: [{ label: 'More', customId: 'ask:more:3:q?' }],
      ephemeral: true,
      forUserId: '42',
    }),
  );
  expect(replyToText(reply)).toBe(
    [
      '(only you can see this)',
      '@42',
      '',
      'q?',
      '== Other *story* ==',
      '¶4 The ceremony marked the 75th anniversary of the Alliance, founded on April 4, 1949.',
      '-- AFP',
      '',
      '[More]',
    ].join('\n'),
  );
});

test('quotes: fragments are marked when shown', () => {
  const [q] = ARTICLE.quotes.filter((x) => x.fragment);
  const reply = renderQuotes(q ? [{ article: ARTICLE, quote: q }] : [], 'Quotes');
  expect(reply.embeds?.[0]?.description).toBe('> “austere”\n— **A NATO representative** (¶4) *(phrase)*');
});
