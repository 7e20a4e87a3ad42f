import MiniSearch from 'minisearch';
import type { Article } from '../article/types.js';
import { type SentenceFeatures, sentenceFeatures } from './answerTypes.js';
import { contentTokens, type Token, termsOf } from './text.js';
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
  /** Index terms of the sentence and of its speaker, space-separated and space-padded (` troop recruit `). */
  terms: string;
  speakerTerms: string;
  /** The section heading's terms, shared by the section's sentences. */
  sectionTerms: string;
  /** Neighbouring sentences (the one before, even across a paragraph, for "he added" openings; the one after). */
  neighbours: number[];
}

export interface Candidate {
  id: number;
  /** BM25 score. */
  score: number;
}

export type SearchField = 'text' | 'speaker' | 'context';

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
    // Context is not indexed: a sentence matching only through its neighbours covers too little to answer, and
    // indexing it would triple the postings. The ranking reads it from the neighbours themselves.
    fields: ['text', 'speaker'],
    idField: 'id',
    extractField: (doc, field) =>
      field === 'id' ? String(doc.id) : field === 'speaker' ? doc.speakerTerms : doc.terms,
    // Fields are already stemmed and filtered: split on spaces and keep every term.
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { boost: { text: FIELD_WEIGHT.text, speaker: FIELD_WEIGHT.speaker }, combineWith: 'OR' },
  });

  addArticle(article: Article): void {
    this.removeArticle(article.id);
    const ids: number[] = [];
    const sentenceCount = article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const firstId = this.nextId;
    for (const p of article.paragraphs) {
      const sectionTerms = stems(contentTokens(p.section));
      p.sentences.forEach((s, i) => {
        const tokens = contentTokens(s.text);
        const id = this.nextId++;
        const doc: SentenceDoc = {
          id,
          articleId: article.id,
          paragraph: p.n,
          sentence: s.index,
          text: s.text,
          speaker: s.speaker,
          holds: sentenceFeatures(s.text, tokens, s.speaker),
          terms: stems(tokens),
          speakerTerms: s.speaker ? stems(contentTokens(s.speaker)) : '',
          sectionTerms,
          neighbours: [id - 1, ...(i + 1 < p.sentences.length ? [id + 1] : [])].filter(
            (n) => n >= firstId && n < firstId + sentenceCount,
          ),
        };
        this.docs.set(id, doc);
        this.search.add(doc);
        this.vocabulary.add(article.id, tokens);
        ids.push(id);
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
      this.vocabulary.remove(articleId, contentTokens(doc.text));
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

  /** The fields of the sentence in which a stem occurs. */
  fieldsWith(doc: SentenceDoc, stemmed: string): SearchField[] {
    const needle = ` ${stemmed} `;
    const fields: SearchField[] = [];
    if (doc.terms.includes(needle)) fields.push('text');
    if (doc.speakerTerms.includes(needle)) fields.push('speaker');
    if (
      doc.sectionTerms.includes(needle) ||
      doc.neighbours.some((n) => this.docs.get(n)?.terms.includes(needle))
    ) {
      fields.push('context');
    }
    return fields;
  }
}

function stems(tokens: Token[]): string {
  return tokens.length === 0 ? '' : ` ${tokens.flatMap(termsOf).join(' ')} `;
}
