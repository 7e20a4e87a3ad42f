import { beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { peopleOf, summaryOf, timelineOf } from '../../src/newsroom/memo.js';
import type { Person } from '../../src/newsroom/people.js';
import type { Summary } from '../../src/newsroom/summary.js';
import { embedLength, finalize } from '../../src/render/finalize.js';
import { LIMITS } from '../../src/render/limits.js';
import type { Reply } from '../../src/render/payload.js';
import { renderPeopleList, renderPerson, renderUnknownPerson } from '../../src/render/people.js';
import { packLines, renderSummary } from '../../src/render/summary.js';
import { excerptAround, formatDate, formatEvent, renderTimeline } from '../../src/render/timeline.js';
import { realArticle } from '../newsroom/articleFixture.js';

// The newsroom renderers on the real story, and on oversized inputs: every reply stays within Discord's limits.
let article: Article;
beforeAll(async () => {
  article = await realArticle();
});

/** What Discord would receive: the reply after finalize, checked against the limits it must meet. */
function legal(reply: Reply): Reply {
  const r = finalize(reply);
  expect(r.allowedMentions).toEqual({ parse: [] });
  for (const e of r.embeds ?? []) {
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect((r.embeds ?? []).reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  return r;
}

describe('renderSummary', () => {
  test('headline, then byline · outlet · date, cited points in reading order, speaker, source footer', () => {
    const reply = legal(renderSummary({ summary: summaryOf(article, 'short'), ephemeral: true }));
    const embed = reply.embeds?.[0];
    expect(reply.ephemeral).toBe(true);
    expect(embed?.title).toBe(article.headline);
    expect(embed?.author?.name).toMatch(/^Summary · \d of \d+ sentences, in reading order$/);
    const [byline, blank, ...points] = embed?.description?.split('\n') ?? [];
    expect(byline).toBe('*By John Irish, Andrew Gray · Reuters · 2024-04-04*');
    expect(blank).toBe('');
    expect(points[0]).toMatch(/^• NATO countries agreed on Thursday .* \(¶1\)$/);
    expect(points.find((p) => p.includes('understand the urgency'))).toMatch(
      / — \*Jens Stoltenberg\* \(¶2\)$/,
    );
    const cited = points.map((p) => Number(/\(¶(\d+)\)$/.exec(p)?.[1]));
    expect(cited).toEqual([...cited].sort((a, b) => a - b));
    expect(embed?.footer?.text).toMatch(/^Source: Reuters · John Irish, Andrew Gray · 2024-04-04 — /);
  });

  test('a note goes above the embed; a summary too long for one embed drops whole points, never a citation', () => {
    const long: Summary = {
      ...summaryOf(article, 'full'),
      points: Array.from({ length: 40 }, (_, i) => ({
        paragraph: i + 1,
        sentence: 0,
        text: 'word '.repeat(60),
      })),
    };
    const reply = legal(renderSummary({ summary: long, ephemeral: false, note: 'Why.' }));
    expect(reply.content).toBe('Why.');
    const lines = reply.embeds?.[0]?.description?.split('\n') ?? [];
    expect(lines.at(-1)).toMatch(/^\*… and \d+ more points \(too long for one message\)\*$/);
    for (const line of lines.slice(2, -1)) expect(line).toMatch(/\(¶\d+\)$/);
  });

  test('Markdown and mentions in article text are made inert', () => {
    const summary: Summary = {
      ...summaryOf(article, 'short'),
      headline: '**Big** @everyone',
      points: [{ paragraph: 1, sentence: 0, text: 'Ping <@123> and *this*', speaker: 'A_B' }],
    };
    const d = renderSummary({ summary, ephemeral: true }).embeds?.[0];
    expect(d?.title).toBe('\\*\\*Big\\*\\* @\u200deveryone');
    expect(d?.description).toContain('• Ping <\u200d@123> and \\*this\\* — *A\\_B* (¶1)');
  });
});

describe('packLines', () => {
  test('whole lines while they fit, then "… and N more" within the budget', () => {
    const more = (n: number) => `+${n}`;
    expect(packLines(['aaaa', 'bbbb', 'cccc'], 100, more)).toBe('aaaa\nbbbb\ncccc');
    const packed = packLines(['aaaa', 'bbbb', 'cccc'], 11, more);
    expect(packed).toBe('aaaa\n+2');
    expect(packed.length).toBeLessThanOrEqual(11);
    expect(packLines([], 10, more)).toBe('');
  });
});

describe('renderPeopleList / renderPerson', () => {
  test('one inline field per name (role, mentions, ¶ introduced, quotes); past 24 the rest are named', () => {
    const list = peopleOf(article);
    expect(list.length).toBeGreaterThan(LIMITS.fields);
    const embed = legal(renderPeopleList(article, list)).embeds?.[0];
    expect(embed?.fields).toHaveLength(LIMITS.fields);
    expect(embed?.fields?.[0]).toEqual({
      name: 'Jens Stoltenberg',
      value: 'Person — NATO Secretary General\n5 mentions · from ¶2 · 4 quotes',
      inline: true,
    });
    const last = embed?.fields?.at(-1);
    expect(last?.name).toBe(`… and ${list.length - 24} more`);
    expect(last?.value).toContain('Stockholm (¶20)');
    expect(embed?.description).toMatch(
      /^6 people, 5 organisations, \d+ places \(each kind in order of first mention\)/,
    );
  });

  test('a small list has no "more" field; nobody named says so', () => {
    const few = peopleOf(article).slice(0, 3);
    expect(renderPeopleList(article, few).embeds?.[0]?.fields).toHaveLength(3);
    expect(renderPeopleList(article, []).embeds?.[0]?.description).toBe('The story names nobody.');
  });

  test('one person: role, ¶ introduced, mentions, other names, every quote with its ¶; phrases marked', () => {
    const moscow = peopleOf(article).find((p) => p.name === 'Moscow') as Person;
    const stoltenberg = peopleOf(article)[0] as Person;
    const embed = legal(renderPerson(article, stoltenberg)).embeds?.[0];
    expect(embed?.title).toBe('Jens Stoltenberg');
    expect(embed?.description).toMatch(/^\*\*NATO Secretary General\*\*\nPerson in “NATO wants/);
    expect(embed?.description).toContain('> “The allies understand the urgency” (¶2)');
    expect(embed?.description).toContain('> “Europe needs North America for its security” (¶16)');
    expect(Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]))).toEqual({
      Introduced: '¶2',
      Mentions: '5',
      Quotes: '4',
      'Also named': 'Stoltenberg',
    });
    const phrase = renderPerson(article, moscow).embeds?.[0];
    expect(phrase?.description).toContain('> “direct confrontation” (¶21) *(phrase)*');
    expect(phrase?.fields?.find((f) => f.name === 'Quotes')?.value).toBe('0');
  });

  test('unknown name: ephemeral, with suggestions when there are some', () => {
    const [a, b] = peopleOf(article) as Person[];
    const r = renderUnknownPerson('Stoltenbrg*', [a as Person, b as Person]);
    expect(r.ephemeral).toBe(true);
    expect(r.content).toBe(
      'The story names nobody called “Stoltenbrg\\*”. Did you mean **Jens Stoltenberg**, **Dmitro Kouleba**? Try `/people` for the full list.',
    );
    expect(renderUnknownPerson('x', []).content).not.toContain('Did you mean');
  });
});

describe('renderTimeline', () => {
  test('events in date order with ≈, ranges, the wording in quotes, an excerpt and the ¶', () => {
    const events = timelineOf(article);
    const embed = legal(renderTimeline(article, events)).embeds?.[0];
    const lines = embed?.description?.split('\n') ?? [];
    expect(embed?.author?.name).toBe(`Timeline · ${events.length} dated events`);
    expect(lines).toHaveLength(events.length);
    expect(lines[0]).toMatch(/^\*\*1949-04-04\*\* “on April 4, 1949” — Founded on April 4, 1949.* \(¶17\)$/);
    expect(lines).toContain(
      '**2024-04-04** “on Thursday” — “Europe needs North America for its security,” Jens Stoltenberg stressed on Thursday. (¶16)',
    );
    expect(
      lines.some((l) => l.startsWith('**2024-04-03 – 2024-04-04** “During the night from Wednesday')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('**≈2024-04-04** “Earlier in the day”'))).toBe(true);
    expect(embed?.footer?.text).toContain('Reuters · John Irish, Andrew Gray · 2024-04-04');
  });

  test('no dates, no publication date, too many events', () => {
    const undated = { ...article, published: '' };
    expect(renderTimeline(undated, []).embeds?.[0]?.description).toBe(
      '*The story mentions no dates.*\n\n*The story has no publication date, so relative dates (“on Thursday”) could not be placed.*',
    );
    const many = Array.from({ length: 200 }, (_, i) => ({
      date: '2024',
      wording: 'in 2024',
      text: `Event ${i} happened in 2024 ${'and more '.repeat(20)}`,
      paragraph: i + 1,
      sentence: 0,
    }));
    const d = legal(renderTimeline(article, many)).embeds?.[0]?.description ?? '';
    expect(d.split('\n').at(-1)).toMatch(/^\*… and \d+ more events\*$/);
  });

  test('formatDate and excerptAround', () => {
    expect(formatDate({ date: '2024', approximate: true })).toBe('≈2024');
    expect(formatDate({ date: '2024-04-03', end: '2024-04-04' })).toBe('2024-04-03 – 2024-04-04');
    expect(formatDate({ date: '2024-04', end: '2024-04' })).toBe('2024-04');
    const text = `${'early words '.repeat(20)}said on Thursday that ${'late words '.repeat(20)}`;
    const cut = excerptAround(text, 'on Thursday', 80);
    expect(cut).toContain('on Thursday');
    expect(cut.length).toBeLessThanOrEqual(82);
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
    expect(excerptAround('Short.', 'x', 80)).toBe('Short.');
    expect(
      formatEvent({
        date: '2024',
        wording: 'in *2024*',
        text: 'It was in *2024*.',
        paragraph: 3,
        sentence: 0,
      }),
    ).toBe('**2024** “in \\*2024\\*” — It was in \\*2024\\*. (¶3)');
  });
});
