import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import type { Article } from '../../src/article/types.js';
import { loadArticleById } from '../eval/articles.js';

/** A tiny article: a headline, then one paragraph per argument. */
function article(...paragraphs: string[]): Article {
  return parseArticle(`Headline of the story\n\n${paragraphs.join('\n\n')}\n`, 'test');
}
const said = (a: Article): [number, string, string][] =>
  a.quotes.map((q) => [q.paragraph, q.speaker, q.text]);

describe('quote attribution', () => {
  it('“…,” declared ROLE NAME — the role is split off', () => {
    const a = article(
      '“The allies understand the urgency” of the situation, declared NATO Secretary General Jens Stoltenberg after a meeting.',
    );
    expect(said(a)).toEqual([[1, 'Jens Stoltenberg', 'The allies understand the urgency']]);
    expect(a.quotes[0]?.fragment).toBe(false);
  });

  it('a preposition opening a sentence is no part of a name ("Under Postlink\'s licence, …")', () => {
    const a = article(
      "Britain's national postal operator Postlink said on Tuesday it would close 38 rural post offices.",
      'Postlink chief executive Miriam Oakes told reporters that footfall had fallen. "We cannot keep open counters that see fewer than a dozen customers a day," she said.',
      "Under Postlink's licence, 90% of the rural population must live within three miles of a counter.",
    );
    expect(said(a)).toEqual([
      [2, 'Miriam Oakes', 'We cannot keep open counters that see fewer than a dozen customers a day'],
    ]);
  });

  it('“…,” ROLE NAME told …', () => {
    const a = article(
      '“We must prepare,” Lithuanian Foreign Minister Gabrielius Landsbergis told the press.',
    );
    expect(said(a)).toEqual([[1, 'Gabrielius Landsbergis', 'We must prepare']]);
  });

  it('"…," NAME, a long apposition, told … — and "NAME, 44, whose …, said" names a later "she said"', () => {
    const a = article(
      '"This bridge did not fail in a single morning," Reinhold Aichinger, a retired professor of structural engineering who chaired the three-member inquiry, told a news conference. "It failed slowly."',
      '"Every month without a bridge costs us shops," said Georg Haslinger, president of the chamber of commerce.',
      'Martina Eder, 44, whose husband Thomas was driving the minibus, said no amount of money would make up for it.',
      '"Someone has to go to prison for this," she said.',
    );
    expect(said(a)).toEqual([
      [1, 'Reinhold Aichinger', 'This bridge did not fail in a single morning'],
      [1, 'Reinhold Aichinger', 'It failed slowly.'],
      [2, 'Georg Haslinger', 'Every month without a bridge costs us shops'],
      [4, 'Martina Eder', 'Someone has to go to prison for this'],
    ]);
  });

  it('a description opened by "his" or "her" before a name is its role ("Her father, Pavel Tavel, said")', () => {
    const a = article(
      '"I studied every night for a year," said Mira Tavel, 18.',
      'Her father, Pavel Tavel, said the family had spent 600 crowns a month on lessons. "Who will pay us back?" he said.',
    );
    expect(said(a).at(-1)).toEqual([2, 'Pavel Tavel', 'Who will pay us back?']);
  });

  it('"he said" is the subject of the sentence before in its paragraph, not a nearer name it mentions', () => {
    const a = article(
      '"I knew the record was mine," said Elias Maruti, the winner.',
      "Ethiopia's Dawit Berhanu finished second.",
      'Berhanu, 31, said he had hoped to stay with Maruti until the final kilometres. "He was running like a man on a bicycle," he said.',
    );
    expect(said(a).at(-1)).toEqual([3, 'Dawit Berhanu', 'He was running like a man on a bicycle']);
  });

  it('"he said" is the subject of a sentence opened by where it happened ("In Germany, Rainer Oltmann, 61, …")', () => {
    const a = article(
      '"We will not reissue licences this month," said Trade Minister Ilona Varga.',
      'In Germany, Rainer Oltmann, 61, head of purchasing at toolmaker Keller Hartmetall in Stuttgart, said the company held about five months of stock. "We can live with this for a summer," he said.',
    );
    expect(said(a).at(-1)).toEqual([2, 'Rainer Oltmann', 'We can live with this for a summer']);
  });

  it('a name known by its first name, with no role beside it, is a person a later sentence may open with', () => {
    const a = article(
      '"I knew the record was mine," said Elias Maruti, the winner.',
      "He cut 13 seconds off the mark set by Ethiopia's Abel Worku in 2024.",
      'Worku, who missed the race, congratulated Maruti in a post. "Records are made to be broken," the 29-year-old wrote.',
    );
    expect(said(a).at(-1)).toEqual([3, 'Abel Worku', 'Records are made to be broken']);
  });

  it('a description opened by a name\'s possessive before a name is its role ("Velkov\'s lawyer, Stefan Grech, said")', () => {
    const a = article(
      "Velkov's lawyer, Stefan Grech, said his client denied any wrongdoing.",
      '"He has not run away from anything," Grech said in a statement.',
    );
    expect(a.quotes[0]?.speaker).toBe('Stefan Grech');
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe("Velkov's lawyer");
  });

  it('a role opened by "his" or "her" is the person\'s a "he" or "she" there would mean ("His lawyer, Ines Marquardt,")', () => {
    const a = article(
      'Tomas Valdris, who was ranked 41st in the world, has denied any wrongdoing. He did not attend the hearing.',
      'His lawyer, Ines Marquardt, said the player would appeal.',
      '"My client had never seen that device before," Marquardt said in a statement.',
    );
    expect(a.quotes[0]?.speaker).toBe('Ines Marquardt');
    expect(a.paragraphs[2]?.sentences[0]?.speakerRole).toBe("Tomas Valdris's lawyer");
  });

  it('a full name written as a possessive ("Prime Minister Aurel Danescu\'s government") is a person', () => {
    const a = article(
      "Under the plan presented by Prime Minister Aurel Danescu's government, the retirement age would rise.",
      'Eight years ago, the government of former Prime Minister Viktor Lanz raised it from 60 to 62.',
      'Danescu, 49, said on Thursday evening he would not withdraw the reform.',
      '"I was elected to fix the pension system," he said in a televised address.',
    );
    expect(said(a).at(-1)?.[1]).toBe('Aurel Danescu');
  });

  it('a name with a role set off after it is a person a later "she said" may mean ("NAME, head of …,")', () => {
    const a = article(
      '"The virus came with wild birds," said Tomasz Zielak, the district veterinary officer.',
      "Marta Wisniewska, head of the Wolskowice Poultry Farmers' Association, rejected suggestions that farmers had been careless.",
      '"Blaming farmers is easy," she said.',
      "But Michalis Dounias, general secretary of the crews' union, said sailors had complained.",
    );
    expect(said(a).at(-1)).toEqual([3, 'Marta Wisniewska', 'Blaming farmers is easy']);
    expect(a.quotes.some((q) => q.speaker.startsWith('But'))).toBe(false);
  });

  it('"she said" is no man\'s words, nor "he said" a woman\'s, when the first name says which', () => {
    const a = article(
      '"We will rebuild," said Anna Kowalska, the mayor.',
      '"The dam held for six hours," said Tomasz Zielak, the engineer in charge.',
      '"Nobody warned us," she said.',
    );
    expect(said(a).at(-1)).toEqual([3, 'Anna Kowalska', 'Nobody warned us']);
  });

  it('a last word of a name after "in" is a place, not a mention of who a later "she said" may mean', () => {
    const a = article(
      '"We lost everything," said Hélène Vautrin, president of the federation.',
      "The region's largest cooperative, Les Caves de Montclérac, which groups 310 growers, said it expected less than 40% of its usual grapes.",
      'Vautrin said the federation would protest in front of the prefecture in Montclérac on May 22.',
      '"We are not asking for charity," she said.',
    );
    expect(said(a).at(-1)).toEqual([4, 'Hélène Vautrin', 'We are not asking for charity']);
  });

  it('"…," NAME, AGE, told … and "…," the owner, NAME, said — one word set off right before the verb', () => {
    const a = article(
      '"We never asked for a favour," Ferrucci, 46, told supporters outside the courthouse. "Today the judges agreed."',
      '"We followed every rule," the owner, Lekkas, said.',
    );
    expect(said(a)).toEqual([
      [1, 'Ferrucci', 'We never asked for a favour'],
      [1, 'Ferrucci', 'Today the judges agreed.'],
      [2, 'Lekkas', 'We followed every rule'],
    ]);
  });

  it('"…," a description, NAME, said: the name set off by commas speaks, and a later "he said" is theirs', () => {
    const a = article(
      'Harbour Lines, which runs five ferries, said the vessel was seaworthy.',
      '"We are cooperating fully," the company\'s owner, Stavros Lekkas, said in a statement. "She was well kept," he said.',
    );
    expect(said(a)).toEqual([
      [2, 'Stavros Lekkas', 'We are cooperating fully'],
      [2, 'Stavros Lekkas', 'She was well kept'],
    ]);
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe("The company's owner");
  });

  it('a description whose role word has a phrase after it ("the spokeswoman for the fans\' group, NAME,") is the role', () => {
    const a = article(
      "The spokeswoman for the Nordkurve supporters' group, Lena Hartwig, said fans had lost patience.",
      '"The people who spent the money are still in their offices," Hartwig said.',
    );
    expect(said(a)).toEqual([
      [2, 'Lena Hartwig', 'The people who spent the money are still in their offices'],
    ]);
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe(
      'The spokeswoman for the Nordkurve supporters group',
    );
  });

  it('a role after a name\'s possessive is the role, with whose it is ("NAME, Corvanta\'s vice president")', () => {
    const a = article(
      '"We will comply with every condition," said Daniel Okafor, Corvanta\'s vice president for European infrastructure.',
    );
    expect(a.paragraphs[0]?.sentences[0]?.speakerRole).toBe(
      "Corvanta's vice president for European infrastructure",
    );
  });

  it('a capitalised title before a full name is the role, not the name ("Regional Prosecutor Jakub Sobczyk")', () => {
    const a = article(
      '"We are not ruling anything out," Regional Prosecutor Jakub Sobczyk told a news conference.',
      '"Our officers were attacked with flares," said Superintendent Helena Correia.',
      'Rector Paolo Vescovi cancelled all lectures until Friday.',
      '"I understand the anger of our students," Vescovi said.',
    );
    expect(said(a).map(([, speaker]) => speaker)).toEqual([
      'Jakub Sobczyk',
      'Helena Correia',
      'Paolo Vescovi',
    ]);
    expect(a.paragraphs.map((p) => p.sentences[0]?.speakerRole)).toEqual([
      'Regional Prosecutor',
      'Superintendent',
      undefined,
      'Rector',
    ]);
  });

  it('what a speaker does, in a relative clause that closes soon, is their role ("NAME, who chairs the association,")', () => {
    const a = article(
      '"For years, tenants were told the cracks were harmless," said Petra Sommerfeld, who chairs the association.',
      '"I grabbed my passport and the cat," said Erika Vogt, who has lived in the building since 1979 and who still hopes every single day to go back.',
    );
    expect(a.paragraphs.map((p) => p.sentences[0]?.speakerRole)).toEqual([
      'who chairs the association',
      undefined,
    ]);
  });

  it('so it is for a name set off in prose, whose later quotes carry it ("NAME, who leads the union, welcomed …")', () => {
    const a = article(
      "Silvia Orlandi, who leads the local branch of the transport workers' union, welcomed the crackdown.",
      'Orlandi said: "Our members have been asking for proper enforcement since 2019."',
    );
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe(
      'who leads the local branch of the transport workers union',
    );
  });

  it('so it is when a word or two before the role word say which ("NAME, regional organiser for …, said")', () => {
    const a = article(
      "Alasdair Penrose, regional organiser for the Heritage Railway Workers' Union, which represents 23 paid staff on the line, said members had raised concerns.",
      '"We warned that maintenance was being squeezed," Penrose said.',
    );
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe(
      'regional organiser for the Heritage Railway Workers Union',
    );
  });

  it('words describing the role word open a role ("managing director of …"); a verb or a relative does not', () => {
    const a = article(
      '"Every day costs our members 1.2 million euros," said Monika Strasser, managing director of the Danube Shippers\' Association.',
      '"They did more damage in one hour than anyone," club president Artur Valadares, 63, told reporters at the stadium.',
      '"She was kind," said Heike Vollmer, whose younger sister was among those killed.',
    );
    expect(a.paragraphs.map((p) => p.sentences[0]?.speakerRole)).toEqual([
      'managing director of the Danube Shippers Association',
      'club president',
      undefined,
    ]);
  });

  it('a name set off by commas after its role ("Almarejo\'s mayor, NAME, has backed") has that role', () => {
    const a = article(
      "Almarejo's mayor, Joaquín Serrano, has backed the project since February.",
      '"Our young people have left to find work," Serrano said.',
    );
    expect(said(a)).toEqual([[2, 'Joaquín Serrano', 'Our young people have left to find work']]);
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe("Almarejo's mayor");
  });

  it('a speaker first called by surname is the person named in full elsewhere, also through "she added"', () => {
    const a = article(
      'Coastguard spokeswoman Dimitra Vlachou said 11 vessels took part.',
      'Nation First, led by former television commentator Vasco Albuquerque, won 45 seats.',
      '"Our crews saved hundreds," Vlachou told reporters. "We will not stop searching," she added.',
      'Albuquerque, speaking to supporters in Braga, said the era was over. "Nobody can ignore us," he said.',
    );
    expect(said(a)).toEqual([
      [3, 'Dimitra Vlachou', 'Our crews saved hundreds'],
      [3, 'Dimitra Vlachou', 'We will not stop searching'],
      [4, 'Vasco Albuquerque', 'Nobody can ignore us'],
    ]);
  });

  it('so is one whose quote follows, with no verb of saying, a sentence about them ("Qadir was blunt. "…"")', () => {
    const a = article(
      'The appeal was organised by Nasreen Qadir, whose two daughters learn sitar at the school. Qadir was blunt about the offer. "A phased rise is still a rise."',
    );
    expect(said(a)).toEqual([[1, 'Nasreen Qadir', 'A phased rise is still a rise.']]);
  });

  it('a speaker called by a surname that opens with a particle ("De Wulf") is the one person named in full with it', () => {
    const a = article(
      'Flemish environment minister Katrien De Wulf, who will take the final decision, will rule within 90 days.',
      '"I will weigh every objection carefully," De Wulf said on Friday. "Nothing is decided," Wulf added.',
    );
    expect(said(a)).toEqual([
      [2, 'Katrien De Wulf', 'I will weigh every objection carefully'],
      [2, 'Katrien De Wulf', 'Nothing is decided'],
    ]);
    // Both descriptions the article gives her: the title before the name and the clause set off after it.
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe('minister who will take the final decision');
  });

  it('a description after the name ("NAME, a maritime safety expert at …,") is the speaker\'s role', () => {
    const a = article(
      '"A ship can sail in a gale," said Angeliki Rousou, a maritime safety expert at the Aegean Institute, on Monday.',
      '"It failed slowly," Reinhold Aichinger, a retired professor who chaired the inquiry, told reporters.',
    );
    expect(a.paragraphs.map((p) => p.sentences[0]?.speakerRole)).toEqual([
      'maritime safety expert at the Aegean Institute',
      'retired professor who chaired the inquiry',
    ]);
  });

  it('a description after an age set off after the name is the role ("NAME, 41, the group\'s founder,")', () => {
    const a = article(
      '"We have waited three years for this morning," said Zuzana Hrebikova, 41, the group\'s founder, on Monday.',
    );
    expect(a.paragraphs[0]?.sentences[0]).toMatchObject({
      speaker: 'Zuzana Hrebikova',
      speakerRole: "group's founder",
    });
  });

  it('a word WordNet files as a noun for people is a role word ("prosecutor", "commentator", "auctioneer", "administrator")', () => {
    const a = article(
      '"We are satisfied that the court accepted our evidence in full," chief anti-corruption prosecutor Marek Zelenka told reporters.',
      '"Nobody expected this," said commentator Vasco Albuquerque.',
      '"People simply stopped breathing," said auctioneer Gwen Penhallow.',
      'The court appointed insolvency administrator Rui Mendes on Monday. "There are assets here worth saving," Mendes said.',
    );
    expect(a.paragraphs.map((p) => p.sentences.at(-1)?.speakerRole)).toEqual([
      'prosecutor',
      'commentator',
      // As much a verb as a noun to WordNet, and never tagged either way.
      'auctioneer',
      'administrator',
    ]);
    // A noun for people that is mostly a verb is no role ("have" is also WordNet's noun for the rich).
    expect(
      article('Some doctors have warned of a "quick fix culture" among patients.').quotes[0]?.speaker,
    ).toBe('');
  });

  it('any description set off before a name is its role ("A lifelong fisherman, Arne Bakke, said"), and "the 61-year-old" is who was just named', () => {
    const a = article(
      'A lifelong Korvath fisherman, Arne Bakke, said he had been ordered to keep his boat in harbour. "The first launch here was a party for the whole town," the 61-year-old said.',
    );
    expect(a.paragraphs[0]?.sentences[1]).toMatchObject({
      speaker: 'Arne Bakke',
      speakerRole: 'A lifelong Korvath fisherman',
    });
    expect(said(a)).toEqual([[1, 'Arne Bakke', 'The first launch here was a party for the whole town']]);
  });

  it('"The head of <an organisation>, NAME, said": the person speaks, with the description as their role', () => {
    const a = article(
      'The director of anti-corruption group Transparency Watch Valdoria, Lukas Benda, said the system had failed. "Fourteen contracts went to one company," he said.',
    );
    expect(said(a)).toEqual([[1, 'Lukas Benda', 'Fourteen contracts went to one company']]);
    expect(a.paragraphs[0]?.sentences[1]?.speakerRole).toBe(
      'The director of anti-corruption group Transparency Watch Valdoria',
    );
  });

  it('a possessive before a name set off with an age says whose they are, not who ("Norway\'s Eirik Vassbotn, 29,")', () => {
    const a = article(
      "Norway's Eirik Vassbotn, 29, who won the downhill in 2022, said he was disappointed.",
      '"Racing at home is the best feeling there is," Vassbotn said.',
    );
    expect(said(a)).toEqual([[2, 'Eirik Vassbotn', 'Racing at home is the best feeling there is']]);
  });

  it('a person named with their age set off ("Halina Grabowska, 63, a retired teacher,") is who "she said" refers to', () => {
    const a = article(
      '"The water found it before the excavators did," said Tomasz Kulesza, director of the water authority.',
      'Halina Grabowska, 63, a retired teacher, left her flat with a single bag and her cat. "In 1997 the water stopped at my doorstep," she said.',
    );
    expect(said(a)).toEqual([
      [1, 'Tomasz Kulesza', 'The water found it before the excavators did'],
      [2, 'Halina Grabowska', 'In 1997 the water stopped at my doorstep'],
    ]);
    expect(a.paragraphs[1]?.sentences[1]?.speakerRole).toBe('retired teacher');
  });

  it('a person described by an age in figures ("Elsbeth Frei, a 78-year-old retired schoolteacher who …") is who "she said" refers to', () => {
    const a = article(
      '"Mergers only work when the population carries them," said Daniel Roth, head of municipal affairs.',
      'Among those who voted against was Elsbeth Frei, a 78-year-old retired schoolteacher who has lived in Altenfeld all her life. "My grandfather sat on this council," she said.',
    );
    expect(said(a)).toEqual([
      [1, 'Daniel Roth', 'Mergers only work when the population carries them'],
      [2, 'Elsbeth Frei', 'My grandfather sat on this council'],
    ]);
    // The role is the description before the clause that says more of her.
    expect(a.paragraphs[1]?.sentences[1]?.speakerRole).toBe('78-year-old retired schoolteacher');
  });

  it('a name with a capital inside a word ("Eilidh MacRae, 83,") is who "she said" refers to', () => {
    const a = article(
      '"We bought it because nobody else would," said Callum Reid, who chairs the shop committee.',
      'Eilidh MacRae, 83, who has never driven, was among the first customers.',
      '"I\'ve got my share certificate on the mantelpiece," she said.',
    );
    expect(said(a)).toEqual([
      [1, 'Callum Reid', 'We bought it because nobody else would'],
      [3, 'Eilidh MacRae', "I've got my share certificate on the mantelpiece"],
    ]);
  });

  it('a quote paragraph naming no one is said by whoever the paragraph before opened by saying something', () => {
    const a = article(
      '"We will leave the city if the union wins," Zippa said in a statement.',
      'Hanna Kools, 39, who takes about a third of her orders through Zippa, said a pullout would hit small kitchens.',
      '"If Zippa leaves, I lose my Friday nights," she said.',
    );
    expect(said(a).at(-1)).toEqual([3, 'Hanna Kools', 'If Zippa leaves, I lose my Friday nights']);
  });

  it('…but not whoever opened the paragraph before without saying anything', () => {
    const a = article(
      '"We have no choice," said Mathilde Ravenaz, chief executive of Ecole Glisse Valmorin.',
      '"Our instructors are qualified," Ecole Glisse Valmorin said in a statement.',
      'Ecole Glisse Valmorin has filed an appeal. Until then, Ravenaz said, the school is offering refunds.',
      '"We will get through February somehow," she said.',
    );
    expect(said(a).at(-1)).toEqual([4, 'Mathilde Ravenaz', 'We will get through February somehow']);
  });

  it('a surname opening a sentence set off by an age ("Frame, now 59 and a sheep farmer,") is the person named in full before, whom "he said" means', () => {
    const a = article(
      'Tane Whitlock beat the previous record of 398 set by Dougal Frame in 2015. "My back hurts," said Whitlock, whose employer, Ridgeline Shearing, had entered five shearers.',
      'Judges from the national body counted each lamb.',
      'Frame, now 59 and a sheep farmer near Glenbrae, was among the first to shake the winner\'s hand. "Records are there to be broken," he said.',
    );
    expect(said(a).at(-1)).toEqual([3, 'Dougal Frame', 'Records are there to be broken']);
  });

  it('a quote opening its sentence after one saying how a person named was ("NAME, the union\'s secretary, was blunt.") is theirs', () => {
    const a = article(
      'Marta Vilaverde, the union\'s regional secretary, was blunt. "The profits went up by half."',
      'Dittmer was cautious about promising more. "The mill belongs to all of us."',
      // Not a description's, nor a body's.
      'The mayor was blunt. "Nobody asked us."',
    );
    expect(said(a)).toEqual([
      [1, 'Marta Vilaverde', 'The profits went up by half.'],
      [2, 'Dittmer', 'The mill belongs to all of us.'],
      [3, 'Dittmer', 'Nobody asked us.'],
    ]);
  });

  it('…however long the description between the name and "was" ("NAME, who has coached the team for nine years, was blunt.")', () => {
    const a = article(
      'Jurgen Mollema, who has coached the Veldmark Beavers ice hockey team for nine years, was blunt. "Without ice we don\'t have a team."',
    );
    expect(said(a)).toEqual([[1, 'Jurgen Mollema', "Without ice we don't have a team."]]);
  });

  it('…or a few words after the description set off after the name ("NAME, 72, …, put it plainly.")', () => {
    const a = article(
      'Annelies Timmer, 72, who has lived three doors from the workshop for 40 years, put it plainly. "But I did not retire to live inside a postcard."',
      'Tolmie, a retired ferryman, did not hide his relief. "For twenty years we were told there was no money."',
      // Not a sentence whose last words after a comma follow no name.
      'The vote, held on Monday, passed easily. "It is a good day," the mayor said.',
      'After the vote, on Monday, nothing changed. "Nobody asked us."',
    );
    expect(said(a).map(([n, who]) => [n, who])).toEqual([
      [1, 'Annelies Timmer'],
      [2, 'Tolmie'],
      [3, 'The mayor'],
      [4, 'The mayor'],
    ]);
  });

  it('a given name alone is the one person the story named in full with it ("Faridah said", "Rosli said he would …")', () => {
    const a = article(
      'The package was announced in Kuala Lumpur by Plantation and Commodities Minister Faridah Osman.',
      '"We are not asking for charity," said Rosli Hamzah, 58, a tapper who has worked the same plot for 31 years.',
      '"This is not a rescue of rubber. It is a rescue of the families who grew it," Faridah said.',
      'Back in Lubok Tebu, Rosli said he would keep tapping his remaining trees. "My father planted these with his own hands," he added.',
    );
    expect(said(a).slice(1)).toEqual([
      [3, 'Faridah Osman', 'This is not a rescue of rubber. It is a rescue of the families who grew it'],
      [4, 'Rosli Hamzah', 'My father planted these with his own hands'],
    ]);
  });

  it("…but not a body's first word, and a surname opening with a capital particle is the name written with a small one", () => {
    const a = article(
      'Nordbahn Schulverkehr GmbH, which has held the school transport contract since 2019, said 23 of its 71 drivers had left.',
      '"We cannot put a driver behind every wheel," said managing director Helmut Brandauer, 58, at the depot.',
      'Brandauer rejected suggestions that the company had been slow. Nordbahn raised drivers\' pay by 8% in September, he said. "The money alone does not solve it," he said.',
      'The figure skating school is run by former national junior champion Sanne de Wit.',
      '"The ice there is fine for recreation but not for jumps," said De Wit, 34.',
    );
    expect(said(a).slice(1)).toEqual([
      [3, 'Helmut Brandauer', 'The money alone does not solve it'],
      [5, 'Sanne de Wit', 'The ice there is fine for recreation but not for jumps'],
    ]);
  });

  it('a person called by the first of two surnames, by title and surname, or by both surnames is the one named in full', () => {
    const a = article(
      "About 60% of exports go to the United States, said Lucía Fernández Villca, the federation's export manager.",
      'Fernández said two buyers had cut their orders. "We cannot compete on price this year," she said.',
      'The roof bill is 46,000 euros, said the parish priest, Father Enzo Bellandi.',
      'Father Bellandi said the diocese would ask for a grant. "We waited 500 years for this painting," he said.',
      "The union's leader, Helena Castro Vidal, called the closure a blow.",
      '"It is not just a factory closing," said Castro Vidal.',
      'Freya Lindqvist, who turned 17 in March, crossed the line at noon.',
      '"I just want a bath," Lindqvist said.',
      'Her father, Anders Lindqvist, met her on the quay.',
      'Workers of the Food and Beverage Union, not the Orvanto Beverage Association, marched. "Nobody asked us," Sorvik said.',
    );
    expect(said(a)).toEqual([
      [2, 'Lucía Fernández Villca', 'We cannot compete on price this year'],
      [4, 'Enzo Bellandi', 'We waited 500 years for this painting'],
      [6, 'Helena Castro Vidal', 'It is not just a factory closing'],
      [8, 'Freya Lindqvist', 'I just want a bath'],
      [10, 'Sorvik', 'Nobody asked us'],
    ]);
    expect(a.paragraphs[3]?.sentences[1]?.speakerRole).toContain('parish priest');
  });

  it('"said the Reverend NAME, 61,": a title after "the" opens the name; "said the Santa Aurelia experience …" names no one', () => {
    const a = article(
      '"We had been so close," said the Reverend Margaret Ashdown, 61, the vicar of St Aldhelm\'s. "When I walked in, I cried."',
      'Xavier Roig said the Santa Aurelia experience showed that fewer visitors need not mean less income. "Visitors who sleep here spend more," he said.',
    );
    expect(said(a)).toEqual([
      [1, 'Margaret Ashdown', 'We had been so close'],
      [1, 'Margaret Ashdown', 'When I walked in, I cried.'],
      [2, 'Xavier Roig', 'Visitors who sleep here spend more'],
    ]);
  });

  it('a role of a body set off before the name ("The Mayor of Merrowby, Councillor Ravi Oduya,") is their role', () => {
    const a = article(
      'The Mayor of Merrowby, Councillor Ravi Oduya, 44, presented her with a bouquet of yellow tulips.',
      '"Agnes has been part of this town\'s story for longer than most of its buildings," he said.',
    );
    expect(said(a)).toEqual([
      [2, 'Ravi Oduya', "Agnes has been part of this town's story for longer than most of its buildings"],
    ]);
    expect(a.paragraphs[1]?.sentences[0]?.speakerRole).toBe('Mayor of Merrowby, Councillor');
  });

  it('a first name alone after a role, set off by an age ("Fenwick\'s only daughter, Claire, 46,"), is who "she said" refers to', () => {
    const a = article(
      '"Succession is the quiet problem," said Lucy Marchbanks, a regional representative of the booksellers.',
      "Fenwick's only daughter, Claire, 46, works as a nurse in Manchester.",
      '"It was always Mum\'s life, not mine," she said.',
    );
    expect(said(a).at(-1)).toEqual([3, 'Claire', "It was always Mum's life, not mine"]);
    expect(a.paragraphs[2]?.sentences[0]?.speakerRole).toBe('daughter');
  });

  it('a name set off with particles between its words ("Joke van Asselt, 71,") is who "she said" refers to', () => {
    const a = article(
      '"Our people are drivers, not debt collectors," said Sandra Mulder, a union organiser.',
      'Joke van Asselt, 71, a retired nurse, welcomed the change. "I put my bin out once a month," she said.',
    );
    expect(said(a)).toEqual([
      [1, 'Sandra Mulder', 'Our people are drivers, not debt collectors'],
      [2, 'Joke van Asselt', 'I put my bin out once a month'],
    ]);
  });

  it('a role set off after a name is the person\'s, not the body it is of ("…, chief executive of Veldstroom, …, said:")', () => {
    const a = article(
      'Henk de Wilde, chief executive of Veldstroom Afvalbeheer, the municipal company that collects the waste, said: "We saw it in the first year."',
      'Petra Logar, 54, chair of the Breskov Mountain Club, which has about 3,800 members, said walkers had complained. "People come here to hear nothing at all," she said.',
    );
    expect(said(a)).toEqual([
      [1, 'Henk de Wilde', 'We saw it in the first year.'],
      [2, 'Petra Logar', 'People come here to hear nothing at all'],
    ]);
  });

  it('a capitalised word for a person before a name set off is a title, no part of the name ("Councillor Denise Marlow")', () => {
    const a = article(
      'Councillor Denise Marlow, who leads on housing at the city council, said she had written to the landlord.',
      '"The people of Harwood Court were failed long before Wednesday morning," Marlow said.',
    );
    expect(said(a)).toEqual([
      [2, 'Denise Marlow', 'The people of Harwood Court were failed long before Wednesday morning'],
    ]);
  });

  it('finds the speaker in more of the ways a wire story names one', () => {
    const a = article(
      '"She lay on the kitchen floor the whole time," said her grandson, Rhodri Pryce, 34.',
      '"We simply decided it was cheaper to pay lifeguards properly," said Castelnovo\'s deputy mayor, Tommaso Ferrigno.',
      '"We warned management in October," said union chairman Jonas Hedlund, who accused the operator of cutting corners.',
      'Tierhilfe Rudenfeld\'s chief executive, Marta Kowalczyk, said: "Our phones have not stopped ringing."',
      '"We see Brennholm as a sound airport," Halvern\'s chief executive, Pieter van Doorsselaere, said in a statement.',
      'Hannah Voss chairs the chamber of trade. "Where are the toilets?" Voss said.',
      'Margit Hollerer, standing by the fence, said she would be at the vote. "I\'m 67 years old. I have time."',
    );
    expect(said(a).map(([n, speaker]) => [n, speaker])).toEqual([
      [1, 'Rhodri Pryce'],
      [2, 'Tommaso Ferrigno'],
      [3, 'Jonas Hedlund'],
      [4, 'Marta Kowalczyk'],
      [5, 'Pieter van Doorsselaere'],
      [6, 'Hannah Voss'],
      [7, 'Margit Hollerer'],
    ]);
  });

  it("a long quote woven into a sentence is its subject's; a colon lets a longer gap stand before a quote", () => {
    const a = article(
      'Eileen Garvey, the mayor, said the launch point had been moved, and that the new position had been "signed off by everyone who needed to sign it off".',
      'Szentesi told reporters at a makeshift command post in Kolvasz: "This was an extraordinary weather event."',
    );
    expect(said(a).map(([n, speaker]) => [n, speaker])).toEqual([
      [1, 'Eileen Garvey'],
      [2, 'Szentesi'],
    ]);
  });

  it('"he said" is the person a sentence opens with after a body and a role ("Nordhav Energi spokesperson Lars Tennfjord")', () => {
    const { article: fuel } = loadArticleById('airport-fuel-shortage-flights-diverted-korsvik');
    const pumping = fuel.quotes.find((q) => q.text.startsWith('We expect pumping to resume'));
    expect(pumping?.speaker).toBe('Lars Tennfjord');
  });

  it('a name set off after a description may open with an age ("The driver, 52-year-old Juergen Maltzahn, said")', () => {
    const a = article(
      'The driver, 52-year-old Juergen Maltzahn, said he stopped at 7:40 a.m. after seeing "a line of old pipes" in the stone.',
    );
    expect(said(a)).toEqual([[1, 'Juergen Maltzahn', 'a line of old pipes']]);
  });

  it('a description set off before a name ends at its infinitive ("the first diver to reach the hull, Nikos Palamidis")', () => {
    const a = article(
      '"Your torch hits a wall of jars," the first diver to reach the hull, Nikos Palamidis, said.',
    );
    expect(said(a)).toEqual([[1, 'Nikos Palamidis', 'Your torch hits a wall of jars']]);
  });

  it('a title before a name set off is no part of the name, and the name still opens its sentence', () => {
    const a = article(
      '"We lost everything," said Elsa Lindqvist, a retired schoolteacher.',
      'Resident Birgitta Holm, 58, who was taught by Lindqvist, watched. "We cheered," she said.',
      'Infrastructure Minister Sofie van Aalst, who flew in, spoke. "They will get the truth," she said.',
    );
    expect(said(a)).toEqual([
      [1, 'Elsa Lindqvist', 'We lost everything'],
      [2, 'Birgitta Holm', 'We cheered'],
      [3, 'Sofie van Aalst', 'They will get the truth'],
    ]);
  });

  it('a description set off before a name ends at its relative clause ("A retired schoolteacher who lives …,")', () => {
    const a = article(
      'Prosecutor Lars Wennberg said the thieves had planned the raid for months.',
      'A retired schoolteacher who lives across the square from the castle, Margit Lundqvist, said she was woken by a loud noise. "I thought it was the road workers again," she said.',
    );
    expect(a.paragraphs[1]?.sentences[1]).toMatchObject({
      speaker: 'Margit Lundqvist',
      speakerRole: 'A retired schoolteacher',
    });
  });

  it('a role word after the name starts the role as an article does ("Lotte van Bergen, director of the council,")', () => {
    const a = article(
      '"Our members have their Christmas stock sitting in those boxes," said Lotte van Bergen, director of the council.',
      '"We will not pay criminals," Femke Ruisdael, chief executive of the Havenmark Port Authority, told reporters.',
    );
    expect(a.paragraphs.map((p) => p.sentences[0]?.speakerRole)).toEqual([
      'director of the council',
      'chief executive of the Havenmark Port Authority',
    ]);
  });

  it('a description too long to be a role ends before its relative clause ("…, who was not involved in the work,")', () => {
    const a = article(
      'Eleanor Whitcombe, a professor of plasma physics at Carrick University in Scotland who was not involved in the work, said the result was impressive.',
      '"It is a superb piece of engineering," Whitcombe said.',
    );
    expect(a.paragraphs[1]?.sentences[0]).toMatchObject({
      speaker: 'Eleanor Whitcombe',
      speakerRole: 'professor of plasma physics at Carrick University in Scotland',
    });
  });

  it('“… ” necessary, NAME said', () => {
    const a = article(
      '“They have the spare parts” necessary, Jens Stoltenberg said during a press conference.',
    );
    expect(said(a)).toEqual([[1, 'Jens Stoltenberg', 'They have the spare parts']]);
  });

  it('NAME told reporters: “…” and the following "He added …" sentence', () => {
    const a = article(
      'Sen. Mitch McConnell, the Republican leader, told reporters: "This is the path." He added that talks go on.',
    );
    expect(said(a)).toEqual([[1, 'Mitch McConnell', 'This is the path.']]);
    expect(a.paragraphs[0]?.sentences.map((s) => s.speaker)).toEqual(['Mitch McConnell', 'Mitch McConnell']);
  });

  it('“…,” said TITLE NAME of PLACE', () => {
    expect(said(article('"It\'s a bad bill," said Rep. Bob Good of Virginia.'))).toEqual([
      [1, 'Bob Good', "It's a bad bill"],
    ]);
  });

  it('“…,” ROLE NAME of the BODY told …', () => {
    const a = article(
      '"He should go today," opposition lawmaker Dana Holm of the Civic Alliance told parliament.',
    );
    expect(said(a)).toEqual([[1, 'Dana Holm', 'He should go today']]);
  });

  it('“…,” TITLE NAME, AGE, of the BODY told …', () => {
    const a = article(
      '"This was not an opportunistic break-in," Detective Inspector Rachel Okonedo, 44, of North Hallam Police told reporters.',
    );
    expect(said(a)).toEqual([[1, 'Rachel Okonedo', 'This was not an opportunistic break-in']]);
  });

  it('NAME, ROLE, VERBED … and said: “…”', () => {
    const a = article(
      'Annika Strand, chief executive of Kellbrook Metrolink, apologised to passengers and said: "Our thoughts are with everyone who was hurt."',
    );
    expect(said(a)).toEqual([[1, 'Annika Strand', 'Our thoughts are with everyone who was hurt.']]);
  });

  it('According to NAME, “…”', () => {
    expect(said(article('According to Ana Lima, “the talks failed.”'))).toEqual([
      [1, 'Ana Lima', 'the talks failed.'],
    ]);
  });

  it('an interrupted quote stays with its speaker ("he added")', () => {
    const a = article(
      '“Europe needs America,” Jens Stoltenberg stressed on Thursday. “But America also needs Europe. Allies help,” he added.',
    );
    expect(said(a).map((q) => q[1])).toEqual(['Jens Stoltenberg', 'Jens Stoltenberg']);
    expect(a.paragraphs[0]?.sentences.map((s) => s.speaker)).toEqual([
      'Jens Stoltenberg',
      'Jens Stoltenberg',
    ]);
  });

  it('"she said" resolves to the nearest named person before, across paragraphs', () => {
    const a = article(
      'Foreign Minister Ana Lima arrived on Monday after talks with President Tom Roe.',
      'Officials met Ana Lima at the airport.',
      '“We are here to help,” she said.',
    );
    expect(said(a)).toEqual([[3, 'Ana Lima', 'We are here to help']]);
  });

  it('"the latter" / "the former" / "the minister" resolve by position and role', () => {
    const intro = 'Defence Minister Ana Lima met President Tom Roe in Paris.';
    expect(said(article(intro, '“We agreed,” the latter said.'))[0]?.[1]).toBe('Tom Roe');
    expect(said(article(intro, '“We agreed,” the former said.'))[0]?.[1]).toBe('Ana Lima');
    expect(said(article(intro, '“We agreed,” the minister said.'))[0]?.[1]).toBe('Ana Lima');
  });

  it('a surname alone is expanded to the full name the article gave', () => {
    const a = article('Prime Minister Ana Lima spoke first.', '“We will not leave,” Lima said.');
    expect(said(a)).toEqual([[2, 'Ana Lima', 'We will not leave']]);
  });

  it('"he told Reuters": the subject speaks, not the object', () => {
    const a = article('President Tom Roe visited the front.', '“It is hard,” he told Reuters.');
    expect(said(a)[0]?.[1]).toBe('Tom Roe');
  });

  it('a duplicated attribution left by translation ("he said. declared NAME") takes the name', () => {
    const a = article(
      'President Tom Roe spoke first.',
      '“I felt obliged to come,” he said. declared Dmitro Kouleba in front of journalists.',
    );
    expect(said(a)).toEqual([[2, 'Dmitro Kouleba', 'I felt obliged to come']]);
  });

  it('unnamed speakers keep their description', () => {
    expect(said(article('“We see no ceasefire,” a NATO representative said.'))[0]?.[1]).toBe(
      'A NATO representative',
    );
    expect(said(article('“We see no ceasefire,” said a senior U.S. official.'))[0]?.[1]).toBe(
      'A senior U.S. official',
    );
  });

  it('British punctuation and straight quotes', () => {
    expect(said(article('"We are ready", Ana Lima said.'))).toEqual([[1, 'Ana Lima', 'We are ready']]);
  });

  it('an unattributed quote continues the previous speaker (same or next paragraph, unclosed quote)', () => {
    const a = article('“We will stay,” Ana Lima said. “We will rebuild every house.', '“Every single one.”');
    expect(said(a)).toEqual([
      [1, 'Ana Lima', 'We will stay'],
      [1, 'Ana Lima', 'We will rebuild every house.'],
      [2, 'Ana Lima', 'Every single one.'],
    ]);
  });
});

describe('scare-quoted fragments', () => {
  it('belong to the subject that holds the view, through "it"', () => {
    const a = article(
      'Moscow says it considers enlargement a threat and believes that the bloc has entered into “direct confrontation” with Russia.',
    );
    expect(a.quotes).toEqual([
      { text: 'direct confrontation', speaker: 'Moscow', paragraph: 1, fragment: true },
    ]);
    expect(a.paragraphs[0]?.sentences[0]?.speaker).toBeUndefined();
  });

  it('a partial quote of a described speaker is a fragment with that speaker', () => {
    const a = article(
      'A senior aide, who spoke on condition of anonymity, said the deal was "fragile at best."',
    );
    expect(a.quotes).toEqual([
      { text: 'fragile at best.', speaker: 'A senior aide', paragraph: 1, fragment: true },
    ]);
  });

  it('a verb of saying after "and" goes on with the subject: "NAME called it "…" and said Copenhagen would …"', () => {
    const a = article(
      'Danish Fisheries Minister Jonas Krogh called the decision "unilateral and unacceptable" and said Copenhagen would raise the issue in Brussels.',
    );
    expect(a.quotes).toEqual([
      { text: 'unilateral and unacceptable', speaker: 'Jonas Krogh', paragraph: 1, fragment: true },
    ]);
  });

  it('one who "welcomed" something holds the view quoted after it ("welcomed the vote as "a first step"")', () => {
    const a = article(
      'Irene Castells, 37, coordinator of the environmental group Mar Neta, welcomed the vote as "a first step, not the finish line".',
    );
    expect(a.quotes).toEqual([
      { text: 'a first step, not the finish line', speaker: 'Irene Castells', paragraph: 1, fragment: true },
    ]);
  });

  it('a plural subject holds a view too', () => {
    expect(article('Critics call the process a "governing by crisis" habit.').quotes[0]).toMatchObject({
      speaker: 'Critics',
      fragment: true,
    });
  });
});

describe('front matter overrides', () => {
  it('takes headline, byline, outlet and date from front matter when given', () => {
    const a = parseArticle(
      '---\nheadline: Better headline\nbyline: Ana Lima and Tom Roe\noutlet: Example News\npublished: April 4, 2024\nlanguage: fr\n---\nScraped headline\n\nBody text here.\n',
      'fm',
    );
    expect(a).toMatchObject({
      headline: 'Better headline',
      byline: ['Ana Lima', 'Tom Roe'],
      outlet: 'Example News',
      published: '2024-04-04',
      language: 'fr',
    });
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Body text here.']);
  });
});

describe('names are not glued to sentence adverbs or places', () => {
  it('"Meanwhile Stoltenberg said" names Stoltenberg', () => {
    const a = article(
      'NATO Secretary General Jens Stoltenberg arrived.',
      'Meanwhile Stoltenberg said: “We stand together.”',
    );
    expect(said(a)).toEqual([[2, 'Jens Stoltenberg', 'We stand together.']]);
  });

  it('keeps name particles and initials', () => {
    expect(said(article('“Europe is ready,” Ursula von der Leyen said.'))[0]?.[1]).toBe(
      'Ursula von der Leyen',
    );
    expect(said(article('“Ask not,” said President John F. Kennedy.'))[0]?.[1]).toBe('John F. Kennedy');
  });
});
