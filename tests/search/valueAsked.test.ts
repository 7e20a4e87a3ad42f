import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('answer: "what was the <noun>" asking a value', () => {
  const library = libraryOf(
    madeUpArticle(
      'delivery',
      'Delivery start-up files for insolvency',
      'Brava raised 95 million euros in a funding round in March 2022, when it was valued at 410 million euros.',
      'Its revenue rose to 48 million euros in 2024, the company said.',
      'The insolvency administrator said Brava owed restaurants about 3.1 million euros.',
    ),
  );

  it('wants the value of that noun: a sum in a sentence without it is the value of something else', () => {
    expect(library.answer("what was brava's revenue in 2022").answered).toBe(false);
  });

  it('answers from the sentence that names it', () => {
    expect(library.answer("what was brava's revenue in 2024").excerpts[0]?.text).toContain(
      '48 million euros',
    );
  });
});

describe('answer: a value beyond those the question gives', () => {
  const library = libraryOf(
    madeUpArticle(
      'aid',
      'Bus crash on Serrone pass',
      'The government would release 2 million euros in emergency aid for the families of the victims.',
      'The union has threatened a second, five-day strike in November if no deal is reached.',
      'Each family will receive 40,000 euros from the fund by March.',
    ),
  );

  it("is not answered by a sentence whose only values are the question's own", () => {
    expect(library.answer('how much of the 2 million euros has been paid out so far').answered).toBe(false);
    expect(library.answer('what date in november would the five-day strike start').answered).toBe(false);
  });

  it('wants another sum when a sum is asked, not any other number', () => {
    const grid = libraryOf(
      madeUpArticle(
        'grid',
        'Blackout hits Ostrevany',
        'MoravGrid has pledged to spend 9.6 billion crowns modernising 23 substations by 2030.',
        'The state will pay 2.1 billion crowns of the 9.6 billion crowns, the minister said.',
      ),
    );
    const pledge = libraryOf(
      madeUpArticle(
        'grid',
        'Blackout hits Ostrevany',
        'MoravGrid has pledged to spend 9.6 billion crowns modernising 23 substations by 2030.',
        'The blackout left 640,000 homes without power.',
      ),
    );
    expect(pledge.answer('how much of the 9.6 billion crowns will the state pay').answered).toBe(false);
    expect(grid.answer('how much of the 9.6 billion crowns will the state pay').excerpts[0]?.text).toContain(
      '2.1 billion',
    );
  });

  it('counts no year or sum as the part "how many of the N" asks', () => {
    const of = (second: string) =>
      libraryOf(
        madeUpArticle(
          'fine',
          'Regulator fines Solberga Bank',
          'Between 2016 and 2022 Solberga processed 41 billion crowns for 1,870 high-risk customers in Cyprus and Malta.',
          second,
        ),
      );
    const question = 'how many of the 1,870 high-risk customers were in cyprus';
    expect(of('The bank has 2.1 million customers.').answer(question).answered).toBe(false);
    expect(
      of('Of the 1,870 high-risk customers, 412 were registered in Cyprus.').answer(question).excerpts[0]
        ?.text,
    ).toContain('412 were registered');
  });

  it('takes no year for the other value asked of one the question gives', () => {
    const lifts = libraryOf(
      madeUpArticle(
        'cracks',
        'Tower block evacuated over cracks',
        'The company said it had spent 2.7 million euros on the building since 2015, mostly on windows and lifts.',
        'Engineers found cracks in three load-bearing walls.',
      ),
    );
    expect(lifts.answer('how much of the 2.7 million euros went on the lifts').answered).toBe(false);
  });

  it('is answered by a sentence that gives another', () => {
    expect(library.answer('how much will each family receive').excerpts[0]?.text).toContain('40,000 euros');
  });
});

describe('"what was the percentage increase": the percentage is the kind of answer, not a topic', () => {
  it('is answered by a share, though the story writes "%" and not the word', () => {
    const strikes = libraryOf(
      madeUpArticle(
        'strikes',
        'Plane lands after bird strike',
        'A passenger plane made an emergency landing at Krosno Vale airport on Sunday after hitting a flock of geese.',
        'The operator recorded 41 bird strikes last year, up from 27 in 2024, an increase of about 52%.',
      ),
    );
    expect(
      strikes.answer('what was the percentage increase in bird strikes at the airport').excerpts[0]?.text,
    ).toContain('about 52%');
  });
});

describe('"how much did the mint lose in 2024": the sum of the event asked', () => {
  const mint = libraryOf(
    madeUpArticle(
      'mint',
      'National mint halts coin production',
      'The mint lost 9.3 million euros in 2025, its third annual loss in a row.',
      'The finance commissioner said the subsidy was 1,940 euros per resident.',
      'The state paid 4 million euros for the new presses.',
      'The largest supermarket chain stopped accepting 1- and 2-cent coins in 2024.',
    ),
  );

  it('is not given by a sum of something else in the year asked, when the stories write the verb', () => {
    const story = libraryOf(
      loadArticleById('national-mint-halts-coin-production-cash-decline-ardenia').article,
    );
    expect(story.answer('how much did the mint lose in 2024').answered).toBe(false);
    expect(story.answer('how much did the mint lose in 2025').excerpts[0]?.text).toContain('9.3 million');
    expect(mint.answer('how much did the mint lose in 2025').excerpts[0]?.text).toContain('9.3 million');
  });

  it('reads a word after a determiner as the subject, not the verb, and asks no verb of a price', () => {
    expect(
      mint.answer('how much did the finance commissioner say the subsidy was').excerpts[0]?.text,
    ).toContain('1,940');
    expect(mint.answer('how much did the state pay for the new presses').excerpts[0]?.text).toContain(
      '4 million',
    );
  });
});
