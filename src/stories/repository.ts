import fs from 'node:fs/promises';
import path from 'node:path';
import { ArticleError } from '../article/errors.js';
import { loadArticleFile } from '../article/load.js';
import { parseArticle } from '../article/parse.js';
import type { Article, LoadError } from '../article/types.js';
import type { Scope, Story } from '../search/library.js';
import { removeFileDurably, writeFileAtomic } from './atomicFile.js';
import { DEFAULT_LIMITS, type StoryLimits } from './config.js';
import { GlobalStoryError, InvalidStoryError, StoryLimitError, StoryNotFoundError } from './errors.js';
import { scanAll, scanOwner } from './folders.js';
import {
  articlesDir,
  assertGuildId,
  idFromFileName,
  isStoryId,
  STORY_EXT,
  slugify,
  uniqueId,
} from './paths.js';

export interface LoadedStories {
  stories: Story[];
  /** One line per file that could not be used; the other files still load. */
  errors: LoadError[];
}

export interface NewStory {
  /** The article text (UTF-8, optionally with `---` front matter). */
  raw: string;
  /** The uploaded or given file name; its stem becomes the id unless it is generic (`message.txt`). */
  fileName?: string;
  /** Guild id that will own the story, or null for a global story (operator only). */
  owner: string | null;
}

// Names Discord and editors give files on their own; the headline says more than these.
const GENERIC_NAME =
  /^(?:message|untitled|article|story|document|text|file|paste|new-text-document|unknown|download|news)(?:-\d+)?$/;
// Headline slugs stay short enough to type in a slash command (the file-name limit is 64).
const HEADLINE_ID_LENGTH = 48;

/**
 * Reads every story on disk: `<dataDir>/articles/*.txt|md` (global), `<dataDir>/guilds/<id>/articles/*.txt|md`.
 * A file that cannot be read or parsed, or whose id is already taken, becomes an error line and is skipped.
 */
export async function loadStories(dataDir: string): Promise<LoadedStories> {
  const { files, errors } = await scanAll(dataDir);
  const stories: Story[] = [];
  const seen = new Map<string, string | null>();
  for (const { id, owner, file } of files) {
    const shown = path.relative(dataDir, file);
    if (!isStoryId(id)) {
      errors.push({ file: shown, message: 'file name gives no usable id (use a-z, 0-9 and -); skipped' });
      continue;
    }
    if (seen.has(id)) {
      const other = seen.get(id);
      const by = other === null ? 'a global story' : `a story of server ${other}`;
      errors.push({ file: shown, message: `id "${id}" is already used by ${by}; skipped` });
      continue;
    }
    try {
      // The article loader checks size and encoding first; the id is ours (a slug, unique across owners).
      stories.push({ article: { ...(await loadArticleFile(file)), id }, owner });
      seen.set(id, owner);
    } catch (error) {
      errors.push({ file: shown, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { stories, errors };
}

/** Stories on disk visible to `scope` (global + that guild's; DMs see global only); all of them without a scope. */
export async function listStories(dataDir: string, scope?: Scope): Promise<LoadedStories> {
  const { stories, errors } = await loadStories(dataDir);
  if (!scope) return { stories, errors };
  const visible = stories.filter(
    (s) => s.owner === null || (scope.guildId !== null && s.owner === scope.guildId),
  );
  return { stories: visible, errors };
}

/**
 * Validates, limits and writes a new story; returns it with its final id. Nothing on disk changes unless the
 * whole file was written (see `writeFileAtomic`). Throws `InvalidStoryError` (not an article, bad guild id) or
 * `StoryLimitError` ('too-large', 'guild-full'). Ids are unique across global and *all* guild stories, because
 * the library keys stories by id alone. Callers in one process serialise adds (the story service does); across
 * processes an existing file is never overwritten (exclusive write, then the next id).
 */
export async function addStory(
  dataDir: string,
  story: NewStory,
  limits: StoryLimits = DEFAULT_LIMITS,
): Promise<Story> {
  const { raw, fileName, owner } = story;
  if (owner !== null) assertGuildId(owner);
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > limits.maxBytes) {
    throw new StoryLimitError(
      'too-large',
      `The story is ${formatBytes(bytes)}; stories may be at most ${formatBytes(limits.maxBytes)}.`,
    );
  }
  const article = parseOrExplain(raw, fileName);

  const { files } = await scanAll(dataDir);
  if (owner !== null) {
    const owned = files.filter((f) => f.owner === owner).length;
    if (owned >= limits.storiesPerGuild) {
      throw new StoryLimitError(
        'guild-full',
        `This server already has ${owned} stories (the limit is ${limits.storiesPerGuild}); remove one before adding another.`,
      );
    }
  }
  const base = baseId(fileName, article.headline);
  const taken = new Set(files.map((f) => f.id));
  const dir = articlesDir(dataDir, owner);
  // Remember the first folder we create so a failed write can take it away again.
  const created = await fs.mkdir(dir, { recursive: true });
  try {
    // Another process (the CLI beside the bot) may take an id between the scan and the write: then try the next.
    for (let attempt = 0; ; attempt++) {
      const id = uniqueId(base, taken);
      try {
        await writeFileAtomic(path.join(dir, `${id}${STORY_EXT}`), raw, { exclusive: true });
        return { article: { ...article, id }, owner };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
        taken.add(id);
      }
    }
  } catch (error) {
    if (created) await fs.rm(created, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Deletes a story `owner` owns (null = a global story, for the operator). Throws `GlobalStoryError` when a guild
 * names a global story and `StoryNotFoundError` otherwise — also for another guild's story, which is not revealed.
 */
export async function removeStory(dataDir: string, id: string, owner: string | null): Promise<void> {
  if (owner !== null) assertGuildId(owner);
  if (!isStoryId(id)) throw new StoryNotFoundError(id, owner);
  const mine = (await scanOwner(dataDir, owner)).find((f) => f.id === id);
  if (mine) {
    await removeFileDurably(mine.file);
    return;
  }
  if (owner !== null && (await scanOwner(dataDir, null)).some((f) => f.id === id)) {
    throw new GlobalStoryError(id);
  }
  throw new StoryNotFoundError(id, owner);
}

function parseOrExplain(raw: string, fileName: string | undefined): Article {
  const label = fileName ? path.basename(fileName) : 'story';
  try {
    return parseArticle(raw, idFromFileName(label) || 'story', { source: label });
  } catch (error) {
    if (error instanceof ArticleError) {
      // The parser names its source by id; the person adding knows the file by its name.
      const problem = error.message.startsWith(`${error.source}: `)
        ? error.message.slice(error.source.length + 2)
        : error.message;
      throw new InvalidStoryError(`${label} is not a usable story: ${problem}`);
    }
    throw error;
  }
}

function baseId(fileName: string | undefined, headline: string): string {
  const fromName = fileName ? idFromFileName(fileName) : '';
  if (fromName && !GENERIC_NAME.test(fromName)) return fromName;
  return slugify(headline, HEADLINE_ID_LENGTH) || fromName || 'story';
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}
