import fc from 'fast-check';
import { expect, test } from 'vitest';
import { escapeText, unescapeText } from '../../src/render/escape.js';
import { highlight } from '../../src/render/highlight.js';
import { HOSTILE_PIECES, RUNS } from './arbitraries.js';

// Bold marks only ever wrap a highlighted word (whatever the letters' case rules), and otherwise the text reads
// as the escaped text. Texts without '*' or '\' keep the check simple: every "**" is then a marker.
const plainPiece = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES.filter((p) => !/[*\\]/.test(p))),
  fc.constantFrom('NATO', 'nato', 'İstanbul', 'İ', 'ǅ', 'ẞ', 'Σ', 'ﬁ', 'air', 'defense'),
  fc.string({ maxLength: 6 }).filter((s) => !/[*\\]/.test(s)),
);
const text = fc.array(plainPiece, { maxLength: 30 }).map((p) => p.join(' '));
const words = fc.array(fc.constantFrom('NATO', 'nato', 'air', 'İ', 'i', 'defense', 'ǆ', 'σ'), {
  maxLength: 4,
});

test('highlight: bold runs hold matched words, never empty; the rest is the escaped text', () => {
  fc.assert(
    fc.property(text, words, (t, w) => {
      const out = highlight(t, w);
      expect(out).not.toContain('****');
      // Compared unescaped: a piece escaped on its own may carry an extra, harmless backslash (a mid-line ">").
      expect(unescapeText(out.replaceAll('**', ''))).toBe(unescapeText(escapeText(t)));
      const wanted = w.map((x) => x.toLowerCase());
      for (const [, bold = ''] of out.matchAll(/\*\*(.*?)\*\*/gs)) {
        const pieces = bold.split(/\s/).filter(Boolean);
        for (const p of pieces) expect(wanted).toContain(p.replace(/[\u200d\\]/g, '').toLowerCase());
      }
    }),
    RUNS,
  );
});
