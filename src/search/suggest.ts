import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Article } from '../article/types.js';
import { isStopWord } from './text.js';

const MAX_CHOICE_LENGTH = 100;
// Fuse.js ranks this many pre-selected topics: enough for 25 choices, few enough to stay well under a millisecond.
const FUSE_CANDIDATES = 50;
const MIN_TYPED = 3;

interface Topic {
  id: number;
  articleId: string;
  text: string;
}

/**
 * What a story can be asked about: its headline, its sections, what each named speaker said, and the opening
 * sentence of each paragraph (clipped), so that typing "troops" offers the sentence that answers it.
 */
export function topicsOf(article: Article): string[] {
  const speakers = new Set(
    article.quotes
      .filter((q) => !q.fragment && /^\p{Lu}\p{L}+ \p{Lu}/u.test(q.speaker))
      .map((q) => q.speaker),
  );
  return unique([
    article.headline,
    ...article.sections.filter((s) => s !== '').map((s) => sentenceCase(s, namesIn(article))),
    ...[...speakers].map((s) => `What did ${s} say?`),
    ...article.paragraphs.map((p) => p.sentences[0]?.text ?? ''),
  ]).map((t) => clip(t, MAX_CHOICE_LENGTH));
}

/**
 * Autocomplete over the topics of every story. MiniSearch (prefix and typo-tolerant) picks candidates without
 * scanning every topic — a Fuse.js scan of 10,000 topics took 30–60 ms — and Fuse.js orders those few by how well
 * the typed fragment matches.
 */
export class TopicIndex {
  private readonly byArticle = new Map<string, Topic[]>();
  private nextId = 0;
  private readonly search = new MiniSearch<Topic>({
    fields: ['text'],
    storeFields: ['text', 'articleId'],
    // Stop words would make every topic a candidate; a typo is forgiven in words long enough to have one, and only
    // the last word typed is a prefix (the others are finished).
    processTerm: (term) => (isStopWord(term.toLowerCase()) ? null : term.toLowerCase()),
    searchOptions: {
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= MIN_TYPED,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
    },
  });

  add(article: Article): void {
    this.remove(article.id);
    const topics = topicsOf(article).map((text) => ({ id: this.nextId++, articleId: article.id, text }));
    this.search.addAll(topics);
    this.byArticle.set(article.id, topics);
  }

  remove(articleId: string): void {
    for (const t of this.byArticle.get(articleId) ?? []) this.search.discard(t.id);
    this.byArticle.delete(articleId);
  }

  /** The first topics of these stories, for suggestions when a question is not covered. */
  topicsOf(articleIds: readonly string[], limit: number): string[] {
    return articleIds.flatMap((id) => this.byArticle.get(id)?.map((t) => t.text) ?? []).slice(0, limit);
  }

  /** Topics matching what is typed, best first; the stories' first topics while nothing is typed. */
  match(typed: string, articleIds: readonly string[], limit: number): string[] {
    const query = typed.trim();
    // One or two letters match too much to rank: offer the stories' first topics until there is a word to go on.
    if (query.length < MIN_TYPED) return this.topicsOf(articleIds, limit);
    const allowed = new Set(articleIds);
    const candidates = this.search
      .search(query, { filter: (r) => allowed.has(r.articleId as string) })
      .slice(0, FUSE_CANDIDATES)
      .map((r) => r.text as string);
    const fuse = new Fuse(candidates, { ignoreLocation: true, threshold: 0.4, useTokenSearch: true });
    return unique([...fuse.search(query).map((r) => r.item), ...candidates]).slice(0, limit);
  }
}

/**
 * "THE SITUATION IN WASHINGTON" -> "The situation in Washington": headings are shouted in scraped text; a word keeps
 * its capital when the article writes it with one inside a sentence.
 */
function sentenceCase(heading: string, names: ReadonlySet<string>): string {
  if (heading !== heading.toUpperCase()) return heading;
  return heading
    .toLowerCase()
    .replace(/\p{L}+/gu, (w, offset: number) => (offset === 0 || names.has(w) ? capitalise(w) : w));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Lower-cased words the article capitalises after the start of a sentence: its names. */
function namesIn(article: Article): Set<string> {
  const names = new Set<string>();
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      for (const m of s.text.matchAll(/(?<=[\p{L},;:’'"”)] )\p{Lu}\p{L}+/gu)) names.add(m[0].toLowerCase());
    }
  }
  return names;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}
