import { describe, expect, test } from 'vitest';
import { embedLength, finalize, toChoices } from '../../src/render/finalize.js';
import { LIMITS } from '../../src/render/limits.js';
import type { AllowedMentions, Button, Reply } from '../../src/render/payload.js';
import { openMarkers } from '../../src/render/truncate.js';

const none: AllowedMentions = { parse: [] };
const button = (i: number): Button => ({ type: 2, style: 2, label: `b${i}`, custom_id: `x:${i}` });

describe('finalize enforces the limits discord.js builders do not check', () => {
  test('content over 2000 is cut, Markdown stays closed', () => {
    const r = finalize({ content: `**${'word '.repeat(600)}**`, allowedMentions: none });
    expect(r.content?.length).toBeLessThanOrEqual(LIMITS.content);
    expect(openMarkers(r.content ?? '')).toEqual([]);
  });

  test('at most 10 embeds and 6000 characters over all of them', () => {
    const embeds = Array.from({ length: 14 }, (_, i) => ({
      title: `t${i}`,
      description: 'd'.repeat(4000),
      footer: { text: 'source' },
    }));
    const r = finalize({ embeds, allowedMentions: none });
    expect(r.embeds?.length).toBeLessThanOrEqual(10);
    expect((r.embeds ?? []).reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    // The footer (the source credit) survives on every embed kept.
    for (const e of r.embeds ?? []) expect(e.footer?.text).toBe('source');
  });

  test('per-embed limits: title, description, 25 fields, names and values', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({
      name: `n${i}`.repeat(100),
      value: 'v'.repeat(2000),
    }));
    const [e] =
      finalize({
        embeds: [{ title: 't'.repeat(300), description: 'd'.repeat(5000), fields }],
        allowedMentions: none,
      }).embeds ?? [];
    expect(e?.title?.length).toBeLessThanOrEqual(256);
    expect(e?.description?.length).toBeLessThanOrEqual(4096);
    expect(e?.fields?.length).toBeLessThanOrEqual(25);
    for (const f of e?.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    expect(embedLength(e ?? {})).toBeLessThanOrEqual(6000);
  });

  test('at most 5 buttons per row and 5 rows; over-long custom ids dropped, duplicates removed', () => {
    const long: Button = { ...button(99), custom_id: `x:${'9'.repeat(100)}` };
    const r = finalize({
      content: 'x',
      components: [
        { type: 1, components: [...Array.from({ length: 30 }, (_, i) => button(i)), long, button(0)] },
      ],
      allowedMentions: none,
    });
    expect(r.components).toHaveLength(5);
    for (const row of r.components ?? []) expect(row.components.length).toBeLessThanOrEqual(5);
    const ids = (r.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.length <= 100)).toBe(true);
  });

  test('mentions: parse is always empty; only the listed users may be pinged', () => {
    const loose = { content: 'hi', allowedMentions: { parse: [], users: ['1', '1'] } } as Reply;
    expect(finalize(loose).allowedMentions).toEqual({ parse: [], users: ['1'] });
    expect(finalize({ content: 'hi', allowedMentions: none }).allowedMentions).toEqual({ parse: [] });
  });

  test('an empty reply still has content (Discord rejects empty messages)', () => {
    expect(finalize({ allowedMentions: none }).content).toBeTruthy();
  });
});

describe('toChoices', () => {
  test('≤ 25 distinct choices with names and values ≤ 100 characters', () => {
    const choices = toChoices(['a', 'a', 'b'.repeat(150), ...Array.from({ length: 40 }, (_, i) => `q${i}`)]);
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'a', value: 'a' });
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
