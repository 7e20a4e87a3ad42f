import Fuse from 'fuse.js';
import SearchableMap from 'minisearch/SearchableMap';
import type { Article } from '../article/types.js';
import { addPosting, meanWith, meanWithout, postingCount, scorePostings, withoutDocs } from './postings.js';
import { ScoreBoard } from './scoreBoard.js';
import { clip, isStopWord } from './text.js';

const MAX_CHOICE_LENGTH = 100;
// Fuse.js ranks this many pre-selected topics: enough for 25 choices, few enough to stay well under a millisecond.
const FUSE_CANDIDATES = 50;
const MIN_TYPED = 3;

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
 * Autocomplete over the topics of every story. An inverted index (prefix and typo-tolerant, BM25) picks candidates
 * without scanning every topic — a Fuse.js scan of 10,000 topics took 30–60 ms — and Fuse.js orders those few by
 * how well the typed fragment matches.
 *
 * The index scores exactly as MiniSearch did here (same tokens, stop words, prefix and typo rules, BM25 parameters,
 * score × matched query words, ties in first-match order), so the choices offered are the same; it is built for
 * this one query shape: postings are flat arrays instead of a Map per word, scores add up in typed arrays instead
 * of a result object per matching topic, only the allowed stories' topics are ranked, and only the best
 * `FUSE_CANDIDATES` are sorted. With 1,000 stories, a question naming NATO matches 5,000 of the 17,000 topics:
 * MiniSearch took 5–9 ms to score and sort them all, this takes 0.4 ms at most, and holds 8 MB instead of 19 MB.
 */
export class TopicIndex {
  private readonly byArticle = new Map<string, number[]>();
  /** Per topic id (ids are never reused; removed topics leave `undefined`). */
  private readonly texts: (string | undefined)[] = [];
  private readonly storyOf: number[] = [];
  private readonly lengths: number[] = [];
  /** A small number per story id, for an allowed-stories mask. */
  private readonly storyNumbers = new Map<string, number>();
  /** Index term -> postings (see `addPosting`). */
  private readonly postings = new SearchableMap<number[]>();
  private topicCount = 0;
  private averageLength = 0;
  private readonly scores = new ScoreBoard();

  add(article: Article): void {
    this.remove(article.id);
    let story = this.storyNumbers.get(article.id);
    if (story === undefined) {
      story = this.storyNumbers.size;
      this.storyNumbers.set(article.id, story);
    }
    const ids: number[] = [];
    for (const text of topicsOf(article)) {
      const id = this.texts.length;
      const tokens = tokenizeTopic(text);
      const length = new Set(tokens).size;
      this.texts.push(text);
      this.storyOf.push(story);
      this.lengths.push(length);
      this.averageLength = meanWith(this.averageLength, this.topicCount, length);
      this.topicCount++;
      for (const token of tokens) {
        const term = topicTerm(token);
        if (term) addPosting(this.postings.fetch(term, newList), id);
      }
      ids.push(id);
    }
    this.byArticle.set(article.id, ids);
  }

  remove(articleId: string): void {
    const ids = this.byArticle.get(articleId);
    if (!ids) return;
    const removed = new Set(ids);
    const terms = new Set<string>();
    for (const id of ids) {
      for (const token of tokenizeTopic(this.texts[id] ?? '')) {
        const term = topicTerm(token);
        if (term) terms.add(term);
      }
      const length = this.lengths[id] ?? 0;
      this.averageLength = meanWithout(this.averageLength, this.topicCount, length);
      this.topicCount--;
      this.texts[id] = undefined;
    }
    for (const term of terms) {
      const kept = withoutDocs(this.postings.get(term) ?? [], removed);
      if (postingCount(kept) === 0) this.postings.delete(term);
      else this.postings.set(term, kept);
    }
    this.byArticle.delete(articleId);
  }

  /** The first topics of these stories, for suggestions when a question is not covered. */
  topicsOf(articleIds: readonly string[], limit: number): string[] {
    const out: string[] = [];
    for (const id of articleIds) {
      for (const topic of this.byArticle.get(id) ?? []) {
        if (out.length >= limit) return out;
        out.push(this.texts[topic] as string);
      }
    }
    return out;
  }

  /** Topics matching what is typed, best first; the stories' first topics while nothing is typed. */
  match(typed: string, articleIds: readonly string[], limit: number): string[] {
    const query = typed.trim();
    // One or two letters match too much to rank: offer the stories' first topics until there is a word to go on.
    if (query.length < MIN_TYPED) return this.topicsOf(articleIds, limit);
    const candidates = this.candidates(query, articleIds, FUSE_CANDIDATES).map(
      (id) => this.texts[id] as string,
    );
    const fuse = new Fuse(candidates, { ignoreLocation: true, threshold: 0.4, useTokenSearch: true });
    return unique([...fuse.search(query).map((r) => r.item), ...candidates]).slice(0, limit);
  }

  /**
   * The best `count` topics of the allowed stories for the typed text, best first: BM25 over every query word, OR-ed,
   * each score times the number of query words the topic matches. Stop words are dropped; only the last word is a
   * prefix (the others are finished) once it has `MIN_TYPED` letters; a typo is forgiven in words of five letters or
   * more.
   */
  private candidates(query: string, articleIds: readonly string[], count: number): number[] {
    const terms = tokenizeTopic(query)
      .map(topicTerm)
      .filter((t): t is string => !!t);
    if (terms.length === 0) return [];
    const s = this.scores;
    s.begin(this.texts.length);
    const sources = [...new Set(terms)];
    terms.forEach((term, i) => {
      s.beginTerm();
      this.scoreTerm(term, 1);
      const prefix = i === terms.length - 1 && term.length >= MIN_TYPED;
      const maxDistance = term.length >= 5 ? Math.min(MAX_FUZZY, Math.round(term.length * FUZZY)) : 0;
      const fuzzy = maxDistance ? this.postings.fuzzyGet(term, maxDistance) : undefined;
      if (prefix) {
        for (const [derived] of this.postings.atPrefix(term)) {
          const distance = derived.length - term.length;
          if (!distance) continue;
          // A word that is both a prefix match and a typo match counts once, as a prefix match.
          fuzzy?.delete(derived);
          this.scoreTerm(derived, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      for (const [derived, [, distance]] of fuzzy ?? []) {
        if (!distance) continue;
        this.scoreTerm(derived, (FUZZY_WEIGHT * derived.length) / (derived.length + distance));
      }
      s.endTerm(sources.indexOf(term));
    });
    const allowed = new Uint8Array(this.storyNumbers.size);
    for (const id of articleIds) {
      const n = this.storyNumbers.get(id);
      if (n !== undefined) allowed[n] = 1;
    }
    return s.best(count, (doc) => allowed[this.storyOf[doc] as number] === 1);
  }

  /** Adds one index term's BM25 contribution, weighted, to every topic holding it. */
  private scoreTerm(derived: string, weight: number): void {
    const list = this.postings.get(derived);
    if (list) scorePostings(list, weight, this.topicCount, this.lengths, this.averageLength, this.scores);
  }
}

// MiniSearch's defaults, which the topic search used: the weight of prefix and typo matches, the share of a word's
// letters that may be typos and the most typos in any word.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const FUZZY = 0.2;
const MAX_FUZZY = 6;
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** A topic's or a query's words: split on spaces and punctuation (empty strings kept, as they count in lengths). */
const newList = (): number[] => [];

function tokenizeTopic(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** The index term of a word: lower-cased; none for stop words and empty strings. */
function topicTerm(token: string): string | undefined {
  const term = token.toLowerCase();
  return term === '' || isStopWord(term) ? undefined : term;
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

function unique(items: string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}
