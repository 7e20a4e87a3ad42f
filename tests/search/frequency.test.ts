import { describe, expect, it } from 'vitest';
import { givesFrequency, sentenceFeatures } from '../../src/search/answerTypes.js';
import { tokenize } from '../../src/search/text.js';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

const holds = (sentence: string) =>
  sentenceFeatures(sentence, tokenize(sentence), { people: new Set(), placed: false });

describe('how often something happens', () => {
  it('is said by a count of times, a rate, "every" a span, a share of occasions or an adverb of frequency', () => {
    for (const said of [
      'The band rehearses twice a week.',
      'She trains three evenings a week at the club.',
      'Departures run every 40 minutes.',
      'The batteries must be changed every two to four years.',
      'Results are published every Friday.',
      'Recycling is collected weekly.',
      'They met on three occasions.',
      'Scanners misread roughly one tag in seven.',
      'Storms grounded the drones on 19 percent of calls.',
      'Such faults are rarely found.',
    ])
      expect(givesFrequency(said), said).toBe(true);
    for (const said of [
      'Marr said the band could store its equipment there until the end of August.',
      'Once the plan is approved, work will start.',
      'The hall was sold in 2019.',
    ])
      expect(givesFrequency(said), said).toBe(false);
  });

  it('"how often" is answered by a sentence that says how often, not by one that only shares its words', () => {
    // _Marr said Harbourside was willing to let the band store some equipment in the building …_ shares as many.
    const band = libraryOf(loadArticleById('brass-band-loses-rehearsal-hall-sale-tollerton').article);
    expect(band.answer('how often does the band rehearse').excerpts[0]?.text).toContain('twice a week');
    const drumlines = libraryOf(loadArticleById('shark-bite-beaches-corralee').article);
    expect(drumlines.answer('how often are the drumlines checked').excerpts[0]?.text).toContain(
      'every two hours',
    );
  });
});

describe('"how many times"', () => {
  it('is answered by "twice", a number in words, which gives the value asked', () => {
    expect(holds('He had emailed the managing director twice in October.').number).toBe(true);
    expect(holds('Only once a year.').number).toBe(true);
    expect(holds('Once the plan is approved, work will start.').number).toBe(false);
    // Nor is a multiple a count: _the bus, which takes twice as long_.
    expect(holds('I took the bus, which takes twice as long.').number).toBe(false);
    const school = libraryOf(
      madeUpArticle(
        'school',
        'Language school shuts, teachers unpaid',
        'Heikkinen said he had emailed the managing director twice in October about wages and received no answer.',
        'The managing director did not respond to repeated calls and emails.',
        'The school taught 240 refugees a year.',
      ),
    );
    expect(
      school.answer('how many times did heikkinen email the managing director').excerpts[0]?.text,
    ).toContain('twice in October');
  });

  it('asked of a time before a year, is not answered by a count since that year', () => {
    const bridge = libraryOf(
      madeUpArticle(
        'bridge',
        'Lorry strikes rail bridge again, delaying trains',
        'The Mill Road bridge has been struck only twice since 2021, when the council installed warning signs.',
        'Trains were delayed for three hours on Tuesday.',
      ),
    );
    expect(
      bridge.answer('how many times was the mill road bridge struck since 2021').excerpts[0]?.text,
    ).toContain('only twice');
    expect(bridge.answer('how many times was the mill road bridge hit before 2021').answered).toBe(false);
  });
});
