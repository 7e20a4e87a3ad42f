import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { articleSentences, MAX_POINT_CHARS, pointCount, summarize } from '../../src/newsroom/summary.js';
import { realArticle } from './articleFixture.js';
import { BERLIN, makeArticle } from './synthetic.js';

let article: Article;
beforeAll(async () => {
  article = await realArticle();
});

const order = (p: { paragraph: number; sentence: number }) => p.paragraph * 1000 + p.sentence;

describe('summarize on the NATO story', () => {
  it.each(['short', 'full'] as const)(
    '%s: points are in reading order and cite existing sentences',
    (length) => {
      const s = summarize(article, length);
      const orders = s.points.map(order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      expect(new Set(orders).size).toBe(orders.length);
      for (const p of s.points) {
        const para = article.paragraphs.find((x) => x.n === p.paragraph);
        expect(para).toBeDefined();
        const sentence = para?.sentences.find((x) => x.index === p.sentence);
        expect(sentence).toBeDefined();
        expect(sentence?.text.startsWith(p.text.replace(/…$/u, ''))).toBe(true);
        expect(p.text.length).toBeLessThanOrEqual(MAX_POINT_CHARS + 1);
      }
    },
  );

  it('has the requested size: short 3–5 points, full 8–12', () => {
    expect(summarize(article, 'short').points.length).toBeGreaterThanOrEqual(3);
    expect(summarize(article, 'short').points.length).toBeLessThanOrEqual(5);
    expect(summarize(article, 'full').points.length).toBeGreaterThanOrEqual(8);
    expect(summarize(article, 'full').points.length).toBeLessThanOrEqual(12);
  });

  it('is not the first N sentences', () => {
    const all = articleSentences(article);
    for (const length of ['short', 'full'] as const) {
      const s = summarize(article, length);
      const lead = all.slice(0, s.points.length).map(order);
      expect(s.points.map(order)).not.toEqual(lead);
    }
  });

  it('carries the header fields and the speaker of quoted points', () => {
    const s = summarize(article, 'full');
    expect(s.headline).toBe(article.headline);
    expect(s.byline).toEqual(article.byline);
    expect(s.outlet).toBe(article.outlet);
    expect(s.published).toBe(article.published);
    expect(s.articleId).toBe(article.id);
    expect(s.sentenceCount).toBe(articleSentences(article).length);
    for (const p of s.points) {
      const sentence = article.paragraphs.find((x) => x.n === p.paragraph)?.sentences[p.sentence];
      expect(p.speaker).toBe(sentence?.speaker);
    }
  });

  it('the short summary picks the central news: the air-defence decision and what Stoltenberg said', () => {
    const text = summarize(article, 'short')
      .points.map((p) => p.text)
      .join(' ');
    expect(text).toMatch(/air defense/);
    expect(text).toMatch(/Stoltenberg/);
  });

  it('is deterministic', () => {
    expect(summarize(article, 'full')).toEqual(summarize(article, 'full'));
  });
});

describe('summarize on other inputs', () => {
  it('shrinks for a short article and never repeats a sentence', () => {
    const s = summarize(BERLIN, 'full');
    expect(s.points.length).toBe(articleSentences(BERLIN).length);
    expect(new Set(s.points.map(order)).size).toBe(s.points.length);
  });

  it('avoids near-duplicate sentences (MMR)', () => {
    const a = makeArticle([
      'The city council voted on Monday to close the old bridge over the river for repairs.',
      'The city council voted on Monday to close the old bridge over the river for urgent repairs.',
      'Traffic will be diverted through the northern tunnel during the works.',
      'Local shops fear a drop in customers while the bridge is closed.',
      'The mayor said the repairs would take about six months.',
      'Engineers found cracks in two of the bridge supports last winter.',
    ]);
    const s = summarize(a, 'short');
    const both = s.points.filter((p) => p.paragraph === 1 || p.paragraph === 2);
    expect(both.length).toBeLessThanOrEqual(1);
  });

  it('pointCount follows the article size', () => {
    expect(pointCount(40, 'short')).toBe(5);
    expect(pointCount(12, 'short')).toBe(3);
    expect(pointCount(2, 'short')).toBe(2);
    expect(pointCount(30, 'full')).toBe(10);
    expect(pointCount(5, 'full')).toBe(5);
    expect(pointCount(0, 'full')).toBe(0);
  });

  it('clips a very long sentence', () => {
    const long = `The delegates ${'discussed the budget and the timetable again '.repeat(20)}before leaving.`;
    const s = summarize(makeArticle([long]), 'short');
    expect(s.points[0]?.text.endsWith('…')).toBe(true);
    expect(s.points[0]?.text.length).toBeLessThanOrEqual(MAX_POINT_CHARS + 1);
  });
});
