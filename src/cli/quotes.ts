import { quotesToText } from '../render/answerText.js';
import { parseFlags } from './flags.js';
import { libraryFromDisk } from './libraryFromDisk.js';
import { type CliSubcommand, UsageError } from './types.js';

/** `quotes [--json] [--story ID]`: every quote with its speaker and paragraph. */
export const quotes: CliSubcommand = async (args, io) => {
  const { flags, rest } = parseFlags(args, { json: 'boolean', story: 'string' });
  if (rest.length > 0) throw new UsageError(`quotes takes no arguments (got “${rest.join(' ')}”)`);
  const library = await libraryFromDisk(io);
  const stories = library.list().filter((s) => flags.story === undefined || s.article.id === flags.story);
  if (stories.length === 0) throw new UsageError(`no story with id “${flags.story}”`);
  const all = stories.flatMap((s) => s.article.quotes);
  io.stdout.write(
    flags.json
      ? `${JSON.stringify(all.map(({ text, speaker, paragraph }) => ({ text, speaker, paragraph })))}\n`
      : `${quotesToText(all)}\n`,
  );
  return 0;
};
