import { createInterface } from 'node:readline';
import type { Command, CommandContext, InsightsLog, StoryStore } from '../../commands/types.js';
import { finalize } from '../render/finalize.js';
import type { Reply } from '../render/payload.js';
import { replyToText } from '../render/text.js';
import type { StoryLibrary } from '../search/library.js';
import { NO_INSIGHTS, readOnlyStories } from '../services.js';
import { localAttachmentReader } from './attachments.js';
import { parseLine } from './parseLine.js';
import { pressButton } from './press.js';

export interface ConsoleDeps {
  library: StoryLibrary;
  commands: readonly Command[];
  /** Global story add/remove for the operator (default: listing only). */
  stories?: StoryStore;
  /** The insights report (default: empty). */
  insights?: InsightsLog;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A prompt and line editing (a TTY); piped input is read line by line without prompts. */
  interactive?: boolean;
}

/**
 * The offline console: type slash commands, see the replies the bot would send, rendered as text. Same command
 * modules and renderers as the bot; the operator sees every global story and holds every permission.
 * `/press <n|label>` clicks a button of the last reply. Resolves with the exit code (0) at end of input or /exit.
 */
export async function runConsole(deps: ConsoleDeps): Promise<number> {
  const stories = deps.stories ?? readOnlyStories(deps.library);
  let after: (() => Promise<void>)[] = [];
  const ctx: CommandContext = {
    library: deps.library,
    commands: deps.commands,
    stories,
    insights: deps.insights ?? NO_INSIGHTS,
    scope: { guildId: null },
    user: { id: 'console', name: 'operator' },
    operator: true,
    can: () => true,
    readAttachment: localAttachmentReader(stories.limits.maxBytes),
    afterReply: (task) => {
      after.push(task);
    },
  };
  const rl = createInterface({
    input: deps.input,
    ...(deps.interactive ? { output: deps.output, terminal: true } : {}),
  });
  const print = (text: string) => deps.output.write(`${text}\n`);
  const prompt = () => deps.interactive && rl.prompt();
  rl.setPrompt('> ');
  let last: Reply | undefined;
  prompt();
  for await (const line of rl) {
    const parsed = parseLine(line, deps.commands);
    if (parsed.kind === 'exit') break;
    if (parsed.kind === 'error') print(parsed.message);
    try {
      if (parsed.kind === 'command') {
        last = finalize(await parsed.command.execute(parsed.input, ctx));
        print(replyToText(last));
      }
      if (parsed.kind === 'press') {
        const result = await pressButton(last, parsed.button, deps.commands, ctx);
        if (typeof result === 'string') print(result);
        else {
          const reply = finalize(result.reply);
          // An update replaces the message (its buttons now count); a new reply leaves the old one in place.
          if (result.update) last = reply;
          print(replyToText(reply));
        }
      }
    } catch (error) {
      print(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
    }
    // As in the bot: after the reply is out, and a failure is not the operator's answer.
    for (const task of after) await task().catch(() => undefined);
    after = [];
    if (parsed.kind !== 'empty') print('');
    prompt();
  }
  rl.close();
  return 0;
}
