import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import type { Article } from '../../src/article/types.js';
import { findPerson, type Person, people, searchPeople } from '../../src/newsroom/people.js';
import { wholeWord } from '../../src/newsroom/text.js';
import { ARTICLE_PATH, realArticle } from './articleFixture.js';
import { BERLIN, makeArticle, quote } from './synthetic.js';

let article: Article;
let list: Person[];
beforeAll(async () => {
  article = await realArticle();
  list = people(article);
});

const get = (name: string) => list.find((p) => p.name === name);
/** ¶ of the first paragraph whose text names `word`: the expected firstParagraph, read off the text itself. */
const firstWith = (word: string) => article.paragraphs.find((p) => wholeWord(word, 'u').test(p.text))?.n;

describe('people() on the NATO story', () => {
  it.each([
    ['Jens Stoltenberg', 'NATO Secretary General'],
    ['Antony Blinken', 'US Secretary of State'],
    ['Gabrielius Landsbergis', 'Lithuanian Foreign Minister'],
    ['Dmitro Kouleba', 'leader of Ukrainian diplomacy'],
    ['Donald Trump', undefined],
    ['Joe Biden', 'current tenant of the White House'],
  ])('%s is a person, role %s, titles split from the name', (name, role) => {
    const p = get(name);
    expect(p?.kind).toBe('person');
    expect(p?.role).toBe(role);
  });

  it('no title is dragged into a name', () => {
    for (const p of list) expect(p.name).not.toMatch(/\b(Minister|Secretary|General|President)\b/);
  });

  it('counts surname-only mentions with full ones', () => {
    expect(get('Jens Stoltenberg')?.mentions).toBe(5);
    expect(get('Jens Stoltenberg')?.aliases).toContain('Stoltenberg');
    expect(get('Dmitro Kouleba')?.mentions).toBe(2);
    expect(get('Antony Blinken')?.mentions).toBe(2);
    expect(get('Joe Biden')?.mentions).toBe(2);
    expect(get('Donald Trump')?.mentions).toBe(1);
    expect(list.filter((p) => /Stoltenberg/.test(p.name))).toHaveLength(1);
  });

  it('firstParagraph is where the name first appears', () => {
    for (const name of [
      'Jens Stoltenberg',
      'Dmitro Kouleba',
      'Antony Blinken',
      'Gabrielius Landsbergis',
      'Joe Biden',
    ]) {
      expect(get(name)?.firstParagraph).toBe(firstWith(name.split(' ')[1] ?? name));
    }
  });

  it('attaches the quotes whose speaker is the person', () => {
    const stoltenberg = get('Jens Stoltenberg');
    const expected = article.quotes.filter((q) => q.speaker === 'Jens Stoltenberg');
    expect(expected.length).toBeGreaterThan(0);
    expect(stoltenberg?.quotes).toEqual(expected);
    expect(get('Dmitro Kouleba')?.quotes.map((q) => q.speaker)).toEqual(
      article.quotes.filter((q) => q.speaker === 'Dmitro Kouleba').map((q) => q.speaker),
    );
    expect(get('Antony Blinken')?.quotes).toEqual([]);
  });

  it('lists NATO, the European Union and Congress as organisations', () => {
    for (const name of ['NATO', 'European Union', 'Congress']) expect(get(name)?.kind).toBe('organisation');
    expect(get('NATO')?.mentions).toBeGreaterThanOrEqual(9);
  });

  it('lists places as places, and a place inside a longer one is not counted twice', () => {
    for (const name of ['Ukraine', 'Moscow', 'Kharkiv', 'Finland']) expect(get(name)?.kind).toBe('place');
    expect(get('Europe')?.mentions).toBe(2);
  });

  it('leaves out the reporters, the credits and the outlet', () => {
    const names = list.map((p) => p.name);
    for (const staff of [
      'John Irish',
      'Andrew Gray',
      'Simon Lewis',
      'Ingrid Melander',
      'Reuters',
      'Thomson Reuters',
    ]) {
      expect(names).not.toContain(staff);
    }
  });

  it('lists people first, then organisations, then places', () => {
    const rank = { person: 0, organisation: 1, place: 2 };
    const kinds = list.map((p) => rank[p.kind]);
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
  });
});

describe('findPerson / searchPeople', () => {
  it.each([
    ['Stoltenberg', 'Jens Stoltenberg'],
    ['stoltenbreg', 'Jens Stoltenberg'],
    ['Kuleba', 'Dmitro Kouleba'],
    ['Blinkin', 'Antony Blinken'],
    ['landsbergis', 'Gabrielius Landsbergis'],
    ['nato', 'NATO'],
    ['Secretary of State', 'Antony Blinken'],
  ])('%s -> %s', (query, name) => {
    expect(findPerson(list, query)?.name).toBe(name);
  });

  it('finds nothing for a name the story lacks', () => {
    expect(findPerson(list, 'Zelensky')).toBeUndefined();
  });

  it('autocomplete returns at most `limit` entries, the whole list for an empty query', () => {
    expect(searchPeople(list, 'e', 3).length).toBeLessThanOrEqual(3);
    expect(searchPeople(list, '', 5)).toEqual(list.slice(0, 5));
  });
});

describe('people() on other stories', () => {
  it('a different story: titles, appositions, institutions, reporters left out', () => {
    const got = people(BERLIN);
    const by = (n: string) => got.find((p) => p.name === n);
    expect(by('Olaf Scholz')).toMatchObject({
      kind: 'person',
      role: 'German Chancellor',
      mentions: 2,
      firstParagraph: 1,
    });
    expect(by('Olaf Scholz')?.quotes).toHaveLength(1);
    expect(by('Andrzej Duda')).toMatchObject({
      kind: 'person',
      role: 'Polish President',
      mentions: 2,
      firstParagraph: 2,
    });
    expect(by('Anna Schmidt')).toMatchObject({ kind: 'person', role: 'spokeswoman' });
    expect(by('Bundestag')?.kind).toBe('organisation');
    expect(by('European Commission')?.kind).toBe('organisation');
    expect(got.map((p) => p.name)).not.toContain('Jane Doe');
    expect(got.map((p) => p.name)).not.toContain('AP');
  });

  it('wire-style titles, name particles, lower-case titles and defined acronyms', () => {
    const a = makeArticle(
      [
        'European Commission President Ursula von der Leyen said the bloc would act.',
        'French President Emmanuel Macron and Prime Minister Rishi Sunak met in Paris on Monday.',
        'Kremlin spokesman Dmitry Peskov told reporters that the Kremlin had not decided.',
        'The World Health Organization (WHO) warned of famine, Reuters reported.',
        'Mr. Macron later said Peskov had been clear.',
      ],
      { outlet: 'Reuters' },
    );
    const got = people(a);
    const by = (n: string) => got.find((p) => p.name === n);
    expect(by('Ursula von der Leyen')).toMatchObject({
      kind: 'person',
      role: 'European Commission President',
    });
    expect(by('Emmanuel Macron')).toMatchObject({ role: 'French President', mentions: 2 });
    expect(by('Rishi Sunak')?.role).toBe('Prime Minister');
    expect(by('Dmitry Peskov')).toMatchObject({ role: 'Kremlin spokesman', mentions: 2 });
    expect(by('Kremlin')?.kind).toBe('organisation');
    expect(by('World Health Organization')?.aliases).toContain('WHO');
    expect(got.map((p) => p.name)).not.toContain('Reuters');
  });

  it('a quote speaker the tagger misses still becomes a person', () => {
    const a = makeArticle(['“We are ready,” said Xoqu Brantz at the port.'], {
      quotes: [quote('We are ready', 'Xoqu Brantz', 1)],
    });
    expect(people(a).find((p) => p.name === 'Xoqu Brantz')).toMatchObject({
      kind: 'person',
      quotes: [{ paragraph: 1 }],
    });
  });

  it('two people sharing a surname do not steal each other’s mentions', () => {
    const a = makeArticle([
      'Mary Jones met her brother Tom Jones in Leeds.',
      'Jones said the meeting went well.',
    ]);
    const got = people(a);
    expect(got.find((p) => p.name === 'Mary Jones')?.mentions).toBe(1);
    expect(got.find((p) => p.name === 'Tom Jones')?.mentions).toBe(1);
  });
});

describe('people() on the NATO story with invented names (nothing the tagger knows)', () => {
  const RENAMED: [string, string][] = [
    ['Jens Stoltenberg', 'Marek Dorvansel'],
    ['Stoltenberg', 'Dorvansel'],
    ['Antony Blinken', 'Ines Velturo'],
    ['Blinken', 'Velturo'],
    ['Dmitro Kouleba', 'Pavel Rasgoltan'],
    ['Gabrielius Landsbergis', 'Elif Tanoskar'],
    ['Donald Trump', 'Oskar Vimbrel'],
    ['Trump', 'Vimbrel'],
    ['Joe Biden', 'Lena Kadrish'],
    ['Biden', 'Kadrish'],
  ];

  it('finds the same people with the same roles, mentions and quotes', () => {
    let raw = readFileSync(ARTICLE_PATH, 'utf8');
    for (const [from, to] of RENAMED) raw = raw.split(from).join(to);
    const got = people(parseArticle(raw, 'renamed'));
    const summary = (list: Person[]) =>
      list
        .filter((p) => p.kind === 'person')
        .map((p) => [p.role, p.mentions, p.firstParagraph, p.quotes.length]);
    expect(got.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([
      'Marek Dorvansel',
      'Pavel Rasgoltan',
      'Ines Velturo',
      'Elif Tanoskar',
      'Lena Kadrish',
      'Oskar Vimbrel',
    ]);
    expect(summary(got)).toEqual(summary(list));
  });
});
