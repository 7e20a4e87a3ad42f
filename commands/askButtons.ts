import { LIMITS } from '../src/render/limits.js';
import type { ButtonPress } from './types.js';

/**
 * /ask button state, kept in the custom_id so buttons survive restarts:
 *   ask:more:<offset>:<question>   (question left empty when it does not fit in 100 characters;
 *                                   it is then read back from the message's first embed author line)
 *   ask:ctx:<paragraph>:<sentence>:<articleId>
 */
export function moreId(offset: number, question: string): string {
  const id = `ask:more:${offset}:${question}`;
  return id.length <= LIMITS.customId ? id : `ask:more:${offset}:`;
}

/** undefined when the article id is too long to fit (the button is then left out). */
export function contextId(paragraph: number, sentence: number, articleId: string): string | undefined {
  const id = `ask:ctx:${paragraph}:${sentence}:${articleId}`;
  return id.length <= LIMITS.customId ? id : undefined;
}

export type AskButton =
  | { kind: 'more'; offset: number; question: string }
  | { kind: 'ctx'; paragraph: number; sentence: number; articleId: string };

/** Reads a press back; undefined for anything malformed (an old or forged custom_id). */
export function parseAskButton(press: ButtonPress): AskButton | undefined {
  const [kind, a, ...rest] = press.args;
  if (kind === 'more') {
    const offset = Number(a);
    const question = rest.join(':') || press.message?.embeds[0]?.author?.name || '';
    return Number.isInteger(offset) && offset >= 0 && question ? { kind, offset, question } : undefined;
  }
  if (kind === 'ctx') {
    const [b, ...id] = rest;
    const paragraph = Number(a);
    const sentence = Number(b);
    const articleId = id.join(':');
    return Number.isInteger(paragraph) && Number.isInteger(sentence) && articleId
      ? { kind, paragraph, sentence, articleId }
      : undefined;
  }
  return undefined;
}
