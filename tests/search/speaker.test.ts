import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('"what did <someone> say": who the speaker is', () => {
  const cement = libraryOf(
    madeUpArticle(
      'cement',
      'Cement makers fined 212 million euros for price-fixing',
      "Portugal's Competition Authority fined three cement makers a total of 212 million euros on Tuesday.",
      'Valdoura said it would appeal against the decision in the competition court in Santarém.',
      '"We compete hard for every tonne we sell, and we will prove it in court," Chief Executive Rui Albergaria said in a statement.',
      '"The cartel cost every family that built a house," said Margarida Pestana, president of the authority.',
    ),
  );

  it('knows a title WordNet spells out ("CEO": chief executive), and the company named beside the quote', () => {
    expect(cement.answer("what did valdoura's ceo say about competing").excerpts[0]?.text).toContain(
      'We compete hard',
    );
  });

  it("knows the company beside one of a speaker's quotes for all of them", () => {
    const dam = libraryOf(
      madeUpArticle(
        'dam',
        'Court blocks Tolquen dam',
        'Hidroaustral said it would appeal. "We spent eight years studying this valley," Chief Executive Martín Echeverría said.',
        'Environmental groups celebrated outside the court in Santiago.',
        '"We are confident the Supreme Court will correct this decision," Echeverría said.',
      ),
    );
    expect(
      dam.answer('what did the hidroaustral ceo say about the supreme court').excerpts[0]?.text,
    ).toContain('We are confident the Supreme Court');
  });

  it('takes a title the stories have only as a WordNet relative ("leader": chief) as there, not as required', () => {
    const rail = libraryOf(
      madeUpArticle(
        'rail',
        'Regulator fines rail operator over delays',
        "Rolf Engelke, regional chairman of the train drivers' union GDV, said drivers were leaving.",
        '"You cannot run a railway on goodwill forever," Engelke added.',
        '"We accept that our performance has not been good enough," Chief Executive Anja Brandauer said.',
      ),
    );
    expect(rail.answer('what did the union leader say about running a railway').excerpts[0]?.text).toContain(
      'You cannot run a railway',
    );
    expect(rail.answer('what did the mayor say about the performance').answered).toBe(false);
  });

  it('knows the leader of a body the question names by any title of who leads one (_chairman of the union_)', () => {
    const fares = libraryOf(
      madeUpArticle(
        'fares',
        'Kolmar scraps free travel for pensioners',
        'Opposition leader Dora Pfeiffer called the decision a tax on getting old.',
        '"Our drivers are not ticket inspectors," said Stefan Hollerer, chairman of the union\'s Kolmar branch.',
        'Union members will vote on the new rota in May.',
      ),
    );
    expect(fares.answer('what did the union leader say about the drivers').excerpts[0]?.text).toContain(
      'Our drivers are not ticket inspectors',
    );
  });

  it('does not count a body the story names otherwise as missing beside a title it has ("the union leader")', () => {
    const mine = libraryOf(
      madeUpArticle(
        'mine',
        'Miners trapped after roof collapse',
        '"We warned the company in writing in June," said Siri Amundsen, the local leader of the Norwegian Miners\' Federation.',
        'The company said it would cooperate with the police.',
      ),
    );
    expect(
      mine.answer('what did the union leader say about warning the company').excerpts[0]?.text,
    ).toContain('We warned the company');
    expect(mine.answer('what did the union spokesman say about warning the company').answered).toBe(false);
  });

  it('reads a title as the verb it names the doer of, in a role ("the union leader": who leads … the union)', () => {
    const buses = libraryOf(
      madeUpArticle(
        'buses',
        'City ends free bus trial',
        "Mikael Strand, who leads the Lindahl branch of the transport workers' union, said assaults had fallen.",
        '"Our members liked not having to argue about tickets," Strand said.',
        'Group leader Patrik Alm called the trial "an expensive lesson".',
      ),
    );
    expect(buses.answer('what did the union leader say about tickets').excerpts[0]?.text).toContain(
      'argue about tickets',
    );
  });

  it('reads a speaker the story describes in other words ("the social democrat lawmaker": a Social Democrat MP)', () => {
    const bank = libraryOf(
      madeUpArticle(
        'bank',
        'Bank fined for money laundering',
        'Solberga was fined 4.1 billion crowns on Tuesday.',
        '"Not one crown of bonuses should be paid this year," said Eva Lind, a Social Democrat MP.',
      ),
    );
    expect(
      bank.answer('what did the social democrat lawmaker say about bonuses').excerpts[0]?.text,
    ).toContain('Not one crown of bonuses');
    expect(bank.answer('what did the green lawmaker say about bonuses').answered).toBe(false);
  });

  it("puts the speaker's own words, quoted, before the words reported of them", () => {
    const insulin = libraryOf(
      madeUpArticle(
        'insulin',
        'Insulin factory halted after contamination',
        'Agency director Peter Lundgaard said the bacteria had most likely entered the line during maintenance work in late August, the cause of the contamination.',
        '"This was a failure of procedure, not of equipment," Lundgaard said.',
        'About 1.2 million pens were recalled.',
      ),
    );
    expect(
      insulin.answer('what did the medicines agency director say about the cause').excerpts[0]?.text,
    ).toContain('This was a failure of procedure');
  });

  it('counts reported words that quote some of theirs as quoted ("called the allowance "too little, too late"")', () => {
    const doctors = libraryOf(
      loadArticleById('anaesthetist-shortage-operations-cancelled-kelbourne').article,
    );
    expect(
      doctors.answer('what did helena vasko say about the retention allowance').excerpts[0]?.text,
    ).toContain('too little, too late');
    const clock = libraryOf(loadArticleById('town-clock-stopped-repairs-funding-row-bellminster').article);
    expect(
      clock.answer("what did the clockmaker say about the clock's condition").excerpts[0]?.text,
    ).toContain('running on borrowed time');
  });

  it('knows the company the paragraph before a quote names for a bare title ("Chief Executive Marta Oliver")', () => {
    const rent = libraryOf(
      madeUpArticle(
        'rent',
        'City freezes rents for five years',
        'The council approved the freeze by 17 votes to 10 on Tuesday.',
        'Property developer Grupo Almenara, the largest private landlord with about 2,600 flats, said it would put its building plans on hold. Its shares fell 4.7%.',
        '"We cannot invest 95 million euros in a project whose returns are decided by politicians every year," Chief Executive Marta Oliver said in a statement.',
        '"Tenants can finally plan their lives," said Lucia Ferrer, who chairs the tenants\' union.',
      ),
    );
    expect(rent.answer('what did the almenara ceo say about investing').excerpts[0]?.text).toContain(
      'We cannot invest 95 million euros',
    );
    expect(rent.answer('what did the ceo of grupo almenara say').excerpts[0]?.text).toContain(
      'We cannot invest 95 million euros',
    );
  });

  it('needs the title, not a word describing the body before it ("the farmers union president")', () => {
    const heat = libraryOf(
      madeUpArticle(
        'heat',
        'Heatwave ruins southern harvest',
        "The Southern Farmers' Union estimated crop losses at 430 million euros, with melons worst hit. About 18,000 chickens died at a poultry farm when its ventilation failed.",
        '"Our melons cooked on the plant," said Joaquín Berral, the union\'s president.',
        'Temperatures reached 44 degrees in Valmora on Sunday.',
      ),
    );
    expect(
      heat.answer('what did the farmers union president say about the melons').excerpts[0]?.text,
    ).toContain('Our melons cooked');
  });

  it('reads a compound WordNet files as a body ("auction house") as whose title it is', () => {
    const art = libraryOf(
      madeUpArticle(
        'art',
        'Buyer of fake Old Master to get refund',
        'Laboratory tests ordered by the auction house found titanium white in four layers of paint. Radiocarbon dating showed the canvas was woven after 1955.',
        '"We were deceived," Marit Lindqvist, chief executive of Lindqvist & Moe, told a news conference. "We are returning every crown of the purchase price."',
      ),
    );
    expect(
      art.answer('what did the auction house ceo say about the purchase price').excerpts[0]?.text,
    ).toContain('We are returning every crown');
  });

  it('reads "what did X say about how much …" as asking words, not a number', () => {
    const plant = libraryOf(
      madeUpArticle(
        'plant',
        'Carmaker to close battery plant',
        'Mayor Karin Sundberg said the town had spent 640 million crowns on roads and a new school for the plant.',
        '"Skarborg gave us less than a day\'s notice," Sundberg said.',
        'Skarborg employs 1,850 people at the plant.',
      ),
    );
    expect(
      plant.answer('what did the mayor say about how much notice skarborg gave').excerpts[0]?.text,
    ).toContain("less than a day's notice");
  });

  it('knows the owner or manager of a place by a role that says who runs it', () => {
    const island = libraryOf(
      madeUpArticle(
        'island',
        'Pharmacy flies medicines to island by drone',
        "Elsa Nordin, 36, who runs the island's only café, said some neighbours worried about noise.",
        '"We want to know how many of these things will be buzzing over us in July," Nordin said.',
        '"It is a good service," said Karin Ek, a pharmacist.',
      ),
    );
    expect(island.answer('what did the café owner say about july').excerpts[0]?.text).toContain(
      'buzzing over us',
    );
    // Not of a place no one is said to run.
    expect(island.answer('what did the hotel owner say about july').answered).toBe(false);
  });

  it('reads "who said … how many …" as asking words, not a count', () => {
    const lane = libraryOf(
      madeUpArticle(
        'lane',
        "Town votes for cycle lane over shopkeepers' protest",
        'A council survey found that 38% of people visiting Market Street arrived by car.',
        '"Traders almost always overestimate how many of their customers come by car, because those are the customers who complain," Fairbrother said.',
      ),
    );
    expect(
      lane.answer('who said traders overestimate how many customers come by car').excerpts[0]?.text,
    ).toContain('Traders almost always overestimate');
  });

  it('knows the title spelled out even where the stories also write it short ("deputy CEO")', () => {
    const merger = libraryOf(
      madeUpArticle(
        'merger',
        'Regulator clears Nordic airline merger',
        'Kustair Chief Executive Elin Sandqvist will become deputy CEO of the combined airline.',
        'The airlines must give up 46 slot pairs at Oslo and nine routes.',
        'The European Commission approved the deal on Tuesday.',
        '"Today\'s decision lets us build a Nordic airline," said Henrik Aasvold, the chief executive of Fjellfly.',
      ),
    );
    expect(merger.answer("what did the fjellfly ceo say about today's decision").excerpts[0]?.text).toContain(
      'lets us build',
    );
  });

  it('takes a word for a kind of body beside the title as whose title it is ("the bank\'s CEO")', () => {
    const bank = libraryOf(
      madeUpArticle(
        'bank',
        'Nordwall bank outage',
        'Nordwall said its systems were restored on Monday after a three-day outage.',
        'The outage left 1.2 million customers unable to pay by card.',
        'Regulators said they would examine the bank’s contingency plans.',
        'Shops in the north of the country were hit hardest.',
        'Some customers waited more than four hours to speak to someone.',
        '"Our employees showed enormous courage," Chief Executive Ulrika Norrman told reporters.',
      ),
    );
    expect(bank.answer("what did the bank's ceo say about the staff").excerpts[0]?.text).toContain(
      'enormous courage',
    );
  });

  it('knows a title by its other names in any of their senses ("the fire chief": head of the fire service)', () => {
    const blast = libraryOf(
      madeUpArticle(
        'blast',
        'Blast at Dolnowice chemical plant',
        'An explosion tore through the Vistrochem plant in Dolnowice, killing four workers.',
        "The plant's chief engineer was among the injured.",
        'About 2,300 residents were evacuated.',
        'Schools in the town stayed closed on Tuesday.',
        '"Our biggest fear was that the flames would reach a second tank of chlorine," said Krzysztof Malec, head of the regional fire service.',
      ),
    );
    expect(blast.answer('what did the fire chief say about the chlorine tank').excerpts[0]?.text).toContain(
      'biggest fear',
    );
  });

  it("still wants the company beside the quote: another company's CEO is not quoted", () => {
    expect(cement.answer("what did lusocal's ceo say about competing").answered).toBe(false);
  });

  it('reads an everyday word for a person ("the union guy") as someone, not as a name it lacks', () => {
    const wind = libraryOf(
      madeUpArticle(
        'wind',
        'Corvell cancels Tarrow Bank wind farm',
        'Corvell Renewables cancelled its Tarrow Bank offshore wind farm on Tuesday, blaming a 38% jump in costs.',
        '"These are skilled, well-paid jobs, and they have just been thrown away," said Dave Morrow, regional secretary of the union.',
      ),
    );
    expect(wind.answer('what did the union guy say about the jobs').excerpts[0]?.text).toContain('skilled');
    // A word for someone in particular that the story lacks is still no one it quotes.
    expect(wind.answer('what did the goalkeeper say about the jobs').answered).toBe(false);
  });
});

describe('"what did <someone> say", asking nothing else', () => {
  it('is answered by a quote of the speaker whose role or body has the words ("head of the union branch")', () => {
    const bridge = libraryOf(loadArticleById('island-bridge-closed-repairs-ferry-stopgap-holmsey').article);
    expect(bridge.answer('what did the union leader say').excerpts[0]?.text).toContain('single krone');
    const grooms = libraryOf(loadArticleById('horse-show-jumping-doping-disqualified-belvard').article);
    expect(grooms.answer('what did the grooms union guy say').excerpts[0]?.text).toContain(
      'always the groom',
    );
  });

  it('is answered by the title of a body the paragraph before names ("the chief executive of Fjellhonning")', () => {
    const honey = libraryOf(
      madeUpArticle(
        'honey',
        'Beekeepers lose colonies after mild winter',
        "Fjellhonning, the regional cooperative that packs most of the district's honey, took in 410 tonnes in 2025.",
        'Its chief executive, Rune Aasheim, said: "Imported honey has been selling at close to half our price."',
      ),
    );
    // "Executive" names a group too (the executive branch), but mostly a person: it is the title, not whose it is.
    expect(honey.answer('what did the chief executive of fjellhonning say').excerpts[0]?.text).toContain(
      'Imported honey',
    );
  });

  it('not by a quote whose speaker lacks a word the question requires of them', () => {
    const bridge = libraryOf(loadArticleById('island-bridge-closed-repairs-ferry-stopgap-holmsey').article);
    expect(bridge.answer('what did the pilots union leader say').answered).toBe(false);
  });
});

describe('"who …" wants someone named', () => {
  const cartel = (sentence: string) =>
    libraryOf(
      madeUpArticle(
        'cartel',
        'Cement makers fined for price-fixing',
        "Portugal's Competition Authority fined three cement makers a total of 212 million euros on Tuesday.",
        sentence,
      ),
    );

  it('is not answered by a day or a place, which name no one', () => {
    const lodge = cartel(
      'Senior managers met on the first Monday of every quarter at a hunting lodge near the village of Alvorinha.',
    );
    expect(lodge.answer('who owns the hunting lodge near alvorinha').answered).toBe(false);
  });

  it('is answered by people named by where they are from ("Ukrainian officials reported")', () => {
    const reported = cartel('The raids on the hunting lodge were reported by Portuguese officials.');
    expect(reported.answer('who reported the raids on the hunting lodge').excerpts[0]?.text).toContain(
      'Portuguese officials',
    );
  });

  it('wants the speaker where a sentence says who speaks, not elsewhere in it', () => {
    const police = libraryOf(
      madeUpArticle(
        'ransomware',
        'Police arrest ransomware suspects',
        'The national police said their cybercrime unit was working with Europol to identify the attackers.',
        'Europol, the European Union police agency, said the attack was among the largest this year.',
        '"We will find them," said Anke Severin, who heads the unit, adding that Europol had sent two analysts.',
      ),
    );
    expect(police.answer('what did europol say about the attack').excerpts[0]?.text).toContain(
      'among the largest',
    );
    expect(police.answer('what did the national police say about europol').excerpts[0]?.text).toContain(
      'cybercrime unit',
    );
    expect(police.answer('what did anke severin say').excerpts[0]?.text).toContain('We will find them');
  });

  it('finds a number the quote writes as a word ("the 17 minutes" ~ "Seventeen minutes")', () => {
    const tornado = libraryOf(
      madeUpArticle(
        'tornado',
        'Tornado hits Wexley',
        'The weather service issued a tornado warning for Wexley at 6:31 p.m., giving residents 17 minutes.',
        '"Seventeen minutes saves lives, but only if you have somewhere safe to go," said Lena Ortiz, a forecaster.',
      ),
    );
    expect(tornado.answer('what did ortiz say about the 17 minutes of warning').excerpts[0]?.text).toContain(
      'Seventeen minutes saves lives',
    );
  });

  it('takes a quote of the speaker asked that says its topic its own way', () => {
    const volcano = libraryOf(loadArticleById('volcano-ash-flights-skarvoy').article);
    expect(
      volcano.answer('what did vangsnes say about the size of the eruption').excerpts[0]?.text,
    ).toContain('most powerful eruption');
  });
});

describe('"who is the <title> of <place>" wants whoever holds the title', () => {
  const foundry = libraryOf(
    madeUpArticle(
      'foundry',
      'Grevendael bell foundry closes',
      'Grevendael plans to turn the casting hall into what Mayor Corinne Lammers called a living museum.',
      'The foundry cast its first bell in 1661 and its last one in March.',
      'Orders had fallen for a decade as churches closed across the region.',
      'Jonas Verhulst, 58, the city carillonneur of the Belgian town of Lier, said the loss went beyond one company.',
    ),
  );

  it('is answered by a sentence giving the title, though the story writes it capitalised as a name', () => {
    expect(foundry.answer('who is the mayor of grevendael').excerpts[0]?.text).toContain(
      'Mayor Corinne Lammers',
    );
  });

  it('is not answered by someone of the place the question names who holds another title', () => {
    expect(foundry.answer('who is the mayor of lier').answered).toBe(false);
  });

  it('wants every word of whose title it is, not only the first ("of Thornbury District Council")', () => {
    const parking = libraryOf(
      madeUpArticle(
        'parking',
        'Thornbury to charge for weekend parking',
        'Free weekend parking in the town centre will end in April.',
        'Drivers will pay 1.20 pounds an hour on Saturdays and Sundays.',
        'The Thornbury Chamber of Commerce has not taken a position, but its chief executive, Owen Radley, warned shops would suffer.',
        'Several traders said they had not been consulted.',
        'Thornbury District Council voted 23 to 17 for the change on Wednesday.',
      ),
    );
    expect(parking.answer('who is the chief executive of thornbury district council').answered).toBe(false);
    expect(
      parking.answer('who is the chief executive of the thornbury chamber of commerce').excerpts[0]?.text,
    ).toContain('Owen Radley');
  });

  it("is not answered by a quote of another place's holder that names the place asked in its words", () => {
    const brewery = libraryOf(
      madeUpArticle(
        'brewery',
        'Brewery fined over river pollution',
        'The Haldern brewery was fined 400,000 euros for polluting the river.',
        'Dead fish were found along 12 km of the river in August.',
        'In Dörnbach, 6 km downstream, Mayor Uwe Tennstedt said overnight stays had fallen by 15%.',
        'Anglers and canoeists stayed away all summer.',
        '"Haldern got the jobs, and we got the smell," Tennstedt said.',
      ),
    );
    expect(brewery.answer('who is the mayor of dörnbach').excerpts[0]?.text).toContain('Mayor Uwe Tennstedt');
    expect(brewery.answer('who is the mayor of haldern').answered).toBe(false);
  });
});

describe('"what did <person> say about <something the story words otherwise>"', () => {
  const hives = libraryOf(
    madeUpArticle(
      'hives',
      'Police arrest three over hive thefts',
      'Police arrested three men suspected of stealing 140 beehives from farms around Sommerfeld.',
      '"These were not opportunists, they knew exactly which apiaries to target," said beekeeper Marlene Vosskamp, 52.',
      'Finance Minister Viktor Hanak said the state would not pay for the lost hives.',
    ),
  );

  it("is answered by the person's quote, though the story has no word for it", () => {
    expect(hives.answer('what did marlene vosskamp say about the thieves').excerpts[0]?.text).toContain(
      'not opportunists',
    );
  });

  it('is not when the speaker is asked by a role, which many may hold', () => {
    expect(hives.answer('what did the finance minister say about the baby bonus').answered).toBe(false);
  });
});

describe('"what did <someone> say": the whole quote', () => {
  const bank = libraryOf(
    madeUpArticle(
      'outage',
      'Bank outage leaves millions unable to pay',
      'Nordwall Bank said its payment systems had failed for 41 hours over the weekend.',
      '"Banks have been told for years that digital is cheaper," Priya Raman, a banking analyst, said. "What nobody told them is that when it fails, it fails for everyone at once."',
      'The bank said it would compensate customers.',
    ),
  );

  it('cites the sentences of the quote the best one is part of, once', () => {
    const { excerpts } = bank.answer('what did priya raman say about digital banking');
    expect(excerpts[0]?.text).toContain('it fails for everyone at once');
    expect(excerpts[0]?.text).toContain('digital is cheaper');
    expect(excerpts[0]).toMatchObject({ paragraph: 2, sentence: 0, lastSentence: 1, speaker: 'Priya Raman' });
    expect(excerpts.filter((e) => e.paragraph === 2)).toHaveLength(1);
  });

  it('cites words reported of someone with the quote of theirs that follows', () => {
    const fares = libraryOf(
      madeUpArticle(
        'fares',
        'City ends free bus trial',
        'Hjalmar Nyberg, a 34-year-old nurse, said he would likely buy a monthly pass. "It\'s still cheaper than parking," he said.',
        'The council voted to bring back fares.',
      ),
    );
    const { excerpts } = fares.answer('what did the nurse say about buying a monthly pass');
    expect(excerpts[0]?.text).toContain('cheaper than parking');
    expect(excerpts[0]).toMatchObject({ paragraph: 1, sentence: 0, lastSentence: 1 });
  });

  it('cites a sentence alone for other questions', () => {
    const { excerpts } = bank.answer('how long did the payment systems fail');
    expect(excerpts[0]?.lastSentence).toBeUndefined();
  });
});

describe('"who is <name>" wants what the person is', () => {
  it('from the sentence writing the whole name, before a quote naming them by their surname', () => {
    const union = libraryOf(
      madeUpArticle(
        'firefighters',
        'Rural fire stations close for lack of volunteers',
        "Jonas Lindell, regional chairman of the Rescue Workers' Union, said the standby fee of 1,900 crowns a month had not been raised since 2017.",
        '"People are not leaving because they stopped caring," Lindell said.',
      ),
    );
    for (const question of ['who is jonas lindell', 'who is jonas lindel']) {
      expect(union.answer(question).excerpts[0]?.text).toContain('regional chairman');
    }
  });

  it('though the first name, unknown to the lexicon, is written only as the first word of a sentence', () => {
    const heat = libraryOf(loadArticleById('heatwave-record-temperature-power-grid-strain-alvera').article);
    for (const question of ['who is rui fontanal', 'who is rui fontanel']) {
      expect(heat.answer(question).excerpts[0]?.text).toContain('energy spokesman');
    }
  });
});

describe('"what is <name>\'s job" wants what the person is, as "who is" does', () => {
  const union = libraryOf(
    madeUpArticle(
      'firefighters',
      'Rural fire stations close for lack of volunteers',
      "Jonas Lindell, regional chairman of the Rescue Workers' Union, said the standby fee of 1,900 crowns a month had not been raised since 2017.",
      '"People are not leaving their jobs at the station because they stopped caring," Lindell said.',
    ),
  );

  it('from the sentence writing the whole name, not a quote of theirs with the word "job"', () => {
    for (const question of [
      "what is jonas lindell's job",
      'whats jonas lindels job',
      "what is jonas lindell's occupation",
      'what is the role of jonas lindell',
      'what job does jonas lindell do',
      'what job does jonas lindell have',
      'what role does jonas lindell have',
    ]) {
      expect(union.answer(question).excerpts[0]?.text).toContain('regional chairman');
    }
  });
});

describe('"what does <name> do for a living" wants what the person works as', () => {
  const storm = libraryOf(
    madeUpArticle(
      'storm',
      'Storm floods homes along the river',
      'Priya Lamont, 34, a care worker who relies on the number 4 bus, said she had been late for three shifts.',
      'Her neighbour, Roy Hollis, 70, said the water reached the stairs.',
      'Another parent, Luca Benedetti, said he had used four days of leave.',
    ),
  );

  it('from a sentence saying what they are, the word "living" (perhaps misspelt) or "work" asked by none', () => {
    for (const question of [
      'what does priya lamont do for a living',
      'what does priya lamont do for a livng',
      'what does priya lamont do for work',
    ]) {
      expect(storm.answer(question).excerpts[0]?.text).toContain('a care worker');
    }
  });

  it('declines when the sentences naming them say only who they are to others', () => {
    expect(storm.answer('what does roy hollis do for a living').answered).toBe(false);
    expect(storm.answer('what does luca benedetti do for a living').answered).toBe(false);
  });
});

describe('"what did <name> say about …": a quote of the person named', () => {
  const collapse = libraryOf(loadArticleById('old-mine-subsidence-homes-evacuated-grauberg').article);
  const turbine = libraryOf(loadArticleById('wind-turbine-collapse-hallund').article);

  it("answers with their words about the story's happenings, though the quote lacks the word", () => {
    expect(collapse.answer('what did marta kowalczyk say about the collapse').excerpts[0]?.text).toContain(
      'sound like thunder',
    );
    expect(turbine.answer('what did gunnar alm say he heard that night').answered).toBe(true);
  });

  it('…and about a moment or a part of one ("about the moment of the crash", "about the noise of the fall")', () => {
    const cliff = libraryOf(loadArticleById('cliff-fall-coastal-path-closed-saltcombe').article);
    expect(
      cliff.answer('what did maureen tregarth say about the noise of the fall').excerpts[0]?.text,
    ).toContain('It sounded like the whole hillside was coming down');
    expect(collapse.answer('what did marta kowalczyk say about the moment of the collapse').answered).toBe(
      true,
    );
  });

  it('declines when it asks about a thing or a sum their words never name', () => {
    expect(turbine.answer('what did eva nystrom say about the bolts').answered).toBe(false);
    expect(turbine.answer('what did eva nystrom say about the price of the bolts').answered).toBe(false);
    expect(collapse.answer('what did marta kowalczyk say about the compensation').answered).toBe(false);
    expect(collapse.answer('what did marta kowalczyk say about the house prices').answered).toBe(false);
  });
});

describe('"who called X a Y": whoever named it so, named or not', () => {
  const rink = libraryOf(
    madeUpArticle(
      'rink',
      'Kirkhaven opens its first ice rink',
      'Kirkhaven opened a temporary ice rink on Friday, next to its Christmas market.',
      'Council leader Morag Dunnet said the rink had sold 6,200 tickets by Sunday.',
      'Opposition councillors have called the spending "a frozen vanity project" and asked for a breakdown of its costs.',
      'One paramedic described the past three days as "controlled chaos".',
    ),
  );

  it('answers with the words of a group or an unnamed person', () => {
    expect(rink.answer('who called the rink spending a frozen vanity project').excerpts[0]?.text).toContain(
      'Opposition councillors',
    );
    expect(rink.answer('who described the past three days as controlled chaos').excerpts[0]?.text).toContain(
      'One paramedic',
    );
  });

  it('still declines when no one in the story named it so', () => {
    expect(rink.answer('who called the market a winter wonderland').answered).toBe(false);
  });

  it('"who called the police" still asks for a person', () => {
    expect(rink.answer('who called the police').answered).toBe(false);
  });
});

describe('"what did <someone> say": their quoted words first', () => {
  it('before words reported of them, when both say all the question asks', () => {
    const bridge = libraryOf(
      madeUpArticle(
        'bridge',
        'Vaarhuizen lifting bridge stuck open for a week',
        'The lifting bridge in Vaarhuizen has been stuck open since Monday, engineers said.',
        'The neighbouring town of Dokkerveen, which replaced its own lifting bridge with a fixed crossing in 2017, has seen a 20% rise in traffic this week, its mayor, Saskia Oldenhof, said.',
        '"We built our bridge so we would never have this kind of week," Oldenhof said.',
      ),
    );
    expect(bridge.answer('what did the mayor of dokkerveen say').excerpts[0]?.text).toContain(
      'We built our bridge',
    );
  });
});

describe('"what did the union convener say": who speaks in reported words', () => {
  it('is the subject before a clause that opens with its verb ("X, convener of …, called … and noted")', () => {
    const library = libraryOf(
      madeUpArticle(
        'library',
        'Library trust raises hall fees',
        'The library trust will raise hall rents for community groups by 40% from April.',
        'Iain Fairlie, convener of the library workers\' union branch, called the fee increases "a backdoor way of closing libraries" and noted that two branches had already cut their opening hours.',
      ),
    );
    expect(
      library.answer('what did the union convener say about the fee increases').excerpts[0]?.text,
    ).toContain('a backdoor way of closing libraries');
  });
});

describe('"what did <name> say …": the quotes of the person named', () => {
  it('are read though the story names them too often for their name to pick sentences', () => {
    const bookshop = libraryOf(
      loadArticleById('bookshop-closing-after-ninety-years-owner-retires-tallowby').article,
    );
    expect(bookshop.answer('what did fenwick say she would do next').excerpts[0]?.text).toContain(
      'For the first time in forty years',
    );
  });
});

describe('"what did <name> say about …": a quote of theirs in other words', () => {
  const cruise = libraryOf(
    madeUpArticle(
      'cruise',
      'Norovirus outbreak on cruise ship',
      'More than 200 passengers fell ill with a stomach virus on the Velanne cruise ship, the operator said on Monday.',
      'The operator said it would refund every passenger who fell ill and disinfect the ship in Lisbon.',
      '"It went through the ship like wildfire," said Janet Ollerby, 64, a retired teacher from Leeds.',
      'The ship docked in Lisbon on Sunday night, two days later than planned.',
    ),
  );

  it('answers what happened, asked by how, why or when it did, or by its time', () => {
    expect(
      cruise.answer('what did janet ollerby say about how the virus spread').excerpts[0]?.text,
    ).toContain('like wildfire');
    expect(
      cruise.answer('what did janet ollerby say about the night the ship docked').excerpts[0]?.text,
    ).toContain('like wildfire');
  });

  it('answers what came to pass ("about the ship docking", "about having to stay on the ship")', () => {
    expect(cruise.answer('what did janet ollerby say about the ship docking').excerpts[0]?.text).toContain(
      'like wildfire',
    );
    expect(
      cruise.answer('what did janet ollerby say about having to stay on the ship').excerpts[0]?.text,
    ).toContain('like wildfire');
  });

  it('does not answer what she was asked about a thing her words do not name', () => {
    expect(cruise.answer('what did janet ollerby say about the cabins').answered).toBe(false);
  });
});

describe('"what did the <title> say", the title written only in the speaker\'s name', () => {
  const raid = libraryOf(
    madeUpArticle(
      'mahogany',
      'Police seize illegal mahogany at a sawmill',
      'Federal police seized 1,840 cubic metres of illegally felled mahogany at a sawmill on Wednesday.',
      '"We heard the chainsaws every night," said Cacique Aritana Mbore, 62, the leader of the territory.',
      '"Today we have some relief," he said. "But the road is still there, and roads bring people back."',
      'The sawmill manager was arrested and the road into the forest was blocked by police.',
    ),
  );

  it('finds the quote of the one whose name holds it ("the cacique")', () => {
    expect(raid.answer('what did the cacique say about the road').excerpts[0]?.text).toContain(
      'roads bring people back',
    );
  });
});
