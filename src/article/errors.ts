/**
 * A raw article that cannot become an `Article` (empty, binary, too large, no body…).
 * The message is one line and starts with the file name or id, e.g. `nato.txt: no body paragraphs found`.
 */
export class ArticleError extends Error {
  /** The file name (or id) the error is about. */
  readonly source: string;

  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = 'ArticleError';
    this.source = source;
  }
}
