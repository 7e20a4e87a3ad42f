import { PassThrough, Readable } from 'node:stream';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import * as people from '../../commands/people.js';
import * as summary from '../../commands/summary.js';
import * as timeline from '../../commands/timeline.js';
import { runConsole } from '../../src/console/runConsole.js';
import type { StoryLibrary } from '../../src/search/library.js';
import { stubLibrary } from '../fake-discord/fixtures.js';
import { type Harness, startHarness } from '../fake-discord/harness.js';
import { autocomplete, bool, chatInput, focused, str } from '../fake-discord/interactions.js';
import type { RecordedRequest } from '../fake-discord/server.js';
import { realArticle } from '../newsroom/articleFixture.js';

// /summary, /people and /timeline through the real discord.js Client against the fake Discord, on the real story.
interface Embed {
  title?: string;
  description?: string;
  author?: { name: string };
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
}
interface Body {
  type: number;
  data?: {
    content?: string;
    flags?: number;
    embeds?: Embed[];
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
  };
}

const EPHEMERAL = 64;
let h: Harness;
let library: StoryLibrary;
beforeAll(async () => {
  library = stubLibrary([{ article: await realArticle(), owner: null }]).library;
  // Only this file's commands: the test does not depend on what else is registered.
  h = await startHarness(library, { commands: [summary, people, timeline] });
});
afterAll(async () => h?.close());

const body = (r: RecordedRequest) => r.body as Body;

/** The member's permissions as Discord sends them (a decimal bitfield string). */
function asMember<T extends Record<string, unknown>>(raw: T, permissions: bigint): T {
  const member = raw.member as Record<string, unknown>;
  return { ...raw, member: { ...member, permissions: String(permissions) } };
}
const MEMBER = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
const MODERATOR = MEMBER | PermissionFlagsBits.ManageMessages;

describe('/summary', () => {
  test('ephemeral by default (flags 64): headline, byline, cited points, source footer, no pings', async () => {
    const cb = body(await h.send(asMember(chatInput('summary'), MODERATOR)));
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(EPHEMERAL);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
    const embed = cb.data?.embeds?.[0];
    expect(embed?.title).toBe(
      'NATO wants to send more air defenses to Kyiv, refrains from concrete promises',
    );
    expect(embed?.description).toMatch(
      /^\*By John Irish, Andrew Gray · Reuters · 2024-04-04\*\n\n• NATO countries/,
    );
    expect(embed?.description).toContain('— *Jens Stoltenberg* (¶2)');
    expect(embed?.footer?.text).toMatch(/^Source: Reuters · John Irish, Andrew Gray · 2024-04-04/);
  });

  test('public:true by a member with Manage Messages is posted for everyone', async () => {
    const raw = asMember(chatInput('summary', [bool('public', true), str('length', 'full')]), MODERATOR);
    const cb = body(await h.send(raw));
    expect(cb.type).toBe(4);
    expect((cb.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(cb.data?.content ?? '').not.toContain('Manage Messages');
    expect(cb.data?.embeds?.[0]?.author?.name).toMatch(/^Full summary · \d+ of \d+ sentences/);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
  });

  test('public:true without Manage Messages: ephemeral, with the reason', async () => {
    for (const raw of [
      asMember(chatInput('summary', [bool('public', true)]), MEMBER),
      chatInput('summary', [bool('public', true)]),
    ]) {
      const cb = body(await h.send(raw));
      expect(cb.data?.flags).toBe(EPHEMERAL);
      expect(cb.data?.content).toBe(summary.NOT_PUBLIC_NOTE);
      expect(cb.data?.embeds?.[0]?.title).toMatch(/^NATO wants/);
      expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
    }
  });

  test('story autocomplete by headline (type 8)', async () => {
    const cb = body(await h.send(autocomplete('summary', [focused('story', 'air def')])));
    expect(cb.type).toBe(8);
    const [choice, ...more] = cb.data?.choices ?? [];
    expect(more).toEqual([]);
    expect(choice?.value).toBe('nato-air-defenses-kyiv');
    // Headline and id run past 100 characters: cut, as Discord requires.
    expect(choice?.name).toMatch(
      /^NATO wants to send more air defenses to Kyiv, refrains from concrete promises \(nato-air/,
    );
    expect(choice?.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/people', () => {
  test('the list: name, role, mentions, ¶ introduced, quotes; ≤ 25 fields with "… and N more"', async () => {
    const cb = body(await h.send(chatInput('people')));
    expect(cb.type).toBe(4);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
    const fields = cb.data?.embeds?.[0]?.fields ?? [];
    expect(fields).toHaveLength(25);
    expect(fields[0]).toEqual({
      name: 'Jens Stoltenberg',
      value: 'Person — NATO Secretary General\n5 mentions · from ¶2 · 4 quotes',
      inline: true,
    });
    expect(fields.at(-1)?.name).toMatch(/^… and \d+ more$/);
  });

  test('one person (typo tolerated): role, ¶ introduced, mentions and quotes with ¶', async () => {
    const cb = body(await h.send(chatInput('people', [str('name', 'Stoltenbreg')])));
    const embed = cb.data?.embeds?.[0];
    expect(embed?.title).toBe('Jens Stoltenberg');
    expect(embed?.description).toContain('**NATO Secretary General**');
    expect(embed?.description).toContain(
      '> “The allies will now go through their inventories to see if they can provide more systems',
    );
    expect(embed?.description).toContain('(¶16)');
    expect(embed?.fields?.find((f) => f.name === 'Introduced')?.value).toBe('¶2');
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
  });

  test('unknown name: ephemeral with suggestions', async () => {
    const cb = body(await h.send(chatInput('people', [str('name', 'Landsberg Gabriel')])));
    expect(cb.data?.embeds?.[0]?.title ?? cb.data?.content).toContain('Gabrielius Landsbergis');
    const unknown = body(await h.send(chatInput('people', [str('name', 'Zelensky')])));
    expect(unknown.data?.flags).toBe(EPHEMERAL);
    expect(unknown.data?.content).toMatch(/^The story names nobody called “Zelensky”\. Did you mean \*\*/);
  });

  test('name autocomplete answers type 8 with ≤ 25 choices of ≤ 100 characters', async () => {
    const cb = body(await h.send(autocomplete('people', [focused('name', 'stolt')])));
    expect(cb.type).toBe(8);
    expect(cb.data?.choices?.[0]).toEqual({
      name: 'Jens Stoltenberg — NATO Secretary General',
      value: 'Jens Stoltenberg',
    });
    const all = body(await h.send(autocomplete('people', [focused('name', '')])));
    expect(all.data?.choices?.length).toBeLessThanOrEqual(25);
    for (const c of all.data?.choices ?? []) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/timeline', () => {
  test('dates in order with the wording in quotes and the ¶', async () => {
    const cb = body(await h.send(chatInput('timeline')));
    expect(cb.type).toBe(4);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
    const lines = cb.data?.embeds?.[0]?.description?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^\*\*1949-04-04\*\* “on April 4, 1949” — .*\(¶17\)$/);
    expect(lines[1]).toMatch(/^\*\*2022-02-24\*\* “on February 24, 2022” — .*\(¶15\)$/);
    expect(lines.some((l) => /^\*\*2024-04-03 – 2024-04-04\*\* “During the night/.test(l))).toBe(true);
    expect(lines.some((l) => /^\*\*≈2024-04-04\*\* “Earlier in the day” .*\(¶7\)$/.test(l))).toBe(true);
  });
});

describe('offline console', () => {
  test('runs /summary, /people Stoltenberg and /timeline over in-memory streams', async () => {
    const output = new PassThrough();
    let out = '';
    output.on('data', (d) => (out += d));
    const code = await runConsole({
      library,
      commands,
      input: Readable.from(['/summary\n/people Stoltenberg\n/timeline\n']),
      output,
    });
    expect(code).toBe(0);
    expect(out).toContain('(only you can see this)\n\nSummary · ');
    expect(out).toContain('By John Irish, Andrew Gray · Reuters · 2024-04-04');
    expect(out).toContain('== Jens Stoltenberg ==\nNATO Secretary General');
    expect(out).toContain('“Europe needs North America for its security” (¶16)');
    expect(out).toContain('1949-04-04 “on April 4, 1949” — Founded on April 4, 1949');
    expect(out).not.toContain('**');
  });
});
