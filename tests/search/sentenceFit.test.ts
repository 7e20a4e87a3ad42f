import { describe, expect, it } from 'vitest';
import { sentenceFit } from '../../src/search/sentenceFit.js';
import { stem, tokenize } from '../../src/search/text.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

const countedIn = (sentence: string) =>
  sentenceFit(tokenize(sentence), sentence).countedWords.trim().split(' ');

describe('sentenceFit: what a number counts', () => {
  it('counts on past an acronym in brackets inside the phrase ("14 computed tomography (CT) machines")', () => {
    expect(
      countedIn('The 14 computed tomography (CT) machines, which cost 312 million crowns, were installed.'),
    ).toEqual(expect.arrayContaining(['ct', 'machines']));
  });

  it('counts nothing by a year after an article ("A 1924 steam locomotive", "the 1998 flood")', () => {
    const lead =
      'A 1924 steam locomotive pulled its first passenger train on Saturday, when it hauled six carriages along the valley railway.';
    expect(countedIn(lead)).not.toContain('locomotive');
    expect(countedIn(lead)).toContain('carriages');
    expect(countedIn('The 1998 flood damaged 40 homes.')).not.toContain('flood');
  });

  it('counts what rose to it, over a phrase set off before the verb and back to what it is about', () => {
    expect(
      countedIn(
        'Complaints about traffic noise in Velsbruck, a city of about 143,000 people on the river Vels, rose to 2,860 last year from 2,140 in 2024.',
      ),
    ).toEqual(expect.arrayContaining(['complaints', 'noise']));
    // The head before the phrase's first preposition, however many follow.
    expect(
      countedIn(
        'Valadim said complaints to the city hotline about food trucks had risen to 1,420 last year from 380 in 2022.',
      ),
    ).toEqual(expect.arrayContaining(['complaints']));
    expect(
      countedIn('Noise complaints to the airport rose to 2,480 in 2025 from 1,730 the year before.'),
    ).toEqual(expect.arrayContaining(['complaints']));
  });

  it('counts a plural after three words describing it, unless one is a small word or a plural of its own', () => {
    expect(countedIn('Austria has around 250 certified avalanche dog teams, the service said.')).toContain(
      'teams',
    );
    expect(countedIn('The city will hire 12 new animal control officers.')).toContain('officers');
    expect(countedIn('We had to work from two surviving letters and the pipes themselves.')).not.toContain(
      'pipes',
    );
    expect(countedIn('The zone holds five times as many residents as the other.')).not.toContain('residents');
  });

  it('counts what averaged, totalled or accounted for a number, as what rose to it', () => {
    expect(countedIn('Avalanche deaths in Austria have averaged about 20 a year.')).toContain('deaths');
    expect(countedIn('Head injuries accounted for 131 of the cases.')).toContain('injuries');
  });

  it('reads the word before "at least" a number as what was done to it, not the word before "at" a place', () => {
    const countedBy = (sentence: string) => sentenceFit(tokenize(sentence), sentence).countedBy;
    expect(countedBy('It employs at least 2,000 people.')).toContain(' emploi ');
    expect(countedBy('Cabin crew at two other carriers staged stoppages.')).not.toContain(' crew ');
  });

  it('reads a noun right before a number as no doer, unless a comma sets the number off after it', () => {
    const countedBy = (sentence: string) => sentenceFit(tokenize(sentence), sentence).countedBy;
    expect(countedBy('Brunnau charges its pensioners 180 euros a year.')).not.toContain(' pension ');
    expect(countedBy('Spain has the most stranded customers, around 14,500.')).toContain(' custom ');
  });

  it('reads a scale word as part of its number ("7.8 million twenty-foot equivalent units")', () => {
    expect(countedIn('The port handled 7.8 million twenty-foot equivalent units last year.')).toEqual(
      expect.arrayContaining(['units']),
    );
  });

  it('reads an opening "Of those," as counting parts of what the sentences before named ("2,870 of them")', () => {
    const counted = (sentence: string) => sentenceFit(tokenize(sentence), sentence).counted;
    expect(counted('Of those, 2,870 paid the reduced charge of 60 pounds.')).toContain(' * ');
    expect(counted('Of the fines issued, 2,870 were paid.')).not.toContain(' * ');
  });

  it('reads a tally as counting those who voted ("Councillors voted 27 to 14", "the council voted 17-4")', () => {
    expect(countedIn('Councillors voted 27 to 14, with three abstentions, to grant permission.')).toContain(
      'councillors',
    );
    expect(countedIn('Members voted by 112 to 40 to strike.')).toContain('members');
    expect(countedIn('The mayor, whose council voted 17-4 last month, spoke.')).toContain('council');
    expect(countedIn('Councillors met 27 times.')).not.toContain('councillors');
  });

  it('reads who voted past the place they are of ("Councillors in the Dutch town of Venlaar voted 19 to 8")', () => {
    expect(countedIn('Councillors in the Dutch town of Venlaar voted 19 to 8 on Wednesday.')).toContain(
      'councillors',
    );
    expect(countedIn("Councillors in Sables-d'Or-sur-Mer voted 19 to 8 to close the beach.")).toContain(
      'councillors',
    );
  });

  it('reads the new level of what rose or fell, by how much and when written between ("rose 17% last year to")', () => {
    expect(countedIn('Callouts rose 17% last year to about 23,400, the association said.')).toContain(
      'callouts',
    );
    expect(countedIn('Robberies rose from 9 in 2024 to 23 last year.')).toContain('robberies');
    expect(countedIn('The register of court interpreters has shrunk to 412 people from 655.')).toContain(
      'interpreters',
    );
    // Not to a share: it counts none of them.
    expect(countedIn('Satisfaction scores for meals rose from 62% to 84%.')).not.toContain('meals');
  });

  it('reads a total set off after a noun as counting it ("the trams themselves, 24 in total")', () => {
    expect(countedIn('The trams themselves, 24 in total, will be ordered separately.')).toContain('trams');
    expect(countedIn('The suspects, 11 in all, were charged.')).toContain('suspects');
  });

  it('reads a number in two words as one ("Forty-two plains bison") and a plural describing a noun-only word', () => {
    const bison = countedIn('Forty-two plains bison were released onto a fenced stretch of grassland.');
    expect(bison).toContain('bison');
    expect(bison).not.toContain('two');
    expect(countedIn('About 40 customs officers searched the port.')).toContain('officers');
    // A word that may be a verb ends the phrase: "protest" is what the workers do.
    expect(countedIn('The union said 300 workers protest every week.')).not.toContain('protest');
  });

  it('reads "a staff of nine" as counting the body a number sizes, when it counts nothing after it', () => {
    expect(countedIn('The company will keep a staff of nine to run its archive.')).toContain('staff');
    expect(countedIn('The ship carries a crew of 12 sailors.')).not.toContain('crew');
  });

  it('reads "X is one of N" as counting X ("The station is one of 21 along the coast")', () => {
    expect(countedIn("The station is one of 21 along the state's coast.")).toContain('station');
    expect(
      countedIn('The turbine, known as H-17, was one of 25 Tornvik TX-4.5 machines at the farm.'),
    ).toContain('turbine');
    expect(countedIn('One of 21 stations failed.')).not.toContain('one');
  });

  it('reads an opening "Of the X," as what the numbers after it count parts of, up to a preposition', () => {
    const records = countedIn(
      'Of the altered records, 385 belonged to pupils in Velmora and 52 to pupils in Castelbruno.',
    );
    expect(records).toEqual(expect.arrayContaining(['altered', 'records']));
    const theatres = countedIn("Of the 96 theatres in Montesca's public hospitals, 21 stood unused.");
    expect(theatres).toContain('theatres');
    expect(theatres).not.toContain('hospitals');
    expect(countedIn('Of the altered records, most belonged to pupils in Velmora.')).not.toContain('records');
  });

  it('ends what a number counts at a plural, unless "of", "and" or its acronym goes on with it', () => {
    expect(countedIn('The three suspects face charges of unauthorised access.')).toEqual(['suspects']);
    // A plural not in -s, though WordNet lists "men" as a noun of its own too.
    expect(countedIn('The four men face charges of organised gang theft.')).toEqual(['men']);
    expect(countedIn('Customs found 3,200 boxes of fake pills.')).toEqual(['boxes', 'of', 'fake']);
    expect(countedIn('About 2,000 drivers and cyclists joined.')).toContain('cyclists');
    expect(countedIn('It handled 7.8 million twenty-foot equivalent units (TEU) last year.')).toContain(
      'teu',
    );
    // "News" and "sales" are nouns of their own, not only plurals.
    expect(countedIn('It hired 40 sales staff.')).toContain('staff');
  });

  it('reads a change by a share as counting nothing, a share "of" as counting its part', () => {
    expect(countedIn('The airport handled 26% more passengers than a year earlier.')).not.toContain(
      'passengers',
    );
    expect(countedIn('It handled 26 per cent more passengers.')).not.toContain('passengers');
    expect(countedIn('Nausea was reported by 27.5% of patients.')).toContain('patients');
  });

  it('takes a hyphenated word as one word of the gap ("3,000 well-paid factory workers")', () => {
    expect(countedIn('It hired 3,000 well-paid factory workers.')).toContain('workers');
  });

  it('takes words joined by "and" as one of the gap ("240 Aster and Lumen owners", "counter and delivery staff")', () => {
    expect(countedIn('A group of 240 Aster and Lumen owners has joined a lawsuit.')).toContain('owners');
    expect(countedIn('The union represents about 1,400 counter and delivery staff.')).toContain('staff');
    expect(countedIn('Ninety-six food and drink vendors held licences.')).toContain('vendors');
    expect(countedIn('It sold 240 cars and then bought vans.')).not.toContain('vans');
  });

  it('takes the acronym in brackets after what is counted as a name for it', () => {
    expect(countedIn('It handled 7.8 million containers (TEU) last year.')).toContain('teu');
    // A bracket that follows no counted word names nothing counted.
    expect(countedIn('It handled 7.8 (TEU) last year.')).not.toContain('teu');
  });

  it('answers "how many <acronym>" with the count the acronym names', () => {
    const port = libraryOf(
      madeUpArticle(
        'port',
        'Port hit by hackers',
        'Havenmark is the fourth-largest container port in northern Europe and handled 7.8 million twenty-foot equivalent units (TEU) last year.',
        'Hackers shut the TEU tracking system of the port on Monday, its operator said.',
      ),
    );
    expect(port.answer('how many TEU did havenmark handle last year').excerpts[0]?.text).toContain(
      '7.8 million',
    );
  });
});

describe('sentenceFit: "the number of"', () => {
  it('counts what it names when a number follows in the same clause', () => {
    expect(countedIn('The club reduced the number of stewards on match days to 142 from 215.')).toContain(
      'stewards',
    );
    // The number of another clause counts something else.
    expect(
      countedIn('Makers must report tests within 24 hours, and the number of inspections will double.'),
    ).not.toContain('inspections');
  });
});

describe('sentenceFit: how often', () => {
  it('reads "twice" as a count of times', () => {
    expect(countedIn('The fleet had been detained twice in European ports.')).toContain('times');
  });

  it('answers "how many times" with an adverb of how often', () => {
    const tankers = libraryOf(
      madeUpArticle(
        'tankers',
        'Tanker runs aground',
        "Aegira's fleet of 18 tankers had been detained twice in European ports since 2022 for safety deficiencies.",
        'The ship ran aground off Morvik on Tuesday, port officials said.',
      ),
    );
    const answer = tankers.answer('how many times were aegira ships detained in european ports');
    expect(answer.excerpts[0]?.text).toContain('detained twice');
  });
});

describe('sentenceFit: what it writes after "a"', () => {
  it('takes the words after "a" or "an", to the end of the phrase', () => {
    const sentence = 'In 2024 the app Pikoteo was sold to a rival for one euro, and an Italian court agreed.';
    const { indefinite } = sentenceFit(tokenize(sentence), sentence);
    expect(indefinite.trim().split(' ')).toEqual(expect.arrayContaining(['rival', 'italian', 'court']));
    // "for" ends the phrase: the euro is no rival.
    expect(indefinite).not.toContain(' euro ');
  });

  it('stops before a plural that heads a phrase of its own, not one counted or classed after "a"', () => {
    const facing = 'Boats that enter the zone without a permit face fines of up to 250,000 Danish crowns.';
    const { indefinite } = sentenceFit(tokenize(facing), facing);
    expect(indefinite).toContain(' permit ');
    expect(indefinite).not.toContain(` ${stem('fines')} `);
    for (const sentence of [
      'It is a class of antibiotics usually held in reserve.',
      'Inspectors found a few fines unpaid.',
      'She runs a sports club in the town.',
    ]) {
      const plural = sentence.match(/antibiotics|fines|sports/)?.[0] ?? '';
      expect(sentenceFit(tokenize(sentence), sentence).indefinite, sentence).toContain(` ${stem(plural)} `);
    }
  });
});

describe('sentenceFit: a title made another role', () => {
  it('takes the word right after "deputy", "vice" or "assistant", not the title written alone', () => {
    const sentence = 'Deputy Mayor Sofie Engholm said the mayor was away.';
    expect(sentenceFit(tokenize(sentence), sentence).qualified).toBe(' mayor ');
  });
});

describe('sentenceFit: a title written after its field', () => {
  it('pairs capitalised words written one after the other, the first as written', () => {
    const sentence = 'Justice Minister Pavol Radványi told reporters in Bratislava, Slovakia.';
    const { titled } = sentenceFit(tokenize(sentence), sentence);
    expect(titled.trim().split(' ')).toEqual(['justice>minist', 'minister>pavol', 'pavol>radvanyi']);
  });
});

describe('sentenceFit: adjectives of place', () => {
  it('reads "Portuguese" as naming Portugal, so "sold in portugal" is answered by "the Portuguese market"', () => {
    const sentence = 'The four companies control 87% of the Portuguese cement market.';
    expect(sentenceFit(tokenize(sentence), sentence).countries).toContain(' portug ');
    const cement = libraryOf(
      madeUpArticle(
        'cement',
        'Cement makers fined',
        "Portugal's Competition Authority fined three cement makers on Tuesday.",
        'Together they control 87% of the Portuguese cement market, which sold 3.9 million tonnes of cement last year.',
      ),
    );
    expect(cement.answer('how much cement was sold in portugal last year').excerpts[0]?.text).toContain(
      '3.9 million tonnes',
    );
  });
});

describe('sentenceFit: names of places', () => {
  it('does not take what a place\'s possessive names for more of the place ("China\'s Hanzhou Experimental Torus")', () => {
    const names = (sentence: string) => sentenceFit(tokenize(sentence), sentence).capitalised.trim();
    expect(names("The record was set by China's Hanzhou Experimental Torus in 2025.")).toContain('toru');
    expect(names('The record was set in New York in 2025.')).toBe('');
  });
});
