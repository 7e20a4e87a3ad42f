import { describe, expect, it } from 'vitest';
import { contentTokens } from '../../src/search/text.js';
import { Vocabulary } from '../../src/search/vocabulary.js';

describe('Vocabulary.isName', () => {
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
});
