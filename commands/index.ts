import * as article from './article.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as insights from './insights.js';
import * as paragraph from './paragraph.js';
import * as people from './people.js';
import * as quote from './quote.js';
import * as story from './story.js';
import * as summary from './summary.js';
import * as timeline from './timeline.js';
import type { Command } from './types.js';

/** Every slash command, in /help order. Add a module here and it is deployed, routed and available offline. */
export const commands: readonly Command[] = [
  ask,
  quote,
  article,
  paragraph,
  summary,
  people,
  timeline,
  story,
  insights,
  help,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.data.name === name);
}

export type { Command, CommandContext, CommandInput } from './types.js';
