import type { Article } from '../article/types.js';
import { answerQuestion } from './answer.js';
import { loadEnglishResources } from './english.js';
import type { AskOptions, Scope, Story, StoryLibrary } from './library.js';
import { SentenceIndex } from './sentenceIndex.js';
import { TopicIndex } from './suggest.js';
import type { Answer } from './types.js';

const DEFAULT_LIMIT = 5;
const SUGGESTIONS = 3;
// Scopes whose visible story ids are kept between keystrokes (a server's list is rebuilt only after a change).
const CACHED_SCOPES = 256;
// Answers kept until a story comes or goes: a server's members ask the same questions of its story again and again.
const REMEMBERED_ANSWERS = 500;

export interface LibraryOptions {
  /** How many answers to remember (keyed by question, server, limit and stories asked): 0 to remember none. */
  rememberedAnswers?: number;
}

/** Builds the library over the given stories; stories added later are indexed at once. */
export function createLibrary(
  stories: Story[] = [],
  { rememberedAnswers = REMEMBERED_ANSWERS }: LibraryOptions = {},
): StoryLibrary {
  loadEnglishResources();
  const index = new SentenceIndex();
  const byId = new Map<string, Story>();
  const topics = new TopicIndex();

  // Stories in list order (global first, then by id), sorted once per change rather than on every question; and
  // the ids each scope sees in that order, for autocomplete, which runs on every keystroke.
  let ordered: Story[] | undefined;
  const idsByScope = new Map<string | null, readonly string[]>();
  const answers = new Map<string, Answer>();
  const changed = () => {
    ordered = undefined;
    idsByScope.clear();
    answers.clear();
  };
  const visible = (scope?: Scope): Story[] => {
    ordered ??= [...byId.values()].sort(
      (a, b) =>
        Number(a.owner !== null) - Number(b.owner !== null) || a.article.id.localeCompare(b.article.id),
    );
    return ordered.filter((s) => isVisible(s, scope));
  };

  const visibleIds = (scope?: Scope): readonly string[] => {
    const key = scope?.guildId ?? null;
    let ids = idsByScope.get(key);
    if (!ids) {
      ids = visible(scope).map((s) => s.article.id);
      if (idsByScope.size >= CACHED_SCOPES) idsByScope.delete(idsByScope.keys().next().value ?? null);
      idsByScope.set(key, ids);
    }
    return ids;
  };

  const library: StoryLibrary = {
    list: visible,
    get(id, scope) {
      const story = byId.get(id);
      return story && isVisible(story, scope) ? story : undefined;
    },
    add(article: Article, owner) {
      byId.set(article.id, { article, owner });
      changed();
      topics.add(article);
      index.addArticle(article);
    },
    remove(id) {
      index.removeArticle(id);
      topics.remove(id);
      changed();
      return byId.delete(id);
    },
    answer(question: string, options: AskOptions = {}): Answer {
      const limit = options.limit ?? DEFAULT_LIMIT;
      const key = JSON.stringify([
        question,
        options.scope?.guildId ?? null,
        limit,
        options.articleIds ?? null,
      ]);
      const known = options.fresh ? undefined : answers.get(key);
      if (known) return known;
      const restrictTo = options.articleIds ? new Set(options.articleIds) : undefined;
      const allowed = (articleId: string): boolean => {
        const story = byId.get(articleId);
        return (
          story !== undefined && isVisible(story, options.scope) && (!restrictTo || restrictTo.has(articleId))
        );
      };
      const verdict = answerQuestion(index, { question, limit, allowed });
      const suggestions = verdict.answered
        ? []
        : topics.topicsOf(visibleIds(options.scope).filter(allowed), SUGGESTIONS);
      const answer = deepFrozen({ ...verdict, suggestions });
      if (rememberedAnswers > 0 && !options.fresh) {
        if (answers.size >= rememberedAnswers) answers.clear();
        answers.set(key, answer);
      }
      return answer;
    },
    suggest(typed, options = {}) {
      const limit = options.limit ?? 25;
      return topics.match(typed, visibleIds(options.scope), limit);
    },
  };
  for (const s of stories) library.add(s.article, s.owner);
  return library;
}

/** The answer, frozen to its excerpts: a remembered answer is handed out again, and no caller may change it. */
function deepFrozen(answer: Answer): Answer {
  for (const excerpt of answer.excerpts) {
    Object.freeze(excerpt.highlights);
    Object.freeze(excerpt);
  }
  Object.freeze(answer.excerpts);
  Object.freeze(answer.suggestions);
  return Object.freeze(answer);
}

/** Global stories are everyone's; a server's own stories are only that server's (never a DM's). */
function isVisible(story: Story, scope?: Scope): boolean {
  return story.owner === null || (scope?.guildId != null && story.owner === scope.guildId);
}
