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

  it("include a story's lede for a rare word of its headline, which the lede restates in other words", () => {
    const rooms = libraryOf(
      madeUpArticle(
        'rooms',
        'Swedish town shuts escape rooms after inspectors find locked fire exits',
        'Authorities in the Swedish town of Lindqvarn ordered seven of its nine escape rooms to close on Wednesday.',
        'Escape rooms, in which players are shut inside themed rooms, have spread across Europe.',
        'Inspectors found locked fire exits at five of the escape rooms in Lindqvarn.',
        'The owners of Lindqvarn escape rooms said they would appeal.',
        'Fire officers in Lindqvarn said no one had been hurt in the escape rooms.',
        'Two of the escape rooms in Lindqvarn had no working smoke alarms.',
        'Lindqvarn had one escape room in 2019.',
        'A Lindqvarn escape room owner said the rules were unclear.',
        'The inspections in Lindqvarn began after a fire in Uppsala.',
        'Lindqvarn officials said the escape rooms could reopen once exits were fixed.',
        'Players booked for the weekend in Lindqvarn were offered refunds.',
        'The agency said other towns might check their escape rooms too.',
      ),
    );
    expect(rooms.answer('how many escape rooms were shut in lindqvarn').excerpts[0]?.text).toContain(
      'seven of its nine',
    );
  });
});
