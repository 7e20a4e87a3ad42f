import { describe, expect, it } from 'vitest';
import { sumNear } from '../../src/search/sumNear.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('sumNear: the sum a question asks for stands beside what it names', () => {
  it('finds a sum within reach of a word, in any currency form', () => {
    expect(
      sumNear('Vellmark spent 18 million euros on midfielder Mikkel Aagaard.', new Set(['aagaard'])),
    ).toBe(true);
    expect(sumNear('The museum paid $1.2 million for the tiara.', new Set(['tiara']))).toBe(true);
    expect(
      sumNear('The museum has no tiara, and paid $1.2 million for a clock.', new Set(['tiara']), 2),
    ).toBe(false);
    expect(sumNear('The tiara was found in a box.', new Set(['tiara']))).toBe(false);
  });

  it('declines "how much does X charge for a checked bag" when the only sum is far from the bag', () => {
    const airline = libraryOf(
      madeUpArticle(
        'airline',
        'Skyvara fined over hidden fees',
        'Luxembourg fined low-cost airline Skyvara 512 million euros on Tuesday over hidden fees.',
        'Claire Dumont, 34, a nurse from Lyon, said she booked a 19.99 euro flight to Porto in June 2022 but paid 87 euros in the end after adding a seat next to her four-year-old son and one checked bag.',
        'Skyvara said it would appeal against the fine.',
      ),
    );
    expect(airline.answer('how much does skyvara charge for a checked bag').answered).toBe(false);
    expect(airline.answer('how much was skyvara fined').excerpts[0]?.text).toContain('512 million euros');
  });
});
