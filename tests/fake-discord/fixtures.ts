import type { Article, Paragraph } from '../../src/article/types.js';
import type { AskOptions, Scope, Story, StoryLibrary } from '../../src/search/library.js';
import type { Answer, Excerpt } from '../../src/search/types.js';

function para(n: number, section: string, sentences: { text: string; speaker?: string }[]): Paragraph {
  return {
    n,
    section,
    text: sentences.map((s) => s.text).join(' '),
    sentences: sentences.map((s, index) => ({ index, ...s })),
  };
}

/** A hand-built article shaped like data/articles (independent of the parser). */
export const ARTICLE: Article = {
  id: 'nato-air-defenses-kyiv',
  headline: 'NATO wants to send more air defenses to Kyiv, refrains from concrete promises',
  byline: ['John Irish', 'Andrew Gray'],
  outlet: 'Reuters',
  dateline: 'BRUSSELS',
  published: '2024-04-04',
  language: 'en',
  sections: ['', 'AN AUSTERE BIRTHDAY'],
  paragraphs: [
    para(1, '', [
      { text: 'NATO countries agreed on Thursday to send additional air defense systems to Ukraine.' },
    ]),
    para(2, '', [
      {
        text: '“The allies understand the urgency” of the situation, declared Jens Stoltenberg.',
        speaker: 'Jens Stoltenberg',
      },
      { text: 'He spoke after a meeting in Brussels.' },
    ]),
    para(3, '', [{ text: 'The latter repeated Kyiv’s request for Patriot missiles.' }]),
    para(4, 'AN AUSTERE BIRTHDAY', [
      { text: 'The ceremony marked the 75th anniversary of the Alliance, founded on April 4, 1949.' },
      { text: 'It did not mask the austere atmosphere.' },
    ]),
  ],
  quotes: [
    { text: 'The allies understand the urgency', speaker: 'Jens Stoltenberg', paragraph: 2, fragment: false },
    {
      text: 'I did not want to spoil NATO’s birthday celebration',
      speaker: 'Dmitro Kouleba',
      paragraph: 4,
      fragment: false,
    },
    { text: 'austere', speaker: 'A NATO representative', paragraph: 4, fragment: true },
  ],
  credits: '(Reporting Andrew Gray and John Irish)',
  copyright: '© Reuters 2024',
};

/** Five excerpts (so "More" appears at a page size of 3), keyed by question. */
export const EXCERPTS: Excerpt[] = [
  {
    articleId: ARTICLE.id,
    paragraph: 4,
    sentence: 0,
    text: ARTICLE.paragraphs[3]?.sentences[0]?.text ?? '',
    highlights: ['founded', '1949'],
    score: 5,
  },
  {
    articleId: ARTICLE.id,
    paragraph: 1,
    sentence: 0,
    text: ARTICLE.paragraphs[0]?.sentences[0]?.text ?? '',
    highlights: ['NATO'],
    score: 4,
  },
  {
    articleId: ARTICLE.id,
    paragraph: 2,
    sentence: 0,
    text: ARTICLE.paragraphs[1]?.sentences[0]?.text ?? '',
    highlights: ['allies'],
    speaker: 'Jens Stoltenberg',
    score: 3,
  },
  {
    articleId: ARTICLE.id,
    paragraph: 3,
    sentence: 0,
    text: ARTICLE.paragraphs[2]?.sentences[0]?.text ?? '',
    highlights: ['Patriot'],
    score: 2,
  },
  {
    articleId: ARTICLE.id,
    paragraph: 2,
    sentence: 1,
    text: 'He spoke after a meeting in Brussels.',
    highlights: ['Brussels'],
    score: 1,
  },
];

/**
 * A deterministic StoryLibrary: "covered" questions get EXCERPTS, anything mentioning "weather" is not covered,
 * and "boom" throws (to test error replies). Records every call so tests can check scope and limits.
 */
export function stubLibrary(stories: Story[] = [{ article: ARTICLE, owner: null }]) {
  const calls: { question: string; options?: AskOptions }[] = [];
  const visible = (scope?: Scope) => stories.filter((s) => s.owner === null || s.owner === scope?.guildId);
  const library: StoryLibrary = {
    list: visible,
    get: (id, scope) => visible(scope).find((s) => s.article.id === id),
    add: () => undefined,
    remove: () => false,
    answer(question, options): Answer {
      calls.push({ question, options });
      if (question.includes('boom')) throw new Error('engine exploded');
      if (question.includes('weather')) {
        return {
          question,
          answered: false,
          reason: 'not covered',
          excerpts: [],
          suggestions: ['air defense systems', 'Patriot missiles'],
        };
      }
      return { question, answered: true, excerpts: EXCERPTS.slice(0, options?.limit ?? 5), suggestions: [] };
    },
    suggest: (typed, options) =>
      [
        'when was NATO founded',
        'what did NATO agree',
        `x${'y'.repeat(150)}`,
        ...Array.from({ length: 40 }, (_, i) => `topic ${i}`),
      ]
        .filter((s) => s.includes(typed))
        .slice(0, options?.limit ?? 25),
  };
  return { library, calls };
}
