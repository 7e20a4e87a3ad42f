import { describe, expect, it } from 'vitest';
import { Spellings } from '../../src/search/spellings.js';
import { contentTokens, type Token } from '../../src/search/text.js';
import { loadArticleById } from '../eval/articles.js';
import { evalArticle, libraryOf, madeUpArticle } from './realArticle.js';

const everything = () => true;

describe('Spellings', () => {
  const spellings = new Spellings();
  for (const [word, stemmed] of [
    ['collapsed', 'collaps'],
    ['weight', 'weight'],
    ['effects', 'effect'],
  ] as const) {
    spellings.count(word, stemmed, 1);
  }

  it('finds a typo in a word ending through the stems ("colaps" of colapse ~ collaps of collapsed)', () => {
    expect(spellings.typos('colapse', everything)).toEqual([]);
    expect(spellings.stemTypos('colaps', everything).map((m) => m.stem)).toEqual(['collaps']);
  });

  it('counts two swapped letters as one slip, and a typo in the other number', () => {
    expect(spellings.typos('wieght', everything).map((m) => m.stem)).toEqual(['weight']);
    expect(spellings.typos('efect', everything).map((m) => m.stem)).toEqual(['effect']);
  });

  it('reads an everyday word as meant, never as a slip for a story word ("party" is not partly)', () => {
    const story = new Spellings();
    for (const [word, stemmed] of [
      ['partly', 'partli'],
      ['Finnish', 'finnish'],
    ] as const) {
      story.count(word, stemmed, 1);
    }
    const slips = (word: string) =>
      story.slips(contentTokens(word)[0] as Token, everything, false).map((m) => m.stem);
    expect(slips('party')).toEqual([]);
    expect(slips('finish')).toEqual([]);
    expect(slips('partlly')).toEqual(['partli']);
  });

  it('takes a seldom-written English word for a story word one letter off that sounds the same ("peek": peak)', () => {
    const story = new Spellings();
    for (const [word, stemmed] of [
      ['peak', 'peak'],
      ['poll', 'poll'],
      ['whether', 'whether'],
    ] as const) {
      story.count(word, stemmed, 1);
    }
    const slips = (word: string) =>
      story.slips(contentTokens(word)[0] as Token, everything, false).map((m) => m.stem);
    expect(slips('peek')).toEqual(['peak']);
    expect(slips('pol')).toEqual(['poll']);
    // An everyday word is meant: "weather" is no slip for _whether_.
    expect(slips('weather')).toEqual([]);
  });

  it('forgets a word and its stem once no story writes it', () => {
    const once = new Spellings();
    once.count('collapsed', 'collaps', 1);
    once.count('collapsed', 'collaps', -1);
    expect(once.stemTypos('colaps', everything)).toEqual([]);
    expect(once.typos('colapsed', everything)).toEqual([]);
  });

  it('keeps a word while one place still writes it', () => {
    const twice = new Spellings();
    twice.count('collapsed', 'collaps', 1);
    twice.count('collapsed', 'collaps', 1);
    twice.count('collapsed', 'collaps', -1);
    expect(twice.stemTypos('colaps', everything).map((m) => m.stem)).toEqual(['collaps']);
    expect(twice.typos('colapsed', everything).map((m) => m.stem)).toEqual(['collaps']);
  });
});

describe('answer: a typo in an inflected word', () => {
  it('"when did the goverment colapse" finds "collapsed"', () => {
    const story = madeUpArticle(
      'election',
      'Government falls',
      'The government collapsed in July after it lost a confidence vote over a rail contract.',
      'Voters will choose a new parliament on Sunday, officials said.',
    );
    const library = libraryOf(story);
    expect(library.answer('when did the goverment colapse').excerpts[0]?.text).toContain('collapsed in July');
  });
});

describe('answer: a typo of an irregular past, held as its verb', () => {
  it('"when did the fire brake out" finds "broke out"', () => {
    const library = libraryOf(
      madeUpArticle(
        'fire',
        'Wildfire near Sarrano',
        'The fire broke out on Tuesday afternoon near a power line.',
        'About 300 firefighters were sent to the area.',
      ),
    );
    expect(library.answer('when did the fire brake out').excerpts[0]?.text).toContain('broke out on Tuesday');
  });
});

describe('answer: a slip of four letters that English lists but seldom writes', () => {
  const library = libraryOf(
    madeUpArticle(
      'court',
      'Syndicate dispute reaches court',
      'Legal costs in the case are estimated at more than 450,000 pounds.',
      'The blaze was reported on the third floor of the building.',
      'The syndicate lost its first appeal in May.',
    ),
  );

  it('is read as the longer story word it misspells ("cots" for costs, "flor" for floor)', () => {
    expect(library.answer('how much are the legal cots estimated at').excerpts[0]?.text).toContain('450,000');
    expect(library.answer('which flor was the blaze reported on').excerpts[0]?.text).toContain('third floor');
  });

  it('but an everyday word of four letters is meant as written', () => {
    expect(library.answer('what was on the syndicate list').answered).toBe(false);
  });
});

describe('answer: a misspelt word proves as much as the word it misspells', () => {
  it('"how many clincs does vaccina norr have" is answered as "clinics" is; "barrister" (English) is no misspelt "barrier"', () => {
    const ticks = libraryOf(evalArticle('tick-borne-disease-cases-rise-harmsted'));
    for (const clinics of ['clinics', 'clincs']) {
      const answer = ticks.answer(`how many ${clinics} does vaccina norr have in the region`);
      expect(answer.answered).toBe(true);
      expect(answer.excerpts[0]?.text).toContain('its 12 clinics in the region');
    }
    const archery = libraryOf(evalArticle('archery-club-range-safety-ruling-dunhallow'));
    expect(archery.answer("what did the club's barrister argue in court").answered).toBe(false);
  });
});

describe('answer: a typo in a short or rare word', () => {
  it('"how much did crews collect in the fish kil" finds "kill"; "how many egs" finds "eggs"', () => {
    const lake = libraryOf(
      madeUpArticle(
        'lake',
        'Algae bloom kills fish in Lake Vessmar',
        'In the last big fish kill, in 2021, crews collected around 400 kilograms of dead fish.',
        'Dravik farms lay about 2 million eggs a week.',
      ),
    );
    expect(
      lake.answer('how much dead fish did crews collect in the last fish kil').excerpts[0]?.text,
    ).toContain('400 kilograms');
    expect(lake.answer('how many egs do dravik farms lay a week').excerpts[0]?.text).toContain(
      '2 million eggs',
    );
  });
});

describe('answer: a misspelt word no story has, asked as the English word it misspells', () => {
  const town = libraryOf(
    madeUpArticle(
      'deposit',
      'Bottle deposit machines overwhelmed',
      'Officials in neighbouring Oostveld, a town of 28,000 people, reported four of their 22 machines out of action.',
      'Returns rose to 41 a day, an increase of about 52% on last year.',
    ),
  );

  it('"what is the populaton of oostveld" asks its population', () => {
    expect(town.answer('what is the populaton of oostveld').excerpts[0]?.text).toContain('a town of 28,000');
  });

  it('asks a misspelt everyday word as the word meant when the question is otherwise declined', () => {
    const foundry = libraryOf(
      madeUpArticle(
        'bell',
        'Bell foundry closes after 340 years',
        'The Van Oosterwijk foundry in Grevendael cast its last bell on Friday.',
        'The casting hall will be turned into a museum of bell-making, the family said.',
      ),
    );
    expect(foundry.answer('what will the casting hal be turned into').excerpts[0]?.text).toContain('museum');
  });

  it('declines as before, naming the word typed, when the word it misspells is not covered either', () => {
    const reply = town.answer('what is the temprature in oostveld');
    expect(reply.answered).toBe(false);
    expect(reply.question).toBe('what is the temprature in oostveld');
    expect(reply.reason).toContain('temprature');
  });
});

describe('answer: a typo whose stem is a story word by chance', () => {
  it('"how many inspecters" finds "six inspectors", though it stems to inspect, as "inspected" does', () => {
    // Enough sentences that "factory" is common and candidates come from the rarer stem.
    const shortage = libraryOf(
      madeUpArticle(
        'insulin',
        'Insulin shortage hits pharmacies',
        'A team of six inspectors has been at the factory since October 30.',
        'The authority said the factory had last been fully inspected in June 2023 and had passed.',
        'Pharmacies in Valmora ran out of insulin pens on Monday.',
        'The factory makes 40% of the pens sold in the country.',
        'Patients queued outside pharmacies before dawn.',
        'The health ministry said imports would arrive next week.',
        'Diabetes groups said the factory had been warned in 2022.',
        'The company said the factory would reopen within weeks.',
        'Some patients switched to vials.',
        'The regulator will report by December.',
      ),
    );
    expect(shortage.answer('how many inspecters are at the factory').excerpts[0]?.text).toContain(
      'six inspectors',
    );
  });

  it('looks the typo up again once a story brings the word it misspells', () => {
    const library = libraryOf(
      madeUpArticle(
        'plant',
        'Plant halted',
        'The plant was last fully inspected in June 2023 and had passed.',
      ),
    );
    expect(library.answer('how many inspecters are at the factory').answered).toBe(false);
    library.add(
      madeUpArticle(
        'team',
        'Inspectors at the factory',
        'A team of six inspectors has been at the factory since October 30.',
      ),
      null,
    );
    expect(library.answer('how many inspecters are at the factory').excerpts[0]?.text).toContain(
      'six inspectors',
    );
  });
});

describe('answer: a misspelt first name before a surname, or a short surname read as a WordNet word', () => {
  const library = libraryOf(
    madeUpArticle(
      'drivers',
      'Lorry drivers lose their rest stop',
      '"You can\'t just pull over on the hard shoulder and go to sleep," said Gavin Roper, 54, who drives for a haulage firm.',
      'Jonas Friis, 29, a nurse who works night shifts at the hospital, said he had booked a car for Friday.',
    ),
  );

  it('"gavn roper" is Gavin Roper, "jonas fris" is Jonas Friis (not Friday)', () => {
    expect(library.answer('how old is gavn roper').excerpts[0]?.text).toContain('Gavin Roper, 54');
    expect(library.answer('how old is jonas fris the nurse').excerpts[0]?.text).toContain('Jonas Friis, 29');
  });
});

describe('answer: a misspelt short surname after a first name', () => {
  const library = libraryOf(
    madeUpArticle(
      'breach',
      'Hackers steal shopper data',
      '"That is the part that keeps me awake at night," said Ingrid Maas, the chain\'s chief information security officer.',
      'The chain said it would not pay the ransom.',
    ),
  );

  it('reads the word after a name\'s first word as the rest of the name when one letter apart ("ingrid mass")', () => {
    expect(library.answer('who is ingrid mass').excerpts[0]?.text).toContain('Ingrid Maas');
  });

  it('only right after that word: a word elsewhere in the question stays what it is', () => {
    expect(library.answer('what did ingrid say about mass layoffs').answered).toBe(false);
  });

  it('even when the slip is also a slip of another story word ("henrike vass": Vaas, not "pass")', () => {
    const fares = libraryOf(loadArticleById('rail-season-ticket-price-rise-halbeck').article);
    expect(fares.answer('how old is henrike vass').excerpts[0]?.text).toContain('Henrike Vaas, 52');
  });
});

describe('answer: a surname misspelt by two letters after a first name', () => {
  const library = libraryOf(
    madeUpArticle(
      'recount',
      'Court orders a recount',
      'Bellandi won 30,798 votes, against 30,584 for Elena Ferrucci, the centre-left candidate.',
      'The recount will start on Monday.',
    ),
  );

  it('"elena feruci" is Elena Ferrucci: as many typos as a name of eight letters may have', () => {
    expect(library.answer('how many votes did elena feruci get').excerpts[0]?.text).toContain('30,584');
  });

  it('but not a word too far off from that name ("elena ferris")', () => {
    expect(library.answer('how many votes did elena ferris get').answered).toBe(false);
  });
});

describe('answer: a misspelt verb the stories lack', () => {
  it('is a verb as the word it misspells, so no topical word the story says nothing about ("entred")', () => {
    const regatta = libraryOf(
      madeUpArticle(
        'regatta',
        'Regatta cancelled over river pollution',
        'The regatta was expected to draw about 1,400 rowers from 112 clubs.',
        'Organisers said the river would be tested again next week.',
      ),
    );
    expect(regatta.answer('how many clubs were entred in the regata').excerpts[0]?.text).toContain(
      '112 clubs',
    );
  });
});
