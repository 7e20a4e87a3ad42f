import type { ButtonSpec } from '../src/render/index.js';
import { LIMITS } from '../src/render/limits.js';
import type { ButtonPress } from './types.js';

/**
 * "Helpful" / "Not helpful" under an /ask reply, state in the custom_id so a click works after a restart:
 *   ask:fb:<y|n>:<a|u>:<question>   y/n = helpful or not; a/u = the reply was an answer or "not covered";
 *                                   the question is left empty when it does not fit in 100 characters and is then
 *                                   read back from the message's first embed author line (as "More" does).
 */
export function feedbackId(helpful: boolean, answered: boolean, question: string): string {
  const head = `ask:fb:${helpful ? 'y' : 'n'}:${answered ? 'a' : 'u'}:`;
  const id = `${head}${question}`;
  return id.length <= LIMITS.customId ? id : head;
}

/** The two buttons, last on the reply's button row (after Context and More). */
export function feedbackButtons(question: string, answered: boolean): ButtonSpec[] {
  return [
    { label: 'Helpful', customId: feedbackId(true, answered, question) },
    { label: 'Not helpful', customId: feedbackId(false, answered, question) },
  ];
}

export interface Feedback {
  helpful: boolean;
  answered: boolean;
  question: string;
}

/** A press of `ask:fb:…` read back (args start after `ask:`); undefined for anything malformed. */
export function parseFeedback(press: ButtonPress): Feedback | undefined {
  const [kind, helpful, answered, ...rest] = press.args;
  if (kind !== 'fb' || !['y', 'n'].includes(helpful ?? '') || !['a', 'u'].includes(answered ?? '')) {
    return undefined;
  }
  const question = rest.join(':') || press.message?.embeds[0]?.author?.name || '';
  return question ? { helpful: helpful === 'y', answered: answered === 'a', question } : undefined;
}
