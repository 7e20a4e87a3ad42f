import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishResources } from '../../src/search/english.js';
import { givesMeasureOf } from '../../src/search/measureOf.js';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

beforeAll(() => loadEnglishResources());

describe('a measure asked of a thing ("how long is the canal")', () => {
  const canal = () =>
    libraryOf(
      madeUpArticle(
        'canal',
        'Ship stuck in Selunar Canal',
        "Salvage crews failed to refloat a 399-metre container ship stuck across Malaysia's Selunar Canal since Sunday.",
        'The Selunar Canal opened in 1998 and was widened in 2019.',
        'The ship ran aground near kilometre 41 of the 96-kilometre canal.',
        '"We will stay as long as it takes," the salvage chief said of the operation on the canal.',
        'The 3,200-metre runway at the port airport is due to open in October 2031.',
        'The inquiry into the grounding was long, and its report went to the minister on Monday.',
        'The 412-page report blamed the crew.',
      ),
    );

  it('is answered by a sentence joining the measure to the thing, though it lacks the other words', () => {
    expect(canal().answer('how long is the selunar canal').excerpts[0]?.text).toContain('96-kilometre canal');
    expect(canal().answer('how long will the new runway be').excerpts[0]?.text).toContain(
      '3,200-metre runway',
    );
    // The phrase ends in the thing, though "report" is mostly a verb.
    expect(canal().answer('how long is the inquiry report').excerpts[0]?.text).toContain('412-page report');
  });

  it('takes the last word after "will" for the verb, not the thing ("how long will the trial last")', () => {
    const drones = libraryOf(
      madeUpArticle(
        'drones',
        'Pharmacy starts drone deliveries to island',
        'Strong painkillers will not be carried during the trial, nor medicines that must be kept cold for longer than 30 minutes.',
        'The six-month trial, run by the pharmacy with a drone operator, will carry up to 40 parcels a day.',
      ),
    );
    expect(drones.answer('how long will the trial last').excerpts[0]?.text).toContain('six-month trial');
  });

  it('wants a measure for the length of a thing ("how long is the river"), not a date; not for how long it went on', () => {
    const dam = libraryOf(
      madeUpArticle(
        'dam',
        'Court blocks dam on the Tolquen river',
        'The Tolquen river was first dammed upstream in 1998, and its spillway was closed for 11 days in 2019.',
        'The viaduct over the valley spans 1,200 metres.',
      ),
    );
    expect(dam.answer('how long is the tolquen river').answered).toBe(false);
    expect(dam.answer('how long is the viaduct').excerpts[0]?.text).toContain('1,200 metres');
    expect(dam.answer('how long was the spillway closed in 2019').excerpts[0]?.text).toContain('11 days');
  });

  it('reads an age joined to the thing for "how old is the X" ("the 131-year-old orchestra")', () => {
    const orchestra = libraryOf(
      madeUpArticle(
        'orchestra',
        'Orchestra dismisses its chief conductor',
        '"For years we played in a climate of fear," said Teresa Amhof, 41, the orchestra\'s principal oboist.',
        'The dismissal leaves the 131-year-old orchestra without a chief conductor before its season opens.',
      ),
    );
    expect(orchestra.answer('how old is the orchestra').excerpts[0]?.text).toContain(
      '131-year-old orchestra',
    );
    expect(givesMeasureOf('a 6-year-old girl was found', new Set(['girl']), 'how old was the girl')).toBe(
      true,
    );
  });

  it("reads the measure right before the thing, not an age nor the question's own", () => {
    const stems = new Set(['canal']);
    expect(
      givesMeasureOf('near kilometre 41 of the 96-kilometre canal', stems, 'how long is the canal'),
    ).toBe(true);
    expect(
      givesMeasureOf('a six-year contract worth millions', new Set(['contract']), 'how long is it'),
    ).toBe(true);
    expect(
      givesMeasureOf('a 399-metre container ship stuck in the canal', stems, 'how long is the canal'),
    ).toBe(false);
    expect(
      givesMeasureOf('a 6-year-old girl was found', new Set(['girl']), 'how long was the girl stuck'),
    ).toBe(false);
    expect(
      givesMeasureOf(
        'the two-carton limit starts on Thursday',
        new Set(['limit']),
        'how long will the two-carton limit stay',
      ),
    ).toBe(false);
  });
});

describe('the "long" of "how long", which a story has elsewhere', () => {
  it('counts where a sentence writes it, and is not missed where one does not', () => {
    const fraud = libraryOf(loadArticleById('research-fraud-retraction-velderhoven').article);
    expect(fraud.answer("how long did the university's investigation take").excerpts[0]?.text).toContain(
      '18-month investigation',
    );
  });
});

describe('a measure asked by its noun ("what was the average journey length")', () => {
  it('is answered by the measure, though no sentence writes the noun', () => {
    const bikes = libraryOf(
      madeUpArticle(
        'bikes',
        'City scraps bike-share scheme',
        'In its first full year, riders made 1.1 million trips with an average journey of 2.7 kilometres.',
        'The council said the bikes would be sold.',
      ),
    );
    expect(bikes.answer('what was the average journey length').excerpts[0]?.text).toContain('2.7 kilometres');
  });
});

describe('a speed asked by "what speeds"', () => {
  it('is a measure, as "how fast" is: not which speeds are named', () => {
    const coaster = libraryOf(
      madeUpArticle(
        'coaster',
        'Riders stuck on Stormfalken coaster',
        'Stormfalken opened in 2019 and is the tallest coaster in western Norway, climbing to 41 metres and reaching speeds of 96 kilometres per hour.',
        'The park said 9,400 people were inside the gates on Sunday.',
      ),
    );
    expect(coaster.answer('what speeds does stormfalken reach').excerpts[0]?.text).toContain('96 kilometres');
    expect(coaster.answer('what top speed does stormfalken reach').excerpts[0]?.text).toContain(
      '96 kilometres',
    );
  });
});

describe('a measure joined to another named thing', () => {
  it('is not the measure of the thing the question names ("the 3.2-km Brattvik tunnel" for the Hemsfjord tunnel)', () => {
    const tunnel = libraryOf(loadArticleById('tunnel-ventilation-fault-closure-hemsfjord').article);
    expect(tunnel.answer('how long is the hemsfjord tunnel').excerpts[0]?.text).toContain('7.4-km');
    expect(tunnel.answer('how long is the brattvik tunnel').excerpts[0]?.text).toContain('3.2-km');
  });
});

describe('"how long", "how far" in a story without the word', () => {
  it('asks a length or a duration, not the word "long"', () => {
    const hotel = libraryOf(loadArticleById('hotel-fire-evacuation-porthaven').article);
    expect(
      hotel.answer('how long did it take firefighters to get the fire contained').excerpts[0]?.text,
    ).toContain('almost four hours');
    const atm = libraryOf(loadArticleById('atm-gang-arrests-kelmerdam').article);
    expect(atm.answer('how long till they were back over the border in holland').excerpts[0]?.text).toContain(
      'within 40 minutes',
    );
  });

  it('asks a distance with "how far", not the word "far"', () => {
    const food = libraryOf(loadArticleById('hospital-food-contract-complaints-bradwell').article);
    expect(
      food.answer('how far away is the place where the food actually gets cooked').excerpts[0]?.text,
    ).toContain('47 miles (76 km) away');
  });

  it('asks a distance with "how far away" where no story has "away"', () => {
    const bond = libraryOf(loadArticleById('city-bond-default-halmstrand').article);
    expect(bond.answer('how far away is elvbakken').excerpts[0]?.text).toContain(
      '140 km (87 miles) to the north',
    );
    const shipyard = libraryOf(loadArticleById('shipyard-rescue-deal-gdansk-varna').article);
    expect(shipyard.answer('how far away is portowo').excerpts[0]?.text).toContain('130 kilometres');
  });

  it('does not pick sentences by the "away" a story has when "far" is dropped (_turn aircraft away_)', () => {
    const fuel = libraryOf(loadArticleById('airport-fuel-shortage-flights-diverted-korsvik').article);
    expect(fuel.answer('how far away is halvang airport').excerpts[0]?.text).toContain('140 km (87 miles)');
  });

  it('still counts the kind asked after "how many" ("how many private schools")', () => {
    const teachers = libraryOf(loadArticleById('teachers-pay-deal-montaraz').article);
    expect(teachers.answer('how many private schools are there in montaraz').answered).toBe(false);
  });
});

describe('"how much does it weigh"', () => {
  it('asks a weight, not a price', () => {
    const meteorite = libraryOf(loadArticleById('meteorite-farm-ownership-dispute-kalvik').article);
    expect(meteorite.answer('how much does the meteorite weigh').excerpts[0]?.text).toContain(
      '4.3 kilograms',
    );
  });
});

describe('"what was the number of …"', () => {
  it('counts what follows "of": "number" is no noun the sentence must name', () => {
    const storm = libraryOf(loadArticleById('ice-storm-power-cuts-villages-harnsted').article);
    expect(storm.answer('what was the peak number of customers cut off').excerpts[0]?.text).toContain(
      'a peak of 38,000',
    );
  });
});

describe('"what temperature …": a measure in degrees', () => {
  const ferry = libraryOf(
    madeUpArticle(
      'ferry',
      'Electric ferry launch delayed over battery fault',
      'The launch of the Tromvik electric ferry was postponed on Monday after a battery fault.',
      'During trials on Feb. 19, a module reached 68 degrees Celsius, well above the 55-degree limit set by the supplier.',
    ),
  );

  it('is answered by a sentence giving the degrees, though it lacks the word "temperature"', () => {
    expect(ferry.answer('what temperature did a module reach on feb 19').excerpts[0]?.text).toContain(
      '68 degrees',
    );
  });

  it('is not answered by a sentence without one', () => {
    expect(ferry.answer('what was the temperature on the day of the launch').answered).toBe(false);
  });
});

describe('"how high" asked of something other than a thing: a level', () => {
  const budget = libraryOf(
    madeUpArticle(
      'budget',
      'Ratings agency downgrades Tavoria',
      "The agency said Tavoria's public debt was on course to reach 118% of gross domestic product by the end of 2027.",
      'A heritage trust bid up to 380,000 euros for the cottage on the cliff before dropping out.',
      'The cottage stands on the cliff at Carrick Head.',
    ),
  );

  it('is given by a share or a sum, as by a measure', () => {
    expect(
      budget.answer("how high will tavoria's public debt reach by the end of 2027").excerpts[0]?.text,
    ).toContain('118%');
    expect(budget.answer('how high did the trust bid before dropping out').excerpts[0]?.text).toContain(
      '380,000 euros',
    );
  });

  it('but that of a thing only by a measure: a sum does not say how high a cliff is', () => {
    expect(budget.answer('how high is the cliff at carrick head').answered).toBe(false);
  });
});

describe('a price asked of a thing ("how much is a ticket")', () => {
  const festival = () =>
    libraryOf(
      madeUpArticle(
        'festival',
        'Cheese festival draws record crowds',
        'He sold a wheel of his 18-month-aged cheese at the festival for 34 francs per kilo.',
        'The electricity bill of the dairy went up to 9,000 francs this year.',
        'Organisers said 41,000 people came to the festival.',
      ),
    );

  it('is not covered when the story never names the thing, however everyday its word', () => {
    const answer = festival().answer('how much is a ticket to the cheese festival');
    expect(answer.answered).toBe(false);
  });

  it('wants the thing priced in the sentence or beside it, read up to "cost" or "worth"', () => {
    const sauna = libraryOf(
      madeUpArticle(
        'heat',
        'Heat closes schools early',
        'Schools will close at 1 p.m. until the heatwave breaks.',
        'The mayor said the shorter day would cost the city around 1.2 million euros in extra transport.',
        'Families flocked to the lake, where a new public sauna opened in May.',
        'The merger of the two bus firms, worth 40 million euros, was approved in 2024.',
      ),
    );
    expect(sauna.answer('how much does a sauna cost').answered).toBe(false);
    expect(sauna.answer('how much will the shorter day cost').excerpts[0]?.text).toContain('1.2 million');
    expect(sauna.answer('how much is the merger worth').excerpts[0]?.text).toContain('40 million');
  });

  it('so it does when where the thing is follows it ("how much does a ticket cost at the Kranenveen rink")', () => {
    const rink = libraryOf(loadArticleById('ice-skating-rink-energy-costs-closure-veldmark').article);
    expect(rink.answer('how much does a ticket cost at the kranenveen rink').answered).toBe(false);
    expect(rink.answer('how much does a slot cost at the kranenveen rink').excerpts[0]?.text).toContain(
      '640 euros',
    );
  });

  it('reads the thing up to the verb after "do", so a story naming it answers', () => {
    expect(festival().answer('how much did the electricity bill go up').excerpts[0]?.text).toContain('9,000');
    expect(
      festival().answer('how much did a kilo of cheese cost at the festival').excerpts[0]?.text,
    ).toContain('34 francs');
  });
});

describe('a sound level asked ("how loud")', () => {
  const shoot = () =>
    libraryOf(
      madeUpArticle(
        'anvil',
        'Village keeps its anvil-firing tradition',
        'A parish council voted on Tuesday to keep its anvil-firing tradition, cutting the shots from 11 to seven.',
        'A resident with a handheld meter put the blasts at 128 decibels at a distance of 40 metres.',
        'In Portnavie, 30 km along the coast, a foghorn was fitted with a baffle that cut its sound by about 40%.',
      ),
    );

  it('is answered in decibels', () => {
    expect(shoot().answer('how loud were the blasts').excerpts[0]?.text).toContain('128 decibels');
  });

  it('is not answered by another measure of a sentence about the sound', () => {
    expect(shoot().answer('how loud is the portnavie foghorn').answered).toBe(false);
  });
});

describe('"what is the top speed of …", "what\'s the speed limit on …": a speed, as "what top speed" asks', () => {
  const ride = () =>
    libraryOf(
      madeUpArticle(
        'coaster',
        'Roller coaster derails at theme park',
        'A car on the Tormenta roller coaster derailed on Saturday afternoon, injuring 14 riders.',
        'The park said the Tormenta roller coaster had passed its annual inspection in March.',
        'Riders on the zipline reach speeds of up to 95 kilometres per hour.',
      ),
    );

  it('is answered by a speed', () => {
    expect(ride().answer('what is the top speed on the zipline').excerpts[0]?.text).toContain(
      '95 kilometres per hour',
    );
  });

  it('is declined when the story gives none of the thing asked', () => {
    const coaster = libraryOf(
      loadArticleById('roller-coaster-derailment-theme-park-closed-inquiry-valmoria').article,
    );
    expect(coaster.answer('what is the top speed of the tormenta roller coaster').answered).toBe(false);
  });
});
