import { describe, expect, it } from 'vitest';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('a thing asked by its name and kind ("ashcombe rowing club") is not another of that kind', () => {
  // Ashcombe is named seldom (one sentence in ten or fewer): a place a story is about goes without saying.
  const regatta = (...sentences: string[]) =>
    libraryOf(
      madeUpArticle(
        'regatta',
        'Hensford regatta cancelled over river pollution',
        'Hensford Rowing Club, founded in 1862, said 11 of its 140 members had fallen ill since April.',
        'Upstream in Ashcombe, where a new treatment plant opened in 2022, tests showed the water was clean.',
        'The regatta, first held in 1871, draws about 600 crews each June.',
        'The water company said it would publish its own tests on Friday.',
        'Organisers in Hensford said refunds would be paid within 30 days.',
        'Crews from nine countries had entered this year.',
        'Local hotels reported a wave of cancellations.',
        'The river authority said the stretch would be tested again next week.',
        'Sewage overflows into the river rose by a third last year.',
        'Campaigners plan a protest at the town hall on Saturday.',
        ...sentences,
      ),
    );

  it('declines when only another club of that kind gives the value', () => {
    expect(regatta().answer('how many members does ashcombe rowing club have').answered).toBe(false);
    expect(regatta().answer('how many members does hensford rowing club have').excerpts[0]?.text).toContain(
      '140 members',
    );
  });

  it('answers when the sentence names the thing asked', () => {
    const story = regatta('Ashcombe Rowing Club has 85 members, its secretary said.');
    expect(story.answer('how many members does ashcombe rowing club have').excerpts[0]?.text).toContain(
      '85 members',
    );
  });

  it('takes no short form, people or sentence opening for another name', () => {
    const pill = libraryOf(
      madeUpArticle(
        'pill',
        'Halvex launches Lorvexa obesity pill',
        'Swiss drugmaker Halvex launched its obesity pill Lorvexa on Monday.',
        'Halvex set a U.S. list price of $899 for a month’s supply.',
        'The pill will reach European markets next year.',
      ),
    );
    expect(pill.answer('what is the lorvexa list price').excerpts[0]?.text).toContain('$899');
  });
});
