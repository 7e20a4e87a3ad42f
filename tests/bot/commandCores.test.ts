import { describe, expect, test } from 'vitest';
import * as article from '../../commands/article.js';
import * as ask from '../../commands/ask.js';
import { moreId, parseAskButton } from '../../commands/askButtons.js';
import { commands } from '../../commands/index.js';
import * as paragraph from '../../commands/paragraph.js';
import * as quote from '../../commands/quote.js';
import type { CommandContext } from '../../commands/types.js';
import type { Article } from '../../src/article/types.js';
import type { StoryLibrary } from '../../src/search/library.js';
import { NO_INSIGHTS, readOnlyStories } from '../../src/services.js';
import { ARTICLE, stubLibrary } from '../fake-discord/fixtures.js';

// The pure command cores: plain options in, a Reply out — no Discord involved (the console uses them the same way).
const GUILD_ARTICLE: Article = { ...ARTICLE, id: 'guild-story', headline: 'A guild’s own story', quotes: [] };

function ctx(library: StoryLibrary, guildId: string | null = null): CommandContext {
  const readAttachment = () => Promise.reject(new Error('no files in these tests'));
  return {
    library,
    scope: { guildId },
    user: { id: 'u1', name: 'u' },
    can: () => false,
    commands,
    readAttachment,
    operator: false,
    stories: readOnlyStories(library),
    insights: NO_INSIGHTS,
    afterReply: () => undefined,
  };
}

describe('/ask core', () => {
  test('pages of 3 with "More" only while more excerpts exist; asks the library in the caller\'s scope', () => {
    const stub = stubLibrary();
    const first = ask.execute({ options: { question: 'when was NATO founded' } }, ctx(stub.library, 'g1'));
    expect(stub.calls[0]?.options).toEqual({ scope: { guildId: 'g1' }, limit: 4 });
    const ids = first.components?.[0]?.components.map((b) => b.custom_id);
    expect(ids).toContain('ask:more:3:when was NATO founded');
    // ¶1 and ¶3 have one sentence: a Context button would show nothing new.
    expect(ids?.filter((id) => id.startsWith('ask:ctx'))).toEqual([
      'ask:ctx:4:0:nato-air-defenses-kyiv',
      'ask:ctx:2:0:nato-air-defenses-kyiv',
    ]);
  });

  test('"More" past the end answers the clicker alone instead of wiping the message', () => {
    const result = ask.button({ args: ['more', '9', 'when was NATO founded'] }, ctx(stubLibrary().library));
    expect(result.update).toBe(false);
    expect(result.reply).toMatchObject({ content: 'No more excerpts for that question.', ephemeral: true });
  });

  test('custom ids stay ≤ 100 characters; a long question is read back from the message', () => {
    const long = 'why '.repeat(40).trim();
    expect(moreId(3, long)).toBe('ask:more:3:');
    expect(
      parseAskButton({ args: ['more', '3', ''], message: { embeds: [{ author: { name: long } }] } }),
    ).toEqual({
      kind: 'more',
      offset: 3,
      question: long,
    });
    expect(parseAskButton({ args: ['more', 'x', 'q'] })).toBeUndefined();
    expect(parseAskButton({ args: ['ctx', '2', '1', 'a:b'] })).toEqual({
      kind: 'ctx',
      paragraph: 2,
      sentence: 1,
      articleId: 'a:b',
    });
  });

  test('an empty question gets a hint', () => {
    expect(ask.execute({ options: { question: '  ' } }, ctx(stubLibrary().library)).content).toMatch(
      /Ask a question/,
    );
  });
});

describe('stories and scope', () => {
  const stories = [
    { article: ARTICLE, owner: null },
    { article: GUILD_ARTICLE, owner: 'g1' },
  ];

  test("/article with several visible stories lists them; with story: shows that one; others' stories are hidden", () => {
    const { library } = stubLibrary(stories);
    const list = article.execute({ options: {} }, ctx(library, 'g1'));
    expect(list.content).toBe('Several stories: add `story:<id>`.');
    expect(list.embeds?.[0]?.description).toContain('`guild-story` — A guild’s own story');
    expect(
      article.execute({ options: { story: 'guild-story' } }, ctx(library, 'g1')).embeds?.[0]?.title,
    ).toBe('A guild’s own story');
    // Another guild sees only the global story, so it is the default.
    expect(article.execute({ options: {} }, ctx(library, 'g2')).embeds?.[0]?.title).toBe(ARTICLE.headline);
    expect(article.execute({ options: { story: 'guild-story' } }, ctx(library, 'g2')).content).toMatch(
      /^There is no story `guild-story`/,
    );
  });

  test('story autocomplete offers visible stories only', () => {
    const { library } = stubLibrary(stories);
    const choices = paragraph.autocomplete(
      { name: 'story', value: 'guild' },
      { options: {} },
      ctx(library, 'g2'),
    );
    expect(choices).toEqual([]);
    expect(
      paragraph.autocomplete({ name: 'story', value: 'guild' }, { options: {} }, ctx(library, 'g1')),
    ).toEqual([{ name: 'A guild’s own story (guild-story)', value: 'guild-story' }]);
  });
});

describe('/quote core', () => {
  test('unknown speaker names who is quoted; hide makes it ephemeral', () => {
    const reply = quote.execute({ options: { speaker: 'Biden', hide: true } }, ctx(stubLibrary().library));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      'Nobody called “Biden” is quoted. Speakers: Jens Stoltenberg, Dmitro Kouleba.',
    );
  });

  test('speaker autocomplete with nothing typed lists speakers, most quoted first', () => {
    expect(
      quote.autocomplete({ name: 'speaker', value: '' }, { options: {} }, ctx(stubLibrary().library)),
    ).toEqual([
      { name: 'Jens Stoltenberg', value: 'Jens Stoltenberg' },
      { name: 'Dmitro Kouleba', value: 'Dmitro Kouleba' },
    ]);
  });
});
