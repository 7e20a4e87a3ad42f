import { NO_MENTIONS, type Reply } from './payload.js';

/** A short message of our own wording (not escaped: callers escape any user or article text they put in). */
export function notice(content: string, ephemeral = true): Reply {
  return { content, ephemeral, allowedMentions: NO_MENTIONS };
}

export const SOMETHING_WENT_WRONG = notice(
  'Something went wrong while answering that. It has been logged; please try again.',
);
