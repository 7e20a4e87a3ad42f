import type { Article } from '../article/types.js';
import { clip } from '../search/text.js';
import { contentTerms, words } from './text.js';

/** One key point of a summary: a sentence of the article, cited by paragraph and sentence index. */
export interface SummaryPoint {
  /** ¶n of the sentence. */
  paragraph: number;
  /** 0-based index of the sentence within its paragraph. */
  sentence: number;
  /** The sentence, clipped to `MAX_POINT_CHARS` when very long. */
  text: string;
  speaker?: string;
}

export interface Summary {
  articleId: string;
  headline: string;
  byline: string[];
  outlet: string;
  /** ISO date or "" (as in the Article). */
  published: string;
  length: SummaryLength;
  /** Key points in reading order. */
  points: SummaryPoint[];
  /** Sentences in the article: lets a renderer say "4 of 38 sentences". */
  sentenceCount: number;
}

export type SummaryLength = 'short' | 'full';

/** Long enough for a real sentence, short enough that five points fit one Discord embed. */
export const MAX_POINT_CHARS = 320;

/** A sentence with its citation and its stemmed content terms. */
export interface RankedSentence {
  paragraph: number;
  sentence: number;
  text: string;
  speaker?: string;
  terms: string[];
}

/** How many points each length asks for, given the article's sentence count. */
export function pointCount(sentences: number, length: SummaryLength): number {
  const wanted =
    length === 'short'
      ? Math.min(5, Math.max(3, Math.ceil(sentences / 8)))
      : Math.min(12, Math.max(8, Math.ceil(sentences / 3)));
  return Math.min(wanted, sentences);
}

/** Every sentence of the article in reading order, with its terms. */
export function articleSentences(article: Article): RankedSentence[] {
  const out: RankedSentence[] = [];
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      out.push({
        paragraph: p.n,
        sentence: s.index,
        text: s.text,
        ...(s.speaker ? { speaker: s.speaker } : {}),
        terms: contentTerms(s.text),
      });
    }
  }
  return out;
}

/** TF-IDF vectors (sentence = document), L2-normalised so a dot product is the cosine. */
function tfidfVectors(sentences: RankedSentence[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return sentences.map((s) => {
    const v = new Map<string, number>();
    for (const t of s.terms) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** Pairwise cosine similarity of the sentences' TF-IDF vectors. */
export function similarityMatrix(sentences: RankedSentence[]): number[][] {
  const vectors = tfidfVectors(sentences);
  return vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
}

/**
 * Continuous LexRank: PageRank over the similarity graph. A sentence is central when it shares rare
 * words with many other sentences, i.e. it states what the story keeps coming back to.
 */
export function lexRank(sim: number[][], damping = 0.85, iterations = 60): number[] {
  const n = sim.length;
  if (n === 0) return [];
  const rowSums = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let rank: number[] = new Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next: number[] = new Array(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const r = rank[i] ?? 0;
      const row = sim[i] ?? [];
      const sum = rowSums[i] ?? 0;
      // An isolated sentence spreads its weight evenly, so rank mass is conserved.
      for (let j = 0; j < n; j++)
        next[j] = (next[j] ?? 0) + damping * r * (sum > 0 ? (row[j] ?? 0) / sum : 1 / n);
    }
    rank = next;
  }
  return rank;
}

/** Openers that lean on a previous sentence ("He added…", "The latter…"): weak out of context. */
const ANAPHORIC_START =
  /^[“"]?(he|she|it|its|they|their|them|this|these|those|the latter|but|however|also)\b/iu;

/** Centrality × mild position prior × headline overlap × penalties for fragments and dangling openers. */
export function sentenceScores(sentences: RankedSentence[], sim: number[][], headline = ''): number[] {
  const rank = lexRank(sim);
  const title = new Set(contentTerms(headline));
  const max = Math.max(...rank, Number.MIN_VALUE);
  const n = sentences.length;
  return sentences.map((s, i) => {
    // News puts the gist early; a gentle linear prior (×1.3 first, ×1.0 last) nudges ties, not the ranking.
    const position = 1 + 0.3 * (1 - i / Math.max(1, n - 1));
    const wordCount = words(s.text).length;
    const fragment = wordCount < 6 || s.terms.length < 3 ? 0.4 : 1;
    const anaphora = ANAPHORIC_START.test(s.text.trim()) ? 0.75 : 1;
    // Edmundson's title method: a sentence sharing the headline's words states the headline's news.
    const onTitle = title.size ? [...new Set(s.terms)].filter((t) => title.has(t)).length / title.size : 0;
    return ((rank[i] ?? 0) / max) * position * fragment * anaphora * (1 + onTitle);
  });
}

/** Above this cosine two sentences say the same thing; the second is taken only when nothing else is left. */
export const REDUNDANT = 0.5;

/**
 * Facts a sentence states, cheaply: names (capitalised words not opening the sentence) and numbers. Rewarding new
 * ones spreads the summary over more of the story (concept coverage, as in Gillick & Favre's ILP summariser).
 */
export function sentenceFacts(text: string): Set<string> {
  const out = new Set<string>();
  words(text).forEach((w, i) => {
    if (/\p{N}/u.test(w) || (i > 0 && /^\p{Lu}/u.test(w))) out.add(w.toLowerCase().replace(/['’]s$/u, ''));
  });
  return out;
}

export interface MmrOptions {
  /** Weight of relevance against redundancy (0.7: relevance first). */
  lambda?: number;
  /** Weight of new facts (see `sentenceFacts`); 0.2–0.6 gave the same full summary on the NATO story. */
  novelty?: number;
}

/** Maximal Marginal Relevance: trade a sentence's score against its overlap with what is already chosen. */
export function selectMmr(
  scores: number[],
  sim: number[][],
  k: number,
  facts: Set<string>[] = [],
  { lambda = 0.7, novelty = 0.5 }: MmrOptions = {},
): number[] {
  const top = Math.max(...scores, Number.MIN_VALUE);
  const mostFacts = Math.max(1, ...facts.map((f) => f.size));
  const seen = new Set<string>();
  const chosen: number[] = [];
  const left = new Set(scores.map((_, i) => i));
  while (chosen.length < k && left.size > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of left) {
      const overlap = chosen.reduce((m, j) => Math.max(m, sim[i]?.[j] ?? 0), 0);
      const fresh = [...(facts[i] ?? [])].filter((f) => !seen.has(f)).length / mostFacts;
      const value =
        lambda * ((scores[i] ?? 0) / top) +
        novelty * fresh -
        (1 - lambda) * overlap -
        (overlap >= REDUNDANT ? 1 : 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    chosen.push(best);
    left.delete(best);
    for (const f of facts[best] ?? []) seen.add(f);
  }
  return chosen.sort((a, b) => a - b);
}

/** An extractive summary: the most central, least redundant sentences, in reading order. */
export function summarize(article: Article, length: SummaryLength): Summary {
  const sentences = articleSentences(article);
  const sim = similarityMatrix(sentences);
  const facts = sentences.map((s) => sentenceFacts(s.text));
  const chosen = selectMmr(
    sentenceScores(sentences, sim, article.headline),
    sim,
    pointCount(sentences.length, length),
    facts,
  );
  const points = chosen.flatMap((i) => {
    const s = sentences[i];
    if (!s) return [];
    const point: SummaryPoint = {
      paragraph: s.paragraph,
      sentence: s.sentence,
      text: clip(s.text, MAX_POINT_CHARS),
    };
    if (s.speaker) point.speaker = s.speaker;
    return [point];
  });
  return {
    articleId: article.id,
    headline: article.headline,
    byline: [...article.byline],
    outlet: article.outlet,
    published: article.published,
    length,
    points,
    sentenceCount: sentences.length,
  };
}
