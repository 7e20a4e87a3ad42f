import * as article from './article.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as paragraph from './paragraph.js';
import * as quote from './quote.js';
import type { Command } from './types.js';

/** Every slash command, in /help order. Add a module here and it is deployed, routed and available offline. */
export const commands: readonly Command[] = [ask, quote, article, paragraph, help];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.data.name === name);
}

export type { Command, CommandContext, CommandInput } from './types.js';
