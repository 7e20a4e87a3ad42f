import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('"which <person or group>" wants someone named', () => {
  const metro = (sentence: string) =>
    libraryOf(
      madeUpArticle(
        'metro',
        'Metro strike brings Velaro to a standstill',
        'Thousands of transit workers began a 48-hour strike over pay on Monday, their union said.',
        'The union wants a 7% pay rise, and the city has offered 4.5%, union leaders said.',
        sentence,
        '"Water taken from our valleys today will be missing from our taps tomorrow," said Ignacio Lerma, president of the regional government. "We want to help, but not by emptying our own dams," he added.',
      ),
    );

  it('is not answered by a sentence that names no one', () => {
    const unnamed = metro('The 1994 strike was called after talks on pay broke down, and it lasted 11 days.');
    expect(unnamed.answer('which union called the 1994 strike').answered).toBe(false);
    // A place is no union's name.
    const placed = metro('The unions that called the 1994 strike in Korvena said 640,000 people took part.');
    expect(placed.answer('which unions called the 1994 strike').answered).toBe(false);
    const named = metro(
      'The Transit Workers Federation called the 1994 strike after talks on pay broke down.',
    );
    expect(named.answer('which union called the 1994 strike').excerpts[0]?.text).toContain('Federation');
  });

  it('is not answered by a sentence that names only people when it asks a body ("which company")', () => {
    const people = metro(
      'Transport director Peter Lundgaard said maintenance work on the trains in August had been delayed.',
    );
    expect(people.answer('which company did the maintenance work on the trains in august').answered).toBe(
      false,
    );
    const body = metro(
      'Maintenance work on the trains in August was done by Railcare Nordic, the city said.',
    );
    expect(
      body.answer('which company did the maintenance work on the trains in august').excerpts[0]?.text,
    ).toContain('Railcare Nordic');
  });

  it('reads a verb in -s after the noun as its verb, not the plural asked ("which company runs the depot")', () => {
    const unnamed = metro('Repairs to the trains are done at a depot in Stanmoor, the city said.');
    expect(unnamed.answer('which company runs the depot in stanmoor').answered).toBe(false);
    const named = metro('The depot in Stanmoor is run by Railcare Nordic, the city said.');
    expect(named.answer('which company runs the depot in stanmoor').excerpts[0]?.text).toContain('Railcare');
  });

  it('is answered by a quote, whose speaker is named', () => {
    const quoted = metro('City officials said the strike cost shops 4 million euros a day.');
    expect(quoted.answer("which official said they won't empty their own dams").excerpts[0]?.text).toContain(
      'emptying our own dams',
    );
  });
});

describe('"which <things>" past three modifiers', () => {
  it('wants them named, not counted ("which three other wind farms")', () => {
    const wind = libraryOf(
      madeUpArticle(
        'wind',
        'Corvell cancels Tarrow Bank wind farm',
        'Corvell Renewables cancelled its Tarrow Bank offshore wind farm on Tuesday, blaming a 38% jump in costs.',
        'Analysts said at least three other wind farms that won contracts in the same auction were also at risk.',
      ),
    );
    expect(wind.answer('which three other wind farms are at risk').answered).toBe(false);
  });

  it('wants them named, not only counted and then called "other" ones ("which nine european zoos")', () => {
    const zoos = libraryOf(
      madeUpArticle(
        'zoos',
        'Zoo sends its elephants away',
        'At least nine European zoos have stopped keeping elephants since 2015, and several have sent them to sanctuaries rather than to other zoos.',
        'The Belgrov zoo named its two elephants Tala and Mira.',
      ),
    );
    expect(zoos.answer('which nine european zoos stopped keeping elephants').answered).toBe(false);
    // "Any" may say which: _officers must declare any gift worth more than 25 euros_.
    const gifts = libraryOf(
      madeUpArticle(
        'gifts',
        'Officers convicted of taking bribes',
        'Since the trial the state has required officers to declare any gift worth more than 25 euros.',
      ),
    );
    expect(gifts.answer('what gifts do officers now have to declare').answered).toBe(true);
  });

  it('takes a word English writes in -s as one for no plural ("what operating loss", "which two bus operators")', () => {
    const rail = libraryOf(
      madeUpArticle(
        'rail',
        'Rail operators cut fares in price war',
        'Aurelia reported an operating loss of 86 million euros in 2025.',
        'The town is served by two bus operators, Trelobus and Kernow Link.',
        'A bus operator cut its fares to 2 euros.',
      ),
    );
    expect(rail.answer('what operating loss did aurelia report').excerpts[0]?.text).toContain('86 million');
    expect(rail.answer('which two bus operators serve the town').excerpts[0]?.text).toContain('Trelobus');
  });

  it('is not asked by "what caused some units to …": a verb after "what" asks what did it', () => {
    const meters = libraryOf(
      madeUpArticle(
        'meters',
        'Faulty smart meters send wrong readings',
        'The utility said an update sent on Jan. 27 caused some units to double-count consumption whenever their connection dropped.',
        'About 14,000 units have been affected since January.',
      ),
    );
    expect(meters.answer('what caused some units to double-count consumption').excerpts[0]?.text).toContain(
      'update sent on Jan. 27',
    );
  });

  it('takes the kinds listed after "including" as naming them ("supplies, including insulin, baby formula")', () => {
    const ferry = libraryOf(
      madeUpArticle(
        'ferry',
        'Ferry strike cuts off islands',
        'By Wednesday, 23 flights had carried about 41 tonnes of supplies, including insulin, baby formula and diesel.',
        'The strike began on Monday.',
      ),
    );
    expect(ferry.answer('what supplies were flown in besides insulin').excerpts[0]?.text).toContain(
      'baby formula',
    );
  });

  it('takes names after a comma and their "the" as naming them ("two tributaries, the Brede and the Aske")', () => {
    const otters = libraryOf(
      madeUpArticle(
        'otters',
        'Otters return to the Wenlow',
        'The ministry will extend the survey to two tributaries, the Brede and the Aske, from May.',
        'Otters were last seen on the river in 1978.',
      ),
    );
    expect(otters.answer('which two tributaries will the survey be extended to').excerpts[0]?.text).toContain(
      'the Brede',
    );
  });
});

describe('"what colour", "which vehicle": a noun the stories lack, whose kind the answer names', () => {
  const birthday = libraryOf(
    madeUpArticle(
      'birthday',
      'Oldest resident turns 110',
      'The mayor presented her with a framed certificate and a bouquet of yellow tulips at a tea in the town hall.',
      'Police said a van was seen near the house on Tuesday evening.',
      'Her tulips were planted by her grandson in the spring.',
    ),
  );

  it('is answered by the sentence naming a kind of it (_yellow_ tulips)', () => {
    expect(birthday.answer('what colour were the tulips the mayor gave her').excerpts[0]?.text).toContain(
      'yellow tulips',
    );
  });

  it('is not answered by a sentence about the thing that names no kind of it', () => {
    expect(birthday.answer('what colour was the van').answered).toBe(false);
  });
});

describe('"which <thing>" wants the one thing named', () => {
  const depot = (...sentences: string[]) =>
    libraryOf(
      madeUpArticle(
        'depot',
        'Sinkhole closes road into Delhaven',
        'A sinkhole opened in a street in Delhaven on Tuesday, swallowing part of a parked delivery van.',
        ...sentences,
      ),
    );

  it('is not answered by a sentence that writes it only after "a" or a place\'s adjective', () => {
    const unnamed = depot(
      'The owner of the van, a local bakery, said the driver had parked only minutes before.',
    );
    expect(unnamed.answer('which bakery owned the van').answered).toBe(false);
    const foreign = depot('"A German supermarket chain has cancelled one order already," the driver said.');
    expect(foreign.answer('which german supermarket chain cancelled the order').answered).toBe(false);
  });

  it('asks the last noun before the verb, though mostly an adjective ("which law firm did …")', () => {
    const hired = depot(
      'The council said it had hired a Vienna law firm, Gruber & Moos, to handle the case.',
    );
    expect(hired.answer('which law firm did the council hire').excerpts[0]?.text).toContain('Gruber & Moos');
  });

  it('is answered by one naming it by a name, a code or an ordinal beside it', () => {
    const named = depot('The van is owned by Hollins Bakery, the police said.');
    expect(named.answer('which bakery owned the van').excerpts[0]?.text).toContain('Hollins');
    const coded = depot('Police closed the N348 access road into the town centre.');
    expect(coded.answer('which road into the town centre was closed').excerpts[0]?.text).toContain('N348');
    const ordinal = depot('The town marks its 75th anniversary on Sunday.');
    expect(ordinal.answer('which anniversary does the town mark on sunday').excerpts[0]?.text).toContain(
      '75th',
    );
    const called = depot('A group calling itself Black Lantern claimed responsibility for the damage.');
    expect(called.answer('which group claimed responsibility for the damage').excerpts[0]?.text).toContain(
      'Black Lantern',
    );
  });

  it('is not answered by a sentence without the word that names nothing else nor a kind of it', () => {
    const hospital = 'Ambulances were sent from the hospital on the ring road.';
    const checked = depot(
      'The driver and two passers-by were checked by paramedics for minor cuts.',
      hospital,
    );
    expect(checked.answer('which hospital treated the driver for minor cuts').answered).toBe(false);
    const bought = depot(
      'The driver and two passers-by were taken to Delhaven General for minor cuts.',
      hospital,
    );
    expect(bought.answer('which hospital treated the driver for minor cuts').excerpts[0]?.text).toContain(
      'Delhaven General',
    );
    const fish = depot('Dead trout and grayling were found in the flooded cellar of the van owner.');
    expect(fish.answer('which fish were found in the flooded cellar').excerpts[0]?.text).toContain('trout');
  });
});

describe('"what kind of vehicle": a kind asked that the story writes only as a narrower word', () => {
  it('is answered by the sentence naming a kind of it', () => {
    const setts = libraryOf(
      loadArticleById('paving-stones-stolen-market-square-repairs-ravensbrook').article,
    );
    expect(setts.answer('what kind of vehicle did the thieves use').excerpts[0]?.text).toContain(
      'flatbed lorry',
    );
    const pesticide = libraryOf(loadArticleById('pesticide-ban-bee-deaths-valdorne').article);
    expect(pesticide.answer('what pesticide did aldaria ban').excerpts[0]?.text).toContain(
      'banned the insecticide clothrazine',
    );
  });
});
