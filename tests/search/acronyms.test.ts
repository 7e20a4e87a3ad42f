import { describe, expect, it } from 'vitest';
import { acronymsOf } from '../../src/search/acronyms.js';
import { contentTokens } from '../../src/search/text.js';

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
});
