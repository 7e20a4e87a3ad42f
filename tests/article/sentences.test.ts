import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { sentenceSpans, splitSentences } from '../../src/article/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['abbreviations', 'The U.S. Army said so. Officials in the U.S. The next day they left.', 3],
    ['titles', 'Gen. Mark Milley met Dr. Jane Smith and Mr. Lee. They talked.', 2],
    ['months before numbers', 'Russia invaded on Feb. 24, 2022. It was a Thursday.', 2],
    ['No. before a number', 'He lives at No. 10 Downing St. with his family. Visitors come daily.', 2],
    ['initials', 'John F. Kennedy was elected in 1960. He was 43.', 2],
    ['decimals and thousands', 'Growth was 3.5 percent. Some 30,000 troops and 1,200.5 tonnes arrived.', 2],
    ['times', 'The vote ended at 5 p.m. on Monday. Results came later.', 2],
    ['question and exclamation', 'Why now? Because it matters! Everyone agreed.', 3],
    ['ellipsis', 'He paused… Then he spoke.', 2],
    [
      'lowercase continuation',
      'The leader also participated. of Ukrainian diplomacy, Dmitro Kouleba. Then he left.',
      2,
    ],
    ['stray period', 'Ukrainian officials reported. . The end.', 2],
    [
      'attribution after a quote with a period',
      '“We will win,” he said. declared the minister to reporters.',
      1,
    ],
  ])('%s', (_name, text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });

  it('keeps a multi-sentence quote and its attribution together (curly quotes)', () => {
    expect(
      splitSentences(
        '“But North America also needs Europe. European allies provide armies,” he added. Next.',
      ),
    ).toEqual(['“But North America also needs Europe. European allies provide armies,” he added.', 'Next.']);
  });

  it('keeps a multi-sentence quote together (straight quotes)', () => {
    expect(splitSentences('"This is one. This is two," she said. "Three!" Then more.')).toEqual([
      '"This is one. This is two," she said.',
      '"Three!"',
      'Then more.',
    ]);
  });

  it('splits after a quote that ends a sentence', () => {
    expect(splitSentences('He told reporters: "This is the path." He added more.')).toEqual([
      'He told reporters: "This is the path."',
      'He added more.',
    ]);
  });

  it('keeps an unclosed quote (it runs on into the next paragraph) in one unit', () => {
    expect(splitSentences('“We will fight. We will not give up. We will win.')).toHaveLength(1);
  });

  it('returns offsets that slice the paragraph exactly', () => {
    const text = 'One sentence here. “Two. Three,” she said. Four.';
    for (const s of sentenceSpans(text))
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('never loses or reorders text (property)', () => {
    const word = fc.constantFrom(
      'U.S.',
      'Mr.',
      'Feb.',
      '3.5',
      '30,000',
      'he',
      'said.',
      '“Yes.',
      'No,”',
      'The',
      'end.',
      'a',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ');
        expect(splitSentences(text).join(' ')).toBe(text);
      }),
    );
  });
});

describe('sentences through parseArticle', () => {
  const body =
    'Officials met in the U.S. capital on Feb. 24. “It went well. We agreed,” said Dr. Ann Lee. Growth was 3.5%.';

  it('survives CRLF line ends and a BOM', () => {
    const a = parseArticle(`\uFEFFHeadline here\r\n\r\nBy Ann Lee\r\n\r\n${body}\r\n`, 'crlf');
    expect(a.headline).toBe('Headline here');
    expect(a.byline).toEqual(['Ann Lee']);
    expect(a.paragraphs[0]?.sentences.map((s) => s.text)).toEqual([
      'Officials met in the U.S. capital on Feb. 24.',
      '“It went well. We agreed,” said Dr. Ann Lee.',
      'Growth was 3.5%.',
    ]);
    expect(a.paragraphs[0]?.sentences[1]?.speaker).toBe('Ann Lee');
  });

  it('survives stray blank lines and CR-only line ends', () => {
    const a = parseArticle(
      'Headline here\r\r\r\r\r\n\n\n\nFirst paragraph is here.\r\r\rSecond paragraph is here.\r',
      'cr',
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'First paragraph is here.',
      'Second paragraph is here.',
    ]);
  });
});
