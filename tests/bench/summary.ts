/**
 * `npx tsx tests/bench/summary.ts` — how much of each article's key content its summaries keep: the distinct people,
 * organisations, numbers and dates (as found by people(), timeline() and a number regex) that appear in the chosen
 * sentences, and the headline's content words ("all" pools the five), for the short and full summaries, next to two baselines of the same size: the first N sentences
 * (lead-N) and N random sentences (mean of 200 seeded draws). Numbers only, no assertions.
 *
 *   npx tsx tests/bench/summary.ts            every article under data/articles
 *   npx tsx tests/bench/summary.ts --json     the figures as JSON only
 */
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../../src/article/load.js';
import type { Article } from '../../src/article/types.js';
import { people } from '../../src/newsroom/people.js';
import {
  articleSentences,
  type RankedSentence,
  type SummaryLength,
  summarize,
} from '../../src/newsroom/summary.js';
import { contentTerms, wholeWord } from '../../src/newsroom/text.js';
import { timeline } from '../../src/newsroom/timeline.js';
import { prng } from './corpus.js';

const DATA_DIR = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const RANDOM_DRAWS = 200;

/** A piece of key content and the test of whether a set of sentences carries it. */
interface Item {
  label: string;
  in(chosen: RankedSentence[]): boolean;
}

type Category = 'people' | 'organisations' | 'numbers' | 'dates' | 'headline';
type KeyContent = Record<Category, Item[]>;

/** Numbers as written ("350,000", "75th", "100 billion"), not the digits inside dates already counted as dates. */
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d])/gu;

function keyContent(article: Article): KeyContent {
  const named = people(article);
  const nameItems = (kind: 'person' | 'organisation'): Item[] =>
    named
      .filter((p) => p.kind === kind)
      .map((p) => {
        const forms = [p.name, ...p.aliases].map((n) => wholeWord(n, 'u'));
        return { label: p.name, in: (chosen) => chosen.some((s) => forms.some((re) => re.test(s.text))) };
      });
  const events = timeline(article);
  const dateWordings = events.map((e) => e.wording);
  const numbers = new Set<string>();
  for (const s of articleSentences(article)) {
    let text = s.text;
    for (const w of dateWordings) text = text.split(w).join(' ');
    for (const m of text.matchAll(NUMBER)) numbers.add(m[0]);
  }
  const dates = [...new Set(events.map((e) => e.date))].map(
    (date): Item => ({
      label: date,
      in: (chosen) =>
        events.some(
          (e) =>
            e.date === date && chosen.some((s) => s.paragraph === e.paragraph && s.sentence === e.sentence),
        ),
    }),
  );
  // The headline's content words: a check that owes nothing to the name-and-number novelty the summariser rewards.
  const headline = [...new Set(contentTerms(article.headline))].map(
    (term): Item => ({ label: term, in: (chosen) => chosen.some((s) => s.terms.includes(term)) }),
  );
  return {
    people: nameItems('person'),
    organisations: nameItems('organisation'),
    numbers: [...numbers].map((n) => ({
      label: n,
      in: (chosen) => chosen.some((s) => wholeWord(n, 'u').test(s.text)),
    })),
    dates,
    headline,
  };
}

type Scores = Record<Category | 'all', number> & { sentences: number; chars: number };

function score(content: KeyContent, chosen: RankedSentence[]): Scores {
  const cats = Object.keys(content) as Category[];
  const out = { sentences: chosen.length, chars: chosen.reduce((n, s) => n + s.text.length, 0) } as Scores;
  let hit = 0;
  let total = 0;
  for (const c of cats) {
    const items = content[c];
    const covered = items.filter((i) => i.in(chosen)).length;
    out[c] = items.length ? covered / items.length : Number.NaN;
    hit += covered;
    total += items.length;
  }
  out.all = total ? hit / total : Number.NaN;
  return out;
}

function mean(rows: Scores[]): Scores {
  const keys = Object.keys(rows[0] ?? {}) as (keyof Scores)[];
  const out = {} as Scores;
  for (const k of keys) out[k] = rows.reduce((n, r) => n + r[k], 0) / rows.length;
  return out;
}

function randomBaseline(content: KeyContent, all: RankedSentence[], n: number): Scores {
  const rand = prng(42);
  const rows: Scores[] = [];
  for (let d = 0; d < RANDOM_DRAWS; d++) {
    const pool = [...all];
    const chosen: RankedSentence[] = [];
    while (chosen.length < n && pool.length) chosen.push(...pool.splice(Math.floor(rand() * pool.length), 1));
    rows.push(score(content, chosen));
  }
  return mean(rows);
}

function benchArticle(article: Article) {
  const content = keyContent(article);
  const all = articleSentences(article);
  const rows: Record<string, Scores> = {};
  for (const length of ['short', 'full'] as SummaryLength[]) {
    const points = summarize(article, length).points;
    const chosen = all.filter((s) =>
      points.some((p) => p.paragraph === s.paragraph && p.sentence === s.sentence),
    );
    rows[`${length} summary`] = score(content, chosen);
    rows[`${length} lead-${points.length}`] = score(content, all.slice(0, points.length));
    rows[`${length} random-${points.length}`] = randomBaseline(content, all, points.length);
  }
  const sizes = Object.fromEntries(Object.entries(content).map(([k, v]) => [k, v.length]));
  return { id: article.id, sentences: all.length, items: sizes, rows };
}

const pct = (x: number) => (Number.isNaN(x) ? '   –' : `${Math.round(x * 100)}%`.padStart(4));

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const { articles, errors } = await loadArticles(DATA_DIR);
  for (const e of errors) console.error(e.message);
  const results = articles.map(benchArticle);
  if (json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  for (const r of results) {
    const sizes = Object.entries(r.items)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
    console.log(`\n${r.id}: ${r.sentences} sentences; key content: ${sizes}`);
    console.log(`${'selection'.padEnd(18)} sent  chars  people  orgs  numbers  dates  headline   all`);
    for (const [name, s] of Object.entries(r.rows)) {
      console.log(
        `${name.padEnd(18)} ${s.sentences.toFixed(0).padStart(4)} ${s.chars.toFixed(0).padStart(6)}` +
          `    ${pct(s.people)}  ${pct(s.organisations)}     ${pct(s.numbers)}  ${pct(s.dates)}      ${pct(s.headline)}  ${pct(s.all)}`,
      );
    }
  }
}

await main();
