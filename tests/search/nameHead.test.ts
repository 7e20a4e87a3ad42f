import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf } from './realArticle.js';

describe('a name called by the noun it heads', () => {
  it('is the thing a sentence calls "the <noun>" just after one writing the name with it', () => {
    const infirmary = libraryOf(loadArticleById('hospital-food-contract-complaints-bradwell').article);
    expect(infirmary.answer('how many beds does bradwell royal infirmary have').excerpts[0]?.text).toContain(
      'The 640-bed infirmary',
    );
    const refinery = libraryOf(
      loadArticleById('refinery-fire-fuel-prices-supply-disruption-porto-alvez').article,
    );
    expect(refinery.answer('who operates the porto alvez refinery').excerpts[0]?.text).toContain(
      'The refinery, operated by Lusomar Energia',
    );
  });

  it('wants the name written with that noun: a place named a little before is not its airport', () => {
    // _travelled from Prague_, then _the airport, which handled about 410,000 passengers last year_: Ostrava's.
    const tunnel = libraryOf(
      loadArticleById('tunnel-boring-machine-breakthrough-rail-link-ostrava-heights').article,
    );
    expect(tunnel.answer('how many passengers does prague airport handle a year').answered).toBe(false);
  });
});
