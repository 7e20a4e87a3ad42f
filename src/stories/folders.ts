import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadError } from '../article/types.js';
import { isTempFile } from './atomicFile.js';
import { articlesDir, guildsDir, idFromFileName, isGuildId } from './paths.js';

/** What the article loader reads too; new stories are always written as `.txt`. */
const STORY_FILE = /\.(?:txt|md)$/i;

/** One story file on disk, before it is read or parsed. */
export interface StoryFile {
  id: string;
  owner: string | null;
  /** Absolute path. */
  file: string;
}

/** The story files of one owner (global = null); a missing folder is simply empty. */
export async function scanOwner(dataDir: string, owner: string | null): Promise<StoryFile[]> {
  const dir = articlesDir(dataDir, owner);
  const entries = await readDirIfAny(dir);
  return entries
    .filter((e) => e.isFile() && STORY_FILE.test(e.name) && !isTempFile(e.name) && !e.name.startsWith('.'))
    .map((e) => ({ id: idFromFileName(e.name), owner, file: path.join(dir, e.name) }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Guild ids that have a folder under `<dataDir>/guilds`; folders that are not snowflakes are reported. */
export async function scanGuilds(dataDir: string): Promise<{ guildIds: string[]; errors: LoadError[] }> {
  const entries = await readDirIfAny(guildsDir(dataDir));
  const guildIds: string[] = [];
  const errors: LoadError[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    if (isGuildId(e.name)) guildIds.push(e.name);
    else
      errors.push({ file: `guilds/${e.name}`, message: 'folder name is not a Discord server id; skipped' });
  }
  return { guildIds: guildIds.sort(), errors };
}

/** Every story file: global first, then each guild's. A folder that cannot be read is an error line, not a throw. */
export async function scanAll(dataDir: string): Promise<{ files: StoryFile[]; errors: LoadError[] }> {
  const files: StoryFile[] = [];
  let guilds: { guildIds: string[]; errors: LoadError[] };
  try {
    guilds = await scanGuilds(dataDir);
  } catch (error) {
    guilds = { guildIds: [], errors: [{ file: 'guilds', message: `cannot read folder (${reason(error)})` }] };
  }
  const { guildIds, errors } = guilds;
  for (const owner of [null, ...guildIds]) {
    try {
      files.push(...(await scanOwner(dataDir, owner)));
    } catch (error) {
      const dir = path.relative(dataDir, articlesDir(dataDir, owner));
      errors.push({ file: dir, message: `cannot read folder (${reason(error)})` });
    }
  }
  return { files, errors };
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

async function readDirIfAny(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
