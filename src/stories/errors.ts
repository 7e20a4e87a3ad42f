/**
 * Every error a story operation throws on purpose. `message` is one line meant for the person who asked
 * (a server member or the operator), so commands can show it as is; `code` is for code and tests.
 */
export class StoryError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

export type StoryLimitCode = 'guild-full' | 'too-large' | 'cooldown';

/** A configured limit was hit (see `StoryLimits`). */
export class StoryLimitError extends StoryError {
  declare readonly code: StoryLimitCode;

  constructor(code: StoryLimitCode, message: string) {
    super(code, message);
  }
}

/** The text is not a usable article (wraps the parser's `ArticleError` message), or the id/guild id is malformed. */
export class InvalidStoryError extends StoryError {
  constructor(message: string) {
    super('invalid', message);
  }
}

/** No story with that id belongs to the asker (another guild's stories are reported the same way: no leak). */
export class StoryNotFoundError extends StoryError {
  readonly id: string;

  constructor(id: string, owner: string | null) {
    const shown = showId(id);
    super(
      'not-found',
      owner === null
        ? `There is no global story \`${shown}\`.`
        : `There is no story \`${shown}\` that this server added.`,
    );
    this.id = id;
  }
}

/** A guild tried to remove a global story. */
export class GlobalStoryError extends StoryError {
  readonly id: string;

  constructor(id: string) {
    super('global', `\`${showId(id)}\` is a global story; only the bot's operator can remove it.`);
    this.id = id;
  }
}

export type AttachmentErrorCode =
  | 'bad-url'
  | 'not-text'
  | 'too-large'
  | 'timeout'
  | 'http'
  | 'binary'
  | 'network';

/** An attachment was refused or could not be downloaded. */
export class AttachmentError extends StoryError {
  declare readonly code: AttachmentErrorCode;

  constructor(code: AttachmentErrorCode, message: string) {
    super(code, message);
  }
}

/** User-typed ids go back into messages: no backticks/mentions, bounded length. */
function showId(id: string): string {
  return id.replace(/[`@\\<>]/g, '').slice(0, 64);
}
