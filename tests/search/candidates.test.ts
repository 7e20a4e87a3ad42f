import { describe, expect, it } from 'vitest';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('candidates: the sentences a question is ranked over', () => {
  // "Tarrow Bank" is in most sentences, too common to pick candidates by; "going" is rare but says nothing.
  const wind = libraryOf(
    madeUpArticle(
      'wind',
      'Corvell cancels Tarrow Bank wind farm',
      'Corvell Renewables cancelled its Tarrow Bank offshore wind farm on Tuesday.',
      'Tarrow Bank was to have 96 turbines of 15 megawatts each, enough to power 1.3 million homes.',
      'Corvell said the cost of Tarrow Bank had risen by 38% since 2023.',
      'The cancellation of Tarrow Bank leaves Britain short of its target for 2030.',
      'Suppliers of turbines and cables for Tarrow Bank were told to stop work.',
      'Tarrow Bank had been due to deliver first power in late 2028.',
      'Shares in Corvell fell 9% after the Tarrow Bank news.',
      'Unions said 400 jobs at Tarrow Bank were lost.',
      'The government said it was disappointed by the Tarrow Bank decision.',
      'Corvell is going ahead with two smaller farms in Scotland.',
      'Tarrow Bank was the largest project in its pipeline.',
      'Local officials said the harbour at Elsmere Haven had been upgraded for Tarrow Bank.',
    ),
  );

  it("include the sentences that name all of the question's names, when those are too common to pick by", () => {
    expect(wind.answer('how many turbines was tarrow bank going to have').excerpts[0]?.text).toContain(
      '96 turbines',
    );
  });
});
