/**
 * `npm run eval` — answer quality of this project's engine against two baselines (plain Fuse.js, MiniSearch BM25) on the
 * same sentences, for every article that has a question file in tests/eval/questions/.
 *
 *   npm run eval                      tables per article and split (dev / holdout / all), then all articles together
 *   npm run eval -- --verbose         also every failing question of the engine, with its top excerpt
 *   npm run eval -- --verbose=all     the same for the baselines too
 *   npm run eval -- --json            the figures (and failures with --verbose) as JSON only
 *   npm run eval -- --article <id>    only that article (repeatable)
 */
import { type EvalSet, loadEvalSets } from './articles.js';
import {
  type Figures,
  failed,
  figures,
  type Group,
  judge,
  type Outcome,
  select,
  TARGETS,
} from './metrics.js';
import { KINDS, SPLITS } from './questions.js';
import { LIMIT, SYSTEMS } from './systems.js';
import { renderTable, verdict } from './table.js';

interface Options {
  verbose: 'none' | 'engine' | 'all';
  json: boolean;
  articles: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { verbose: 'none', json: false, articles: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') opts.verbose = 'engine';
    else if (a === '--verbose=all') opts.verbose = 'all';
    else if (a === '--json') opts.json = true;
    else if (a === '--article' && argv[i + 1]) opts.articles.push(String(argv[++i]));
    else if (a?.startsWith('--article=')) opts.articles.push(a.slice('--article='.length));
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run eval -- [--verbose[=all]] [--json] [--article <id>]...');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

const GROUPS: readonly Group[] = [...KINDS, 'overall'];
const SPLIT_FILTERS = [...SPLITS, 'all'] as const;

/** outcomes[systemIndex] for one article. */
interface Evaluated {
  set: EvalSet;
  outcomes: Outcome[][];
  buildMs: number[];
}

function evaluate(set: EvalSet): Evaluated {
  const buildMs: number[] = [];
  const outcomes = SYSTEMS.map((system) => {
    const t0 = performance.now();
    const ranker = system.build(set.article);
    buildMs.push(performance.now() - t0);
    return set.questions.map((q) => judge(q, ranker.ask(q.q, LIMIT)));
  });
  return { set, outcomes, buildMs };
}

interface FigureRow extends Figures {
  article: string;
  split: (typeof SPLIT_FILTERS)[number];
  group: Group;
  system: string;
}

function figureRows(article: string, outcomes: Outcome[][]): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const split of SPLIT_FILTERS) {
    for (const group of GROUPS) {
      SYSTEMS.forEach((system, i) => {
        rows.push({
          article,
          split,
          group,
          system: system.name,
          ...figures(select(outcomes[i] ?? [], split, group)),
        });
      });
    }
  }
  return rows;
}

function printTables(article: string, heading: string, outcomes: Outcome[][]): void {
  for (const split of SPLIT_FILTERS) {
    const rows = GROUPS.map((group) => ({
      group,
      n: select(outcomes[0] ?? [], split, group).length,
      bySystem: SYSTEMS.map((_, i) => figures(select(outcomes[i] ?? [], split, group))),
    }));
    console.log(
      `\n${renderTable(
        `== ${heading} — ${split} ==`,
        SYSTEMS.map((s) => s.name),
        rows,
      )}`,
    );
  }
  const overall = SYSTEMS.map(
    (s, i) => `${s.name}: ${verdict(figures(select(outcomes[i] ?? [], 'holdout', 'overall')))}`,
  );
  console.log(`targets on ${article} holdout — ${overall.join('   ')}`);
}

function describe(o: Outcome): string {
  const top = o.top ? `¶${o.top.paragraph}.${o.top.sentence} ${o.top.text}` : '(abstained)';
  const why =
    o.question.expect === null
      ? 'answered an unanswerable question'
      : o.abstained
        ? `abstained; expected "${o.question.expect}"`
        : o.rank === null
          ? `expected "${o.question.expect}" not in top ${LIMIT}`
          : `expected "${o.question.expect}" at rank ${o.rank}`;
  return `  [${o.question.split} ${o.question.kind}] ${o.question.q}\n      ${why}\n      top: ${top}`;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const evaluated = loadEvalSets(opts.articles).map(evaluate);
  if (evaluated.length === 0) {
    console.error('no question files matched');
    process.exit(1);
  }
  const combined = SYSTEMS.map((_, i) => evaluated.flatMap((e) => e.outcomes[i] ?? []));
  const verboseSystems = SYSTEMS.map((s, i) => ({ s, i })).filter(
    ({ i }) => opts.verbose === 'all' || (opts.verbose === 'engine' && i === 0),
  );

  if (opts.json) {
    const out = {
      limit: LIMIT,
      targets: TARGETS,
      articles: evaluated.map((e) => ({
        id: e.set.article.id,
        source: e.set.source,
        questions: e.set.questions.length,
        sentences: e.set.article.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
      })),
      figures: [
        ...evaluated.flatMap((e) => figureRows(e.set.article.id, e.outcomes)),
        ...(evaluated.length > 1 ? figureRows('ALL', combined) : []),
      ],
      failures: verboseSystems.flatMap(({ s, i }) =>
        evaluated.flatMap((e) =>
          (e.outcomes[i] ?? []).filter(failed).map((o) => ({
            system: s.name,
            article: e.set.article.id,
            ...o.question,
            abstained: o.abstained,
            rank: o.rank,
            top: o.top ?? null,
          })),
        ),
      ),
    };
    console.log(JSON.stringify(out, null, 2));
    return;
  }

  console.log(
    `Answer quality — top ${LIMIT} excerpts (one sentence each) per question; hit = excerpt contains "expect".`,
  );
  console.log(
    'h@1/h@3/MRR and fAbs (false abstention) over answerable questions; abst = abstention on unanswerable.',
  );
  for (const e of evaluated) {
    const sentences = e.set.article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const build = SYSTEMS.map((s, i) => `${s.name} ${(e.buildMs[i] ?? 0).toFixed(1)} ms`).join(', ');
    printTables(
      e.set.article.id,
      `${e.set.article.id} (${e.set.source}; ${e.set.article.paragraphs.length} paragraphs, ${sentences} sentences, ${e.set.questions.length} questions; build: ${build})`,
      e.outcomes,
    );
  }
  if (evaluated.length > 1) printTables('all articles', `ALL ARTICLES (${evaluated.length})`, combined);

  for (const { s, i } of verboseSystems) {
    for (const e of evaluated) {
      const fails = (e.outcomes[i] ?? []).filter(failed);
      console.log(
        `\n-- ${s.name} failures on ${e.set.article.id}: ${fails.length} of ${e.set.questions.length}`,
      );
      for (const o of fails) console.log(describe(o));
    }
  }
}

// Piping into `head` closes stdout early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
main();
