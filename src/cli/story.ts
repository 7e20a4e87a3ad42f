import fs from 'node:fs/promises';
import path from 'node:path';
import {
  addStory,
  isGuildId,
  limitsFromEnv,
  listStories,
  removeStory,
  StoryError,
  StoryLimitError,
} from '../stories/index.js';
import { parseFlags } from './flags.js';
import { type CliIO, type CliSubcommand, UsageError } from './types.js';

const USAGE =
  'usage: story add <file> [--guild <id>] | story list [--guild <id>] [--json] | story remove <id> [--guild <id>]';

/**
 * `story add|list|remove`: the operator's view of the story repository. Without --guild, add/remove act on global
 * stories and list shows every story. A running bot loads changes made here on its next start.
 */
export const story: CliSubcommand = async (args, io) => {
  const [action, ...rest] = args;
  try {
    switch (action) {
      case 'add':
        return await add(rest, io);
      case 'list':
        return await list(rest, io);
      case 'remove':
        return await remove(rest, io);
      default:
        throw new UsageError(action === undefined ? USAGE : `unknown story action “${action}”; ${USAGE}`);
    }
  } catch (error) {
    // Story errors are things the operator can fix (bad file, limit, wrong id): one line, exit 2.
    if (error instanceof StoryError) throw new UsageError(error.message);
    throw error;
  }
};

async function add(args: string[], io: CliIO): Promise<number> {
  const { flags, rest } = parseFlags(args, { guild: 'string' });
  const owner = guildFlag(flags.guild);
  const [file, ...extra] = rest;
  if (file === undefined || extra.length > 0) throw new UsageError('usage: story add <file> [--guild <id>]');
  const limits = limitsFromEnv();
  const info = await fs.stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UsageError(`cannot read ${file}: no such file`);
  // Refuse a huge file before reading it into memory.
  if (info.size > limits.maxBytes) {
    throw new StoryLimitError(
      'too-large',
      `${path.basename(file)} is ${info.size.toLocaleString('en-US')} bytes; stories may be at most ${limits.maxBytes.toLocaleString('en-US')} bytes.`,
    );
  }
  const raw = await fs.readFile(file, 'utf8');
  const added = await addStory(io.dataDir, { raw, fileName: path.basename(file), owner }, limits);
  io.stdout.write(`added ${added.article.id} (${ownerLabel(owner)}): ${added.article.headline}\n`);
  return 0;
}

async function list(args: string[], io: CliIO): Promise<number> {
  const { flags, rest } = parseFlags(args, { guild: 'string', json: 'boolean' });
  if (rest.length > 0) throw new UsageError('usage: story list [--guild <id>] [--json]');
  const guild = flags.guild === undefined ? undefined : guildFlag(flags.guild);
  const { stories, errors } = await listStories(
    io.dataDir,
    guild === undefined ? undefined : { guildId: guild },
  );
  for (const e of errors) io.stderr.write(`warning: ${e.file}: ${e.message}\n`);
  if (flags.json) {
    const rows = stories.map(({ article, owner }) => ({
      id: article.id,
      owner,
      headline: article.headline,
      outlet: article.outlet,
      published: article.published,
      paragraphs: article.paragraphs.length,
    }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (stories.length === 0) {
    io.stdout.write('no stories\n');
    return 0;
  }
  const width = Math.max(...stories.map((s) => s.article.id.length));
  for (const { article, owner } of stories) {
    io.stdout.write(`${article.id.padEnd(width)}  ${ownerLabel(owner).padEnd(27)}  ${article.headline}\n`);
  }
  return 0;
}

async function remove(args: string[], io: CliIO): Promise<number> {
  const { flags, rest } = parseFlags(args, { guild: 'string' });
  const owner = guildFlag(flags.guild);
  const [id, ...extra] = rest;
  if (id === undefined || extra.length > 0) throw new UsageError('usage: story remove <id> [--guild <id>]');
  await removeStory(io.dataDir, id, owner);
  io.stdout.write(`removed ${id} (${ownerLabel(owner)})\n`);
  return 0;
}

function guildFlag(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isGuildId(value))
    throw new UsageError(`--guild takes a Discord server id (17–20 digits), got “${value}”`);
  return value;
}

function ownerLabel(owner: string | null): string {
  return owner === null ? 'global' : `server ${owner}`;
}
