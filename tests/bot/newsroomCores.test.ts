import { beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import * as people from '../../commands/people.js';
import * as summary from '../../commands/summary.js';
import * as timeline from '../../commands/timeline.js';
import type { CommandContext, PermissionName } from '../../commands/types.js';
import type { Article } from '../../src/article/types.js';
import { memoise, peopleOf, summaryOf, timelineOf } from '../../src/newsroom/memo.js';
import type { StoryLibrary } from '../../src/search/library.js';
import { NO_INSIGHTS, readOnlyStories } from '../../src/services.js';
import { ARTICLE, stubLibrary } from '../fake-discord/fixtures.js';
import { realArticle } from '../newsroom/articleFixture.js';

// The /summary, /people and /timeline cores on the real story: plain options in, a Reply out.
let article: Article;
let library: StoryLibrary;
beforeAll(async () => {
  article = await realArticle();
  library = stubLibrary([{ article, owner: null }]).library;
});

function ctx(lib: StoryLibrary, granted: readonly PermissionName[] = []): CommandContext {
  return {
    library: lib,
    scope: { guildId: 'g1' },
    user: { id: 'u1', name: 'u' },
    operator: false,
    can: (p) => granted.includes(p),
    commands,
    readAttachment: () => Promise.reject(new Error('no files here')),
    stories: readOnlyStories(lib),
    insights: NO_INSIGHTS,
    afterReply: () => undefined,
  };
}

test('the three commands are registered, before /help', () => {
  const names = commands.map((c) => c.data.name);
  expect(names).toEqual(expect.arrayContaining(['summary', 'people', 'timeline']));
  expect(names.indexOf('timeline')).toBeLessThan(names.indexOf('help'));
});

describe('/summary core', () => {
  test('ephemeral by default; short has 3–5 points, full 8–12', () => {
    const short = summary.execute({ options: {} }, ctx(library));
    expect(short.ephemeral).toBe(true);
    expect(short.content).toBeUndefined();
    const count = (d = '') => d.split('\n').filter((l) => l.startsWith('• ')).length;
    expect(count(short.embeds?.[0]?.description)).toBeGreaterThanOrEqual(3);
    expect(count(short.embeds?.[0]?.description)).toBeLessThanOrEqual(5);
    const full = summary.execute({ options: { length: 'full' } }, ctx(library));
    expect(count(full.embeds?.[0]?.description)).toBeGreaterThanOrEqual(8);
    expect(full.embeds?.[0]?.author?.name).toMatch(/^Full summary/);
  });

  test('public:true posts publicly only for Manage Messages; others get it ephemerally with the reason', () => {
    const mod = summary.execute({ options: { public: true } }, ctx(library, ['ManageMessages']));
    expect(mod.ephemeral).toBe(false);
    expect(mod.content).toBeUndefined();
    const member = summary.execute({ options: { public: true } }, ctx(library, ['SendMessages']));
    expect(member.ephemeral).toBe(true);
    expect(member.content).toBe(summary.NOT_PUBLIC_NOTE);
    expect(member.embeds?.[0]?.title).toBe(article.headline);
    // A moderator who did not ask for public still gets a private copy.
    expect(summary.execute({ options: {} }, ctx(library, ['ManageMessages'])).ephemeral).toBe(true);
  });

  test('several stories: asks which; story: picks one; autocomplete offers stories by headline', () => {
    const other = stubLibrary([
      { article, owner: null },
      { article: { ...ARTICLE, id: 'other', headline: 'Another story' }, owner: null },
    ]).library;
    expect(summary.execute({ options: {} }, ctx(other)).content).toBe('Several stories: add `story:<id>`.');
    expect(summary.execute({ options: { story: 'other' } }, ctx(other)).embeds?.[0]?.title).toBe(
      'Another story',
    );
    expect(summary.autocomplete({ name: 'story', value: 'another' }, { options: {} }, ctx(other))).toEqual([
      { name: 'Another story (other)', value: 'other' },
    ]);
  });
});

describe('/people core', () => {
  test('without a name: everyone, within 25 fields', () => {
    const embed = people.execute({ options: {} }, ctx(library)).embeds?.[0];
    expect(embed?.fields?.[0]?.name).toBe('Jens Stoltenberg');
    expect(embed?.fields?.length).toBeLessThanOrEqual(25);
  });

  test('a name, even misspelt, shows that person with quotes; an unknown one suggests names', () => {
    for (const typed of ['Stoltenberg', 'stoltenbreg', 'Jens Stoltenberg']) {
      const embed = people.execute({ options: { name: typed } }, ctx(library)).embeds?.[0];
      expect(embed?.title).toBe('Jens Stoltenberg');
      expect(embed?.description).toContain('(¶4)');
    }
    const typo = people.execute({ options: { name: 'Blinkin Antonio' } }, ctx(library));
    expect(typo.embeds?.[0]?.title ?? typo.content).toMatch(/Antony Blinken/);
    const unknown = people.execute({ options: { name: 'Macron' } }, ctx(library));
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toBe(
      'The story names nobody called “Macron”. Did you mean **Jens Stoltenberg**, **Dmitro Kouleba**, **Antony Blinken**? Try `/people` for the full list.',
    );
  });

  test('closest prefers near spellings over prominence', () => {
    expect(people.closest(peopleOf(article), 'Landsberg').map((p) => p.name)[0]).toBe(
      'Gabrielius Landsbergis',
    );
  });

  test('name autocomplete: fuzzy, ≤ 25 choices of ≤ 100 characters, role in the label', () => {
    const typed = people.autocomplete({ name: 'name', value: 'kuleba' }, { options: {} }, ctx(library));
    expect(typed).toEqual([
      { name: 'Dmitro Kouleba — leader of Ukrainian diplomacy', value: 'Dmitro Kouleba' },
    ]);
    const all = people.autocomplete({ name: 'name', value: '' }, { options: {} }, ctx(library));
    expect(all).toHaveLength(25);
    for (const c of all) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(people.autocomplete({ name: 'hide', value: '' }, { options: {} }, ctx(library))).toEqual([]);
  });
});

describe('/timeline core', () => {
  test('dated events in order with wording and ¶; hide:true is ephemeral', () => {
    const reply = timeline.execute({ options: { hide: true } }, ctx(library));
    expect(reply.ephemeral).toBe(true);
    const lines = reply.embeds?.[0]?.description?.split('\n') ?? [];
    const dates = lines.map((l) => /^\*\*≈?([\d-]+)/.exec(l)?.[1] ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(lines[0]).toContain('“on April 4, 1949”');
    expect(lines.at(-1)).toMatch(/^\*\*2024-11\*\* “next November” — .*\(¶14\)$/);
  });

  test('no story loaded: a notice, not a crash', () => {
    const empty = stubLibrary([]).library;
    expect(timeline.execute({ options: {} }, ctx(empty)).content).toBe('No stories are loaded yet.');
    expect(people.autocomplete({ name: 'name', value: 'x' }, { options: {} }, ctx(empty))).toEqual([]);
  });
});

describe('memo: each article is analysed once', () => {
  test('the same Article object gets the same result object; another object is analysed afresh', () => {
    expect(peopleOf(article)).toBe(peopleOf(article));
    expect(timelineOf(article)).toBe(timelineOf(article));
    expect(summaryOf(article, 'short')).toBe(summaryOf(article, 'short'));
    expect(summaryOf(article, 'full')).not.toBe(summaryOf(article, 'short'));
    let calls = 0;
    const count = memoise((a: Article) => {
      calls += 1;
      return a.id;
    });
    const copy = { ...article };
    count(article);
    count(article);
    count(copy);
    expect(calls).toBe(2);
  });
});
