import { describe, expect, it } from 'vitest';
import { areSiblingKinds } from '../../src/lexicon/wordKinds.js';
import { loadEnglishResources } from '../../src/search/english.js';
import { kindsAsked, namesOtherKind } from '../../src/search/otherKind.js';
import { tokenize } from '../../src/search/text.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

loadEnglishResources();

const otherKind = (question: string, sentence: string) =>
  namesOtherKind(kindsAsked(question, tokenize(question)), sentence);

describe('another kind of the thing asked', () => {
  it('knows sibling kinds of things, but not a word and its synonym, nor groups said in other words', () => {
    expect(areSiblingKinds('mackerel', 'herring')).toBe(true);
    expect(areSiblingKinds('women', 'men')).toBe(true);
    expect(areSiblingKinds('herring', 'herrings')).toBe(false);
    expect(areSiblingKinds('lab', 'laboratory')).toBe(false);
    expect(areSiblingKinds('union', 'federation')).toBe(false);
  });

  it('is the kind written right before the noun asked, where the question writes another', () => {
    const herring = "Norway's herring quota was cut by 36% to 290,000 tonnes.";
    expect(otherKind("what is norway's mackerel quota this year", herring)).toBe(true);
    expect(otherKind("what is norway's herring quota this year", herring)).toBe(false);
    // A sentence writing the kind asked beside another is about it too.
    expect(
      otherKind("what is norway's mackerel quota", 'The herring quota and the mackerel quota were cut.'),
    ).toBe(false);
  });

  it('makes a sentence about another kind no answer', () => {
    const fish = libraryOf(
      madeUpArticle(
        'quota',
        'Norway cuts herring quota',
        "Norway's herring quota was cut by 36% to 290,000 tonnes on Monday, the fisheries ministry said.",
        'Fishermen in Brennholm said the cut would tie up a third of the fleet.',
        'Boats that fish for mackerel are not affected.',
      ),
    );
    expect(fish.answer("what is norway's herring quota this year").excerpts[0]?.text).toContain('290,000');
    expect(fish.answer("what is norway's mackerel quota this year").answered).toBe(false);
  });
});
