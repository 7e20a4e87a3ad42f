import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { collectPeople } from '../../src/article/quotes.js';
import { sentenceSpans } from '../../src/article/sentences.js';

const file = new URL('../../data/articles/nato-air-defenses-kyiv.txt', import.meta.url);
const raw = readFileSync(file, 'utf8');
const article = parseArticle(raw, 'nato-air-defenses-kyiv');

const OPENING = '';
const BIRTHDAY = 'AN AUSTERE BIRTHDAY';
const WASHINGTON = 'THE SITUATION IN WASHINGTON CONCERNS EUROPEANS';

describe('the NATO article: metadata', () => {
  it('reads headline, byline, dateline, outlet and front matter', () => {
    expect(article.id).toBe('nato-air-defenses-kyiv');
    expect(article.headline).toBe(
      'NATO wants to send more air defenses to Kyiv, refrains from concrete promises',
    );
    expect(article.byline).toEqual(['John Irish', 'Andrew Gray']);
    expect(article.dateline).toBe('BRUSSELS');
    expect(article.outlet).toBe('Reuters');
    expect(article.published).toBe('2024-04-04');
    expect(article.language).toBe('en');
  });

  it('lists the section headings in reading order', () => {
    expect(article.sections).toEqual([OPENING, BIRTHDAY, WASHINGTON]);
  });

  it('keeps the credits and the copyright notice as metadata', () => {
    expect(article.credits).toMatch(
      /^\(Reporting Andrew Gray and John Irish, with contributions from Simon Lewis/,
    );
    expect(article.credits).toMatch(/Kate Entringer and Jean Terzian\)$/);
    expect(article.copyright).toMatch(/^©2024 Thomson Reuters, all rights reserved\./);
    expect(article.copyright).toMatch(/trademarks of Thomson Reuters and its affiliated companies\.$/);
  });
});

describe('the NATO article: paragraphs', () => {
  // [number, section, first words] for every body paragraph, in reading order.
  const expected: [number, string, string][] = [
    [1, OPENING, 'NATO countries agreed on Thursday'],
    [2, OPENING, '“The allies understand the urgency”'],
    [3, OPENING, 'The latter repeated Kyiv’s request'],
    [4, OPENING, '“The allies will now go through'],
    [5, OPENING, 'US Secretary of State Antony Blinken'],
    [6, OPENING, 'Neither Jens Stoltenberg nor Antony Blinken'],
    [7, BIRTHDAY, 'Earlier in the day, the ceremony'],
    [8, BIRTHDAY, '“I did not want to spoil'],
    [9, BIRTHDAY, 'During the night from Wednesday to Thursday'],
    [10, BIRTHDAY, '“The biggest battles in NATO'],
    [11, BIRTHDAY, 'A NATO representative said Moscow'],
    [12, BIRTHDAY, 'Speaking on condition of anonymity'],
    [13, BIRTHDAY, 'On Wednesday, the foreign ministers'],
    [14, WASHINGTON, 'Within the European Union'],
    [15, WASHINGTON, 'The political situation in Washington'],
    [16, WASHINGTON, '“Europe needs North America'],
    [17, WASHINGTON, 'Founded on April 4, 1949'],
    [18, WASHINGTON, 'Its flagship role'],
    [19, WASHINGTON, 'After falling into disuse'],
    [20, WASHINGTON, 'Finland and Sweden made'],
    [21, WASHINGTON, 'Moscow says it considers NATO enlargement'],
  ];

  it('numbers 21 body paragraphs 1..N with their section and first words', () => {
    expect(
      article.paragraphs.map((p) => [p.n, p.section, p.text.slice(0, expected[p.n - 1]?.[2].length)]),
    ).toEqual(expected);
  });

  it('strips the dateline from ¶1 but keeps its sentence', () => {
    expect(article.paragraphs[0]?.text).toMatch(/^NATO countries agreed on Thursday to dig/);
    expect(article.paragraphs[0]?.sentences).toHaveLength(1);
  });

  it('drops every boilerplate line and keeps credits/copyright out of the paragraphs', () => {
    const body = article.paragraphs.map((p) => p.text).join('\n');
    for (const junk of [
      'Read also',
      'Counting',
      'Source link',
      '-875',
      '(Reporting',
      'Thomson Reuters',
      '©',
    ]) {
      expect(body).not.toContain(junk);
    }
    for (const heading of [BIRTHDAY, WASHINGTON]) expect(body).not.toContain(heading);
    expect(body).not.toContain('published: 2024-04-04');
  });

  it('removes the stray period of ¶9 and keeps its single sentence', () => {
    const p9 = article.paragraphs[8];
    expect(p9?.text.endsWith('Ukrainian officials reported.')).toBe(true);
    expect(p9?.sentences).toHaveLength(1);
  });

  it('keeps scraping continuations inside one sentence', () => {
    // "… participated. of Ukrainian diplomacy, Dmitro Kouleba." and "he said. declared Dmitro Kouleba …"
    expect(article.paragraphs[1]?.sentences).toHaveLength(1);
    expect(article.paragraphs[1]?.sentences[0]?.text).toMatch(
      /participated\. of Ukrainian diplomacy, Dmitro Kouleba\.$/,
    );
    expect(article.paragraphs[7]?.sentences).toHaveLength(1);
    expect(article.paragraphs[7]?.sentences[0]?.text).toMatch(
      /he said\. declared Dmitro Kouleba in front of journalists\.$/,
    );
  });

  it('splits multi-sentence paragraphs and keeps the two-sentence quote of ¶16 whole', () => {
    const counts = article.paragraphs.map((p) => p.sentences.length);
    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 2, 1, 1, 1, 1, 2]);
    expect(article.paragraphs[15]?.sentences[1]?.text).toBe(
      '“But North America also needs Europe. European allies provide first-rate armies, vast intelligence networks and diplomatic leverage of their own,” he added.',
    );
    expect(article.paragraphs[14]?.sentences[1]?.text).toBe(
      'American support has been crucial since the start of the Russian offensive on February 24, 2022.',
    );
  });

  it('indexes sentences 0.. and their text is a slice of the paragraph', () => {
    for (const p of article.paragraphs) {
      p.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(p.text).toContain(s.text);
      });
    }
  });
});

describe('the NATO article: quotes', () => {
  it('finds every quotation with its speaker and paragraph', () => {
    expect(article.quotes.map((q) => [q.paragraph, q.speaker, q.fragment, q.text.slice(0, 30)])).toEqual([
      [2, 'Jens Stoltenberg', false, 'The allies understand the urge'],
      [4, 'Jens Stoltenberg', false, 'The allies will now go through'],
      [8, 'Dmitro Kouleba', false, 'I did not want to spoil NATO’s'],
      [10, 'Gabrielius Landsbergis', false, 'The biggest battles in NATO ar'],
      [16, 'Jens Stoltenberg', false, 'Europe needs North America for'],
      [16, 'Jens Stoltenberg', false, 'But North America also needs E'],
      [21, 'Moscow', true, 'direct confrontation'],
    ]);
  });

  it('stores the quoted words without marks or the joining comma', () => {
    expect(article.quotes[0]?.text).toBe('The allies understand the urgency');
    expect(article.quotes[4]?.text).toBe('Europe needs North America for its security');
    expect(article.quotes.every((q) => !/[“”"]/.test(q.text))).toBe(true);
  });

  it('sets the speaker on the sentences that quote someone, and only on those', () => {
    const speakers = article.paragraphs.flatMap((p) =>
      p.sentences.filter((s) => s.speaker).map((s) => [p.n, s.index, s.speaker]),
    );
    expect(speakers).toEqual([
      [2, 0, 'Jens Stoltenberg'],
      [4, 0, 'Jens Stoltenberg'],
      [8, 0, 'Dmitro Kouleba'],
      [10, 0, 'Gabrielius Landsbergis'],
      [16, 0, 'Jens Stoltenberg'],
      [16, 1, 'Jens Stoltenberg'],
    ]);
  });

  it('resolves "The latter" (¶3) to the nearest named person before it, Dmitro Kouleba', () => {
    const inputs = article.paragraphs.map((p) => ({
      n: p.n,
      text: p.text,
      sentences: sentenceSpans(p.text),
    }));
    const people = collectPeople(inputs);
    expect(people.resolve(3, 0, 'the latter')).toBe('Dmitro Kouleba');
    expect(people.resolve(3, 0, 'the former')).toBe('Jens Stoltenberg');
    expect(people.expand('Stoltenberg')).toBe('Jens Stoltenberg');
  });
});
