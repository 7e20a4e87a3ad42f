import { articleToJson, articleToText } from '../render/answerText.js';
import { parseFlags } from './flags.js';
import { libraryFromDisk } from './libraryFromDisk.js';
import { type CliSubcommand, UsageError } from './types.js';

/** `article [ID] [--json]`: metadata and numbered paragraphs of one story (the only one, or the one named). */
export const article: CliSubcommand = async (args, io) => {
  const { flags, rest } = parseFlags(args, { json: 'boolean' });
  const library = await libraryFromDisk(io);
  const stories = library.list();
  const id = rest[0];
  const story =
    id === undefined && stories.length === 1 ? stories[0] : stories.find((s) => s.article.id === id);
  if (!story) {
    const ids = stories.map((s) => s.article.id).join(', ');
    throw new UsageError(
      id === undefined ? `name a story: ${ids}` : `no story with id “${id}” (stories: ${ids})`,
    );
  }
  io.stdout.write(
    flags.json ? `${JSON.stringify(articleToJson(story.article))}\n` : `${articleToText(story.article)}\n`,
  );
  return 0;
};
