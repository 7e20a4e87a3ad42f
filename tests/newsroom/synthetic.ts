import type { Article, Paragraph, Quote } from '../../src/article/types.js';

/** A hand-made Article: one string per paragraph, split into sentences at ". " boundaries. */
export function makeArticle(paragraphs: string[], extra: Partial<Article> = {}): Article {
  const paras: Paragraph[] = paragraphs.map((text, i) => ({
    n: i + 1,
    text,
    section: '',
    sentences: text
      .split(/(?<=[.!?][”"]?)\s+(?=[“"A-Z])/u)
      .filter(Boolean)
      .map((s, index) => ({ index, text: s })),
  }));
  return {
    id: 'synthetic',
    headline: 'A synthetic story',
    byline: [],
    outlet: '',
    dateline: '',
    published: '',
    language: 'en',
    sections: [''],
    paragraphs: paras,
    quotes: [],
    credits: '',
    copyright: '',
    ...extra,
  };
}

export function quote(text: string, speaker: string, paragraph: number): Quote {
  return { text, speaker, paragraph, fragment: false };
}

/** A second story, unlike the NATO one, to check that nothing is tuned to a single article. */
export const BERLIN = makeArticle(
  [
    'BERLIN (AP) – German Chancellor Olaf Scholz said on Tuesday that Berlin would send more tanks to Ukraine, after a week of talks with allies.',
    '“We will not leave our partners alone,” Scholz told reporters after meeting Polish President Andrzej Duda in Warsaw.',
    'The Bundestag approved the package last month, and the European Commission welcomed the decision on Friday.',
    'Duda, who took office in August 2015, said Poland had spent 4% of its economic output on defence last year.',
    'Talks will resume on Friday in Brussels, the spokeswoman, Anna Schmidt, said.',
    'Reporting by Jane Doe; editing by Mark Smith.',
  ],
  {
    id: 'berlin-tanks',
    headline: 'Germany to send more tanks',
    byline: ['Jane Doe'],
    outlet: 'AP',
    dateline: 'BERLIN',
    published: '2023-10-18',
    credits: '(Reporting by Jane Doe; editing by Mark Smith)',
    quotes: [quote('We will not leave our partners alone', 'Olaf Scholz', 2)],
  },
);
