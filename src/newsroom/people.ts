import Fuse from 'fuse.js';
import type { Article, Quote } from '../article/types.js';
import { type EntityKind, type NameMention, paragraphMentions } from './mentions.js';
import { appositiveRole } from './roles.js';
import { wholeWord } from './text.js';

export type { EntityKind } from './mentions.js';

/** Someone (or some body) the story mentions. */
export interface Person {
  /** Fullest form the article uses, without titles: "Jens Stoltenberg". */
  name: string;
  kind: EntityKind;
  /** Title or function as the article gives it: "NATO Secretary General". */
  role?: string;
  /** Shorter forms merged into this entry ("Stoltenberg", "Alliance"). */
  aliases: string[];
  /** Times the article names them, short forms included. */
  mentions: number;
  /** ¶n where they are first named. */
  firstParagraph: number;
  /** Quotes from `article.quotes` attributed to them. */
  quotes: Quote[];
}

interface Group {
  name: string;
  kinds: NameMention[];
  aliases: Set<string>;
}

const KIND_ORDER: EntityKind[] = ['person', 'organisation', 'place'];

const key = (name: string) => name.toLowerCase();
const tokens = (name: string) => name.split(/\s+/).filter(Boolean);

/** A quote speaker that is a name ("Jens Stoltenberg"), not a description ("A NATO representative"). */
function speakerName(speaker: string): NameMention | undefined {
  const t = tokens(speaker);
  if (t.length < 2 || t.length > 6 || /^(a|an|the)$/iu.test(t[0] ?? '')) return undefined;
  return paragraphMentions(speaker, 0).find((m) => m.kind === 'person');
}

/** Names that belong to the story's making (byline, credits, outlet), never to the story. */
function staffNames(article: Article): Set<string> {
  const staff = new Set([...article.byline, article.outlet].filter(Boolean).map(key));
  for (const m of paragraphMentions(article.credits, 0)) staff.add(key(m.name));
  return staff;
}

/** The kind most mentions agree on; a person wins ties (names of people are the ones compromise tags best). */
function majorityKind(mentions: NameMention[]): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const m of mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + (m.role ? 2 : 1));
  return [...KIND_ORDER].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? 'person';
}

/** Groups mentions by name, then folds a short form into the one longer name it ends ("Stoltenberg"). */
function mergeVariants(mentions: NameMention[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const g = byKey.get(key(m.name)) ?? { name: m.name, kinds: [], aliases: new Set<string>() };
    g.kinds.push(m);
    byKey.set(key(m.name), g);
  }
  const groups = [...byKey.values()].sort((a, b) => tokens(b.name).length - tokens(a.name).length);
  const kept: Group[] = [];
  for (const g of groups) {
    const tail = ` ${key(g.name)}`;
    // Places do not fold: "Europe" is not "Western Europe", while "Stoltenberg" is "Jens Stoltenberg".
    const longer = kept.filter((k) => key(k.name).endsWith(tail) && majorityKind(k.kinds) !== 'place');
    // Two "…Smith"s: a bare "Smith" is ambiguous, so it stays its own entry.
    if (longer.length === 1 && longer[0]) {
      longer[0].kinds.push(...g.kinds);
      longer[0].aliases.add(g.name);
    } else kept.push(g);
  }
  return kept;
}

/** "World Health Organization (WHO)": an acronym the article defines becomes an alias of the full name. */
function foldDefinedAcronyms(article: Article, groups: Group[]): Group[] {
  const defined =
    /(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}’'-]*))*)\s*\(\s*(\p{Lu}{2,})\s*\)/gu;
  const folded = new Set<Group>();
  for (const p of article.paragraphs) {
    for (const [, long = '', acronym = ''] of p.text.matchAll(defined)) {
      const short = groups.find((g) => g.name === acronym);
      const full = groups.find((g) => g !== short && long.endsWith(g.name) && g.name[0] === acronym[0]);
      if (!short || !full || folded.has(short)) continue;
      full.kinds.push(...short.kinds);
      full.aliases.add(acronym);
      folded.add(short);
    }
  }
  return groups.filter((g) => !folded.has(g));
}

/** Strings that count as a mention: the name, its merged short forms, and a person's unshared surname. */
function variants(g: Group, kind: EntityKind, sharedSurnames: Set<string>): string[] {
  const out = new Set([g.name, ...g.aliases]);
  const surname = tokens(g.name).pop();
  if (kind === 'person' && surname && tokens(g.name).length > 1 && !sharedSurnames.has(surname))
    out.add(surname);
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Counts non-overlapping occurrences (longest variant first) and the first paragraph that has one.
 * `others` are longer names of other entries, blanked first: "Western Europe" is no mention of "Europe".
 */
function countMentions(
  article: Article,
  names: string[],
  others: string[],
): { mentions: number; first: number } {
  let mentions = 0;
  let first = Number.POSITIVE_INFINITY;
  for (const p of article.paragraphs) {
    let text = p.text;
    for (const other of others) text = text.replace(wholeWord(other), ' ');
    for (const name of names) {
      // Case-sensitive so a surname like "Trump" is not the verb "trump"; datelines write names in capitals.
      for (const variant of new Set([name, name.toUpperCase()])) {
        const re = wholeWord(variant);
        const hits = text.match(re)?.length ?? 0;
        if (hits > 0) {
          mentions += hits;
          first = Math.min(first, p.n);
          text = text.replace(re, ' ');
        }
      }
    }
  }
  return { mentions, first };
}

function quotesOf(article: Article, names: string[]): Quote[] {
  return article.quotes.filter((q) => names.some((n) => wholeWord(n, 'u').test(q.speaker)));
}

function roleOf(article: Article, g: Group, kind: EntityKind): string | undefined {
  if (kind !== 'person') return undefined;
  const titled = g.kinds.filter((m) => m.role).sort((a, b) => a.paragraph - b.paragraph)[0];
  if (titled?.role) return titled.role;
  for (const p of article.paragraphs) {
    const role = appositiveRole(p.text, g.name);
    if (role) return role;
  }
  return undefined;
}

/** People, organisations and places the story names, people first, each in order of first appearance. */
export function people(article: Article): Person[] {
  const staff = staffNames(article);
  const found = article.paragraphs.flatMap((p) => paragraphMentions(p.text, p.n));
  for (const q of article.quotes) {
    const m = speakerName(q.speaker);
    if (m) found.push({ ...m, paragraph: q.paragraph });
  }
  const groups = foldDefinedAcronyms(article, mergeVariants(found.filter((m) => !staff.has(key(m.name)))));
  const kinds = groups.map((g) => majorityKind(g.kinds));
  const surnameCount = new Map<string, number>();
  groups.forEach((g, i) => {
    const s = tokens(g.name).pop();
    if (s && kinds[i] === 'person') surnameCount.set(s, (surnameCount.get(s) ?? 0) + 1);
  });
  const shared = new Set([...surnameCount].filter(([, n]) => n > 1).map(([s]) => s));
  const allNames = groups.flatMap((g) => [g.name, ...g.aliases]);
  const out = groups.map((g, i): Person => {
    const kind = kinds[i] ?? 'person';
    const names = variants(g, kind, shared);
    const own = new Set(names);
    const others = allNames.filter(
      (o) => !own.has(o) && names.some((n) => o.length > n.length && wholeWord(n, 'u').test(o)),
    );
    const { mentions, first } = countMentions(article, names, others);
    const person: Person = {
      name: g.name,
      kind,
      aliases: names.filter((n) => n !== g.name),
      mentions: Math.max(mentions, 1),
      firstParagraph: Number.isFinite(first) ? first : Math.min(...g.kinds.map((m) => m.paragraph)),
      quotes: quotesOf(article, names),
    };
    const role = roleOf(article, g, kind);
    if (role) person.role = role;
    return person;
  });
  return out.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.firstParagraph - b.firstParagraph ||
      b.mentions - a.mentions,
  );
}

/** Fuzzy matches for a typed name (autocomplete): tolerant of typos and variants ("Kuleba", "stoltenbreg"). */
export function searchPeople(list: readonly Person[], query: string, limit = 10): Person[] {
  const q = query.trim();
  if (!q) return list.slice(0, limit);
  const fuse = new Fuse(list, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'role', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
    includeScore: true,
  });
  return fuse.search(q, { limit }).map((r) => r.item);
}

/** The best fuzzy match for a name, or undefined when nothing is close. */
export function findPerson(list: readonly Person[], name: string): Person | undefined {
  return name.trim() ? searchPeople(list, name, 1)[0] : undefined;
}
