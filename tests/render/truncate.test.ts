import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeText } from '../../src/render/escape.js';
import { highlight } from '../../src/render/highlight.js';
import { openMarkers, truncateMarkdown, truncatePlain } from '../../src/render/truncate.js';

describe('truncateMarkdown', () => {
  test('short text is unchanged; long text ends with … within the limit', () => {
    expect(truncateMarkdown('short', 10)).toBe('short');
    const cut = truncateMarkdown('one two three four five six', 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut.endsWith('…')).toBe(true);
  });

  test('closes a bold run it cuts through', () => {
    const cut = truncateMarkdown('**¶4** the alliance was **founded on April 4, 1949** in Washington', 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(openMarkers(cut)).toEqual([]);
    expect(cut).toMatch(/\*\*…$/);
  });

  test('never cuts a bold marker in half (found by the property below)', () => {
    for (let max = 1; max < 6; max++) expect(openMarkers(truncateMarkdown('**r**', max))).toEqual([]);
    expect(truncateMarkdown('**r**', 4)).toBe('…');
  });

  test('never leaves a dangling escape backslash', () => {
    const text = `${'a'.repeat(9)}\\*${'b'.repeat(20)}`;
    for (let max = 5; max < 20; max++)
      expect(truncateMarkdown(text, max)).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
  });

  test('property: highlighted, escaped text cut at any length stays within the limit and balanced', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 }),
        fc.integer({ min: 1, max: 320 }),
        (text, words, max) => {
          const md = highlight(text, words);
          const cut = truncateMarkdown(md, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(openMarkers(cut)).toEqual([]);
          // No lone high surrogate at the end of the kept text.
          expect(/[\uD800-\uDBFF](…|\*\*…)?$/.test(cut) && cut !== md).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('property: escaped article text has no open markers, whatever it contains', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(openMarkers(escapeText(text))).toEqual([]);
      }),
    );
  });
});

describe('truncatePlain', () => {
  test('keeps surrogate pairs whole', () => {
    const cut = truncatePlain('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(truncatePlain('x'.repeat(150), 100)).toHaveLength(100);
  });
});
