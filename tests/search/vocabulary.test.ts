import { describe, expect, it } from 'vitest';
import { contentTokens } from '../../src/search/text.js';
import { Vocabulary } from '../../src/search/vocabulary.js';

describe('Vocabulary.onlyInsideNames', () => {
  const sentences = [
    'The U.S. Food and Drug Administration approved the pill.',
    'Chief Financial Officer Stefan Kohler said prices fell.',
    'Prices of food rose in the White House canteen.',
  ];
  const stem = (word: string) => contentTokens(word)[0]?.stem ?? '';

  it('gives the other words of the names a stem is only written inside (never as their last word)', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('fda', contentTokens(sentences[0] as string));
    expect([...(vocabulary.onlyInsideNames('fda', stem('food')) ?? [])].sort()).toEqual(
      [stem('administration'), stem('drug')].sort(),
    );
    // The last word of a name is what the name is: "the administration".
    expect(vocabulary.onlyInsideNames('fda', stem('administration'))).toBeUndefined();
  });

  it('is undefined once the story writes the word outside a name too, and forgets a removed sentence', () => {
    const vocabulary = new Vocabulary();
    for (const s of sentences) vocabulary.add('story', contentTokens(s));
    expect(vocabulary.onlyInsideNames('story', stem('food'))).toBeUndefined();
    expect(vocabulary.onlyInsideNames('story', stem('white'))).toEqual(new Set([stem('house')]));
    vocabulary.remove('story', contentTokens(sentences[2] as string));
    expect(vocabulary.onlyInsideNames('story', stem('food'))).toBeDefined();
    expect(vocabulary.onlyInsideNames('story', stem('white'))).toBeUndefined();
  });
});

describe('Vocabulary.isName', () => {
  const stem = (word: string) => contentTokens(word)[0]?.stem ?? '';
  const vocabulary = new Vocabulary();
  for (const sentence of [
    'Chief Financial Officer Stefan Kohler said prices fell.',
    'Kohler spoke in Turin.',
    'Schools in Turin stayed closed.',
    'The schools reopen in March.',
  ]) {
    vocabulary.add('story', contentTokens(sentence));
  }

  it('knows a word the story capitalises inside its sentences as a name', () => {
    expect(vocabulary.isName('story', 'kohler')).toBe(true);
    expect(vocabulary.isName('story', 'turin')).toBe(true);
  });

  it('does not take a capital that only opens a sentence for a name', () => {
    expect(vocabulary.isName('story', 'school')).toBe(false);
    expect(vocabulary.isName('story', 'price')).toBe(false);
    expect(vocabulary.isName('other story', 'kohler')).toBe(false);
  });

  it('reads an everyday word opening a quote as a sentence start, a rare one there as a name', () => {
    const quoting = new Vocabulary();
    for (const sentence of [
      '"People are paying with coins," said Marit Hesselberg.',
      'We ask people to stay at home.',
      '"Svanen has run out," she said.',
    ]) {
      quoting.add('story', contentTokens(sentence));
    }
    expect(quoting.isName('story', stem('people'))).toBe(false);
    expect(quoting.isName('story', stem('svanen'))).toBe(true);
  });

  it('knows a surname the story writes inside one sentence as a name where told, though it opens more of them', () => {
    const surname = new Vocabulary();
    for (const sentence of [
      '"It is a textbook collapse," said Joris Hendriksen, a freshwater ecologist.',
      'Hendriksen, 58, said an overflow had probably washed organic matter into the canal.',
      'Hendriksen said cities would need to plant more shade trees.',
      'Fish died along the canal.',
    ]) {
      surname.add('story', contentTokens(sentence));
    }
    expect(surname.isNameWhereTold('story', stem('hendriksen'))).toBe(true);
    expect(surname.isNameWhereTold('story', stem('fish'))).toBe(false);
    // Capitalised inside one sentence of three, it is no name by that count.
    expect(surname.isName('story', stem('hendriksen'))).toBe(false);
  });
});

describe('Vocabulary.resolve: slips of the fingers', () => {
  const vocabulary = new Vocabulary();
  vocabulary.add(
    'story',
    contentTokens(
      'Lertora never reached another final. The trial enrolled 3,850 adults. Results are due later.',
    ),
  );
  const resolve = (word: string) => {
    const [token] = contentTokens(word);
    if (!token) throw new Error(`no content word in ${word}`);
    return vocabulary.resolve(token);
  };

  it('reads a word of English as a slip for another only past its first letter, and never as one that sounds alike', () => {
    expect(resolve('beaches').matches).toEqual([]);
    expect(resolve('leader').matches).toEqual([]);
    // A slip of an everyday word is that word ("suposed": supposed), not a story word that sounds like it.
    const subsidies = new Vocabulary();
    subsidies.add(
      'story',
      contentTokens('The subsidy would be paid in instalments. The state will provide subsidies.'),
    );
    const [suposed] = contentTokens('suposed');
    expect(suposed && subsidies.resolve(suposed).matches).toEqual([]);
    expect(resolve('trail')).toMatchObject({ via: 'typo', matches: [{ stem: 'trial' }] });
  });
});

describe('Vocabulary.resolve: closed compounds', () => {
  const resolve = (text: string, word: string) => {
    const vocabulary = new Vocabulary();
    vocabulary.add('story', contentTokens(text));
    const [token] = contentTokens(word);
    if (!token) throw new Error(`no content word in ${word}`);
    return vocabulary.resolve(token);
  };

  it('matches a compound no story writes to its parts the story has, when it has the last, what the compound is', () => {
    const glassworks = resolve(
      'The works paid 4.1 million euros for gas. The glass is blown by hand.',
      'glassworks',
    );
    expect(glassworks.via).toBe('family');
    expect(glassworks.matches.map((m) => m.stem).sort()).toEqual(['glass', 'work']);
    expect(resolve('The turbine stands on land leased from a dairy farmer.', 'farmland').matches).toEqual([
      { stem: 'land', weight: 0.5 },
    ]);
  });

  it('does not match a compound to its first part alone, nor split two everyday words', () => {
    expect(resolve('Crews pulled 289 people from life rafts.', 'lifeboats').matches).toEqual([]);
    expect(resolve('The hall draws 9,000 visitors on a typical day each week.', 'weekday').matches).toEqual(
      [],
    );
  });
});
