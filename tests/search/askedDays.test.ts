import { describe, expect, it } from 'vitest';
import { calendarWords, seasonsIn } from '../../src/search/answerTypes.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('calendarWords', () => {
  it('finds weekdays and months, "May" and "March" only as names', () => {
    expect(calendarWords('Shares fell on Wednesday, and in May the board met.')).toEqual([
      'wednesday',
      'may',
    ]);
    expect(calendarWords('the strike may go on as workers march to the ministry')).toEqual([]);
  });

  it('reads "may" and "march" typed in lower case as months where only a month goes ("in march", "march 5")', () => {
    expect(calendarWords('how many complaints did the company receive in march')).toEqual(['march']);
    expect(calendarWords('what happened on march 5')).toEqual(['march']);
    expect(calendarWords('will the workers march in may')).toEqual(['may']);
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

describe('answer: a month typed in lower case', () => {
  const library = libraryOf(
    madeUpArticle(
      'odour',
      'Landfill fire forces evacuations',
      'The company said it had received two complaints about odour in April and had sent staff to inspect the site.',
      'The list has grown by 38% since March last year, when 10,300 people were waiting.',
    ),
  );

  it('is not answered by a sentence about another month', () => {
    expect(library.answer('how many odour complaints did the company receive in march').answered).toBe(false);
  });

  it('is answered by the value "since March last year, when …" gives', () => {
    expect(library.answer('how many people were waiting in march last year').excerpts[0]?.text).toContain(
      '10,300 people were waiting',
    );
  });
});

describe('answer: a season the question names', () => {
  const library = libraryOf(
    madeUpArticle(
      'drones',
      'Defibrillator drones grounded by weather',
      'Skyvard Medical began flying defibrillators to cardiac arrests in Sodervik by drone in 2024.',
      'The trial was extended last autumn to the islands off the coast.',
      'Wind and fog grounded the drones on 19 percent of calls in winter, against 6 percent in summer, the company said.',
    ),
  );

  it('is not answered by a sentence about other seasons only', () => {
    expect(library.answer('what percentage of calls were the drones grounded in autumn').answered).toBe(
      false,
    );
  });

  it('is answered by one about that season', () => {
    expect(
      library.answer('what percentage of calls were the drones grounded in winter').excerpts[0]?.text,
    ).toContain('19 percent');
  });

  it('reads "spring" as a season only after a word that makes it one', () => {
    expect(seasonsIn('Last spring the distillery drew water from the spring above the village.')).toEqual([
      'spring',
    ]);
    expect(seasonsIn('in summer and over the winter')).toEqual(['summer', 'winter']);
  });
});
