import type { SearchResult } from 'minisearch';
import type { AnswerType } from './query.js';
import { FIELD_WEIGHT, type SearchField, type SentenceDoc } from './sentenceIndex.js';
import type { Token } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

export interface RankedSentence {
  doc: SentenceDoc;
  /** Share of the question's weight (idf) that this sentence and its context cover, 0..1. */
  coverage: number;
  /** Whether the sentence holds the kind of answer asked for (a number for "how many", …). */
  typeMatch: boolean;
  score: number;
  /** Index stems of the question found in the sentence itself (for highlighting). */
  matchedStems: Set<string>;
}

// A sentence without the kind of answer asked for is kept, but ranked and judged lower.
const TYPE_MISMATCH_FACTOR = 0.8;
// BM25 only breaks ties between sentences that cover the question equally.
const BM25_SHARE = 0.05;

export function rankCandidates(
  results: SearchResult[],
  terms: ResolvedTerm[],
  answerType: AnswerType,
  docOf: (id: number) => SentenceDoc | undefined,
): RankedSentence[] {
  const total = terms.reduce((sum, t) => sum + t.idf, 0);
  const topBm25 = results[0]?.score ?? 1;
  const ranked: RankedSentence[] = [];
  for (const r of results) {
    const doc = docOf(Number(r.id));
    if (!doc || total === 0) continue;
    const matchedStems = new Set<string>();
    let covered = 0;
    for (const term of terms) {
      let best = 0;
      for (const m of term.matches) {
        const fields = (r.match[m.stem] ?? []) as SearchField[];
        const fieldWeight = Math.max(0, ...fields.map((f) => FIELD_WEIGHT[f]));
        if (fields.includes('text')) matchedStems.add(m.stem);
        best = Math.max(best, m.weight * fieldWeight);
      }
      covered += term.idf * best;
    }
    const coverage = covered / total;
    const typeMatch = hasAnswerType(doc, answerType);
    const score =
      coverage * (typeMatch ? 1 : TYPE_MISMATCH_FACTOR) + BM25_SHARE * (r.score / Math.max(topBm25, 1e-9));
    ranked.push({ doc, coverage, typeMatch, score, matchedStems });
  }
  return ranked.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
}

const MONTH_OR_DAY =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|year|month|week|day|decade|century|earlier|later|ago|since|until)$/;

/** Cheap, general checks on the sentence's tokens; no list of this story's words. */
export function hasAnswerType(doc: SentenceDoc, answerType: AnswerType): boolean {
  switch (answerType) {
    case null:
      return true;
    case 'number':
      return doc.tokens.some((t) => t.isNumber) || NUMBER_WORD.test(doc.text);
    case 'date':
      return doc.tokens.some((t) => isYear(t) || MONTH_OR_DAY.test(t.folded));
    case 'speech':
      return doc.speaker !== undefined || SPEECH_CUE.test(doc.text);
    case 'person':
      return doc.speaker !== undefined || hasNameInside(doc);
    case 'place':
      return hasNameInside(doc);
  }
}

// Reported speech: quotation marks or a verb of saying.
const SPEECH_CUE =
  /["“”]|\b(?:said|says|told|stressed|added|declared|warned|noted|insisted|argued|explained|announced|according to)\b/i;

const NUMBER_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|third|quarter)\b/i;

function isYear(t: Token): boolean {
  return t.isNumber && /^(1[89]|20)\d\d$/.test(t.folded);
}

/** A capitalised word that is not the sentence's first: a name of a person, place or body. */
function hasNameInside(doc: SentenceDoc): boolean {
  return doc.tokens.some((t) => t.capitalised && t.start > 0);
}
