import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import type { Article } from '../../src/article/types.js';
import { projectRoot } from '../../src/dataDir.js';
import { loadQuestions, type Question } from './questions.js';

export const ROOT = projectRoot();
export const QUESTIONS_DIR = join(ROOT, 'tests/eval/questions');
/** Where articles are looked up, in order: the shipped stories, then held-out fixtures only the evaluation sees. */
export const ARTICLE_DIRS = [join(ROOT, 'data/articles'), join(ROOT, 'tests/fixtures/eval/articles')];
export const REAL_ARTICLE_ID = 'nato-air-defenses-kyiv';

export interface EvalSet {
  article: Article;
  /** Where the article came from, relative to the project root. */
  source: string;
  questions: Question[];
}

/** Parses one article by id from the first directory that has `<id>.txt`. */
export function loadArticleById(id: string): { article: Article; source: string } {
  for (const dir of ARTICLE_DIRS) {
    const file = join(dir, `${id}.txt`);
    if (existsSync(file)) {
      return { article: parseArticle(readFileSync(file, 'utf8'), id), source: file.slice(ROOT.length + 1) };
    }
  }
  throw new Error(`no article ${id}.txt in ${ARTICLE_DIRS.join(', ')}`);
}

/** Every article that has a question file, in id order (optionally only the given ids). */
export function loadEvalSets(only: readonly string[] = []): EvalSet[] {
  const ids = readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .filter((id) => only.length === 0 || only.includes(id))
    .sort();
  return ids.map((id) => ({
    ...loadArticleById(id),
    questions: loadQuestions(join(QUESTIONS_DIR, `${id}.json`)),
  }));
}

/** The sentences every system ranks: one record per sentence of the parsed article. */
export interface SentenceRecord {
  id: number;
  articleId: string;
  paragraph: number;
  sentence: number;
  text: string;
}

export function sentencesOf(article: Article): SentenceRecord[] {
  const out: SentenceRecord[] = [];
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      out.push({ id: out.length, articleId: article.id, paragraph: p.n, sentence: s.index, text: s.text });
    }
  }
  return out;
}
