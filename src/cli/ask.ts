import { createInterface } from 'node:readline';
import { answerToJson, answerToText } from '../render/answerText.js';
import type { StoryLibrary } from '../search/library.js';
import type { Answer } from '../search/types.js';
import { parseFlags } from './flags.js';
import { libraryFromDisk } from './libraryFromDisk.js';
import { type CliSubcommand, UsageError } from './types.js';

/** Longest question accepted: Discord's option limit is 6000, but nobody asks a 300-character question in good faith. */
export const MAX_QUESTION_LENGTH = 300;

/**
 * `ask [--json] [--limit N] [question…]`: cited excerpts for one question, or, with no question, for each line of
 * stdin (JSON Lines with --json), in order.
 */
export const ask: CliSubcommand = async (args, io) => {
  const { flags, rest } = parseFlags(args, { json: 'boolean', limit: 'number' });
  const limit = flags.limit ?? 5;
  const json = flags.json === true;
  const question = rest.join(' ');
  if (rest.length > 0) validateQuestion(question);
  const library = await libraryFromDisk(io);
  const articleOf = (id: string) => library.get(id)?.article;
  const print = (a: Answer) =>
    io.stdout.write(json ? `${JSON.stringify(answerToJson(a))}\n` : `${answerToText(a, articleOf)}\n`);
  if (rest.length > 0) {
    print(library.answer(question, { limit }));
    return 0;
  }
  if ('isTTY' in io.stdin && io.stdin.isTTY)
    throw new UsageError('ask needs a question (or questions on stdin)');
  return answerLines(library, io.stdin, limit, print, (line, message) =>
    io.stdout.write(
      json
        ? `${JSON.stringify({ question: line, answered: false, excerpts: [], error: message })}\n`
        : `${message}\n`,
    ),
  );
};

async function answerLines(
  library: StoryLibrary,
  input: NodeJS.ReadableStream,
  limit: number,
  print: (a: Answer) => void,
  printError: (line: string, message: string) => void,
): Promise<number> {
  let status = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    const line = String(raw).trim();
    if (line === '') continue;
    try {
      validateQuestion(line);
      print(library.answer(line, { limit }));
    } catch (e) {
      // One bad line must not lose the answers to the others: report it in place and go on.
      if (!(e instanceof UsageError)) throw e;
      printError(line, e.message);
      status = 2;
    }
  }
  return status;
}

export function validateQuestion(question: string): void {
  const trimmed = question.trim();
  if (trimmed === '') throw new UsageError('the question is empty');
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new UsageError(
      `the question is ${trimmed.length} characters long; the limit is ${MAX_QUESTION_LENGTH}`,
    );
  }
}
