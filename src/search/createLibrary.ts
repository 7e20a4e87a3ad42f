import type { Article } from '../article/types.js';
import type { AskOptions, Scope, Story, StoryLibrary } from './library.js';
import type { Answer } from './types.js';

// PLACEHOLDER (replaced by the real engine in this same change): naive word overlap so other layers can run.
export function createLibrary(stories: Story[] = []): StoryLibrary {
  const byId = new Map<string, Story>();
  for (const s of stories) byId.set(s.article.id, s);
  const visible = (scope?: Scope) =>
    [...byId.values()]
      .filter((s) => s.owner === null || (scope?.guildId != null && s.owner === scope.guildId))
      .sort(
        (a, b) =>
          Number(a.owner !== null) - Number(b.owner !== null) || a.article.id.localeCompare(b.article.id),
      );
  return {
    list: visible,
    get: (id, scope) => visible(scope).find((s) => s.article.id === id),
    add: (article: Article, owner) => void byId.set(article.id, { article, owner }),
    remove: (id) => byId.delete(id),
    answer(question: string, options: AskOptions = {}): Answer {
      const words = new Set(question.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
      const excerpts = visible(options.scope)
        .flatMap((s) =>
          s.article.paragraphs.flatMap((p) =>
            p.sentences.map((sen) => {
              const hits = (sen.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => words.has(w));
              return {
                articleId: s.article.id,
                paragraph: p.n,
                sentence: sen.index,
                text: sen.text,
                highlights: hits,
                speaker: sen.speaker,
                score: hits.length,
              };
            }),
          ),
        )
        .filter((e) => e.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options.limit ?? 5);
      return excerpts.length > 0
        ? { question, answered: true, excerpts, suggestions: [] }
        : { question, answered: false, reason: 'not covered', excerpts: [], suggestions: [] };
    },
    suggest: () => [],
  };
}
