import { describe, expect, it } from 'vitest';
import { directionAsked, directionVerbAt } from '../../src/search/direction.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('directionAsked', () => {
  it('reads the way a change went from the verb of "how much"', () => {
    expect(directionAsked('how much did house prices fall')?.test('prices dropped 2%')).toBe(true);
    expect(directionAsked('how much did house prices fall')?.test('prices rose 4.6%')).toBe(false);
    expect(directionAsked('how much have egg prices gone up')?.test('37% more attacks')).toBe(true);
  });

  it('knows where the verb of the change stands', () => {
    expect(directionVerbAt('how much did house prices fall')).toBe(26);
    expect(directionVerbAt('how much did the plant cost')).toBe(-1);
  });

  it('asks nothing of a question without a change, or with both ways', () => {
    expect(directionAsked('how much did the plant cost')).toBeUndefined();
    expect(directionAsked('how many shares fell')).toBeUndefined();
    expect(directionAsked('how much did sales rise and profit fall')).toBeUndefined();
    // What came down is measured, no change: "how much rain fell".
    expect(directionAsked('how much rain fell in the district')).toBeUndefined();
  });

  it('answers "how much rain fell" by a measure (_287 millimetres_), not by a change', () => {
    const millet = libraryOf(
      madeUpArticle(
        'millet',
        'Poor rains cut millet harvest',
        'Poor rains have cut the millet harvest around Dosso Bara.',
        'Rainfall in the district between June and September reached only 287 millimetres, against an average of 462 millimetres.',
        'Millet prices at the market rose 40% in a month.',
      ),
    );
    expect(
      millet.answer('how much rain fell in the district between june and september').excerpts[0]?.text,
    ).toContain('287 millimetres');
    expect(millet.answer('how much did millet prices rise').excerpts[0]?.text).toContain('rose 40%');
  });
});

describe('answer: a change one way', () => {
  const library = libraryOf(
    madeUpArticle(
      'bank',
      'Central bank raises rates',
      'Consumer prices rose 4.6% in August from a year earlier, well above the bank’s 2% target.',
      'The bank raised its main rate by half a point to 5.25%, its highest level since 2008.',
      'Governor Lise Dahl told reporters the decision had not been unanimous.',
      'Two of the five board members had voted to keep rates on hold, the minutes showed.',
      'Unemployment fell to 3.9% in the second quarter, the statistics office said.',
    ),
  );

  it('is not answered by a change the other way', () => {
    expect(library.answer('how much did consumer prices fall in august').answered).toBe(false);
    expect(library.answer('how much did consumer prices rise in august').excerpts[0]?.text).toContain('4.6%');
  });

  it('is answered by the change said otherwise ("closed 2.7% higher" for "how much did the shares rise")', () => {
    const chips = libraryOf(
      madeUpArticle(
        'chips',
        'Tainova to build chip plant in Orlaven',
        'Tainova will build a 6.4-billion-euro chip plant near Orlaven, the company said on Tuesday.',
        "Tainova's shares closed 2.7% higher in Taipei on Tuesday.",
        'The plant will employ about 3,000 people when it opens in 2028.',
      ),
    );
    expect(chips.answer('how much did tainova shares rise in taipei').excerpts[0]?.text).toContain(
      '2.7% higher',
    );
    expect(chips.answer('how much did tainova shares fall in taipei').answered).toBe(false);
  });

  it('is asked by a comparative too ("how much pricier"), which the answer need not write', () => {
    expect(directionAsked('how much pricier has hail cover gotten')?.test('premiums rose 40%')).toBe(true);
    expect(directionAsked('how much cheaper are the tickets')?.test('premiums rose 40%')).toBe(false);
    // A comparative by so much says it; alone it does not ("cheaper imports").
    expect(
      directionAsked('how much cheaper was the german bid')?.test('The German bid was about 9% cheaper'),
    ).toBe(true);
    expect(directionAsked('how much cheaper are the tickets')?.test('Cheaper imports hurt growers')).toBe(
      false,
    );
    expect(directionAsked('how much dearer is the new pass')?.test('It is 2 euros dearer than before')).toBe(
      true,
    );
    const hail = libraryOf(
      madeUpArticle(
        'hail',
        'Hailstorm shreds vineyards',
        'Insurers have raised premiums for hail cover by 40% since 2020, growers said.',
        'The storm lasted about 25 minutes on Sunday evening.',
      ),
    );
    expect(hail.answer('how much pricier has hail cover gotten since 2020').excerpts[0]?.text).toContain(
      'by 40%',
    );
  });
});
