import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CallbackBody } from '../fake-discord/bodies.js';
import { ARTICLE, stubLibrary } from '../fake-discord/fixtures.js';
import { type Harness, startHarness } from '../fake-discord/harness.js';
import {
  autocomplete,
  bool,
  chatInput,
  focused,
  inDm,
  int,
  OTHER,
  str,
  user,
} from '../fake-discord/interactions.js';
import type { RecordedRequest } from '../fake-discord/server.js';

// The real discord.js Client against the fake Discord: every command's callback bodies as Discord receives them.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(stubLibrary().library);
});
afterAll(async () => h?.close());

const body = (r: RecordedRequest) => r.body as CallbackBody;
/**
 * Sends an interaction and resolves with its callback once nothing else has come for it: the answer is that one
 * callback (type 4, no deferral, no edit of @original, no follow-up).
 */
async function answeredOnce(raw: { id: string; token: string }): Promise<CallbackBody> {
  const callback = await h.send(raw);
  await new Promise((r) => setTimeout(r, 100));
  expect(h.fake.forInteraction(raw.id, raw.token)).toEqual([callback]);
  return body(callback);
}

describe('/ask', () => {
  test('answers in one callback: cited excerpts with the source footer, highlights and buttons', async () => {
    const cb = await answeredOnce(chatInput('ask', [str('question', 'when was NATO founded')]));
    expect(cb.type).toBe(4);
    const data = cb.data ?? {};
    expect(data.flags ?? 0).toBe(0);
    const embed = data.embeds?.[0];
    expect(embed?.author?.name).toBe('when was NATO founded');
    expect(embed?.title).toBe(ARTICLE.headline);
    expect(embed?.footer?.text).toBe('Reuters · John Irish, Andrew Gray · 2024-04-04');
    expect(embed?.description).toContain(
      '**¶4** The ceremony marked the 75th anniversary of the Alliance, **founded** on April 4, **1949**.',
    );
    expect(embed?.description).toContain('— *Jens Stoltenberg*');
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const ids = data.components?.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids).toEqual([
      'ask:ctx:4:0:nato-air-defenses-kyiv',
      'ask:ctx:2:0:nato-air-defenses-kyiv',
      'ask:more:3:when was NATO founded',
      'ask:fb:y:a:when was NATO founded',
      'ask:fb:n:a:when was NATO founded',
    ]);
  });

  test('hide:true is ephemeral; for:<user> mentions and may ping only that user', async () => {
    const raw = chatInput(
      'ask',
      [str('question', 'what did NATO agree'), bool('hide', true), user('for', OTHER.id)],
      [OTHER],
    );
    const cb = await answeredOnce(raw);
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(64);
    expect(cb.data?.content).toBe(`<@${OTHER.id}>`);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [], users: [OTHER.id] });
  });

  test('a question the article does not cover gets an honest answer with suggestions', async () => {
    const cb = await answeredOnce(chatInput('ask', [str('question', 'weather tomorrow')]));
    expect(cb.type).toBe(4);
    const description = cb.data?.embeds?.[0]?.description;
    expect(description).toContain("The article doesn't say anything that answers “weather tomorrow”");
    expect(description).toContain('• Patriot missiles');
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
  });

  test('autocomplete answers type 8 with at most 25 choices of at most 100 characters', async () => {
    const cb = body(await h.send(autocomplete('ask', [focused('question', '')])));
    expect(cb.type).toBe(8);
    expect(cb.data?.choices).toHaveLength(25);
    expect(cb.data?.choices?.[0]).toEqual({ name: 'when was NATO founded', value: 'when was NATO founded' });
    for (const c of cb.data?.choices ?? []) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/quote, /article, /paragraph, /help', () => {
  test('/quote finds a speaker despite a typo; fragments are left out', async () => {
    const cb = body(await h.send(chatInput('quote', [str('speaker', 'Stoltenbreg')])));
    expect(cb.type).toBe(4);
    const description = cb.data?.embeds?.[0]?.description ?? '';
    expect(description).toContain('“The allies understand the urgency”');
    expect(description).toContain('— **Jens Stoltenberg** (¶2)');
    expect(description).not.toContain('Kouleba');
    expect(cb.data?.embeds?.[0]?.footer?.text).toBe('Reuters · John Irish, Andrew Gray · 2024-04-04');
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
  });

  test('/quote about: searches inside quotes', async () => {
    const cb = body(await h.send(chatInput('quote', [str('about', 'birthday')])));
    expect(cb.data?.embeds?.[0]?.description).toContain('Dmitro Kouleba');
    expect(cb.data?.embeds?.[0]?.description).not.toContain('urgency');
  });

  test('/quote speaker autocomplete lists extracted speakers, not fragment speakers', async () => {
    const cb = body(await h.send(autocomplete('quote', [focused('speaker', 'kuleba')])));
    expect(cb.type).toBe(8);
    expect(cb.data?.choices?.map((c) => c.value)).toEqual(['Dmitro Kouleba']);
  });

  test('/article shows headline, byline, outlet, date, sections, counts, credits and copyright', async () => {
    const embed = body(await h.send(chatInput('article'))).data?.embeds?.[0];
    expect(embed?.title).toBe(ARTICLE.headline);
    expect(embed?.description).toBe('By John Irish, Andrew Gray');
    const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      Outlet: 'Reuters',
      Published: '2024-04-04',
      Paragraphs: '4 (¶1–¶4)',
      Quotes: '2',
    });
    expect(fields.Sections).toBe('• AN AUSTERE BIRTHDAY');
    expect(fields.Credits).toBe('(Reporting Andrew Gray and John Irish)');
    expect(embed?.footer?.text).toBe('© Reuters 2024');
  });

  test('/paragraph shows the paragraph cited; out of range names the valid range, ephemerally', async () => {
    const ok = body(await h.send(chatInput('paragraph', [int('number', 4)])));
    expect(ok.data?.embeds?.[0]?.description).toMatch(/^\*\*¶4\*\* · AN AUSTERE BIRTHDAY\nThe ceremony/);
    const out = body(await h.send(chatInput('paragraph', [int('number', 9)])));
    expect(out.data?.content).toBe('There is no ¶9: this story has paragraphs 1–4.');
    expect(out.data?.flags).toBe(64);
  });

  test('/help lists every command with an example', async () => {
    const fields = body(await h.send(chatInput('help'))).data?.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      '/ask',
      '/quote',
      '/article',
      '/paragraph',
      '/summary',
      '/people',
      '/timeline',
      '/story',
      '/insights',
      '/help',
    ]);
    for (const f of fields) expect(f.value).toMatch(/`\/\w+/);
  });
});

test('commands work in a direct message (no guild: global stories only)', async () => {
  const cb = body(await h.send(inDm(chatInput('article'))));
  expect(cb.type).toBe(4);
  expect(cb.data?.embeds?.[0]?.title).toBe(ARTICLE.headline);
});
