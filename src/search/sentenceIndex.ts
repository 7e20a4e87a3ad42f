import MiniSearch from 'minisearch';
import type { Article } from '../article/types.js';
import { type SentenceFeatures, sentenceFeatures } from './answerTypes.js';
import { contentTokens, type Token } from './text.js';
import { Vocabulary } from './vocabulary.js';

/** One indexed sentence, with the words around it that help a reader (and the ranker) understand it. */
export interface SentenceDoc {
  id: number;
  articleId: string;
  paragraph: number;
  sentence: number;
  text: string;
  speaker?: string;
  /** What kind of answers the sentence holds (see `answerTypes.ts`), computed once at index time. */
  holds: SentenceFeatures;
  /** Stems per field, space-separated and space-padded (` troop recruit `), as the inverted index sees them. */
  fields: Record<SearchField, string>;
}

export interface Candidate {
  id: number;
  /** BM25 score. */
  score: number;
}

export type SearchField = 'text' | 'speaker' | 'context';
const SEARCH_FIELDS: SearchField[] = ['text', 'speaker', 'context'];

/** How much a word found in each field counts towards answering: the sentence itself over its surroundings. */
export const FIELD_WEIGHT: Record<SearchField, number> = { text: 1, speaker: 0.9, context: 0.4 };

/**
 * The inverted index over every sentence of every story (MiniSearch, BM25), plus the vocabulary used to resolve
 * question words. Stories are added and removed live; ids are never reused.
 */
export class SentenceIndex {
  readonly vocabulary = new Vocabulary();
  private readonly docs = new Map<number, SentenceDoc>();
  private readonly byArticle = new Map<string, number[]>();
  private nextId = 0;
  private readonly search = new MiniSearch<SentenceDoc>({
    fields: ['text', 'speaker', 'context'],
    idField: 'id',
    extractField: (doc, field) => (field === 'id' ? String(doc.id) : doc.fields[field as SearchField]),
    // Fields are already stemmed and filtered: split on spaces and keep every term.
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { boost: { ...FIELD_WEIGHT }, combineWith: 'OR' },
  });

  addArticle(article: Article): void {
    this.removeArticle(article.id);
    const ids: number[] = [];
    for (const p of article.paragraphs) {
      p.sentences.forEach((s, i) => {
        const tokens = contentTokens(s.text);
        const context = [p.sentences[i - 1]?.text ?? '', p.sentences[i + 1]?.text ?? '', p.section]
          .concat(i === 0 ? [previousParagraphTail(article, p.n)] : [])
          .join(' ');
        const doc: SentenceDoc = {
          id: this.nextId++,
          articleId: article.id,
          paragraph: p.n,
          sentence: s.index,
          text: s.text,
          speaker: s.speaker,
          holds: sentenceFeatures(s.text, tokens, s.speaker),
          fields: {
            text: stems(tokens),
            speaker: s.speaker ? stems(contentTokens(s.speaker)) : '',
            context: stems(contentTokens(context)),
          },
        };
        this.docs.set(doc.id, doc);
        this.search.add(doc);
        this.vocabulary.add(tokens);
        ids.push(doc.id);
      });
    }
    this.byArticle.set(article.id, ids);
  }

  removeArticle(articleId: string): void {
    for (const id of this.byArticle.get(articleId) ?? []) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      // discard() needs no copy of the document's terms, so none is kept per sentence.
      this.search.discard(String(id));
      this.vocabulary.remove(contentTokens(doc.text));
      this.docs.delete(id);
    }
    this.byArticle.delete(articleId);
  }

  doc(id: number): SentenceDoc | undefined {
    return this.docs.get(id);
  }

  /** BM25 candidates for weighted stems, best first, restricted to the given articles. */
  candidates(weights: ReadonlyMap<string, number>, allowed: (articleId: string) => boolean): Candidate[] {
    if (weights.size === 0) return [];
    return this.search
      .search([...weights.keys()].join(' '), {
        boostTerm: (term) => weights.get(term) ?? 1,
        filter: (r) => allowed(this.docs.get(Number(r.id))?.articleId ?? ''),
      })
      .map((r) => ({ id: Number(r.id), score: r.score }));
  }
}

function stems(tokens: Token[]): string {
  return tokens.length === 0 ? '' : ` ${tokens.flatMap(termsOf).join(' ')} `;
}

/** The index terms of a word: its stem, and its verb's base form when irregular ("struck" is also strike). */
export function termsOf(token: Token): string[] {
  return token.lemma ? [token.stem, token.lemma] : [token.stem];
}

/** The fields of the sentence in which a stem occurs. */
export function fieldsWith(doc: SentenceDoc, stemmed: string): SearchField[] {
  const needle = ` ${stemmed} `;
  return SEARCH_FIELDS.filter((f) => doc.fields[f].includes(needle));
}

/** A paragraph that opens with "he added…" continues the one before: its last sentence is context. */
function previousParagraphTail(article: Article, n: number): string {
  const prev = article.paragraphs[n - 2];
  return prev?.sentences[prev.sentences.length - 1]?.text ?? '';
}
