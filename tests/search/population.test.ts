import { describe, expect, it } from 'vitest';
import { statesPopulation, statesUnnamedPopulation } from '../../src/search/saidValues.js';
import { speaksOfPlaceUnnamed } from '../../src/search/storyPlace.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('a population as news states it', () => {
  it('is stated with or without a word for the people, but not by people merely counted', () => {
    expect(statesPopulation('Ashdown has a population of about 41,000.')).toBe(true);
    expect(statesPopulation('Dravik, a rural region with about 410,000 inhabitants, produces eggs.')).toBe(
      true,
    );
    expect(statesPopulation("About 38 percent of Estmar's 52,000 residents speak Swedish.")).toBe(true);
    expect(statesPopulation('Hjortsø, home to about 9,800 people, voted yes.')).toBe(true);
    // Any word for a place people live in: a county, a parish, a borough.
    expect(statesPopulation('Hwasan, a county of about 41,000 people set in hills, grows ginseng.')).toBe(
      true,
    );
    expect(statesPopulation('Ledbury, a parish of 2,300, has one shop.')).toBe(true);
    expect(statesPopulation('More than 1,400 residents of Tarnfield have signed a petition.')).toBe(false);
    expect(statesPopulation('About 300 people gathered outside the courthouse.')).toBe(false);
  });

  it('is of a place left unnamed when no place is named beside it', () => {
    expect(
      statesUnnamedPopulation(
        'The park, on the northern edge of the town of about 38,000 people, will shut.',
      ),
    ).toBe(true);
    expect(statesUnnamedPopulation("Roughly one in five of the town's 72,000 residents signed.")).toBe(true);
    expect(statesUnnamedPopulation('The council is mailing leaflets to its 9,400 residents.')).toBe(true);
    expect(statesUnnamedPopulation('Mossgiel, a town of about 3,800 people, lost its bank.')).toBe(false);
    expect(statesUnnamedPopulation('Ashdown has a population of about 41,000.')).toBe(false);
  });
});

describe('the place a story is about, left unnamed by its headline', () => {
  it('is spoken of by a word for a place or its people, not named', () => {
    expect(speaksOfPlaceUnnamed('Dutch town votes to tear down roundabout sculpture')).toBe(true);
    expect(speaksOfPlaceUnnamed("Brewery strike leaves Bavarian town's beer festival facing dry taps")).toBe(
      true,
    );
    expect(speaksOfPlaceUnnamed('Last state-funded dentist in English market town shuts')).toBe(true);
    expect(speaksOfPlaceUnnamed('Villagers buy 400-year-old inn after share offer')).toBe(true);
    expect(speaksOfPlaceUnnamed("Norway's Kelvara region to scrap bridge toll")).toBe(false);
    expect(speaksOfPlaceUnnamed('Chipmaker picks Dutch province of Orlaven for new plant')).toBe(false);
    expect(speaksOfPlaceUnnamed('Former Valbresse mayor jailed for taking bribes')).toBe(false);
  });
});

describe('"how many people live in X"', () => {
  it('is answered by a population the sentence states of the place it names, in words the question lacks', () => {
    const run = libraryOf(
      madeUpArticle(
        'run',
        'Council bans weekly park run over lawn damage',
        'ASHDOWN, England (Reuters) – The council has banned the weekly park run, citing damage to the lawns.',
        'Ashdown has a population of about 41,000.',
        'Organisers said 614 people took part in the last run, and 400 people jog on the path each week.',
        'The council said the lawns would be reseeded in the spring.',
      ),
    );
    expect(run.answer('how many people live in ashdown').excerpts[0]?.text).toBe(
      'Ashdown has a population of about 41,000.',
    );
    const eggs = libraryOf(
      madeUpArticle(
        'eggs',
        'Egg prices surge as bird flu hits farms',
        'COPENHAGEN (Reuters) – Egg prices in Denmark have risen by a third since bird flu reached the west of the country.',
        'Dravik, a mostly rural region in western Jutland with about 410,000 inhabitants, produces one in three eggs.',
        'Eighty-four people have fallen ill with the same strain since late August.',
        '"Eggs are a small item, but they are one that people notice," said a shop owner in Dravik.',
      ),
    );
    expect(eggs.answer('how many people live in dravik').excerpts[0]?.text).toContain('410,000 inhabitants');
  });

  it("is answered by the population of a place left unnamed, when the headline leaves the story's place to its dateline", () => {
    const sculpture = libraryOf(
      madeUpArticle(
        'sculpture',
        'Dutch town votes to tear down roundabout sculpture',
        'VENLAAR, Netherlands (Reuters) – Councillors voted on Tuesday to remove a steel sculpture from a roundabout.',
        'A petition calling for its removal had gathered more than 6,000 signatures in a town of about 31,000 people.',
        'The artist, Pieter Bos, said he was saddened by the vote.',
        'The sculpture cost 240,000 euros when it was installed in 2019.',
        'Venlaar will hold a public vote on a replacement in June.',
      ),
    );
    expect(sculpture.answer('what is the population of venlaar').excerpts[0]?.text).toContain(
      'a town of about 31,000 people',
    );
    // A headline naming its own place keeps it: the dateline is only where the story was filed from.
    const bribes = libraryOf(
      madeUpArticle(
        'bribes',
        'Former Valbresse mayor jailed for taking bribes',
        'GRENOBLE, France (Reuters) – A French court on Thursday convicted the former mayor of Valbresse of taking bribes.',
        'Lassalle, who led the city of about 48,000 people from 2008, had denied all charges.',
        'He was sentenced to four years in prison and plans to appeal.',
        'Prosecutors said the bribes totalled 1.2 million euros.',
      ),
    );
    expect(bribes.answer('how many people live in valbresse').excerpts[0]?.text).toContain('48,000 people');
    expect(bribes.answer('what is the population of grenoble').answered).toBe(false);
  });
});
