import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buttonRows, renderAnswer, renderNotCovered } from '../../src/render/answer.js';
import { renderArticle, renderParagraph, renderStoryList } from '../../src/render/article.js';
import { finalize, toChoices } from '../../src/render/finalize.js';
import { renderHelp } from '../../src/render/help.js';
import type { Reply } from '../../src/render/payload.js';
import { renderQuotes } from '../../src/render/quotes.js';
import { hostileText, RUNS } from './arbitraries.js';
import { limitViolations, mentionsIn } from './discordLimits.js';
import { anyArticle, excerptsOf } from './models.js';

// Whatever text the stories, the question or the user hold: every reply is legal for Discord and pings nobody.
function expectSendable(reply: Reply): void {
  const sent = finalize(reply);
  expect(limitViolations(sent)).toEqual([]);
  expect(mentionsIn(sent)).toEqual([]);
  // Finalizing twice changes nothing: what the console prints is what Discord gets.
  expect(finalize(sent)).toEqual(sent);
}

const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n - 1n }).map(String);
const buttons = fc.array(fc.record({ label: hostileText, customId: hostileText, primary: fc.boolean() }), {
  maxLength: 40,
});

test('renderAnswer: any question, excerpts, buttons and "for" user', { timeout: 30_000 }, () => {
  fc.assert(
    fc.property(
      anyArticle.chain((a) => fc.tuple(fc.constant(a), excerptsOf(a))),
      hostileText,
      buttons,
      fc.option(snowflake, { nil: undefined }),
      fc.boolean(),
      ([article, excerpts], question, specs, forUserId, ephemeral) => {
        const articleOf = (id: string) => (id === article.id ? article : undefined);
        const reply = renderAnswer({ question, excerpts, articleOf, buttons: specs, forUserId, ephemeral });
        expectSendable(reply);
        if (forUserId) expect(finalize(reply).allowedMentions).toEqual({ parse: [], users: [forUserId] });
      },
    ),
    RUNS,
  );
});

test('renderNotCovered: any question and suggestions', { timeout: 30_000 }, () => {
  fc.assert(
    fc.property(hostileText, fc.array(hostileText, { maxLength: 8 }), (question, suggestions) =>
      expectSendable(renderNotCovered({ question, suggestions })),
    ),
    RUNS,
  );
});

test('renderArticle, renderParagraph, renderStoryList, renderQuotes: any article', {
  timeout: 30_000,
}, () => {
  fc.assert(
    fc.property(fc.array(anyArticle, { minLength: 1, maxLength: 12 }), hostileText, (articles, heading) => {
      for (const article of articles) {
        expectSendable(renderArticle(article));
        for (const p of article.paragraphs) {
          expectSendable(renderParagraph(article, p));
          expectSendable(renderParagraph(article, p, true, 0));
        }
      }
      expectSendable(renderStoryList(articles));
      const hits = articles.flatMap((article) => article.quotes.map((quote) => ({ article, quote })));
      expectSendable(renderQuotes(hits, heading));
    }),
    { numRuns: 80 },
  );
});

test('renderHelp: any number of entries with any text', { timeout: 30_000 }, () => {
  const entry = fc.record({
    name: fc.string({ maxLength: 40 }),
    description: hostileText,
    examples: fc.array(hostileText, { maxLength: 4 }),
  });
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
      const sent = finalize(renderHelp(entries));
      expect(limitViolations(sent)).toEqual([]);
    }),
    RUNS,
  );
});

test('finalize: any reply at all comes out within every limit', { timeout: 30_000 }, () => {
  const field = fc.record({ name: hostileText, value: hostileText, inline: fc.boolean() });
  const embed = fc.record(
    {
      title: hostileText,
      description: hostileText,
      author: fc.record({ name: hostileText }),
      footer: fc.record({ text: hostileText }),
      fields: fc.array(field, { maxLength: 30 }),
      color: fc.nat(),
    },
    { requiredKeys: [] },
  );
  const reply = fc.record({
    content: fc.option(hostileText, { nil: undefined }),
    embeds: fc.option(fc.array(embed, { maxLength: 14 }), { nil: undefined }),
    specs: buttons,
    ephemeral: fc.boolean(),
  });
  fc.assert(
    fc.property(reply, ({ specs, ...r }) => {
      const sent = finalize({
        ...r,
        components: [...buttonRows(specs), ...buttonRows(specs.slice(3))],
        allowedMentions: { parse: [] },
      });
      expect(limitViolations(sent)).toEqual([]);
      expect(finalize(sent)).toEqual(sent);
    }),
    RUNS,
  );
});

test('toChoices: ≤ 25 distinct choices, names and values 1–100 characters', () => {
  const item = fc.oneof(hostileText, fc.record({ name: hostileText, value: hostileText }));
  fc.assert(
    fc.property(fc.array(item, { maxLength: 60 }), (items) => {
      const choices = toChoices(items);
      expect(choices.length).toBeLessThanOrEqual(25);
      expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThanOrEqual(1);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeGreaterThanOrEqual(1);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }),
    RUNS,
  );
});
