import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import { realArticle } from './realArticle.js';

function tinyArticle(id: string, sentences: string[]): Article {
  return {
    id,
    headline: `Story ${id}`,
    byline: ['Jane Doe'],
    outlet: 'Reuters',
    dateline: 'LIMA',
    published: '2024-05-01',
    language: 'en',
    sections: [''],
    paragraphs: sentences.map((text, i) => ({
      n: i + 1,
      text,
      section: '',
      sentences: [{ index: 0, text }],
    })),
    quotes: [],
    credits: '',
    copyright: '',
  };
}

const volcano = tinyArticle('volcano', [
  'The Misti volcano erupted near Arequipa on Tuesday.',
  'Ash fell on 40,000 homes.',
]);

describe('library: stories and scopes', () => {
  it('indexes a story added live and forgets a removed one', () => {
    const library = createLibrary([{ article: realArticle(), owner: null }]);
    expect(library.answer('When did the volcano erupt?').answered).toBe(false);
    library.add(volcano, null);
    expect(library.answer('When did the volcano erupt?').excerpts[0]?.articleId).toBe('volcano');
    expect(library.remove('volcano')).toBe(true);
    expect(library.answer('When did the volcano erupt?').answered).toBe(false);
    expect(library.remove('volcano')).toBe(false);
  });

  it('matches a misspelt word against the stories there are now, not those there were', () => {
    // "volcanno" is resolved (a typo of "volcano") only once the volcano story is in; remembered resolutions of
    // words over all stories must not outlive an add or a remove.
    const library = createLibrary([{ article: realArticle(), owner: null }]);
    expect(library.answer('When did the volcanno erupt?').answered).toBe(false);
    library.add(volcano, null);
    expect(library.answer('When did the volcanno erupt?').excerpts[0]?.articleId).toBe('volcano');
    library.remove('volcano');
    expect(library.answer('When did the volcanno erupt?').answered).toBe(false);
  });

  it("keeps a server's story to that server: not another server, not a direct message", () => {
    const library = createLibrary([{ article: realArticle(), owner: null }]);
    library.add(volcano, '111111111111111111');
    const inA = { scope: { guildId: '111111111111111111' } };
    const inB = { scope: { guildId: '222222222222222222' } };
    const dm = { scope: { guildId: null } };
    expect(library.answer('When did the volcano erupt?', inA).answered).toBe(true);
    expect(library.answer('When did the volcano erupt?', inB).answered).toBe(false);
    expect(library.answer('When did the volcano erupt?', dm).answered).toBe(false);
    expect(library.list(inB.scope).map((s) => s.article.id)).toEqual(['nato-air-defenses-kyiv']);
    expect(library.get('volcano', inB.scope)).toBeUndefined();
    expect(library.suggest('volcano', inB).some((s) => s.includes('volcano'))).toBe(false);
    // Global stories answer everywhere.
    expect(library.answer('When was NATO founded?', inB).answered).toBe(true);
  });

  it("matches question words only against the words of the stories in scope: another server's never count", () => {
    const library = createLibrary([{ article: realArticle(), owner: null }]);
    const alone = library.answer('What did Zelensky say about the Misti volcano?');
    library.add(
      tinyArticle('kyiv-visit', ['Zelensky spoke about the Misti volcano in Kyiv.', 'NATO allies met.']),
      '111111111111111111',
    );
    const inB = { scope: { guildId: '222222222222222222' } };
    // The names exist only in server A's story: for server B they are unknown, exactly as before A added it,
    // even misspelt (a typo or a sound-alike must not find A's words either).
    for (const question of ['What did Zelensky say about the Misti volcano?', 'What did Zelenski say?']) {
      const answer = library.answer(question, inB);
      expect(answer.answered).toBe(false);
      expect(answer.reason).toBe(
        alone.reason?.replace('Zelensky', question.includes('Zelenski') ? 'Zelenski' : 'Zelensky'),
      );
    }
    expect(
      library.answer('What did Zelenski say?', { scope: { guildId: '111111111111111111' } }).answered,
    ).toBe(true);
  });

  it("finds a compound synonym only where a story in scope writes it, never in another server's", () => {
    const library = createLibrary([
      {
        article: tinyArticle('vintage', ['Workers on farms in Rioja picked grapes.', 'Rain fell.']),
        owner: null,
      },
    ]);
    const question = 'what did the farmhands in rioja pick';
    const alone = library.answer(question);
    library.add(
      tinyArticle('harvest', ['Farm workers in Rioja picked grapes.', 'Rain fell.']),
      '111111111111111111',
    );
    // For server B, as if server A's story were not there: farmhands are something its stories never mention.
    expect(library.answer(question, { scope: { guildId: '222222222222222222' } })).toEqual(alone);
    expect(
      library.answer(question, { scope: { guildId: '111111111111111111' } }).excerpts[0]?.articleId,
    ).toBe('harvest');
  });

  it('highlights the words of its own sentence when several libraries live in one process', () => {
    const a = createLibrary([
      { article: tinyArticle('a', ['Ash fell on 40,000 homes near the volcano.']), owner: null },
    ]);
    const b = createLibrary([
      { article: tinyArticle('b', ['Troops crossed the river at dawn.']), owner: null },
    ]);
    expect(a.answer('ash homes volcano').excerpts[0]?.highlights).toEqual(['Ash', 'homes', 'volcano']);
    expect(b.answer('troops river dawn').excerpts[0]?.highlights).toEqual(['Troops', 'river', 'dawn']);
  });

  it('restricts an answer to the stories named', () => {
    const library = createLibrary([
      { article: realArticle(), owner: null },
      { article: volcano, owner: null },
    ]);
    expect(library.answer('When was NATO founded?', { articleIds: ['volcano'] }).answered).toBe(false);
    expect(
      library.answer('When was NATO founded?', { articleIds: ['nato-air-defenses-kyiv'] }).answered,
    ).toBe(true);
  });

  it('suggests at most the limit, fuzzy-matched to what is typed', () => {
    const library = createLibrary([{ article: realArticle(), owner: null }]);
    expect(library.suggest('', { limit: 25 }).length).toBeLessThanOrEqual(25);
    expect(library.suggest('stoltenbrg')[0]).toContain('Stoltenberg');
    for (const s of library.suggest('')) expect(s.length).toBeLessThanOrEqual(100);
  });
});

describe('library: names and what is asked about them', () => {
  const results = tinyArticle('results', [
    'Chief Financial Officer Stefan Kohler said prices fell in the quarter.',
    'Schools in Turin stayed closed.',
    'Exports to Canada rose.',
    'The board raised the dividend to 0.35 euros per share.',
  ]);
  const library = createLibrary([{ article: results, owner: null }]);

  it('does not answer what a named person said about something only other sentences mention', () => {
    const answer = library.answer('what did stefan kohler say about the dividend');
    expect(answer.answered).toBe(false);
    expect(library.answer('what did stefan kohler say about prices').excerpts[0]?.text).toContain(
      'prices fell',
    );
    expect(library.answer('what is the dividend').excerpts[0]?.text).toContain('0.35 euros');
    expect(library.answer('who is Stefan Kohler').answered).toBe(true);
  });
});

describe('library: word families', () => {
  it('matches a derived word the stemmer leaves apart, less surely than the word itself', () => {
    const library = createLibrary([
      { article: tinyArticle('recruits', ['The army recruits 5,000 soldiers every month.']), owner: null },
    ]);
    const derived = library.answer('how many soldiers are recruited monthly');
    const exact = library.answer('how many soldiers are recruited every month');
    expect(derived.excerpts[0]?.text).toContain('5,000');
    expect(derived.excerpts[0]?.score ?? 1).toBeLessThan(exact.excerpts[0]?.score ?? 0);
  });
});

describe('library: remembered answers', () => {
  it('answers a question asked again from memory, per server, until a story comes or goes', () => {
    const library = createLibrary([{ article: realArticle(), owner: null }]);
    const question = 'When did the volcano erupt?';
    const inA = { scope: { guildId: '111111111111111111' } };
    const first = library.answer('When was NATO founded?', inA);
    expect(library.answer('When was NATO founded?', inA)).toBe(first);
    // Another server, or another number of excerpts, is another answer.
    expect(library.answer('When was NATO founded?', { scope: { guildId: '222222222222222222' } })).not.toBe(
      first,
    );
    expect(library.answer('When was NATO founded?', { ...inA, limit: 1 }).excerpts).toHaveLength(1);
    expect(library.answer(question, inA).answered).toBe(false);
    library.add(volcano, '111111111111111111');
    expect(library.answer(question, inA).answered).toBe(true);
    library.remove('volcano');
    expect(library.answer(question, inA).answered).toBe(false);
  });

  it('hands out answers no caller can change', () => {
    const library = createLibrary([{ article: realArticle(), owner: null }]);
    const answer = library.answer('When was NATO founded?');
    expect(() => {
      (answer.excerpts as unknown[]).pop();
    }).toThrow();
    expect(Object.isFrozen(answer.excerpts[0])).toBe(true);
    expect(library.answer('When was NATO founded?').excerpts.length).toBeGreaterThan(0);
  });

  it('remembers nothing when told to', () => {
    const library = createLibrary([{ article: realArticle(), owner: null }], { rememberedAnswers: 0 });
    expect(library.answer('When was NATO founded?')).not.toBe(library.answer('When was NATO founded?'));
  });
});
