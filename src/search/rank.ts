import { isMostlyNoun } from '../lexicon/wordKinds.js';
import {
  agedOneNamed,
  givesCause,
  givesFrequency,
  givesLength,
  holdsAnswerType,
  placesInTime,
} from './answerTypes.js';
import { commonestFormZipf, RARE_WORD_ZIPF } from './english.js';
import type { AnswerType } from './query.js';
import { type Candidate, FIELD_WEIGHT, type SearchField, type SentenceDoc } from './sentenceIndex.js';
import { SYNONYM_WEIGHT } from './synonyms.js';
import { isDesignation } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

export interface RankedSentence {
  doc: SentenceDoc;
  /** Share of the question's weight (idf) that this sentence and its context cover, 0..1. */
  coverage: number;
  /** Whether the sentence holds the kind of answer asked for (a number for "how many", …). */
  typeMatch: boolean;
  score: number;
  /**
   * The score counting only sure matches (not a broader or narrower WordNet word): what decides whether the
   * article covers the question at all.
   */
  proven: number;
  /**
   * The share of the question's words other than names that the sentence surely covers (1 when the question is only
   * names): naming who or what is asked about is not answering what is asked about them.
   */
  content: number;
  /** Index stems of the question found in the sentence itself (for highlighting). */
  matchedStems: Set<string>;
}

/**
 * What a question word is within a story: a name the question is asked about; a word the story writes only inside a
 * longer name, found alone in the question ("taken with food" and the Food and Drug Administration), which ranks but
 * proves nothing; content, what is asked about the names; or a word the kind of answer says already (the "pay" of
 * "how much did they pay for Aagaard": a sum; the "rise" of "how much did the shares rise": a change up, which the
 * sentence must say), content where a sentence has it and not missed where it does not.
 */
export type TermRole = 'name' | 'loose' | 'content' | 'kind';

// A sentence without the kind of answer asked for is kept, but judged lower, and ranked lower still: of two that
// cover the question about as well, the one with a date comes first for "when" (+2 hit@1, nothing lost, for any factor
// from 0.5 to 0.7).
const TYPE_MISMATCH_FACTOR = 0.8;
const RANK_MISMATCH_FACTOR = 0.6;
// Answers that only a sentence holding that kind of answer can prove (see `holdsAnswerType`).
const NEEDS_ITS_KIND = new Set<AnswerType>(['number', 'money', 'measure', 'level', 'age', 'speech', 'score']);
// A question about the story's own events ranks a background event lower: a sentence dated only before the story's
// year, "in" or "since" a year ("In 1987, a landslide in the same valley killed 11 people"), below one of its own
// ("how many people were killed in the landslide": "killing at least nine people"). Measured on 84 stories: +10, nothing
// lost; without "in" or "since" a year, the story's own past ("accepting bribes between 2019 and 2021") lost 2.
const BACKGROUND_FACTOR = 0.9;
// A sentence opening with "that" or "this" and a noun ("That outbreak", "That season,").
const BACK_OPENING = /^\W*(?:that|this)\s+(\p{L}+)/iu;
// BM25 only breaks ties between sentences that cover the question equally.
const BM25_SHARE = 0.05;
// As little, for a quote when words are asked for (see `rankCandidates`).
const QUOTE_SHARE = 0.05;

/**
 * Orders candidate sentences by how much of the question they answer: each question word counts its idf, times how
 * sure its match is (exact or a typo), times where it was found (the sentence itself, the speaker, the context).
 */
export function rankCandidates(
  candidates: Candidate[],
  terms: ResolvedTerm[],
  /** Each term's weight (its idf) within the given story. */
  weightsIn: (storyId: string) => readonly number[],
  /** What each term is in the given story (see `TermRole`). */
  rolesIn: (storyId: string) => readonly TermRole[],
  answerType: AnswerType,
  docOf: (id: number) => SentenceDoc | undefined,
  fieldsOf: (doc: SentenceDoc, stemmed: string) => SearchField[],
  /**
   * Whether the sentence gives what this question asks for in particular (see `answerFit.ts`): one that does not
   * still ranks, but cannot show that the article covers the question.
   */
  fits: (doc: SentenceDoc) => boolean,
  /** Whether the question is about the story's own events (see `BACKGROUND_FACTOR`). */
  aboutNow = false,
  /** The question's numbers in words that a sentence must give, as it must those in figures (see `answer.ts`). */
  countedInWords: ReadonlySet<ResolvedTerm> = new Set(),
  /** Whether the sentence tells of another place than its story's, which the question does not name. */
  elsewhere: (doc: SentenceDoc) => boolean = () => false,
): RankedSentence[] {
  const topBm25 = Math.max(candidates[0]?.score ?? 1, 1e-9);
  // "What did Lekkas say": being the speaker is what is asked, as much as being named in the sentence.
  const fieldWeight = (f: SearchField) => (f === 'speaker' && answerType === 'speech' ? 1 : FIELD_WEIGHT[f]);
  // "What was the vote on the tourist tax": a tally gives it of what the sentences beside it name (_The measure passed
  // by 19 votes to 12_ after the sentence naming the tax).
  const tallyWeight = (f: SearchField) => (f === 'context' ? 1 : FIELD_WEIGHT[f]);
  // A misspelt word (one English does not list, or lists as rare: "clincs", "agianst") proves what the word it
  // misspells would, though it ranks a little lower; an English word read as a typo of a story's word ("barrister" ~
  // barrier) proves only as much as it is sure (+11 −1).
  const misspelt = terms.map((t) => t.via === 'typo' && commonestFormZipf(t.token.folded) < RARE_WORD_ZIPF);
  // "That outbreak spread to more than 2,000 orchards": what a sentence opening "that" or "this" and a noun speaks of,
  // the sentence before tells ("… memories of November 2010, when Psa was first detected"), with its numbers.
  const sentenceBefore = (doc: SentenceDoc) => {
    const before = docOf(doc.id - 1);
    return before?.articleId === doc.articleId ? before : undefined;
  };
  const saidBefore = (doc: SentenceDoc, stemmed: string) => {
    const noun = BACK_OPENING.exec(doc.text)?.[1];
    if (!noun || !isMostlyNoun(noun.toLowerCase())) return false;
    return sentenceBefore(doc)?.terms.includes(` ${stemmed} `) === true;
  };
  const ranked: RankedSentence[] = [];
  for (const candidate of candidates) {
    const doc = docOf(candidate.id);
    if (!doc) continue;
    // "How old is Elias Maruit": a sentence giving the age of someone the sentence before names has their names.
    const agedNames = answerType === 'age' ? agedOneNamed(doc.text, sentenceBefore(doc)?.text) : undefined;
    const weights = weightsIn(doc.articleId);
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total === 0) continue;
    const roles = rolesIn(doc.articleId);
    const contentTotal = weights.reduce((sum, w, i) => (roles[i] === 'name' ? sum : sum + w), 0);
    const matchedStems = new Set<string>();
    // The weight of words of the answer's kind this sentence lacks, which it is not asked to cover.
    let unsaid = 0;
    let covered = 0;
    let provenCovered = 0;
    let contentCovered = 0;
    // A number the question gives ("type 1 diabetes", "in 2019", "with three axles"), or a designation ("HELIX-1"),
    // must be in the sentence itself for it to prove anything: "type 2 diabetes" is another matter.
    let lacksNumber = false;
    terms.forEach((term, i) => {
      let best = 0;
      let proof = 0;
      let bySpeaker = false;
      if (
        (term.token.isNumber || isDesignation(term.token) || countedInWords.has(term)) &&
        !term.matches.some((m) => fieldsOf(doc, m.stem).includes('text') || saidBefore(doc, m.stem))
      ) {
        lacksNumber = true;
      }
      for (const m of term.matches) {
        const fields = agedNames?.has(m.stem) ? ['text' as const] : fieldsOf(doc, m.stem);
        // A compound's words are highlighted each ("dock worker").
        if (fields.includes('text')) for (const stem of m.stem.split(' ')) matchedStems.add(stem);
        const where = Math.max(
          0,
          ...fields.map(answerType === 'score' && doc.holds.score ? tallyWeight : fieldWeight),
        );
        if (answerType === 'speech' && fields.includes('speaker')) bySpeaker = true;
        best = Math.max(best, m.weight * where);
        proof = Math.max(proof, (misspelt[i] ? 1 : m.weight) * where);
      }
      if (best === 0 && roles[i] === 'kind') unsaid += weights[i] ?? 0;
      covered += (weights[i] ?? 0) * best;
      // "What did the cacique say": a word of a longer name proves who speaks when it is the speaker's (_Cacique
      // Aritana Mbore_).
      if (isSure(term) && (roles[i] !== 'loose' || bySpeaker)) {
        provenCovered += (weights[i] ?? 0) * proof;
        if (roles[i] !== 'name') contentCovered += (weights[i] ?? 0) * proof;
      }
    });
    const asked = total - unsaid;
    // (Not quite 0 when only unsaid words were content: floating point.)
    const content = contentTotal - unsaid < 1e-9 ? 1 : contentCovered / (contentTotal - unsaid);
    const coverage = asked > 0 ? covered / asked : 0;
    const fitting = fits(doc);
    const typeMatch = fitting && holdsAnswerType(doc.holds, answerType);
    const typeFactor = typeMatch ? 1 : TYPE_MISMATCH_FACTOR;
    const bm25 = BM25_SHARE * (candidate.score / topBm25);
    // "What did X say": X's own words, quoted, before the sentence that reports them ("X said that …"), when both
    // cover the question alike.
    const quoted = answerType === 'speech' && doc.holds.quote ? QUOTE_SHARE : 0;
    const background = aboutNow && (doc.holds.background || elsewhere(doc)) ? BACKGROUND_FACTOR : 1;
    const score = (coverage * (typeMatch ? 1 : RANK_MISMATCH_FACTOR) + bm25 + quoted) * background;
    // "How many / how much" is not answered by a sentence without a number ("how much does it cost to fill a
    // pool" by "filling pools will be banned"), nor "how much did it cost" by one without a sum of money, nor "what
    // did Brenninger say" by one that reports no words ("sacked head coach Matthias Brenninger"): it ranks, but
    // proves nothing.
    // "How long" is often answered by when something ends ("until at least Nov. 30"), not a duration; still, a
    // sentence with neither a length, a duration nor a span bounded by a time cannot answer it ("how long has Vodnik
    // been president": not _elected in 2019_; +27 −4, 23 unanswerable declined, see `givesLength`). Nor is
    // "why" answered by a sentence without a word of causing, nor "what time" by one without a time of day: a day
    // alone does not say it ("what time did police arrive": _deployed near the campus on Wednesday_; +5 declined, −1:
    // a race's winning time).
    const lacksKind = NEEDS_ITS_KIND.has(answerType)
      ? !typeMatch
      : (answerType === 'length' && !givesLength(doc.holds, doc.text)) ||
        (answerType === 'time' && !doc.holds.time) ||
        (answerType === 'future' && !placesInTime(doc.holds, doc.text)) ||
        (answerType === 'cause' && !givesCause(doc.text)) ||
        (answerType === 'frequency' && !givesFrequency(doc.text));
    const proven =
      fitting && !lacksNumber && !lacksKind ? (asked > 0 ? provenCovered / asked : 0) * typeFactor + bm25 : 0;
    ranked.push({ doc, coverage, typeMatch, score, proven, content, matchedStems });
  }
  return ranked.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
}

/** A match that shows the sentence speaks of the question's word: not only a broader or narrower WordNet word. */
export function isSure(term: ResolvedTerm): boolean {
  return term.via !== 'wordnet' || (term.matches[0]?.weight ?? 0) >= SYNONYM_WEIGHT;
}
