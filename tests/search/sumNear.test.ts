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

  it('answers "how much did the 2017 stoppage cost growers" in a currency WordNet knows (shillings)', () => {
    const tea = libraryOf(
      madeUpArticle(
        'tea',
        'Tea estate workers strike over wages',
        'Workers on tea estates around Kerimundi went on strike on Monday over daily wages.',
        'The strike is the largest in the region since 2017, when a nine-day stoppage over housing conditions cost growers an estimated 1.1 billion shillings in lost output.',
        'The growers said they would meet the union on Friday.',
      ),
    );
    expect(tea.answer('how much did the 2017 stoppage cost growers').excerpts[0]?.text).toContain(
      '1.1 billion shillings',
    );
  });

  it('answers "how much would the project cost" in a currency English does not know ("6.2 billion ariary")', () => {
    const cloves = libraryOf(
      madeUpArticle(
        'cloves',
        'Clove growers plan a distillery',
        'The cooperative wants to build a distillery for clove oil near the port.',
        'The project would cost an estimated 6.2 billion ariary, and the board has asked a bank for a loan.',
        'About 4,000 growers belong to the cooperative.',
      ),
    );
    expect(cloves.answer('how much would the distillery project cost').excerpts[0]?.text).toContain(
      '6.2 billion ariary',
    );
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
