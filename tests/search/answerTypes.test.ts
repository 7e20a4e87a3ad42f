import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../src/search/answerTypes.js';
import { tokenize } from '../../src/search/text.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

const holds = (sentence: string) =>
  sentenceFeatures(sentence, tokenize(sentence), undefined, new Set(), false);

describe('answerTypes: sums of money', () => {
  it('reads crowns named by their country as money, not crowns of gold', () => {
    expect(holds('Skovlund Bank was fined 68 million Danish crowns in 2019.').money).toBe(true);
    expect(holds('The thieves took 12 gold crowns from the museum.').money).toBe(false);
  });

  it('answers "how much was it fined" with a sum in a country\'s crowns', () => {
    const bank = libraryOf(
      madeUpArticle(
        'bank',
        'Bank outage hits payments',
        'In 2019, Danish lender Skovlund Bank was fined 68 million Danish crowns after an outage.',
        'Customers could not pay for three days, the regulator said.',
      ),
    );
    expect(bank.answer('how much was skovlund bank fined').excerpts[0]?.text).toContain('68 million');
  });
});

describe('answerTypes: causes', () => {
  it('answers "why" only with a sentence that gives a cause', () => {
    const stadium = libraryOf(
      madeUpArticle(
        'stadium',
        'Inquiry blames police for stadium crush',
        'The police radio failed during the match, and the control room lost contact with officers for 12 minutes.',
        'A superintendent opened the exit gate because the crowd outside had grown to 4,000, the inquiry found.',
        'Nine fans died in the crush at Keswold Park last September.',
      ),
    );
    expect(stadium.answer('why did the police radio fail').answered).toBe(false);
    expect(stadium.answer('why was the exit gate opened').excerpts[0]?.text).toContain('because the crowd');
  });
});
