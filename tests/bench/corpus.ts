/**
 * A deterministic synthetic corpus for scale benchmarks: stories recombined from the real article's sentences, with
 * people, places and numbers replaced per story (seeded PRNG), so the vocabulary is not the same 300 words 1,000 times.
 */
import type { Article, Paragraph, Quote } from '../../src/article/types.js';

/** mulberry32: small, fast, good enough for test data; the same seed gives the same corpus everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
function pick<T>(r: Rand, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('pick from empty list');
  return x;
}

const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'dri',
  'mar',
  'sel',
  'tu',
  'bor',
  'ni',
  'ras',
  'pe',
  'gol',
  'vi',
  'tan',
  'os',
  'rem',
];
const FIRST = [
  'Anna',
  'Marek',
  'Ines',
  'Pavel',
  'Sofia',
  'Tomas',
  'Lena',
  'Karim',
  'Elif',
  'Jonas',
  'Maria',
  'Oskar',
];
const SUFFIX = ['ia', 'land', 'stan', 'ovo', 'ar', 'enia'];
const CITY_SUFFIX = ['grad', 'burg', 'polis', 'ville', 'sk', 'mouth', ''];

function word(r: Rand, min: number, max: number): string {
  let w = '';
  for (let i = int(r, min, max); i > 0; i--) w += pick(r, SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Names the real article uses, each replaced consistently within one synthetic story. */
const PEOPLE = [
  ['Jens Stoltenberg', 'Stoltenberg'],
  ['Antony Blinken', 'Blinken'],
  ['Dmitro Kouleba', 'Kouleba'],
  ['Gabrielius Landsbergis', 'Landsbergis'],
  ['Donald Trump', 'Trump'],
  ['Joe Biden', 'Biden'],
] as const;
const COUNTRIES = [
  ['Ukraine', 'Ukrainian'],
  ['Russia', 'Russian'],
  ['Finland', 'Finnish'],
  ['Sweden', 'Swedish'],
  ['China', 'Chinese'],
  ['Iran', 'Iranian'],
  ['Lithuania', 'Lithuanian'],
] as const;
const CITIES = ['Kyiv', 'Kharkiv', 'Brussels', 'Moscow', 'Washington', 'Helsinki', 'Stockholm'] as const;

interface Substitution {
  pattern: RegExp;
  replacement: string;
}

function substitutions(r: Rand): Substitution[] {
  const subs: Substitution[] = [];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [full, last] of PEOPLE) {
    const surname = word(r, 2, 4);
    subs.push({
      pattern: new RegExp(`\\b${esc(full)}\\b`, 'g'),
      replacement: `${pick(r, FIRST)} ${surname}`,
    });
    subs.push({ pattern: new RegExp(`\\b${esc(last)}\\b`, 'g'), replacement: surname });
  }
  for (const [country, adjective] of COUNTRIES) {
    const name = word(r, 1, 2) + pick(r, SUFFIX);
    subs.push({ pattern: new RegExp(`\\b${adjective}(s?)\\b`, 'g'), replacement: `${name}n$1` });
    subs.push({ pattern: new RegExp(`\\b${country}\\b`, 'g'), replacement: name });
  }
  for (const city of CITIES) {
    subs.push({
      pattern: new RegExp(`\\b${city}\\b`, 'g'),
      replacement: word(r, 1, 3) + pick(r, CITY_SUFFIX),
    });
  }
  return subs;
}

/** New digits, same shape: "350,000" -> "614,209", "1949" -> "1873". */
function renumber(text: string, r: Rand): string {
  return text.replace(/\d+/g, (d) =>
    Array.from(d, (_, i) => String(i === 0 && d.length > 1 ? int(r, 1, 9) : int(r, 0, 9))).join(''),
  );
}

interface SourceSentence {
  text: string;
  speaker?: string;
}

/** One synthetic story: 8–20 paragraphs of 1–3 sentences drawn from the base article, names and numbers replaced. */
export function synthesise(base: Article, index: number, r: Rand): Article {
  const pool: SourceSentence[] = base.paragraphs.flatMap((p) =>
    p.sentences.map((s) => ({ text: s.text, speaker: s.speaker })),
  );
  const subs = substitutions(r);
  const rewrite = (t: string) =>
    renumber(
      subs.reduce((acc, s) => acc.replace(s.pattern, s.replacement), t),
      r,
    );
  const sections = ['', ...base.sections.filter((s) => s !== '').map(rewrite)];
  const paragraphs: Paragraph[] = [];
  const quotes: Quote[] = [];
  const count = int(r, 8, 20);
  for (let n = 1; n <= count; n++) {
    const section =
      sections[Math.min(sections.length - 1, Math.floor(((n - 1) / count) * sections.length))] ?? '';
    const sentences = Array.from({ length: int(r, 1, 3) }, (_, i) => {
      const src = pick(r, pool);
      const speaker = src.speaker === undefined ? undefined : rewrite(src.speaker);
      return { index: i, text: rewrite(src.text), ...(speaker === undefined ? {} : { speaker }) };
    });
    for (const s of sentences) {
      if (s.speaker !== undefined)
        quotes.push({ text: s.text, speaker: s.speaker, paragraph: n, fragment: false });
    }
    paragraphs.push({ n, text: sentences.map((s) => s.text).join(' '), section, sentences });
  }
  const id = `synthetic-${String(index).padStart(4, '0')}`;
  return {
    id,
    headline: rewrite(base.headline),
    byline: [`${pick(r, FIRST)} ${word(r, 2, 3)}`, `${pick(r, FIRST)} ${word(r, 2, 3)}`],
    outlet: pick(r, ['Reuters', 'AFP', 'AP']),
    dateline: word(r, 1, 3).toUpperCase(),
    published: `${int(r, 2019, 2025)}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`,
    language: 'en',
    sections,
    paragraphs,
    quotes,
    credits: '',
    copyright: '',
  };
}

/** `count` synthetic stories from the base article; deterministic for a given seed. */
export function generateCorpus(base: Article, count: number, seed = 20240404): Article[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => synthesise(base, i + 1, r));
}
