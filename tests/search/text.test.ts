import { describe, expect, it } from 'vitest';
import {
  analyseQuestion,
  spellAuxiliarySlot,
  spellQuestionWord,
  spellStopWords,
} from '../../src/search/query.js';
import { clip, contentTokens, isStopWord, termsOf, tokenize } from '../../src/search/text.js';

describe('tokenize', () => {
  it('keeps numbers whole and folds thousands separators', () => {
    expect(tokenize('some 30,000 troops').map((t) => t.folded)).toEqual(['some', '30000', 'troops']);
    expect(tokenize('3.5 percent')[0]).toMatchObject({ surface: '3.5', isNumber: true });
  });

  it('drops a prefix written with a hyphen: the word after it carries the meaning ("mid-season" -> season)', () => {
    expect(tokenize('mid-season ex-Sollbruck coach long-term').map((t) => t.folded)).toEqual([
      'season',
      'sollbruck',
      'coach',
      'long',
      'term',
    ]);
    expect(tokenize('the mid point').map((t) => t.folded)).toEqual(['the', 'mid', 'point']);
  });

  it('folds accents, curly apostrophes and possessives', () => {
    expect(tokenize('Kyiv’s Nöstlinger').map((t) => t.folded)).toEqual(['kyiv', 'nostlinger']);
  });

  it('knows the base form of an irregular verb', () => {
    expect(tokenize('struck began')).toMatchObject([
      { stem: 'struck', lemma: 'strike' },
      { stem: 'began', lemma: 'begin' },
    ]);
    expect(tokenize('attacks')[0]?.lemma).toBeUndefined();
  });

  it('knows the singular of an irregular plural, so WordNet\'s lemmas find it ("kids" ~ kid ~ child ~ "children")', () => {
    const terms = (text: string) => tokenize(text).map(termsOf);
    expect(terms('children women cars')).toEqual([['children', 'child'], ['women', 'woman'], ['car']]);
  });

  it('indexes a number word under its digits too ("Seventeen minutes" ~ "17 minutes"), but not "one", mostly a pronoun', () => {
    const terms = (text: string) => tokenize(text).map(termsOf);
    expect(terms('Seventeen two forty one')).toEqual([
      ['seventeen', '17'],
      ['two', '2'],
      ['forti', '40'],
      ['on'],
    ]);
  });

  it('indexes a form that is nearly always its verb\'s under the verb alone ("found" is find\'s, not "founded")', () => {
    const terms = (text: string) => tokenize(text).map(termsOf);
    expect(terms('found founded finds')).toEqual([['find'], ['found'], ['find']]);
    expect(terms('struck said')).toEqual([['strike'], ['sai']]);
    // A word of its own first keeps its stem too: "ground" is a noun before it is grind's past.
    expect(terms('ground grounds')).toEqual([['ground', 'grind'], ['ground']]);
  });

  it('reads such a form in a question as the verb it is as written where a verb stands bare ("did X found")', () => {
    const termsAsked = (q: string) => analyseQuestion(q).terms.map((t) => termsOf(t).join('/'));
    expect(termsAsked('when did banda found the centre')).toContain('found');
    expect(termsAsked('when did the ellerys found the farm')).toContain('found');
    expect(termsAsked('who plans to found a museum')).toContain('found');
    // Find's past elsewhere: after a verb of its own, or with no "did" before it.
    expect(termsAsked('what did police say they found')).toContain('find');
    expect(termsAsked('what was found in the boot')).toContain('find');
  });

  it('does not read a plural in "-es" as a verb that takes only "-s" ("nodes" is no form of "nod")', () => {
    const terms = (text: string) => tokenize(text).map(termsOf);
    expect(terms('nodes modes')).toEqual([['node'], ['mode']]);
    expect(terms('goes passes fixes')).toEqual([['go'], ['pass'], ['fix']]);
  });

  it('drops "anybody" and "somebody" as it drops "anyone" and "someone"', () => {
    expect(contentTokens('has anybody been arrested, or somebody charged?').map((t) => t.stem)).toEqual([
      'arrest',
      'charg',
    ]);
  });

  it('drops stop words and question words from the content', () => {
    expect(contentTokens('When did the war in Ukraine start?').map((t) => t.stem)).toEqual([
      'war',
      'ukrain',
      'start',
    ]);
  });
});

describe('analyseQuestion', () => {
  it('knows the verb of paying that a sum says already ("how much did they pay"), not that of being paid', () => {
    const paying = (q: string) => analyseQuestion(q).payingVerb?.surface;
    expect(paying('how much did kingsmere pay aldbridge for varga')).toBe('pay');
    expect(paying('how much has vistrochem spent on safety upgrades')).toBe('spent');
    expect(paying('how much does francesca moretti get paid')).toBeUndefined();
    expect(paying('how much did the villa cost')).toBeUndefined();
  });

  it.each([
    ['How many troops?', 'number'],
    ['how much did the tests cost', 'money'],
    ['how much was the coach earning a year', 'money'],
    ['how much is the airline charging for bags', 'money'],
    ['how much grain can egypt store there free of charge', 'number'],
    ['how much land is the ministry in charge of', 'number'],
    ['how much does the offer value the brewer at', 'money'],
    ['How expensive is the pill?', 'money'],
    ['how much did profit fall', 'number'],
    ['how much compensation did the fishermen get', 'money'],
    ["how much was serrado's fine cut for cooperating", 'number'],
    ['how much did the price of a ticket rise', 'number'],
    ['how much is kessling raising prices by', 'number'],
    ['how much are the rising fares', 'money'],
    ['how much above the reference rent can landlords charge', 'number'],
    ['how much were the chicken wraps', 'money'],
    ['how much does the meteorite weigh', 'number'],
    ['how much does the ticket cost', 'money'],
    ['how much did the maintenance spending rise', 'number'],
    ['how much will passenger charges rise', 'number'],
    ['how much will the pay rise be in the second year', 'money'],
    ['how much were the chicken wraps sold for last year in total at the festival', 'number'],
    ['how much more money will the club pay', 'money'],
    ['how much state aid will growers receive', 'money'],
    ['how much pension will she get when she retires', 'money'],
    ['what does a tonne of grey cement cost in portugal', 'money'],
    ['what price did okra fall to at the wholesale market', 'money'],
    ['what hours are the cameras switched on', 'time'],
    ['what fee do interpreters get for the first hour', 'money'],
    ['what fine has the authority proposed', 'money'],
    ['what price per tonne will egypt pay for the first cargo', 'money'],
    ['what did the minister say about the cost of the line', 'speech'],
    ['what did the mayor say about how much notice they gave', 'speech'],
    ['how tall is the dam', 'measure'],
    ['what temperature did a module reach on feb 19', 'measure'],
    ['what was the previous temperature record in sundvall', 'measure'],
    ['what was the average journey length', 'measure'],
    ['whats the avrage flight distance', 'measure'],
    ['what was the length of the strike', null],
    ['how long is the detour', 'length'],
    ['how old is the company', 'age'],
    ['how long ago did it open', 'date'],
    ["whats veltria's share price right now", 'money'],
    ['what was the original fine', 'money'],
    ['What was net profit in the second quarter?', 'money'],
    ["what's the interim dividend", 'money'],
    ['what percentage of the ticket price were fees', 'number'],
    ['what was the rise as a percentage', 'number'],
    ['what fraction of locals are against the toll', 'number'],
    ['how much was the rossund bridge toll before vestmark scrapped it', 'money'],
    ['how much is a ferry ticket from lavrio to kalystra', 'money'],
    ["what's the reporting deadline in the proposed law", 'date'],
    ['what deadline had the party given reval', 'date'],
    ['what percent renewable energy does the law require', 'number'],
    ['what was the combined value of the contracts', 'number'],
    ['when did the number of cases rise', 'date'],
    ['what did he say about a price war', 'speech'],
    ['When was it founded', 'age'],
    ['when was the inquiry set up', 'date'],
    ['and when does the rationing start', 'future'],
    ['when will the bridge reopen', 'future'],
    ['since when is night hunting with thermal scopes allowed', 'date'],
    ['when do the previous regulations date from', 'date'],
    ['why did the ship go off course', 'cause'],
    ['what caused the radio fault', 'cause'],
    ['what time did the rocket lift off', 'time'],
    ['what was the final score', 'score'],
    ['what did the coach say when he was sacked', 'speech'],
    ['What year was NATO founded', 'date'],
    ['What did Blinken say?', 'speech'],
    ['what did the mayor quote from the report', 'speech'],
    ['who quoted the poem at the funeral', 'speech'],
    ['what reference number should people quote when they call police', null],
    ['what crime reference should people quote', null],
    ['who said juniper has no idea how much trouble he caused', 'speech'],
    ['who warned that prices would rise when the plant closed', 'speech'],
    ['Who leads NATO?', 'person'],
    ['what happened to the firefighter whose truck overturned', null],
    ['Where did they meet?', 'place'],
    ['Patriot missiles', null],
  ])('%s -> %s', (q, type) => {
    expect(analyseQuestion(q).answerType).toBe(type);
  });

  it('drops the noun that names the kind of answer ("what share", "which year"), not the same noun as a topic', () => {
    const words = (q: string) => analyseQuestion(q).terms.map((t) => t.folded);
    expect(words('what share of the vote did the PTP get')).toEqual(['vote', 'ptp']);
    expect(words('what percent renewable energy does the law require')).not.toContain('percent');
    expect(words('Which year was NATO founded?')).toEqual(['nato', 'founded']);
    expect(words('how big is their market share')).toContain('share');
    expect(words('how big a chunk of the economy is tourism')).not.toContain('chunk');
    expect(words('what fraction of locals are against the toll')).not.toContain('fraction');
    expect(words("what's the name of the analyst at halden securities")).toEqual([
      'analyst',
      'halden',
      'securities',
    ]);
    expect(words('what was the combined value of the contracts')).toEqual(['combined', 'contracts']);
    expect(words('how old is the company')).toEqual(['company']);
    expect(words('how much cash has the company put into avalanche safety')).not.toContain('cash');
  });

  it('reads chat shorthand as the word it stands for ("ppl", "govt")', () => {
    const words = (q: string) => analyseQuestion(q).terms.map((t) => t.folded);
    expect(words('do ppl get their money back')).toContain('people');
    expect(words('how long do restaurants get to pay back the govt loans')).toContain('government');
    expect(words('how many folks live in orbeza')).toContain('people');
    expect(words('what did the northvale chief exec say')).toContain('executive');
    expect(words('who did mehra lose to and in which rnd')).toContain('round');
    expect(words('when were the pics posted last yr')).toEqual(expect.arrayContaining(['pictures', 'year']));
  });

  it('reads a misspelt question word as the one it misspells, when only one is one typo away', () => {
    expect(spellQuestionWord('wich company runs the mine')).toBe('which company runs the mine');
    expect(spellQuestionWord('wen did it start')).toBe('when did it start');
    expect(spellQuestionWord('how manny children are in hopsital')).toBe('how many children are in hopsital');
    expect(spellQuestionWord('how mutch did it cost')).toBe('how much did it cost');
    expect(spellQuestionWord('how deep is the lake')).toBe('how deep is the lake');
    expect(spellQuestionWord('waht did he say')).toBe('what did he say');
    expect(analyseQuestion(spellQuestionWord('hw many died')).answerType).toBe('number');
    // And the share or count "what" asks with: "what percntage".
    expect(spellQuestionWord('what percntage of crashes involved speed')).toBe(
      'what percentage of crashes involved speed',
    );
    expect(spellQuestionWord('what party does she belong to')).toBe('what party does she belong to');
    // As written: an everyday word ("that"), a stop word ("whos" is who's), a slip of two question words ("hwo").
    for (const q of ['that bridge collapsed when', 'whos the ceo', 'hwo many died', 'which company'])
      expect(spellQuestionWord(q)).toBe(q);
  });

  it('reads a word of no English that is one typo from a verb a question is built with as that verb', () => {
    expect(spellQuestionWord('when wil the court rule on his detension')).toBe(
      'when will the court rule on his detension',
    );
    // Of several verbs one typo away, the one it begins.
    expect(spellQuestionWord('how many members does it hav')).toBe('how many members does it have');
    // As written: a word of English ("hive", "wall"), a capitalised one (a name: "Wil").
    for (const q of [
      'how many bees were in the hive',
      'how tall was the wall',
      'what did Wil Kessler say',
      // Nor part of a word with an accent ("caf" of "café" is not "can").
      'what did the café owner say',
      'how high above sea level is øvre lia',
      // Nor a word English writes in another form ("dyes", not "does").
      'what are the dyes made from',
    ])
      expect(spellQuestionWord(q)).toBe(q);
  });

  it('reads a word of no English that most likely misspells a stop word as it, unless the stories have it misspelt', () => {
    const noStory = () => false;
    expect(spellStopWords('what day did the stampede hapen', noStory)).toBe(
      'what day did the stampede happen',
    );
    expect(spellStopWords('how did the board desribe the service', noStory)).toBe(
      'how did the board describe the service',
    );
    // As written: a word a story has one typo away ("saling": sailing, not "saying"), a slip of a question word
    // ("whn": when or why?), a word of English.
    expect(spellStopWords('which saling did she miss', (w) => w === 'saling')).toBe(
      'which saling did she miss',
    );
    for (const q of ['whn was the shop put up for sale', 'how tall was the wall'])
      expect(spellStopWords(q, noStory)).toBe(q);
  });

  it("reads an English word standing where the question's auxiliary must, one typo from it, as it when no story has it", () => {
    const noStory = () => false;
    expect(spellAuxiliarySlot('how long dose the crossing take', noStory)).toBe(
      'how long does the crossing take',
    );
    expect(spellAuxiliarySlot('how many pilots dose fjellfly employ', noStory)).toBe(
      'how many pilots does fjellfly employ',
    );
    // As written: a word a story has ("what dose" is never read so), a verb ("how many bees died").
    expect(spellAuxiliarySlot('how much dose was given', (w) => w === 'dose')).toBe(
      'how much dose was given',
    );
    for (const q of ['how many bees died in valdorne', 'what dose did they take'])
      expect(spellAuxiliarySlot(q, noStory)).toBe(q);
  });

  it('seeks a designation whole, not as its word and its number ("taranis-1", "Covid-19")', () => {
    const words = (q: string) => analyseQuestion(q).terms.map((t) => t.folded);
    expect(words('how much did the taranis-1 rocket cost')).toEqual(['taranis1', 'rocket', 'cost']);
    expect(words('how many Covid-19 cases in 2021')).toEqual(['covid19', 'cases', '2021']);
    expect(words('what is the lift-off time')).toEqual(['lift', 'off', 'time']);
  });

  it('does not look for the "pm" of a time, which the stories write "p.m.", but does for the PM', () => {
    const words = (q: string) => analyseQuestion(q).terms.map((t) => t.folded);
    expect(words('how many people were released at 9:25 pm')).not.toContain('pm');
    expect(words('what did the PM say')).toEqual(['pm']);
  });

  it('does not look for the "percent" of "… in percent", which a story writes "%"; nor a "deadline"', () => {
    const words = (q: string) => analyseQuestion(q).terms.map((t) => t.folded);
    expect(words('how much did the population shrink in percent')).toEqual(['population', 'shrink']);
    // Nor the "deadline" of "what's the deadline", which a date or a span says ("within 24 hours").
    expect(words("what's the deadline for the ransom")).toEqual(['ransom']);
  });

  it('treats capitalised words after the first as names', () => {
    expect(analyseQuestion('What did Zelensky say?').names.map((t) => t.surface)).toEqual(['Zelensky']);
    expect(analyseQuestion('Zelensky?').names).toEqual([]);
  });
});

describe('isStopWord', () => {
  it('knows inflections of stop words', () => {
    for (const word of ['gets', 'happens', 'does', 'the']) expect(isStopWord(word)).toBe(true);
  });

  it('knows contractions typed without their apostrophe, but not real words that split the same way', () => {
    for (const word of ['whats', 'theyll', 'youre', 'dont', 'im', 'doesnt'])
      expect(isStopWord(word)).toBe(true);
    for (const word of ['bed', 'shell', 'hell', 'wed', 'dividend']) expect(isStopWord(word)).toBe(false);
    // The irregular negations are words of their own too, but a question means won't, can't, shan't.
    for (const word of ['wont', 'cant', 'shant']) expect(isStopWord(word)).toBe(true);
    for (const word of ['troops', 'attacked', 'weather']) expect(isStopWord(word)).toBe(false);
  });
});

describe('contentTokens', () => {
  it('drops contractions written with their apostrophe, keeps names with one', () => {
    const folded = contentTokens("Who said they won't win? They'll see, I'm sure; can’t O'Neill?").map(
      (t) => t.folded,
    );
    expect(folded).toEqual(['win', 'see', 'sure', 'oneill']);
  });
});

describe('clip', () => {
  it('keeps short text, cuts long text near a word boundary within the limit', () => {
    expect(clip('short', 10)).toBe('short');
    const cut = clip('NATO countries agreed on Thursday to dig into their weapons stockpiles', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('NATO countries agreed on…');
  });

  it('never splits a surrogate pair', () => {
    const cut = clip(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(/[\uD800-\uDBFF]…$/.test(cut)).toBe(false);
  });
});
