import { beforeAll, describe, expect, it } from 'vitest';
import { openingPlace } from '../../src/search/elsewhere.js';
import { loadEnglishResources } from '../../src/search/english.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

beforeAll(() => loadEnglishResources());

describe('a sentence opening with another place ("In Wayhtu, …")', () => {
  const mines = () =>
    libraryOf(
      madeUpArticle(
        'jade',
        'Jade mine landslide buries workers near Lanmaw',
        'At least 23 people were killed when waste earth collapsed onto workers at a jade mine near Lanmaw on Sunday.',
        'The Ministry of Natural Resources and Environmental Conservation said in a statement on Monday evening that it had suspended 37 mining licences covering about 2,800 hectares around Lanmaw for at least 90 days while inspectors assessed the stability of waste dumps.',
        'In Wayhtu, authorities suspended 22 licences after that collapse, but most mines reopened within six months.',
        'Nationally, about 28% of suspended licences were restored within a year, according to government figures.',
        'In neighbouring Torrebruna, inspectors closed nine mines, compared with 31 in Lanmaw.',
      ),
    );

  it('ranks below one of the story’s own place when the question names neither', () => {
    expect(mines().answer('how many mining licences were suspended').excerpts[0]?.text).toContain(
      '37 mining licences',
    );
    expect(mines().answer('for how long are the licences suspended').excerpts[0]?.text).toContain(
      'at least 90 days',
    );
  });

  it('still answers a question that names it', () => {
    expect(mines().answer('how many licences were suspended in wayhtu').excerpts[0]?.text).toContain(
      'In Wayhtu',
    );
  });

  it('reads the place, not a month, nor the story’s own', () => {
    expect(openingPlace('In Wayhtu, authorities suspended 22 licences.').map((w) => w.folded)).toEqual([
      'wayhtu',
    ]);
    expect(openingPlace('In neighbouring Stowford Abbas, thieves took lead.').map((w) => w.folded)).toEqual([
      'stowford',
      'abbas',
    ]);
    expect(openingPlace('Nationally, about 28% of appeals were allowed.').map((w) => w.folded)).toEqual([
      'nationally',
    ]);
    expect(openingPlace('In March, the council voted.')).toEqual([]);
    expect(openingPlace('The ministry said it had suspended 37 licences.')).toEqual([]);
  });
});
