import fc from 'fast-check';

/** Pieces that have broken chat bots before: mentions, Markdown, direction marks, invisible and odd characters. */
export const HOSTILE_PIECES = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</ask:123456789012345678>',
  '**',
  '__',
  '~~',
  '||',
  '*',
  '_',
  '`',
  '```',
  '```js\n',
  '\\',
  '> ',
  '>>> ',
  '# ',
  '## ',
  '- ',
  '1. ',
  '[link](https://example.invalid)',
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\n',
  '\n\n',
  '\t',
  '👍🏽',
  '🇺🇦',
  '👨‍👩‍👧',
  '\ud83d', // a lone high surrogate
  '\udc4d', // a lone low surrogate
  'İ', // lower-cases to two code units
  'ß',
  '“',
  '”',
  '"',
  '«',
  '»',
  '.',
  '?',
  ' ',
  'NATO',
  'Stoltenberg',
  'said',
  'Patriot',
  '1949',
  '¶',
  '—',
] as const;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Mostly short hostile text, sometimes empty, sometimes a huge repetition (up to ~20,000 characters). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1000, max: 20_000 }))
      .map(([parts, length]) => {
        const unit = parts.join('') || 'x';
        return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      }),
  },
);

/** Lines of hostile text as an article body (blank lines between paragraphs), optionally after a headline. */
export const hostileArticle: fc.Arbitrary<string> = fc
  .tuple(fc.option(hostileText), fc.array(hostileText, { maxLength: 8 }))
  .map(([headline, paragraphs]) => [headline ?? '', ...paragraphs].join('\n\n'));

/** Fast-check settings for this folder: bounded runs so the suite stays fast, reproducible from the seed printed. */
export const RUNS = { numRuns: 150 } as const;

const WORDS = [
  'NATO',
  'allies',
  'agreed',
  'to',
  'send',
  'more',
  'air',
  'defense',
  'systems',
  'Ukraine',
  'Kyiv',
  'said',
  'the',
  'minister',
  'on',
  'Thursday',
  'Jens',
  'Stoltenberg',
  'Patriot',
  'missiles',
  'in',
  'Brussels',
  'war',
  'a',
  'of',
  'and',
  'he',
  'she',
  'told',
  'reporters',
  'anniversary',
  '1949',
  '75th',
  'Alliance',
] as const;

/** Text hostile pieces may hide in, minus NUL (which rightly makes the whole file "binary"). */
const inProse = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_PIECES.filter((p) => p !== '\u0000')) },
);

const sentence = fc
  .array(inProse, { minLength: 3, maxLength: 18 })
  .chain((words) => fc.constantFrom('.', '?', '!', '."', '.”').map((end) => `${words.join(' ')}${end}`));

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** An article-shaped text (headline, then prose paragraphs) with hostile pieces mixed into the words. */
export const proseArticle: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(inProse, { minLength: 2, maxLength: 10 }),
    fc.array(paragraph, { minLength: 1, maxLength: 8 }),
  )
  .map(([headline, paragraphs]) => [headline.join(' '), ...paragraphs].join('\n\n'));
