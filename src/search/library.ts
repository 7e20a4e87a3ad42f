import type { Article } from '../article/types.js';
import type { Answer, AnswerOptions } from './types.js';

/**
 * Who is asking: a guild (server) id, or null for a direct message / the operator's console.
 * Global stories are visible to every scope; a guild's own stories only to that guild.
 */
export type Scope = { guildId: string | null };

/** `null` owner = global story (shipped in data/articles or added by the operator). */
export interface Story {
  article: Article;
  owner: string | null;
}

export interface AskOptions extends AnswerOptions {
  scope?: Scope;
  /** Work the answer out anew, neither taken from nor kept among the remembered answers (the bot's warm-up). */
  fresh?: boolean;
}

/**
 * The stories the bot knows and the search over them. Commands, the CLI and the console all go through this;
 * nothing outside `src/search` builds an index.
 */
export interface StoryLibrary {
  /** Stories visible to the scope, in a stable order (global first, then by id). */
  list(scope?: Scope): readonly Story[];
  /** A story by id if the scope may see it. */
  get(id: string, scope?: Scope): Story | undefined;
  /** Adds (or replaces) a story and indexes it at once. */
  add(article: Article, owner: string | null): void;
  /** Removes a story; returns false when there was none with that id. */
  remove(id: string): boolean;
  /** Cited excerpts for a question over the visible stories (or `articleIds`). */
  answer(question: string, options?: AskOptions): Answer;
  /** Autocomplete: questions/topics the visible stories answer, fuzzy-matched to what is typed (≤ limit). */
  suggest(typed: string, options?: { scope?: Scope; limit?: number }): string[];
}
