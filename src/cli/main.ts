import { fileURLToPath } from 'node:url';
import { config as loadEnv } from 'dotenv';
import { dataDir } from '../dataDir.js';
import { article } from './article.js';
import { ask } from './ask.js';
import { insights } from './insights.js';
import { quotes } from './quotes.js';
import { story } from './story.js';
import { type CliIO, type CliSubcommand, UsageError } from './types.js';

const SUBCOMMANDS: Record<string, CliSubcommand> = { ask, quotes, article, story, insights };

const USAGE = `usage: npm run --silent cli -- <command>
  ask [--json] [--limit N] "question"   cited excerpts (no question: one per stdin line)
  quotes [--json] [--story ID]           every quote with its speaker and paragraph
  article [ID] [--json]                  metadata and numbered paragraphs
  story add <file> [--guild ID]          add a story (global, or one server's)
  story list [--guild ID] [--json]       the stories (all, or what one server sees)
  story remove <id> [--guild ID]         remove a story
  insights [--guild ID] [--since DATE] [--until DATE] [--json]
                                         most asked and unanswered questions, answer rate`;

/** Runs one CLI invocation; bad input is one line on stderr and exit code 2, never a stack trace. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const subcommand = SUBCOMMANDS[name];
  try {
    if (!subcommand)
      throw new UsageError(`unknown command “${name}” (commands: ${Object.keys(SUBCOMMANDS).join(', ')})`);
    return await subcommand(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The same .env as the bot (DATA_DIR, limits); quiet, so --json output stays clean.
  loadEnv({ quiet: true });
  const io: CliIO = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    dataDir: dataDir(),
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
