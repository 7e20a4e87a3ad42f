import { unescapeText } from './escape.js';
import type { Reply } from './payload.js';

/** A reply as plain terminal text: Markdown removed, embeds as indented blocks, buttons as [labels]. */
export function replyToText(reply: Reply): string {
  const out: string[] = [];
  if (reply.ephemeral) out.push('(only you can see this)');
  if (reply.content?.trim().replace(/\u200b/g, '')) out.push(plain(reply.content));
  for (const embed of reply.embeds ?? []) {
    if (out.length > 0) out.push('');
    if (embed.author) out.push(embed.author.name);
    if (embed.title) out.push(`== ${plain(embed.title)} ==`);
    if (embed.description) out.push(plain(embed.description));
    for (const field of embed.fields ?? []) out.push(`${plain(field.name)}: ${plain(field.value)}`);
    if (embed.footer) out.push(`-- ${embed.footer.text}`);
  }
  const buttons = (reply.components ?? []).flatMap((row) => row.components.map((b) => `[${b.label}]`));
  if (buttons.length > 0) out.push('', buttons.join(' '));
  return out.join('\n');
}

/** Strips our Markdown: bold/italic markers, quote bars and code ticks, then the escapes. */
function plain(markdown: string): string {
  return unescapeText(
    markdown
      .replace(/(?<!\\)\*\*/g, '')
      .replace(/(?<![\\*])\*(?!\*)/g, '')
      .replace(/(?<!\\)`/g, '')
      .replace(/^> /gm, '  ')
      .replace(/<@(\d+)>/g, '@$1'),
  );
}
