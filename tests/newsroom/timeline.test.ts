import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { parseIso } from '../../src/newsroom/dates.js';
import { sentenceDates, type TimelineEvent, timeline } from '../../src/newsroom/timeline.js';
import { realArticle } from './articleFixture.js';
import { BERLIN, makeArticle } from './synthetic.js';

let article: Article;
let events: TimelineEvent[];
beforeAll(async () => {
  article = await realArticle();
  events = timeline(article);
});

const byWording = (w: string) => events.filter((e) => e.wording.toLowerCase() === w.toLowerCase());

describe('timeline() on the NATO story (published Thursday 2024-04-04)', () => {
  it('is dated from the article', () => {
    expect(article.published).toBe('2024-04-04');
  });

  it.each([
    ['on Thursday', '2024-04-04'],
    ['On Wednesday', '2024-04-03'],
    ['on February 24, 2022', '2022-02-24'],
    ['on April 4, 1949', '1949-04-04'],
    ['next November', '2024-11'],
    ['last year', '2023'],
    ['earlier this year', '2024'],
    ['in February', '2024-02'],
  ])('"%s" -> %s', (wording, date) => {
    const found = byWording(wording);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.date).toBe(date);
  });

  it('"the night from Wednesday to Thursday" is a span 2024-04-03 to 2024-04-04', () => {
    const night = events.find((e) => /night from Wednesday to Thursday/i.test(e.wording));
    expect(night).toMatchObject({ date: '2024-04-03', end: '2024-04-04' });
    // The span is one event: its weekdays are not listed again on their own.
    expect(events.filter((e) => e.paragraph === night?.paragraph)).toHaveLength(1);
  });

  it('is in chronological order and cites the sentence holding the wording', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('1949-04-04');
    expect(dates[dates.length - 1]).toBe('2024-11');
    for (const e of events) {
      const s = article.paragraphs.find((p) => p.n === e.paragraph)?.sentences[e.sentence];
      expect(s?.text).toContain(e.wording);
    }
  });

  it('reads no durations or counts as dates', () => {
    for (const e of events) expect(e.wording).not.toMatch(/months|five years|per month|350,000|30,000/);
  });
});

describe('weekdays and months against other publication dates', () => {
  const on = (text: string, published: string) => sentenceDates(text, parseIso(published));

  it('a weekday is the nearest past or same day; "last" is strictly before; "next" strictly after', () => {
    expect(on('They met on Friday.', '2023-10-18')[0]?.date).toBe('2023-10-13');
    expect(on('They met on Wednesday.', '2023-10-18')[0]?.date).toBe('2023-10-18');
    expect(on('They met last Wednesday.', '2023-10-18')[0]?.date).toBe('2023-10-11');
    expect(on('They meet next Wednesday.', '2023-10-18')[0]?.date).toBe('2023-10-25');
  });

  it('a future-tense sentence looks forward', () => {
    expect(on('Talks will resume on Friday.', '2023-10-18')[0]?.date).toBe('2023-10-20');
  });

  it('months cross year ends', () => {
    expect(on('The vote is next January.', '2023-12-05')[0]?.date).toBe('2024-01');
    expect(on('It began in November.', '2024-02-10')[0]?.date).toBe('2023-11');
    expect(on('on March 3 the plant closed', '2024-01-10')[0]?.date).toBe('2023-03-03');
    expect(on('The plant will reopen on March 3', '2024-01-10')[0]?.date).toBe('2024-03-03');
    expect(on('It was signed on 4 April 1949.', '2024-01-10')[0]?.date).toBe('1949-04-04');
    expect(on('It fell in August 2015.', '2024-01-10')[0]?.date).toBe('2015-08');
    expect(on('It happened two years ago.', '2024-01-10')[0]).toMatchObject({
      date: '2022',
      approximate: true,
    });
  });

  it('future tense reads forward unless the date hangs on a past verb', () => {
    expect(on('On March 5th the vote will take place.', '2024-03-01')[0]?.date).toBe('2024-03-05');
    expect(on('He said on Monday that talks will resume.', '2024-03-01')[0]?.date).toBe('2024-02-26');
  });

  it('wire-style forms: abbreviations, ordinals, spans, seasons, "ago"', () => {
    const dates = (t: string) => on(t, '2024-03-01').map((d) => [d.wording, d.date, d.end ?? null]);
    expect(dates('The deal was signed Sept. 12, 2021.')).toEqual([['Sept. 12, 2021', '2021-09-12', null]]);
    expect(dates('He was born on 12th March 1961.')).toEqual([['on 12th March 1961', '1961-03-12', null]]);
    expect(dates('It began on Oct. 7 and lasted until Jan. 15.')).toEqual([
      ['on Oct. 7', '2023-10-07', null],
      ['until Jan. 15', '2024-01-15', null],
    ]);
    expect(dates('She served from 2010 to 2014.')).toEqual([['from 2010 to 2014', '2010', '2014']]);
    expect(dates('It rained in the spring of 2023.')).toEqual([['in the spring of 2023', '2023', null]]);
    expect(dates('Markets fell on Tuesday morning.')).toEqual([['on Tuesday morning', '2024-02-27', null]]);
    expect(dates('Three days ago the rebels attacked.')).toEqual([['Three days ago', '2024-02-27', null]]);
  });

  it('"may" and "march" as verbs are not months; bare numbers are not years', () => {
    expect(on('Protesters may march in the capital.', '2024-01-10')).toEqual([]);
    expect(on('Some 2024 soldiers and 1,949 tanks.', '2024-01-10')).toEqual([]);
  });
});

describe('timeline() on another story', () => {
  it('resolves against its own date (Wednesday 2023-10-18)', () => {
    expect(timeline(BERLIN).map((e) => [e.wording, e.date])).toEqual([
      ['in August 2015', '2015-08'],
      ['last year', '2022'],
      ['last month', '2023-09'],
      ['on Friday', '2023-10-13'],
      ['on Tuesday', '2023-10-17'],
      ['on Friday', '2023-10-20'],
    ]);
  });

  it('keeps no relative date when the article has no publication date', () => {
    const a = makeArticle(['The vote took place on Thursday, in 2019 and last year.']);
    expect(timeline(a).map((e) => e.date)).toEqual(['2019']);
  });
});
