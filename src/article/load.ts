import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { MAX_ARTICLE_CHARS } from './clean.js';
import { ArticleError } from './errors.js';
import { parseArticle } from './parse.js';
import type { Article, LoadError } from './types.js';

/** Files bigger than this are refused unread: a scraped news story is a few kilobytes. */
export const MAX_ARTICLE_BYTES = MAX_ARTICLE_CHARS;

const EXTENSIONS = new Set(['.txt', '.md']);

/**
 * Parses every `*.txt` / `*.md` file of `dir` (not sub-folders), in name order. A bad file becomes a LoadError and
 * never stops the others; a missing or unreadable folder is a LoadError too, not a throw.
 */
export async function loadArticles(dir: string): Promise<{ articles: Article[]; errors: LoadError[] }> {
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (err) {
    return { articles, errors: [{ file: dir, message: `${dir}: cannot read folder (${reason(err)})` }] };
  }
  const seen = new Set<string>();
  for (const name of names) {
    const id = articleId(name);
    if (seen.has(id)) {
      errors.push({
        file: name,
        message: `${name}: duplicate article id "${id}" (another file has the same name)`,
      });
      continue;
    }
    try {
      articles.push(await loadArticleFile(join(dir, name)));
      seen.add(id);
    } catch (err) {
      errors.push({
        file: name,
        message: err instanceof ArticleError ? err.message : `${name}: ${reason(err)}`,
      });
    }
  }
  return { articles, errors };
}

/** Reads and parses one article file; throws ArticleError naming the file. */
export async function loadArticleFile(path: string): Promise<Article> {
  const name = basename(path);
  let raw: string;
  try {
    raw = await readText(path, name);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(name, `cannot read file (${reason(err)})`);
  }
  return parseArticle(raw, articleId(name), { source: name });
}

/** The id of an article file: its name without extension. */
export function articleId(fileName: string): string {
  return basename(fileName, extname(fileName));
}

/** Checks the size first (a huge file is never read), then decodes UTF-8, or UTF-16 when a BOM says so. */
async function readText(path: string, name: string): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) throw new ArticleError(name, 'not a regular file');
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new ArticleError(name, `file too large (${info.size} bytes, limit ${MAX_ARTICLE_BYTES})`);
  }
  const handle = await open(path, 'r');
  try {
    const bytes = await handle.readFile();
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    return new TextDecoder('utf-8').decode(bytes);
  } finally {
    await handle.close();
  }
}

function reason(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}
