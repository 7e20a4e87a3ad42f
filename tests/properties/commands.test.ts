import fc from 'fast-check';
import { expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import type { CommandContext, CommandInput, OptionValue } from '../../commands/types.js';
import { toEditOptions, toReplyBody } from '../../src/bot/send.js';
import { finalize } from '../../src/render/finalize.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import { realArticle } from '../search/realArticle.js';
import { hostileText, RUNS } from './arbitraries.js';
import { limitViolations, mentionsIn } from './discordLimits.js';

// Every command, run on any option values a user can type, gives a reply Discord accepts and that pings nobody.
const library = createLibrary([{ article: realArticle(), owner: null }]);
/** Stands in for the story store and insights log, which the read-only commands tested here never touch. */
const untouchable = (name: string) =>
  new Proxy(
    {},
    {
      get: (_target, key) => {
        throw new Error(`${name}.${String(key)} used by a read-only command`);
      },
    },
  );
// A cast: the stores are deliberately unusable stand-ins (see above), not typed implementations.
const ctx = {
  library,
  scope: { guildId: null },
  user: { id: '500000000000000001', name: 'asker' },
  operator: false,
  can: () => true,
  commands,
  readAttachment: async () => '',
  stories: untouchable('stories'),
  insights: untouchable('insights'),
  // Work a command defers until after its reply (insights recording): not part of what is sent.
  afterReply: () => undefined,
} as unknown as CommandContext;
/** The commands that read stories (adding/removing stories and insights have their own tests and stores). */
const readers = commands.filter((c) => !['story', 'insights'].includes(c.data.name));

const value: fc.Arbitrary<OptionValue> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 40 }) },
  { weight: 1, arbitrary: fc.boolean() },
);
const names = ['question', 'speaker', 'about', 'story', 'number', 'hide'] as const;
const input: fc.Arbitrary<CommandInput> = fc
  .dictionary(fc.constantFrom(...names), value, { maxKeys: 4 })
  .map((options) => ({ options }));

test('any options to any command: a sendable reply with no live mention and parse: []', {
  timeout: 30_000,
}, async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...readers), input, async (command, typed) => {
      const reply = await command.execute(typed, ctx);
      const sent = finalize(reply);
      expect(limitViolations(sent)).toEqual([]);
      expect(mentionsIn(sent)).toEqual([]);
      // What discord.js is handed: mentions stay switched off whichever way the reply goes out.
      expect(toReplyBody(reply).allowed_mentions).toEqual({ parse: [] });
      expect(toEditOptions(reply).allowedMentions).toEqual({ parse: [] });
    }),
    RUNS,
  );
});

test('autocomplete of any typed text: ≤ 25 choices of 1–100 characters', { timeout: 30_000 }, async () => {
  const withAutocomplete = readers.filter((c) => c.autocomplete);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...withAutocomplete),
      fc.constantFrom(...names),
      hostileText,
      async (command, name, typed) => {
        const choices = (await command.autocomplete?.({ name, value: typed }, { options: {} }, ctx)) ?? [];
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThanOrEqual(1);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      },
    ),
    RUNS,
  );
});
