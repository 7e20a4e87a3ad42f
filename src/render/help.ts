import { COLOR, type EmbedField, NO_MENTIONS, type Reply } from './payload.js';

export interface HelpEntry {
  name: string;
  description: string;
  examples: readonly string[];
}

/** Every command with its description and an example. */
export function renderHelp(entries: readonly HelpEntry[], ephemeral = true): Reply {
  const fields: EmbedField[] = entries.map((e) => ({
    name: `/${e.name}`,
    value: [e.description, ...e.examples.map((x) => `\`${x}\``)].join('\n'),
  }));
  return {
    embeds: [
      {
        color: COLOR,
        title: 'Commands',
        description: 'Ask about the news stories the bot has read; every answer cites its paragraph (¶).',
        fields,
      },
    ],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}
