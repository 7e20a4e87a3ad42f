import { describe, expect, it } from 'vitest';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('a number the question writes in words', () => {
  const tolls = libraryOf(
    madeUpArticle(
      'tolls',
      'Hauliers block motorway over toll rise',
      'The toll for heavy trucks with four or more axles rose to 41.80 euros from 30.20 euros.',
      'The toll for cars stays at 9.40 euros.',
      'About 300 hauliers blocked the northbound lanes for three hours on Monday.',
      'The two hauliers’ associations said they would meet the minister on Friday.',
    ),
  );

  it('must be in the sentence, in words or figures, as one in figures must', () => {
    expect(tolls.answer('how much is the toll for trucks with three axles').answered).toBe(false);
    expect(tolls.answer('how much is the toll for trucks with four axles').excerpts[0]?.text).toContain(
      '41.80 euros',
    );
    expect(tolls.answer('how long did 300 hauliers block the lanes').excerpts[0]?.text).toContain(
      'three hours',
    );
  });

  it('need not be after "the", which names whom it asks of, nor in a quote asked about', () => {
    expect(tolls.answer('when will the two associations meet the minister').excerpts[0]?.text).toContain(
      'Friday',
    );
  });
});
