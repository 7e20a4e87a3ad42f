import { describe, expect, it } from 'vitest';
import { calendarWords } from '../../src/search/answerTypes.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('calendarWords', () => {
  it('finds weekdays and months, "May" and "March" only as names', () => {
    expect(calendarWords('Shares fell on Wednesday, and in May the board met.')).toEqual([
      'wednesday',
      'may',
    ]);
    expect(calendarWords('the strike may go on as workers march to the ministry')).toEqual([]);
  });
});

describe('answer: a day the question names', () => {
  const library = libraryOf(
    madeUpArticle(
      'spill',
      'Tanker spill fouls the coast',
      'The tanker Aegira ran aground off the coast early on Tuesday, spilling about 9,000 tonnes of crude oil.',
      'Its shares, which are listed in Oslo, fell 17% on Wednesday to 42.60 crowns.',
      'Clean-up crews had laid 12 km of booms by Thursday evening, the coastal authority said.',
    ),
  );

  it('is not answered by a sentence about another day', () => {
    expect(library.answer('what did aegira shares close at on thursday').answered).toBe(false);
  });

  it('is answered by one about that day', () => {
    expect(library.answer('what did aegira shares close at on wednesday').excerpts[0]?.text).toContain(
      '42.60',
    );
  });
});
