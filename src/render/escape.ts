/** Zero-width joiner: breaks mention and Markdown syntax without changing what the reader sees. */
const ZWJ = '\u200d';

/**
 * Makes article or user text inert inside a Discord message: Markdown characters are backslash-escaped and
 * mentions (@everyone, @here, <@id>, <@&id>, <#id>, </cmd:id>) get a zero-width joiner so they neither ping nor link.
 * allowedMentions already blocks pings; this is defence in depth and keeps formatting intact.
 */
export function escapeText(text: string): string {
  return neutraliseMentions(escapeMarkdown(text));
}

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\*_~`|[\]]/g, '\\$&')
      // Headings, quotes and list markers only act at the start of a line.
      .replace(/^(\s*)([>#-])/gm, '$1\\$2')
      // "1. " at the start of a line would become a numbered list.
      .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.')
  );
}

export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWJ}$1`).replace(/<([@#/])/g, `<${ZWJ}$1`);
}

/**
 * `text` as inline code (ids, file names). A backtick (or a backslash, which Markdown dialects read differently
 * before one) could end the span early and let the rest render, so such text is escaped instead.
 */
export function inlineCode(text: string): string {
  return text && !/[`\\]/.test(text) ? `\`${text}\`` : escapeText(text);
}

/** Undoes `escapeText` for plain-text output (the console). */
export function unescapeText(text: string): string {
  return text.replaceAll(ZWJ, '').replace(/\\([\\*_~`|[\]>#.-])/g, '$1');
}
