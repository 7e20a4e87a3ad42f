import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { givesLength, placesInTime, sentenceFeatures } from '../../src/search/answerTypes.js';
import { contentTokens, tokenize } from '../../src/search/text.js';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

const holds = (sentence: string) =>
  sentenceFeatures(sentence, tokenize(sentence), { people: new Set(), placed: false });

describe('answerTypes: sums of money', () => {
  it('reads crowns named by their country as money, not crowns of gold', () => {
    expect(holds('Skovlund Bank was fined 68 million Danish crowns in 2019.').money).toBe(true);
    expect(holds('The thieves took 12 gold crowns from the museum.').money).toBe(false);
  });

  it('reads a currency the list lacks, which WordNet files as a monetary unit, after a number', () => {
    expect(
      holds('A nine-day stoppage cost growers an estimated 1.1 billion shillings in lost output.').money,
    ).toBe(true);
    expect(holds('She had borrowed 45,000 shillings from a village savings group.').money).toBe(true);
    expect(holds('Each household was paid 18,000 kwacha.').money).toBe(true);
    expect(holds('Pupils scored 12 marks out of 20.').money).toBe(false);
    expect(holds('The Shilling Trust met on Monday.').money).toBe(false);
  });

  it('reads a word English does not know, after a number and ending its phrase, as a local currency', () => {
    expect(holds('The project would cost an estimated 6.2 billion ariary.').money).toBe(true);
    expect(holds('Her monthly pension of 540 lusars had not risen since 2023.').money).toBe(true);
    expect(holds('The law allows fines of up to 60,000 korun per breach.').money).toBe(true);
    expect(holds('The council plans 12 unstaffed book-exchange lockers in village shops.').money).toBe(false);
    expect(holds('The council plans 12 lockers in village shops.').money).toBe(false);
  });

  it('reads currencies in the plural and those whose name is an English word only after a number', () => {
    expect(holds('Vistrochem had spent 86 million zlotys on safety upgrades.').money).toBe(true);
    expect(holds('The fine was 40 million forints.').money).toBe(true);
    expect(holds('Seoul paid 3 billion won for the site.').money).toBe(true);
    expect(holds('The team won the final in 2019.').money).toBe(false);
  });

  it('reads a sum written as one hyphenated word ("a 38-million-crown rebranding")', () => {
    expect(holds('It referred to a 38-million-crown rebranding unveiled in 2024.').money).toBe(true);
    expect(holds('The 12-crown coin was withdrawn.').money).toBe(true);
  });

  it('answers "how much was it fined" with a sum in a country\'s crowns', () => {
    const bank = libraryOf(
      madeUpArticle(
        'bank',
        'Bank outage hits payments',
        'In 2019, Danish lender Skovlund Bank was fined 68 million Danish crowns after an outage.',
        'Customers could not pay for three days, the regulator said.',
      ),
    );
    expect(bank.answer('how much was skovlund bank fined').excerpts[0]?.text).toContain('68 million');
  });
});

describe('answerTypes: "how much did they pay"', () => {
  const club = libraryOf(
    madeUpArticle(
      'club',
      'Vellmark sack coach',
      'Vellmark spent a club-record 47.5 million euros on nine new players last summer, including 18 million euros on Danish midfielder Mikkel Aagaard.',
      'The club said it would pay its former coach until June.',
      'Aagaard has scored twice in 20 games.',
      'Vellmark sold Yannick Mbeki to Lorient in January.',
    ),
  );

  it('is answered by the sum, however the sentence words the paying', () => {
    expect(club.answer('how much did they pay for mikkel aagaard').excerpts[0]?.text).toContain(
      '18 million euros',
    );
  });

  it('still wants a sum: one of paying that gives none does not answer', () => {
    expect(club.answer('how much did lorient pay for yannick mbeki').answered).toBe(false);
  });
});

describe('answerTypes: "how much <sum noun>"', () => {
  it('asks a sum though a word of change follows ("how much compensation … after the power cut")', () => {
    const airport = libraryOf(
      madeUpArticle(
        'airport',
        'Baggage system failure strands bags at Tervola',
        'In July 2022, a power cut stopped the belts for around six hours and left some 2,500 bags behind.',
        'Tervola Airport Group said it had set aside an initial 5 million euros for compensation this time.',
        'Passengers waited for hours at the carousels.',
      ),
    );
    expect(airport.answer('how much compensation did passengers get after the 2022 power cut').answered).toBe(
      false,
    );
    expect(airport.answer('how much compensation has the airport set aside').excerpts[0]?.text).toContain(
      '5 million euros',
    );
  });
});

describe('answerTypes: numbers in words', () => {
  it('reads the teens and tens as numbers ("forty minutes", "Thirty-one people")', () => {
    const forty = holds('We had perhaps forty minutes between the first warning and the water.');
    expect(forty.number && forty.duration).toBe(true);
    expect(holds('Thirty-one people were injured.').number).toBe(true);
  });

  it('reads "two and a half years" and "half an hour" as durations, not "one and a half months\' gross salary"', () => {
    expect(holds('Customers wait on average about two and a half years for delivery.').duration).toBe(true);
    expect(holds('The ferry crossing takes half an hour.').duration).toBe(true);
    expect(holds("Drivers usually face a fine of one and a half months' gross salary.").duration).toBe(false);
  });

  it('reads a number with a thousands comma as a count, never a year ("1,850 wraps"), and a time of day as no amount', () => {
    const wraps = holds('The stall sold about 1,850 wraps between noon and 10 p.m. on Saturday.');
    expect(wraps.number).toBe(true);
    expect(wraps.date).toBe(true); // Saturday, not "1,850"
    expect(holds('The stall sold about 1,850 wraps.').date).toBe(false);
    expect(holds('The motorway reopened at 4 p.m. on Thursday, when more snow is forecast.').number).toBe(
      false,
    );
    expect(holds('The fire was put out at 10:45 a.m., and 12 people were treated.').number).toBe(true);
  });

  it('reads a day of a month as no amount ("on December 9", "9 Dec."), a number after one as one', () => {
    expect(holds('The EU will announce its contribution at a meeting on December 9.').number).toBe(false);
    expect(holds('Talks resume on 9 Dec. in Brussels.').number).toBe(false);
    expect(holds('By December, 40 families had left.').number).toBe(true);
  });

  it('does not answer "how much" with a sentence whose only number is a time of day', () => {
    const storm = libraryOf(
      madeUpArticle(
        'storm',
        'Snowstorm strands drivers on motorway',
        'The motorway reopened in both directions at 4 p.m. on Thursday, although police advised against travel until Saturday, when more snow is forecast.',
        'Some 4,200 drivers spent the night in their cars.',
      ),
    );
    expect(storm.answer('how much snow is forecast for saturday').answered).toBe(false);
  });
});

describe('answerTypes: measures', () => {
  it('reads a unit with its qualifier as a measure ("17 nautical miles", "40 square metres")', () => {
    expect(holds('The beam can be seen up to 17 nautical miles out to sea.').measure).toBe(true);
    expect(holds('Each flat will have at least 40 square metres of floor space.').measure).toBe(true);
    expect(holds('The 17 nautical charts were sold.').measure).toBe(false);
  });

  it('reads half a unit as a measure ("sand deposits up to half a metre deep")', () => {
    expect(holds('Sand deposits up to half a metre deep would leave some fields unusable.').measure).toBe(
      true,
    );
    expect(holds('The stone was found half a mile from the farm.').measure).toBe(true);
    expect(holds('Half a team turned up.').measure).toBe(false);
  });

  it('reads degrees written as a unit\'s letter as a measure ("highs of around 31C", "minus 3 °C")', () => {
    expect(holds('Temperatures will ease on Thursday, with highs of around 31C.').measure).toBe(true);
    expect(holds('It was minus 3 °C at the airfield.').measure).toBe(true);
    expect(holds('The tokamak reached an ion temperature of 148 million degrees Celsius.').measure).toBe(
      true,
    );
    expect(holds('Each ticket costs 40 cents.').measure).toBe(false);
  });

  it('reads a number written in words before a unit as a measure, not a compound before a noun', () => {
    expect(holds('The unit is about three miles from Eastgate.').measure).toBe(true);
    expect(holds('The port handles two million twenty-foot equivalent units a year.').measure).toBe(false);
    expect(holds('Ten members of staff were moved.').measure).toBe(false);
  });
});

describe('answerTypes: the result of a vote', () => {
  it('reads a vote\'s tally as a result ("voted 27 to 19", "by 19 votes to 12"), not any "from N to M"', () => {
    expect(holds('Councillors voted 27 to 19 in favour of the plan.').score).toBe(true);
    expect(holds('The measure passed by 19 votes to 12, with two abstentions.').score).toBe(true);
    expect(holds('The cabinet approved the change by five votes to three.').score).toBe(true);
    expect(holds('The years of contributions would increase from 41 to 43.').score).toBe(false);
  });

  it('answers "what was the result of the council vote" with the tally, not a sentence about the vote', () => {
    const stadium = libraryOf(
      madeUpArticle(
        'stadium',
        'Council approves public money for new stadium',
        'Castrello city council voted on Tuesday to spend 95 million euros of public money on a new football stadium.',
        'Councillors voted 27 to 19 in favour of the plan, with two abstentions.',
        'Protesters outside the council building said the vote ignored the housing crisis.',
      ),
    );
    expect(stadium.answer('what was the result of the council vote').excerpts[0]?.text).toContain('27 to 19');
    // "What was the vote on X" asks the same.
    const plan = libraryOf(
      madeUpArticle(
        'plan',
        'Council approves stadium plan',
        'The council voted on the stadium plan on Tuesday after a five-hour debate.',
        'The plan passed by 27 votes to 19, with two abstentions.',
        'Protesters outside said the stadium plan ignored the housing crisis.',
      ),
    );
    expect(plan.answer('what was the vote on the stadium plan').excerpts[0]?.text).toContain(
      '27 votes to 19',
    );
  });

  it('reads a tally written with a dash or as "a vote of N to M"', () => {
    expect(holds('The council voted 5–4 in November to back the project.').score).toBe(true);
    expect(holds('The loan was approved in a late-evening vote of 14 to 3.').score).toBe(true);
  });

  it('answers "how did the councillors / the board vote" with the tally, and declines it without one', () => {
    const fees = libraryOf(
      madeUpArticle(
        'fees',
        'Town council raises burial fees',
        'Councillors voted 9 to 4 on Tuesday to raise the price of a new grave to 1,850 euros.',
        'Councillor Gráinne Moloney, who led the four members voting against the rise, said she would appeal.',
        'The fee rise takes effect on April 1.',
      ),
    );
    expect(fees.answer('how did the councillors vote on the fee rise').excerpts[0]?.text).toContain('9 to 4');
    const plan = libraryOf(
      madeUpArticle(
        'plan',
        'Council to vote on allotment plan',
        'Under the plan, which will go to a full council vote on April 2, the council would spend 4.6 million pounds.',
        'Residents have asked for more allotments since 2019.',
      ),
    );
    expect(plan.answer('how did the council vote on april 2').answered).toBe(false);
  });
});

describe('answerTypes: causes', () => {
  it('answers "why" only with a sentence that gives a cause', () => {
    const stadium = libraryOf(
      madeUpArticle(
        'stadium',
        'Inquiry blames police for stadium crush',
        'The police radio failed during the match, and the control room lost contact with officers for 12 minutes.',
        'A superintendent opened the exit gate because the crowd outside had grown to 4,000, the inquiry found.',
        'Nine fans died in the crush at Keswold Park last September.',
      ),
    );
    expect(stadium.answer('why did the police radio fail').answered).toBe(false);
    expect(stadium.answer('why was the exit gate opened').excerpts[0]?.text).toContain('because the crowd');
  });

  it('takes a reason given as an argument ("arguing that …", "citing …") for a cause', () => {
    const court = libraryOf(
      madeUpArticle(
        'court',
        'Court blocks Tolquén dam',
        'The environmental court voted 2-1 to cancel the permit for the Tolquén dam on Tuesday.',
        'Judge Ernesto Valbuena dissented, arguing that the gaps in the study could be fixed later.',
      ),
    );
    expect(court.answer('why did judge valbuena dissent').excerpts[0]?.text).toContain('arguing that');
  });

  it('takes a suspicion or charge ("on suspicion of …") and "too strong to" for a cause', () => {
    const fire = libraryOf(
      madeUpArticle(
        'fire',
        'Wildfire forces island evacuation',
        'Police detained a 63-year-old man on Wednesday on suspicion of starting the fire while burning weeds.',
        'The planes were grounded for two hours when gusts became too strong for them to fly safely.',
      ),
    );
    expect(fire.answer('why was the man detained').excerpts[0]?.text).toContain('on suspicion of');
    expect(fire.answer('why were the planes grounded').excerpts[0]?.text).toContain('too strong');
    // A purpose, or a fear the sentence names, says why as well.
    const town = libraryOf(
      madeUpArticle(
        'town',
        'Marathon moved to June',
        'The marathon was moved to June to coincide with the town’s 800th anniversary celebrations.',
        'Fishermen opposed the wind farm over fears it would close their grounds.',
      ),
    );
    expect(town.answer('why was the marathon moved to june').excerpts[0]?.text).toContain('to coincide with');
    expect(town.answer('why did the fishermen oppose the wind farm').excerpts[0]?.text).toContain(
      'over fears',
    );
  });

  it('does not take "after" a span of time for a cause: it says when', () => {
    const talks = libraryOf(
      madeUpArticle(
        'talks',
        'Junior doctors strike in Valmora',
        'Talks between the union and the health ministry broke down on Oct. 9 after nine hours.',
        'The strike began after the ministry rejected a 12% pay rise.',
      ),
    );
    expect(talks.answer('why did the talks break down').answered).toBe(false);
    expect(talks.answer('why did the strike begin').excerpts[0]?.text).toContain('after the ministry');
  });
});

describe('answerTypes: the month May', () => {
  it('reads "May" as a month with its day or after a word of time, though "may" is a stop word', () => {
    // As the index reads a sentence: its content tokens, stop words left out.
    const dated = (sentence: string) =>
      sentenceFeatures(sentence, contentTokens(sentence), { people: new Set(), placed: false }).date;
    expect(dated('The federation would stage a protest on May 22.')).toBe(true);
    expect(dated('Work began in May.')).toBe(true);
    expect(dated('The second harvest, which begins around May, is likely to be smaller.')).toBe(true);
    expect(dated('The federation may stage a protest.')).toBe(false);
  });
});

describe('answerTypes: dates to come', () => {
  it("reads a year before the story's own as past, a month or a later year as perhaps to come", () => {
    const upcoming = (sentence: string) =>
      sentenceFeatures(sentence, tokenize(sentence), { people: new Set(), placed: false, year: 2025 })
        .upcoming;
    expect(upcoming('The levee, built in 1962, was to be raised under a plan approved in 2019.')).toBe(false);
    expect(upcoming('Work will start in 2026.')).toBe(true);
    expect(upcoming('Work will start in March.')).toBe(true);
  });

  it('reads a season placed in time as a date, to come unless last, since or habitual', () => {
    const holds = (sentence: string) =>
      sentenceFeatures(sentence, tokenize(sentence), { people: new Set(), placed: false, year: 2025 });
    expect(holds('The institute expects the first results of the trial next autumn.').upcoming).toBe(true);
    expect(holds('The ministry will present a new plan for the lakes in the autumn.').upcoming).toBe(true);
    expect(holds('The shop hopes to reopen by Christmas.').upcoming).toBe(true);
    expect(holds('A second phase of work had been planned for last autumn.')).toMatchObject({
      date: true,
      upcoming: false,
    });
    expect(holds('The road is regularly closed by rockslides in winter.').upcoming).toBe(false);
    expect(holds('The fall in prices hit growers.').date).toBe(false);
    expect(holds('The Christmas market drew 40,000 visitors.').date).toBe(false);
  });

  it('answers "when will …" only with a date that may be to come', () => {
    const levee = (sentence: string) =>
      libraryOf(
        parseArticle(
          [
            '---\npublished: 2025-05-14\noutlet: Reuters\nlanguage: en\n---',
            'Levee breach floods Kostrzyca',
            'About 9,400 people were evacuated after a levee on the Nysola river gave way on Tuesday.',
            sentence,
          ].join('\n\n'),
          'levee',
        ),
      );
    const question = 'when will the levee modernisation work start';
    expect(
      levee(
        'The levee, built in 1962, was due to be raised under a modernisation plan approved in 2019.',
      ).answer(question).answered,
    ).toBe(false);
    expect(
      levee('The levee, built in 1962, will be raised under a modernisation plan from 2026.').answer(question)
        .excerpts[0]?.text,
    ).toContain('from 2026');
  });

  it('takes "before" a body or a person as a place, not a time ("before a labour court in Linz")', () => {
    const inTime = (sentence: string) => placesInTime(holds(sentence), sentence);
    expect(inTime('He will challenge the dismissal before a labour court in Linz.')).toBe(false);
    expect(inTime('The club hopes to name a coach before the international break.')).toBe(true);
    const orchestra = libraryOf(
      madeUpArticle(
        'orchestra',
        'Orchestra dismisses chief conductor',
        "Maresch's lawyer said the conductor denied the allegations and would challenge the dismissal before a labour court in Linz.",
        'The orchestra said it would name a new conductor within six months.',
      ),
    );
    expect(orchestra.answer('when will the labour court in linz hear the case').answered).toBe(false);
  });
});

describe('answerTypes: reported speech', () => {
  it('reads a claim as reported speech, as the question that asks who claimed it does', () => {
    expect(
      holds('A criminal group calling itself Black Ledger claimed responsibility for the attack.').speech,
    ).toBe(true);
    expect(holds('The group stopped the attack on Monday.').speech).toBe(false);
  });
});

describe('answerTypes: "when"', () => {
  it('is answered by a time of day as by a day: "at 2:15 p.m." before a sentence with other words of time', () => {
    const tornado = libraryOf(
      madeUpArticle(
        'tornado',
        'Tornado hits Wexley',
        'The weather service issued a tornado warning for Wexley at 6:31 p.m., and the sirens sounded two minutes later.',
        'Forecasters had placed the area under a tornado watch at 2:15 p.m.',
        'Forecasters said they had tracked the storm for an hour, and residents were told to watch the sky.',
        'The tornado destroyed 412 homes, and forecasters said it was the strongest in years.',
      ),
    );
    expect(tornado.answer('when did forcasters issue the tornado watch').excerpts[0]?.text).toContain('2:15');
  });
});

describe('answerTypes: ages', () => {
  it('reads an age written with the word "age" ("the average age of its drivers was 52")', () => {
    expect(holds("The average age of the operator's drivers was 52.").age).toBe(true);
    expect(holds('The retirement age will rise to 67 by 2030.').age).toBe(true);
    expect(holds('The age of the bridge worried engineers, who found 14 cracks.').age).toBe(false);
    expect(holds('People of working age make up 61.5% of the population.').age).toBe(false);
  });

  it('reads an age in months or given to the oldest or youngest ("the youngest 17")', () => {
    expect(holds('The youngest dog to die was 14 months old.').age).toBe(true);
    expect(holds('The kitten, thought to be about eight weeks old, was found in a downpipe.').age).toBe(true);
    expect(holds('Founded by Cistercian monks in 1147, the abbey survived.').age).toBe(true);
  });

  it('reads an age after "aged", in figures or in words ("aged seven")', () => {
    expect(holds('Mehta started tabla lessons at the school aged seven, when it had 40 pupils.').age).toBe(
      true,
    );
    expect(holds('She joined the club aged 12.').age).toBe(true);
    expect(holds('The school aged badly after the fire of 1990.').age).toBe(false);
  });

  it('reads an age in words that opens the sentence ("Nine-year-old Isla Carver")', () => {
    expect(holds('Nine-year-old Isla Carver was among those admitted to hospital.').age).toBe(true);
    const milk = libraryOf(
      madeUpArticle(
        'milk',
        'Raw milk sales banned after children fall ill',
        'Nine-year-old Isla Carver was among those admitted to hospital.',
        'Her mother, Rebecca Carver, said they had bought milk at the farm shop every week.',
      ),
    );
    expect(milk.answer('how old is isla carver').excerpts[0]?.text).toContain('Nine-year-old');
  });

  it("reads the age set off after a surname that opens most of the story's sentences naming it", () => {
    const canal = libraryOf(loadArticleById('fish-kill-canal-oxygen-haarlem-vaart').article);
    expect(canal.answer('how old is joris hendriksen').excerpts[0]?.text).toContain('Hendriksen, 58,');
  });

  it('reads an age told otherwise: "now 81", "then 24", of oneself or one\'s own, "at the age of nine"', () => {
    expect(holds('Vollmer, now 81, told Reuters at her flat.').age).toBe(true);
    expect(holds("The museum's night guard, then 24, was questioned.").age).toBe(true);
    expect(holds('"My mother is 84 and goes to dialysis," he said.').age).toBe(true);
    expect(holds('"I\'m 81, I don\'t drive," she said.').age).toBe(true);
    expect(holds('Aldbridge signed him in July 2022, when he was 20.').age).toBe(true);
    expect(holds('The last apprentice, Ewald Grieshaber, is now 61 and still works there.').age).toBe(true);
    expect(holds('She died in 2022 at the age of nine.').age).toBe(true);
    expect(holds('"I was 300 metres away," he said.').age).toBe(false);
    expect(holds('The price, then 1,200 euros, rose.').age).toBe(false);
    expect(holds('The oldest person detained was 81 and the youngest 17.').age).toBe(true);
    expect(holds('The oldest bridge has 4 lanes.').age).toBe(false);
    // Set off by "and" and what the person is.
    expect(holds('Frame, now 59 and a sheep farmer near Glenbrae, was among the first.').age).toBe(true);
    expect(holds('Of the 120 staff, 59 and their families moved.').age).toBe(false);
  });
});

describe('answerTypes: what says how long', () => {
  const gives = (sentence: string) => givesLength(holds(sentence), sentence);

  it('is a length, a duration, or a span bounded by a time', () => {
    expect(gives('The bridge is 184 metres long.')).toBe(true);
    expect(gives('Bramwell went 41 consecutive days without rain.')).toBe(true);
    expect(gives('Flags would fly at half-mast for a week.')).toBe(true);
    expect(gives('The road stays shut until Nov. 30.')).toBe(true);
    expect(gives('Maruti ran the second half in 59:57.')).toBe(true);
  });

  it('so a sentence giving only a date does not answer "how long"', () => {
    const library = libraryOf(
      madeUpArticle(
        'strike',
        'Doctors strike in Valmora',
        'Hospital doctors in Valmora began a strike on Monday over pay.',
        'In 2012, a walkout by hospital doctors in Valmora ended with an 8% pay deal.',
      ),
    );
    expect(library.answer('how long did the 2012 doctors walkout last').answered).toBe(false);
  });

  it('is not a date or a number alone', () => {
    expect(gives('In 2012, a walkout by hospital doctors ended with an 8% pay deal.')).toBe(false);
    expect(gives('About 1,400 tractors came to Brenmoor in 2019.')).toBe(false);
  });
});

describe('answerTypes: a person named', () => {
  it('reads two capitalised words set off by an age as a person, whatever their first name', () => {
    expect(holds("Calvora's mayor, Duarte Lobo, 58, did not take part in the march.").person).toBe(true);
    expect(holds('The route through Ponte Lobo, Vila Real and Braga reopened.').person).toBe(false);
  });
});

describe('answerTypes: how far, by the time it takes to get there', () => {
  it('is a measure: "a 10-minute walk", "40 minutes away by ferry", not a meeting\'s length', () => {
    expect(holds('The hall is a 10-minute walk from its railway station.').measure).toBe(true);
    expect(holds('The island lies 40 minutes away by ferry.').measure).toBe(true);
    expect(holds('He travels 45 minutes each way by bus.').measure).toBe(true);
    expect(holds('The meeting lasted 45 minutes.').measure).toBe(false);
  });
});

describe('answerTypes: the century a thing was made in', () => {
  it('gives its age ("the 14th-century church", "parts of which date from the 13th century")', () => {
    expect(holds('The plan would harm the setting of the 14th-century church of St Aldhelm.').age).toBe(true);
    expect(holds('Parts of the building date from the 13th century.').age).toBe(true);
    expect(holds('The church stands on a hill above the village.').age).toBe(false);
  });
});

describe('answerTypes: a fraction', () => {
  it('is a number: "by a fifth", "two tenths"', () => {
    expect(holds('Birchlin had already cut orders from retailers by a fifth.').number).toBe(true);
    expect(holds('Two tenths of the harvest was lost.').number).toBe(true);
    expect(holds('Bookings were down sharply, she said.').number).toBe(false);
  });
});

describe('answerTypes: "what time"', () => {
  it('reads a time of day written with the part of the day ("7:48 in the evening") or after "at" or "by"', () => {
    expect(holds('The hammer fell at 7:48 in the evening.').time).toBe(true);
    expect(holds('The first engine arrived at 9:25.').time).toBe(true);
    expect(holds('A queue had formed by 8:30 on Tuesday morning.').time).toBe(true);
    expect(holds('The score was 7:48 at half-time.').time).toBe(false);
  });

  it('reads a time as British English writes it ("at 5.45 on his way") and as said ("half past six")', () => {
    expect(holds('He buys rolls every morning at 5.45 on his way to the depot.').time).toBe(true);
    expect(holds('I drive in at half past six in the morning.').time).toBe(true);
    expect(holds('My daughter left at a quarter to seven.').time).toBe(true);
    // A price or a figure after "at" is none.
    expect(holds('Shares closed at 14.86 euros.').time).toBe(false);
    expect(holds('The index stood at 3.20, analysts said.').time).toBe(false);
  });

  it('is not answered by a sentence that gives only a day', () => {
    const campus = libraryOf(
      madeUpArticle(
        'campus',
        'Students protest against tuition fees',
        'Police said 60 officers had been deployed near the campus on Wednesday and that no arrests had been made.',
        'About 4,000 students marched from the campus to the ministry.',
      ),
    );
    expect(campus.answer('what time were police deployed near the campus').answered).toBe(false);
    expect(campus.answer('when were police deployed near the campus').excerpts[0]?.text).toContain(
      'Wednesday',
    );
  });

  it('is not answered by a sentence without a time or a date', () => {
    const plant = libraryOf(
      madeUpArticle(
        'plant',
        'Blast at Dolnowice chemical plant',
        'An explosion tore through the Vistrochem plant in Dolnowice, killing four workers.',
        'The first fire engine reached the plant gates, and crews fought the blaze for six hours.',
        'The company said it would co-operate with investigators.',
      ),
    );
    expect(plant.answer('what time did the first fire engine reach the plant').answered).toBe(false);
    const withTime = libraryOf(
      madeUpArticle(
        'plant',
        'Blast at Dolnowice chemical plant',
        'An explosion tore through the Vistrochem plant in Dolnowice, killing four workers.',
        'The first fire engine reached the plant gates at 9:25, and crews fought the blaze for six hours.',
      ),
    );
    expect(
      withTime.answer('what time did the first fire engine reach the plant').excerpts[0]?.text,
    ).toContain('9:25');
  });

  it("reads every sentence of the story that gives a time, though the question's rarer words pick others", () => {
    // _The 82-metre crane buckled and toppled across the quay at about 6:40 a.m._: "crane" is in many of its sentences.
    const crane = libraryOf(loadArticleById('harbour-crane-collapse-port-workers-injured-belmoor').article);
    expect(crane.answer('what time did the crane collapse').excerpts[0]?.text).toContain('6:40 a.m.');
    const main = libraryOf(loadArticleById('water-main-burst-city-centre-flooding-carvelle').article);
    expect(main.answer('what time did the water main burst').excerpts[0]?.text).toContain('4:40 a.m.');
  });
});

describe("answer: the story's own events before its background", () => {
  // Dated, so that 1987 is before the story's year.
  const landslide = libraryOf(
    parseArticle(
      [
        '---',
        'published: 2025-10-14',
        '---',
        'Landslide buries Alpine village',
        '',
        'A landslide buried part of the village of Montebrisa on Tuesday, killing at least nine people.',
        '',
        'In 1987, a landslide in the same valley killed 11 people in the village of Sarnego.',
        '',
        'Rescuers worked through the night.',
      ].join('\n'),
      'landslide',
    ),
  );

  it('ranks a sentence of the story above a background event dated in an earlier year', () => {
    expect(landslide.answer('how many people were killed in the landslide').excerpts[0]?.text).toContain(
      'at least nine',
    );
  });

  it('still answers from the background when the question asks about that time', () => {
    expect(
      landslide.answer('how many people were killed in the landslide in 1987').excerpts[0]?.text,
    ).toContain('killed 11 people');
  });
});

describe('answerTypes: quarters of the year', () => {
  it('answers "when" with a quarter of the year, not with a quarter of something', () => {
    const sale = libraryOf(
      madeUpArticle(
        'sale',
        'Brennholm sells airport stake to fund',
        'The transaction is expected to close in the third quarter, a spokesperson for Halvern said.',
        'The fund will pay the first quarter of the price at closing, a spokesperson said.',
      ),
    );
    expect(sale.answer('when is the transaction expected to close').excerpts[0]?.text).toContain(
      'third quarter',
    );
    expect(sale.answer('when will the fund pay').answered).toBe(false);
  });
});

describe('answer: "how fast did …" asks how long it took, or a speed', () => {
  const library = libraryOf(
    madeUpArticle(
      'sauna',
      'Lakeside sauna reopens',
      'The 420 tickets for the first morning session sold out 40 minutes after going on sale on Monday.',
      'The sauna, which seats 24 people, was rebuilt for 1.2 million euros.',
      'Smoke from the stove rises at about 2 metres a second, the architect said.',
    ),
  );

  it('is answered by the time something took ("sold out 40 minutes after")', () => {
    expect(
      library.answer('how fast did the tickets for the first session sell out').excerpts[0]?.text,
    ).toContain('sold out 40 minutes');
  });

  it('still asks a speed of how fast something is', () => {
    expect(library.answer('how fast does the smoke rise').excerpts[0]?.text).toContain('2 metres a second');
  });
});

describe('a figure put on something, as its source states it', () => {
  it('reports what they say ("Organisers put the crowd at 70,000")', () => {
    const march = libraryOf(
      madeUpArticle(
        'march',
        'Teachers march for pay in Valderejo',
        'About 45,000 people marched through Valderejo on Saturday, according to police.',
        'Organisers put the crowd at 70,000.',
        'The deal also cuts the maximum class size from 25 to 22 pupils by 2027.',
      ),
    );
    expect(march.answer('what did the organisers say the crowd size was').excerpts[0]?.text).toBe(
      'Organisers put the crowd at 70,000.',
    );
  });
});
