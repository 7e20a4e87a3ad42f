import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../src/article/load.js';
import { parseArticle } from '../../src/article/parse.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url));
const ap = await loadArticleFile(fixture('senate-stopgap-ap.txt'));
const wrapped = await loadArticleFile(fixture('wrapped-markdown.md'));

describe('an AP-style story (straight quotes, "—" dateline, capitals byline)', () => {
  const a = ap;

  it('reads the headline furniture', () => {
    expect(a).toMatchObject({
      id: 'senate-stopgap-ap',
      headline: 'Senate passes stopgap bill to avert government shutdown',
      byline: ['Jane Doe', 'Richard Roe'],
      dateline: 'WASHINGTON',
      outlet: 'AP',
      published: '2024-03-01',
      language: 'en',
      sections: ['', 'WHAT COMES NEXT'],
      credits: 'Associated Press writer Lisa Mascaro contributed to this report.',
    });
    expect(a.copyright).toMatch(/^Copyright 2024 The Associated Press\. All rights reserved\./);
  });

  it('numbers paragraphs and drops the page furniture', () => {
    expect(a.paragraphs.map((p) => [p.n, p.section, p.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      [1, '', 'The Senate on'],
      [2, '', '"We are going'],
      [3, '', 'Sen. Mitch McConnell,'],
      [4, '', 'The vote was'],
      [5, 'WHAT COMES NEXT', 'A senior Democratic'],
      [6, 'WHAT COMES NEXT', '"It\'s a bad'],
      [7, 'WHAT COMES NEXT', 'Critics call the'],
    ]);
    const body = a.paragraphs.map((p) => p.text).join(' ');
    for (const junk of [
      'Advertisement',
      'Share this',
      'Follow us',
      'contributed to this report',
      'Copyright',
    ]) {
      expect(body).not.toContain(junk);
    }
  });

  it('splits sentences around U.S., Feb., decimals and thousands', () => {
    expect(a.paragraphs[0]?.sentences).toHaveLength(1);
    expect(a.paragraphs[3]?.sentences.map((s) => s.text)).toEqual([
      'The vote was 77-13.',
      'Lawmakers approved about $1.2 trillion in spending, or roughly 3.5% more than last year, for agencies that employ some 30,000 contractors.',
    ]);
    expect(a.paragraphs[5]?.sentences[1]?.text).toBe('He has opposed every stopgap measure since Feb. 2023.');
  });

  it('attributes every quote', () => {
    expect(a.quotes.map((q) => [q.paragraph, q.speaker, q.fragment])).toEqual([
      [2, 'Chuck Schumer', false],
      [2, 'Chuck Schumer', false],
      [3, 'Mitch McConnell', false],
      [5, 'A senior Democratic aide', true],
      [6, 'Bob Good', false],
      [7, 'Critics', true],
    ]);
    expect(a.quotes[0]?.text).toBe('We are going to get this done. There is no other option');
  });
});

describe('a hard-wrapped Markdown story without an agency', () => {
  const a = wrapped;

  it('joins wrapped lines and reads Markdown headings', () => {
    expect(a.headline).toBe('Port strike ends after three days');
    expect(a.byline).toEqual(['Ana Lima']);
    expect(a.dateline).toBe('LISBON');
    expect(a.outlet).toBe('');
    expect(a.sections).toEqual(['', 'THE DEAL']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Dock workers in Lisbon returned to work on Monday after the union and the port authority signed a wage deal that raises pay by 4.5% this year.',
      '“It is a fair agreement. Nobody got everything,” union leader Maria Santos said. The port authority did not comment.',
    ]);
    expect(a.quotes).toEqual([
      {
        text: 'It is a fair agreement. Nobody got everything',
        speaker: 'Maria Santos',
        paragraph: 2,
        fragment: false,
      },
    ]);
  });
});

describe('a Reuters English story (date line, "4 minute read", "KYIV, April 4 (Reuters) -" dateline)', () => {
  it('reads metadata, drops page furniture and attributes surname-only quotes', async () => {
    const a = await loadArticleFile(fixture('air-defence-reuters.txt'));
    expect(a).toMatchObject({
      byline: ['Olena Harmash'],
      dateline: 'KYIV',
      outlet: 'Reuters',
      published: '2024-04-04',
      credits: 'Reporting by Olena Harmash; Editing by Alex Richardson',
      copyright: '',
    });
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[0]?.text).toMatch(/^Ukrainian President Volodymyr Zelenskiy said on Thursday/);
    expect(a.quotes.map((q) => [q.paragraph, q.speaker, q.fragment, q.text])).toEqual([
      [2, 'Volodymyr Zelenskiy', false, 'We need more Patriots'],
      [2, 'Volodymyr Zelenskiy', false, 'Every day counts.'],
      [3, 'Dmitry Peskov', true, 'already involved'],
      [4, 'Dmitry Peskov', false, 'This changes nothing'],
    ]);
  });
});

describe('a story pasted without its headline', () => {
  it('keeps the dateline paragraph as ¶1 instead of taking it for the headline', () => {
    const a = parseArticle(
      'WASHINGTON (AP) — The Senate voted on Friday.\n\nThe House follows next week.\n',
      'no-headline',
    );
    expect(a.headline).toBe('');
    expect(a.dateline).toBe('WASHINGTON');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'The Senate voted on Friday.',
      'The House follows next week.',
    ]);
  });
});

describe('a story copied from a news site page (labels above the headline, glued date line, captions, promotions)', () => {
  it('keeps only the prose, and finds the date and dateline behind the page furniture', async () => {
    const a = await loadArticleFile(fixture('port-strike-reuters-web.txt'));
    expect(a).toMatchObject({
      headline: "Dockworkers at Europe's biggest port walk out over automation plans",
      byline: ['Bart Meijer', 'Toby Sterling'],
      dateline: 'ROTTERDAM',
      outlet: 'Reuters',
      published: '2024-03-12',
      sections: ['', 'SHIPPING DELAYS'],
      credits: 'Reporting by Bart Meijer and Toby Sterling; Editing by Mark Potter',
    });
    expect(a.paragraphs.map((p) => p.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Thousands of dockworkers',
      'The union said',
      '"Robots don\'t pay',
      'Port operator Hutchison',
      'Shipping lines Maersk',
      'The port handled',
      '"This strike costs',
    ]);
    // A link's screen-reader label is not part of the sentence it sits in.
    expect(a.paragraphs[3]?.text).toContain('said in a statement that the automation');
    expect(a.paragraphs[5]?.text).toMatch(/Port of Rotterdam Authority\.$/);
  });
});
