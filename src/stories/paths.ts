import path from 'node:path';
import { InvalidStoryError } from './errors.js';

/** Discord snowflakes: the only guild ids ever joined into a path (no `..`, no separators). */
const GUILD_ID = /^\d{17,20}$/;
/** Story ids: lowercase slugs, also safe as file names. */
const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 64;
/** Extension of story files on disk; anything else in an articles folder is ignored. */
export const STORY_EXT = '.txt';

export function isGuildId(id: string): boolean {
  return GUILD_ID.test(id);
}

export function assertGuildId(id: string): string {
  if (!isGuildId(id))
    throw new InvalidStoryError(`"${id.slice(0, 40)}" is not a Discord server id (17–20 digits).`);
  return id;
}

export function isStoryId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && STORY_ID.test(id);
}

/** `<dataDir>/articles` for global stories, `<dataDir>/guilds/<guildId>/articles` for a guild's own. */
export function articlesDir(dataDir: string, owner: string | null): string {
  return owner === null
    ? path.join(dataDir, 'articles')
    : path.join(dataDir, 'guilds', assertGuildId(owner), 'articles');
}

export function guildsDir(dataDir: string): string {
  return path.join(dataDir, 'guilds');
}

/** "NATO wants more air defenses!" -> "nato-wants-more-air-defenses"; accents folded; at most `max` characters. */
export function slugify(text: string, max = MAX_ID_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at a word boundary when there is one, so ids do not end mid-word.
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The id of a story file on disk: its file name without extension, as a slug. */
export function idFromFileName(fileName: string): string {
  return slugify(path.basename(fileName).replace(/\.[^.]*$/, ''));
}

/** `base`, or `base-2`, `base-3`… (still ≤ 64 characters) — the first that `taken` does not hold. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
