import { describe, expect, it } from 'vitest';
import { isBoilerplate, isCopyright, isCredits, normalizeText } from '../../src/article/clean.js';
import { ArticleError } from '../../src/article/errors.js';
import { splitFrontMatter, toIsoDate } from '../../src/article/frontMatter.js';
import { parseByline, parseDateLine, parseDateline, parseHeading } from '../../src/article/metadata.js';

describe('boilerplate, credits and copyright lines', () => {
  it.each([
    'Read alsoCounting',
    'Read also: Ten things to know about the summit',
    'Also read',
    'See more',
    'Advertisement',
    'ADVERTISEMENT',
    'Subscribe to our newsletter',
    'Sign up for the morning briefing',
    'Share this article',
    'Follow us on Twitter',
    'Facebook Twitter Email',
    'Source link -875',
    'Source link',
    'Continue reading',
    'Related: Kyiv under fire again',
    'https://example.com/news/1',
    '-875',
    'Counting',
    'Updated 2 hours ago',
    'FILE PHOTO: NATO Secretary General Jens Stoltenberg attends a news conference in Brussels, Belgium, April 3, 2024.',
    'Our Standards: The Thomson Reuters Trust Principles.',
  ])('drops %s', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'Share prices fell 3% on Monday.',
    'Advertising revenue dropped sharply last year.',
    'Popular anger grew as the war went on.',
    'Follow-up talks are planned for May.',
    'Related talks were held in Geneva last week.',
    'The Alliance denies any offensive desire.',
    'AN AUSTERE BIRTHDAY',
    'Published figures show 3% growth since 2022.',
    'Photographers were kept away from the meeting.',
  ])('keeps prose: %s', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it('recognises credits lines of several agencies', () => {
    expect(isCredits('(Reporting Andrew Gray and John Irish; Editing by Alex Richardson)')).toBe(true);
    expect(isCredits('(Editing by Jane Doe)')).toBe(true);
    expect(isCredits('Reporting by Jane Doe; Editing by John Roe')).toBe(true);
    expect(isCredits('Associated Press writer Lisa Mascaro contributed to this report.')).toBe(true);
    expect(isCredits('Reporting from the front line is dangerous.')).toBe(false);
  });

  it('recognises copyright notices', () => {
    expect(isCopyright('©2024 Thomson Reuters, all rights reserved.')).toBe(true);
    expect(isCopyright('Copyright 2024 The Associated Press. All rights reserved.')).toBe(true);
    expect(isCopyright('The copyright dispute went to court.')).toBe(false);
  });

  it('normalises BOM, CRLF, no-break spaces and control characters', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\u00A0d\u200Be\u0007')).toBe('a\nb\nc de');
  });
});

describe('headline furniture', () => {
  it('parses bylines', () => {
    expect(parseByline('by John Irish and Andrew Gray')).toEqual(['John Irish', 'Andrew Gray']);
    expect(parseByline('By Jane Doe, Associated Press')).toEqual(['Jane Doe']);
    expect(parseByline('By JANE DOE and RICHARD ROE Associated Press')).toEqual(['Jane Doe', 'Richard Roe']);
    expect(parseByline('By Ana Lima, Tom Roe & Li Wei')).toEqual(['Ana Lima', 'Tom Roe', 'Li Wei']);
    expect(parseByline('by the end of the year the alliance will have grown.')).toBeUndefined();
  });

  it('parses datelines of several agencies', () => {
    expect(parseDateline('BRUSSELS (Reuters) – NATO countries agreed.')).toEqual({
      place: 'BRUSSELS',
      outlet: 'Reuters',
      rest: 'NATO countries agreed.',
    });
    expect(parseDateline('WASHINGTON (AP) — The Senate voted.')?.outlet).toBe('AP');
    expect(parseDateline('KYIV, Ukraine (AP) — Drones hit.')?.place).toBe('KYIV, Ukraine');
    expect(parseDateline('NEW YORK, April 4 (Reuters) - Stocks rose.')).toMatchObject({
      place: 'NEW YORK',
      rest: 'Stocks rose.',
    });
    expect(parseDateline('LISBON — Dock workers returned.')).toMatchObject({ place: 'LISBON', outlet: '' });
    expect(parseDateline('NATO countries agreed on Thursday.')).toBeUndefined();
    expect(parseDateline('A NATO representative said so.')).toBeUndefined();
  });

  it('recognises headings', () => {
    expect(parseHeading('AN AUSTERE BIRTHDAY')).toBe('AN AUSTERE BIRTHDAY');
    expect(parseHeading('## The deal')).toBe('The deal');
    expect(parseHeading('NATO')).toBe('NATO');
    expect(parseHeading('The Alliance denies any offensive desire.')).toBeUndefined();
    expect(
      parseHeading('IT WAS A LONG NIGHT FOR EVERYONE IN THE CITY AND THE REGION AROUND IT'),
    ).toBeUndefined();
  });

  it('reads dates', () => {
    expect(toIsoDate('2024-04-04')).toBe('2024-04-04');
    expect(toIsoDate('April 4, 2024')).toBe('2024-04-04');
    expect(toIsoDate('4 April 2024')).toBe('2024-04-04');
    expect(toIsoDate('Feb. 30, 2024')).toBeUndefined();
    expect(parseDateLine('March 1, 2024, 6:05 PM ET')).toBe('2024-03-01');
    expect(parseDateLine('Updated: April 4, 2024 10:32 AM UTC')).toBe('2024-04-04');
    expect(parseDateLine('NATO was founded on April 4, 1949.')).toBeUndefined();
  });
});

describe('front matter', () => {
  it('reads key: value lines between --- lines', () => {
    const { meta, body } = splitFrontMatter(
      '---\npublished: 2024-04-04\noutlet: Reuters\nlanguage: EN\nbyline: Jane Doe; John Roe\nnote: ignored\n---\nHeadline',
      'a.txt',
    );
    expect(meta).toEqual({
      published: '2024-04-04',
      outlet: 'Reuters',
      language: 'en',
      byline: ['Jane Doe', 'John Roe'],
    });
    expect(body).toBe('Headline');
  });

  it('leaves text without front matter alone', () => {
    expect(splitFrontMatter('Headline\n---\nmore', 'a.txt')).toEqual({
      meta: {},
      body: 'Headline\n---\nmore',
    });
  });

  it('rejects an unclosed block, naming the file', () => {
    expect(() => splitFrontMatter('---\npublished: 2024-04-04\nHeadline\n\nBody.', 'a.txt')).toThrow(
      /^a\.txt: front matter is not closed/,
    );
  });

  it('rejects a published value that is not a date, naming the file', () => {
    expect(() => splitFrontMatter('---\npublished: soon\n---\nHeadline', 'a.txt')).toThrow(ArticleError);
    expect(() => splitFrontMatter('---\npublished: soon\n---\nHeadline', 'a.txt')).toThrow(
      /^a\.txt: .*published/,
    );
  });
});
