import { describe, expect, it } from 'vitest';
import { findPerson, people, searchPeople } from '../../src/newsroom/people.js';
import { summarize } from '../../src/newsroom/summary.js';
import { timeline } from '../../src/newsroom/timeline.js';
import { makeArticle } from './synthetic.js';

const CASES = {
  empty: makeArticle([]),
  'one paragraph, one sentence': makeArticle(['It rained.']),
  'no names, no dates': makeArticle([
    'the committee met again and discussed the budget.',
    'prices rose and many shoppers complained about them.',
  ]),
  'odd characters': makeArticle(['“”— … ¶ 12,000,000 %%% ()', '', '   ', 'Ünïcödé Nöstlinger said “ok”.']),
  'no publication date': makeArticle(['The vote took place on Thursday, last year and on April 4, 1949.']),
  'a bad publication date': makeArticle(['On Monday the talks failed.'], { published: '2024-13-45' }),
};

describe.each(Object.entries(CASES))('%s', (_name, article) => {
  it('summarize never throws and stays within the article', () => {
    for (const length of ['short', 'full'] as const) {
      const s = summarize(article, length);
      const total = article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
      expect(s.points.length).toBeLessThanOrEqual(total);
    }
  });

  it('people and timeline never throw', () => {
    expect(Array.isArray(people(article))).toBe(true);
    expect(Array.isArray(timeline(article))).toBe(true);
  });
});

describe('edge results', () => {
  it('an article with no names has no people', () => {
    expect(people(CASES['no names, no dates'])).toEqual([]);
    expect(timeline(CASES['no names, no dates'])).toEqual([]);
  });

  it('without a publication date only self-contained dates are kept', () => {
    const events = timeline(CASES['no publication date']);
    expect(events.map((e) => e.date)).toEqual(['1949-04-04']);
    expect(timeline(CASES['a bad publication date'])).toEqual([]);
  });

  it('findPerson on an empty list or an empty name finds nothing', () => {
    expect(findPerson([], 'Stoltenberg')).toBeUndefined();
    expect(findPerson(people(makeArticle(['Jens Stoltenberg spoke.'])), '  ')).toBeUndefined();
    expect(searchPeople([], '')).toEqual([]);
  });
});
