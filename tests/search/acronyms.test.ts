import { beforeAll, describe, expect, it } from 'vitest';
import { acronymsOf } from '../../src/search/acronyms.js';
import { loadEnglishResources } from '../../src/search/english.js';
import { contentTokens } from '../../src/search/text.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

beforeAll(() => loadEnglishResources());

const acronyms = (text: string) => acronymsOf(contentTokens(text));

describe('acronymsOf', () => {
  it('makes the acronym of a capitalised name, joining words included', () => {
    expect(acronyms('Within the European Union, we are worried.').get('eu')).toEqual(['european', 'union']);
    expect(acronyms('the North Atlantic Treaty Organization met').get('nato')).toEqual([
      'north',
      'atlant',
      'treati',
      'organ',
    ]);
    expect(acronyms('the Bank of England said').get('be')).toEqual(['bank', 'england']);
  });

  it('does not join names across other words or punctuation', () => {
    expect(acronyms('Finland and then, later, Sweden').has('fs')).toBe(false);
    expect(acronyms('Paris. Berlin').has('pb')).toBe(false);
  });

  it('starts no name with a word already in capitals, nor with a single word', () => {
    expect([...acronyms('NATO Secretary General').keys()]).toEqual(['sg']);
    expect(acronyms('Stoltenberg said').size).toBe(0);
  });

  it('makes one of a word for a person written in lower case, "of", and what they belong to', () => {
    expect(acronyms('Local member of parliament Priya Castellan called for an inquiry.').get('mp')).toEqual([
      'member',
      'parliament',
    ]);
    expect(acronyms('The price of bread rose.').has('pb')).toBe(false);
  });

  it('so "the mp" finds the member of parliament a story names', () => {
    const library = libraryOf(
      madeUpArticle(
        'surgeon',
        'Surgeon suspended',
        'Local member of parliament Priya Castellan called for a public inquiry with statutory powers.',
        'The hospital trust said it had identified 212 cases.',
      ),
    );
    expect(library.answer('which local mp wants a public inquiry').excerpts[0]?.text).toContain(
      'Priya Castellan',
    );
  });
});
