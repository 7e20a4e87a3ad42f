import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('a sentence opening with a word for a body', () => {
  it('is about the body a sentence a little before names ("The company, founded in 1868, employs 340 people")', () => {
    const perfume = libraryOf(
      loadArticleById('perfume-maker-jasmine-harvest-shortfall-prices-grasselle').article,
    );
    expect(perfume.answer('how many people does maison verrault employ').excerpts[0]?.text).toContain(
      'employs 340 people',
    );
  });

  it('is not about a body named further back than a few sentences', () => {
    const mills = libraryOf(
      madeUpArticle(
        'mills',
        'Sawmills cut jobs after export duty',
        'Halla-Puu said it would close one of its two production lines in Korvenmaa.',
        'The duty took effect on March 1.',
        'Buyers in Germany have turned to Swedish mills.',
        'Prices for sawn spruce rose 9% in two weeks.',
        'Forest owners sell most of the timber harvest.',
        'The ministry said the duty would slow clear-cutting.',
        'Exporters asked for a delay of six months.',
        'Truck drivers waited at the border for hours.',
        'Unions called a meeting for Friday.',
        'The company employs 2,100 people at its four mills.',
      ),
    );
    expect(mills.answer('how many people does halla-puu employ').answered).toBe(false);
  });

  it('reads "her company", "his company" as the body of someone named just before', () => {
    const taxis = libraryOf(loadArticleById('taxi-fare-rise-approved-city-council-dornvik').article);
    expect(taxis.answer('how many cars does citytaxi dornvik have on its books').excerpts[0]?.text).toContain(
      'Her company has 410 cars',
    );
    const beetles = libraryOf(loadArticleById('bark-beetle-outbreak-forest-felling-hohenwald').article);
    expect(beetles.answer('how many people does holzwerke reisegger employ').excerpts[0]?.text).toContain(
      'His company, which employs 740 people',
    );
  });
});
