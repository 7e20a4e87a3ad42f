import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('answer: "how many … were <verb>"', () => {
  const library = libraryOf(
    madeUpArticle(
      'airport',
      'Drones close airport',
      'Drone sightings forced Ostervelde airport to close for 21 hours, cancelling 64 flights.',
      'The airport handled 1.3 million passengers last year.',
      'Eleven incoming flights were diverted to Bremen, Hamburg and Hanover.',
      'About 350,000 homes were left without electricity after the storm.',
      'The airline has since trained about 140 new controllers.',
      'Staff said they had been warned.',
    ),
  );

  it('wants what was done to what it counts: diverted flights are not the cancelled ones', () => {
    expect(library.answer('how many flights were cancelled at bremen airport').answered).toBe(false);
    expect(library.answer('how many flights were diverted to bremen').excerpts[0]?.text).toContain('Eleven');
  });

  it('the verb may be said by its noun ("the destruction of 600,000 hens")', () => {
    const eggs = libraryOf(
      madeUpArticle(
        'eggs',
        'Salmonella outbreak hits egg farms',
        'In 1998, a salmonella outbreak at farms in southern Jutland led to the destruction of 600,000 hens.',
        'About 40,000 hens were vaccinated last year.',
        'The outbreak forced farms to destroy their flocks this month.',
      ),
    );
    expect(eggs.answer('how many hens were destroyed in the 1998 outbreak').excerpts[0]?.text).toContain(
      '600,000 hens',
    );
  });

  it('the verb may be in a sentence beside the count', () => {
    expect(library.answer('how many flights were cancelled').excerpts[0]?.text).toContain('64 flights');
  });

  it('a verb no story says, even in other words, was done to none of them: "how many firefighters were injured"', () => {
    const fire = libraryOf(loadArticleById('tower-block-fire-lindmarsh').article);
    expect(fire.answer('how many firefighters were injured').answered).toBe(false);
    expect(fire.answer('how many firefighters were arrested').answered).toBe(false);
    expect(fire.answer('how many firefighters were sent').excerpts[0]?.text).toContain('120 firefighters');
  });

  it('counts what rose or fell to the number ("applications surged to a record 186,000")', () => {
    const subsidy = libraryOf(
      madeUpArticle(
        'subsidy',
        'Heat pump subsidy cut',
        'The minister said the program had become too expensive after applications surged to a record 186,000 in the first five months of the year.',
        'Installers have laid off about 4,000 workers since July.',
      ),
    );
    expect(subsidy.answer('how many applications were there this year').excerpts[0]?.text).toContain(
      '186,000',
    );
  });

  it('counts what rose to the number before the place it is in ("fights in schoolyards fell to 41")', () => {
    const phones = libraryOf(
      madeUpArticle(
        'phones',
        'Schools report calmer breaks a year after phone ban',
        'Reported fights in schoolyards fell to 41 in the first year of the ban, from 77 the year before.',
        "About 9,000 pupils attend the region's schools.",
      ),
    );
    expect(phones.answer('how many fights in schoolyards were reported').excerpts[0]?.text).toContain(
      'fell to 41',
    );
  });

  it('counts what changed from one figure to another ("cut its beds from 20 to 16"), not a unit after them', () => {
    const hospice = libraryOf(
      madeUpArticle(
        'hospice',
        'Hospice warns of funding gap',
        'The hospice in Inverness said it has itself cut its beds from 20 to 16 since 2023.',
        'The festival includes 11 concerts, with ticket prices ranging from 18 to 65 euros.',
      ),
    );
    expect(hospice.answer('how many beds did the inverness hospice cut').excerpts[0]?.text).toContain(
      'from 20 to 16',
    );
    expect(hospice.answer('how many tickets were sold for the concerts').answered).toBe(false);
  });

  it('a verb too common to say what was done ("left") is not required', () => {
    expect(library.answer('how many homes were left in the dark').excerpts[0]?.text).toContain('350,000');
  });

  it('counts what the verb was done to, named another way: "how many staff were trained" ~ "trained 140 controllers"', () => {
    expect(library.answer('how many staff were trained').excerpts[0]?.text).toContain('140 new controllers');
    expect(library.answer('how many staff were hired').answered).toBe(false);
  });

  it('counts with the verb before the number a counted word of its family ("how many employees" ~ "employs 24,000")', () => {
    const pharma = libraryOf(
      madeUpArticle(
        'pharma',
        'Halvex pill approved',
        'Founded in 1896 as a dye maker, Halvex employs about 24,000 people and reported sales of 11 billion francs.',
        'An explosion at its Basel plant in 2019 injured 31 people, the company said.',
        'The pill will cost about 900 francs a month.',
      ),
    );
    expect(pharma.answer('how many employees does halvex have').excerpts[0]?.text).toContain('24,000');
    const blast = libraryOf(loadArticleById('chemical-plant-blast-dolnowice').article);
    expect(blast.answer('how many of the injured have already left hospital').answered).toBe(false);
  });
});

describe('answer: "how many <stop word> <noun>" counts the noun', () => {
  it('"how many known works" counts works, as "how many works" does', () => {
    const art = libraryOf(
      madeUpArticle(
        'art',
        'Auction house cancels sale of fake Old Master',
        'Van Haarden worked in Haarlem from 1634 until 1671.',
        'Experts found no trace of the pigment in any of the 31 known works by van Haarden that hang in museums across Europe.',
      ),
    );
    expect(art.answer('how many known works by van haarden are there').excerpts[0]?.text).toContain(
      '31 known works',
    );
  });
});

describe('answer: "how many <noun> <noun> did …" counts the noun before the verb', () => {
  it('however often a verb ("how many emergency calls does the centre get")', () => {
    const outage = libraryOf(
      madeUpArticle(
        'outage',
        'Mobile network outage cuts emergency line',
        'The regional emergency centre normally handles about 1,200 calls on an ordinary day.',
        'About 40 emergency vehicles were on standby.',
      ),
    );
    expect(
      outage.answer('how many emergency calls does the centre usually get on an ordinary day').excerpts[0]
        ?.text,
    ).toContain('1,200 calls');
  });

  it('and a noun hyphened to a particle before the verb ("how many rescue call-outs were there")', () => {
    const rescues = libraryOf(
      madeUpArticle(
        'rescues',
        'Dry summer keeps mountain rescuers busy',
        'Mountain rescue teams said they had answered 41 call-outs since June 1, up from 23 in the same period of 2025.',
        'About 60 volunteers serve with the rescue service.',
      ),
    );
    expect(
      rescues.answer('how many rescue call-outs were there in the same period of 2025').excerpts[0]?.text,
    ).toContain('up from 23');
  });
});

describe('answer: "how many <noun> <preposition> …" counts the noun before the preposition', () => {
  it('"how many plagiarism proceedings against students" counts proceedings, not students', () => {
    const dean = libraryOf(
      madeUpArticle(
        'dean',
        'Dean resigns over plagiarism',
        'The university opened 61 plagiarism proceedings against students last year, up from 44 in 2024.',
        'It has about 23,000 students.',
      ),
    );
    expect(
      dean.answer('how many plagiarism proceedings against students did the university open last year')
        .excerpts[0]?.text,
    ).toContain('61 plagiarism proceedings');
  });
});

describe('answer: "how many" counts a word for what is asked', () => {
  it('in the usual senses of either word: "how many bikes" ~ "790 (bicycles)"', () => {
    const bikes = libraryOf(
      madeUpArticle(
        'bikes',
        'City scraps bike-share scheme',
        'Of the 1,800 bicycles put into service when the scheme launched in May 2019, only 790 were still usable in February.',
        'The council said the bikes would be sold.',
      ),
    );
    expect(bikes.answer('how many bikes were still usable in february').excerpts[0]?.text).toContain(
      'only 790',
    );
  });
});

describe('answer: "how many of the X are Y" asks a part', () => {
  it('is not answered by a count of the whole that does not say the part', () => {
    // "Three of the 14 suspects were arrested in those two countries": no word of women.
    const pills = libraryOf(loadArticleById('counterfeit-pills-ring-kresnowice').article);
    expect(pills.answer('how many of the arrested suspects are women').answered).toBe(false);
    const pharma = libraryOf(
      madeUpArticle(
        'pharma',
        'Police break up fake pill ring',
        'Police arrested 14 people in raids in Poland and Germany. Four of the suspects are women, prosecutors said.',
      ),
    );
    expect(pharma.answer('how many of the suspects are women').excerpts[0]?.text).toContain(
      'Four of the suspects',
    );
  });
});

describe('answer: "how many" answered by a place in a series', () => {
  const library = libraryOf(
    madeUpArticle(
      'doping',
      'Court upholds cyclist ban',
      'Varholm is the fourth professional cyclist banned for roxadustat since 2020.',
      'His team said it would review its medical staff on the second day of the inquiry.',
    ),
  );

  it('"is the fourth cyclist banned" counts the cyclists banned so far', () => {
    expect(
      library.answer('how many professional cyclists have been banned for roxadustat').excerpts[0]?.text,
    ).toContain('the fourth professional cyclist');
  });

  it('an ordinal that is no place in a series of what is counted counts nothing', () => {
    expect(library.answer('how many medical staff does the team have').answered).toBe(false);
  });
});

describe('answer: a number standing for what the sentence before named', () => {
  const library = libraryOf(
    madeUpArticle(
      'post',
      'Post office to shut branches',
      'The postal operator said 41 of its rural branches would be affected by the plan.',
      'Only 22 will close outright on June 30, the operator said.',
      'A similar plan in 2014 was abandoned after protests.',
    ),
  );

  it('answers "how many" by a number that is its verb\'s subject ("22 will close outright")', () => {
    expect(library.answer('how many branches will close outright on june 30').excerpts[0]?.text).toContain(
      '22 will close',
    );
  });

  it('reads no count into a year', () => {
    expect(library.answer('how many branches were there in 2014').answered).toBe(false);
  });

  it('counts by a number opening what someone says ("says more than 450 are now trading")', () => {
    const shops = libraryOf(
      madeUpArticle(
        'shops',
        'Villagers buy their shop',
        'Villagers in Ashmere have bought their only shop and will run it with volunteers.',
        'Community shops have become common in rural Britain as village stores close.',
        'A charity that advises such ventures says more than 450 are now trading in the UK.',
        'The remaining 2,300 will be split between smaller practices in Ashcombe.',
      ),
    );
    expect(shops.answer('how many community shops are trading in the uk').excerpts[0]?.text).toContain(
      'more than 450 are now trading',
    );
  });
});

describe('a number that is the subject of a verb of its own ("fewer than 4,500 remain")', () => {
  const tapirs = (...sentences: string[]) =>
    libraryOf(
      madeUpArticle(
        'tapirs',
        'Town builds an underpass for tapirs',
        'A town in southern Costa Rica has opened an underpass beneath a new highway for wild animals.',
        ...sentences,
      ),
    );

  it('counts what the sentence named before it', () => {
    const wild = tapirs(
      "Baird's tapir is listed as endangered, and conservationists estimate fewer than 4,500 remain in the wild.",
    );
    expect(wild.answer("how many baird's tapirs remain in the wild").excerpts[0]?.text).toContain(
      '4,500 remain',
    );
  });

  it('counts nothing the sentence did not name', () => {
    const wild = tapirs('Conservationists estimate fewer than 4,500 remain in the wild.');
    expect(wild.answer("how many baird's tapirs remain in the wild").answered).toBe(false);
  });

  it('reads a participle describing what follows as no verb ("11 finished or part-built instruments")', () => {
    const fire = tapirs('The fire destroyed 11 finished or part-built instruments at a workshop nearby.');
    expect(fire.answer('how many instruments did the fire destroy').excerpts[0]?.text).toContain(
      '11 finished',
    );
  });
});

describe('a number counting others besides ("four other dairies")', () => {
  const dairies = () =>
    libraryOf(
      madeUpArticle(
        'camel',
        'Camel dairy wins first export licence',
        'A family-run camel dairy shipped 21,600 litres of frozen milk to the Netherlands on Sunday.',
        'Four other Omani camel dairies have applied for export licences, the ministry said.',
      ),
    );

  it('counts the noun after "other" and three words describing it', () => {
    expect(
      dairies().answer('how many other omani camel dairies have applied for export licences').excerpts[0]
        ?.text,
    ).toContain('Four other Omani camel dairies');
  });
});

describe('a fraction that is the subject ("only about a third of the growers have …")', () => {
  const growers = () =>
    libraryOf(
      madeUpArticle(
        'hail',
        'Hail storm shreds vineyards before harvest',
        'A hail storm damaged about 1,400 hectares of vines around Montclaire on Saturday.',
        "Only about a third of the village's growers have crop insurance, the chamber of agriculture said.",
        'The withdrawn titles had accounted for nearly a fifth of its e-book loans, the library said.',
        '"Half of them now commute more than an hour," the union said of hotel staff.',
      ),
    );

  it('counts what it is a part of', () => {
    expect(growers().answer('how many growers have crop insurance').excerpts[0]?.text).toContain(
      'a third of the village',
    );
  });

  it('but not as an object, nor as a part of "them"', () => {
    expect(growers().answer('how many e-book loans did the library have').answered).toBe(false);
    expect(growers().answer('how many hotel rooms are there').answered).toBe(false);
  });
});

describe('"how much of the …": a part, often a share', () => {
  it("is answered by a share of it (_70% of the miners' legal costs_)", () => {
    const opal = libraryOf(
      loadArticleById('opal-field-claims-dispute-court-ruling-miners-marrindee').article,
    );
    expect(
      opal.answer("how much of the miners' legal costs must the department pay").excerpts[0]?.text,
    ).toContain("pay 70% of the miners' legal costs");
  });

  it('but not of a sum the question gives, by the sentence giving it', () => {
    const drones = libraryOf(loadArticleById('national-park-drone-ban-fines-kaldera').article);
    expect(drones.answer('how much of the 186,000 euros did the environment ministry pay').answered).toBe(
      false,
    );
  });
});
