import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('answer: a verb of two words', () => {
  const library = libraryOf(
    madeUpArticle(
      'cycling',
      'Team faces suspension',
      'The federation will rule on the case by October 2025.',
      'Under rules the federation introduced in 2015, a team with two adverse findings can be suspended.',
      'The sponsor said the case would bring more scrutiny to the team.',
      'The federation brought in a new anti-doping chief in March 2023.',
    ),
  );

  it('"bring in" is also matched by its WordNet synonym "introduced"', () => {
    expect(library.answer('when did the federation bring in the rule').excerpts[0]?.text).toContain(
      'introduced in 2015',
    );
  });

  it('a sentence writing the verb as the question does still comes first', () => {
    expect(
      library.answer('when did the federation bring in an anti-doping chief').excerpts[0]?.text,
    ).toContain('brought in a new anti-doping chief');
  });
});

describe("answer: a verb of two words whose verb is another verb's past", () => {
  it('"lay off" finds _laying off_, though "lay" alone is also the past of lie', () => {
    const closure = libraryOf(loadArticleById('textile-factory-closure-jobs-bellmont').article);
    expect(closure.answer('how many workers did delacourt lay off in bellmont').excerpts[0]?.text).toContain(
      'laying off 412 workers',
    );
  });
});
