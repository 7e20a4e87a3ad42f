import { describe, expect, it } from 'vitest';
import { givesRateOf, isRatePer, perUnitAsked } from '../../src/search/perUnit.js';
import { tokenize } from '../../src/search/text.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('a rate asked "per" a unit', () => {
  const perOf = (question: string) => {
    const per = tokenize(question).find((t) => t.folded === 'per');
    if (!per) throw new Error(`no "per" in ${question}`);
    return per;
  };

  it('reads "per" before a word of general English as a rate\'s, not a first name', () => {
    const q = 'how much do guards earn per month';
    expect(isRatePer(q, perOf(q))).toBe(true);
    const name = 'what did the operator tell per holmberg when he called';
    expect(isRatePer(name, perOf(name))).toBe(false);
  });

  it('is given for each of the unit, by a word of time, or as an average', () => {
    const month = new Set(['month']);
    expect(givesRateOf('Guards earn about 2,600 euros a month before tax.', month)).toBe(true);
    expect(givesRateOf('The monthly fee is 40 euros.', month)).toBe(true);
    expect(givesRateOf('Passengers may claim up to 2,500 crowns each.', new Set(['person']))).toBe(true);
    expect(givesRateOf('Schools spend an average of 5,600 pounds.', new Set(['child']))).toBe(true);
    expect(givesRateOf('The grants will go to about 2,200 homes.', new Set(['home']))).toBe(false);
  });

  it('answers from a story that never writes "per", and not with a total', () => {
    const story = (sentence: string) =>
      libraryOf(
        madeUpArticle(
          'guards',
          'Cash van guards strike over pay',
          'Cash van guards in Grelling walked out on Monday, their union said.',
          sentence,
          'The company said talks would resume on Thursday.',
        ),
      );
    const rate = story('Guards earn about 2,600 euros a month before tax, the union said.');
    expect(rate.answer('how much do guards get paid per month').excerpts[0]?.text).toContain(
      '2,600 euros a month',
    );
    const total = story('The company paid its 400 guards 12 million euros last year, the union said.');
    expect(total.answer('how much do guards get paid per month').answered).toBe(false);
  });
});

describe('a rate asked "a" or "each" unit of time', () => {
  const unitAsked = (question: string) =>
    perUnitAsked(
      question,
      tokenize(question).map((token) => ({ token, matches: [], via: 'none' as const })),
    );

  it('is asked by "how much / how many" and a unit of time after "a", "an", "each" or "every"', () => {
    expect(unitAsked('how much an hour do the sewer workers get paid')?.has('hour')).toBe(true);
    expect(unitAsked('how many flights a day does brennholm airport have')?.has('dai')).toBe(true);
    expect(unitAsked('how much honey does one hive make in a year')?.has('year')).toBe(true);
  });

  it('is not asked by a span, a time ago, or a unit that qualifies the next word', () => {
    expect(unitAsked('how many schools closed for more than a month')).toBeUndefined();
    expect(unitAsked('how much busier was the airport than a year ago')).toBeUndefined();
    expect(unitAsked('how many patients does one nurse have on a night shift')).toBeUndefined();
    expect(unitAsked('if my train is an hour late how much do i get back')).toBeUndefined();
  });

  it("is given by a year's value, last year's or this year's", () => {
    const year = new Set(['year']);
    expect(givesRateOf('Lusavia carried 16.8 million passengers last year.', year)).toBe(true);
    expect(givesRateOf('The tiger was born at the zoo in 2017.', year)).toBe(false);
  });

  it('is not answered by a total of the thing that is no rate', () => {
    const sewer = libraryOf(
      madeUpArticle(
        'sewer',
        'Fatberg blocks Brackley sewer',
        'Engineers found a 60-tonne fatberg in a sewer under Brackley on Feb. 27.',
        'In 2017, sewer workers were paid 310,000 pounds to remove a 40-tonne mass near the station.',
      ),
    );
    expect(sewer.answer('how much an hour do the sewer workers get paid').answered).toBe(false);
  });
});
