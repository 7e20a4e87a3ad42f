import type { Article } from '../article/types.js';
import type { SentenceFeatures } from './answerTypes.js';
import { IndexedSentence, type StoryContext } from './indexedSentence.js';
import { addPosting, meanWith, meanWithout, postingCount, scorePostings, withoutDocs } from './postings.js';
import { ScoreBoard } from './scoreBoard.js';
import type { SentenceFit } from './sentenceFit.js';
import { speaksOfPlaceUnnamed } from './storyPlace.js';
import { contentTokens, indexTokens, type Token, termsOf, tokenize } from './text.js';
import { Vocabulary } from './vocabulary.js';

/** One indexed sentence, with the words around it that help a reader (and the ranker) understand it. */
export interface SentenceDoc {
  id: number;
  articleId: string;
  paragraph: number;
  sentence: number;
  text: string;
  speaker?: string;
  /** What kind of answers the sentence holds (see `answerTypes.ts`), read once, when first asked. */
  readonly holds: SentenceFeatures;
  /** What its numbers count and the names it gives (see `answerFit.ts`), read once, when first asked. */
  readonly fit: SentenceFit;
  /** Index terms of the sentence and of its speaker, space-separated and space-padded (` troop recruit `). */
  terms: string;
  speakerTerms: string;
  /**
   * The section heading's terms, shared by the section's sentences; the lede's also hold the headline's, which it
   * restates in other words (_to charge entry fee_: "will have to pay 12 euros a day to enter").
   */
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

// A sentence opening with the measure, motion or plan the story is about, which its headline names: "The measure passed
// by 19 votes to 12" after "Lissara approves tourist tax".
const THE_MEASURE =
  /^(?:The|This|That)\s+(?:measure|motion|proposal|plan|decision|bill|law|ban|scheme|vote)\b/;

/** How much a word found in each field counts towards answering: the sentence itself over its surroundings. */
export const FIELD_WEIGHT: Record<SearchField, number> = { text: 1, speaker: 0.9, context: 0.4 };

/**
 * The inverted index over every sentence of every story (BM25), plus the vocabulary used to resolve question words.
 * Stories are added and removed live; ids are never reused.
 *
 * It scores exactly as MiniSearch did here (fields `text` and `speaker` boosted 1 and 0.9, question stems OR-ed, each
 * score times the number of stems matched, ties in first-match order), so answers are unchanged; but postings are
 * flat arrays of (sentence, frequency) instead of a Map per word and field, and scores add up in typed arrays
 * instead of a result object per matching sentence. At 1,000 stories (27,946 sentences) the index and its sentences
 * hold 30 MB of heap instead of 58 MB (plus 11 MB of vocabulary), and a question takes 0.5 ms instead of 2.8 ms
 * (p50; p99 4 ms instead of 20 ms).
 */
export class SentenceIndex {
  /** Each story's headline terms (space-padded): what all its sentences are about. */
  private readonly headlines = new Map<string, string>();
  /** The dateline place terms (space-padded) of each story whose headline speaks of its place without naming it. */
  private readonly datelines = new Map<string, string>();
  /** Per story, the stems of the country its dateline gives after the town ("KAMITSURUGI, Japan"). */
  private readonly datelineCountries = new Map<string, string>();
  /** Each stem of the headlines, with the stories whose headline has it (one entry for a word many headlines share). */
  private readonly headlineStories = new Map<string, Set<string>>();
  /** Each story's speakers, by their surname's stem: the terms of their name and role (space-padded). */
  private readonly speakerRoles = new Map<string, Map<string, string>>();
  readonly vocabulary = new Vocabulary((stems, inStory) => this.hasPhrase(stems, inStory));
  private readonly docs: (SentenceDoc | undefined)[] = [];
  private readonly byArticle = new Map<string, number[]>();
  /** The indexed fields, in the order their scores add up. Context is not indexed: see `fieldsWith`. */
  private readonly textField = new FieldIndex('text');
  private readonly speakerField = new FieldIndex('speaker');
  private readonly fields: FieldIndex[] = [this.textField, this.speakerField];
  private docCount = 0;
  private readonly scores = new ScoreBoard();

  addArticle(article: Article): void {
    this.removeArticle(article.id);
    const ids: number[] = [];
    const sentenceCount = article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const firstId = this.docs.length;
    const sectionTerms = new Map<string, string>();
    const headline = contentTokens(article.headline);
    const headlineTerms = stems(headline);
    this.headlines.set(article.id, headlineTerms);
    if (speaksOfPlaceUnnamed(article.headline))
      this.datelines.set(article.id, stems(contentTokens(article.dateline)));
    const country = /,([^,]+)$/.exec(article.dateline)?.[1];
    if (country) this.datelineCountries.set(article.id, stems(contentTokens(country)));
    for (const term of headline.flatMap(termsOf)) {
      const stories = this.headlineStories.get(term) ?? new Set<string>();
      this.headlineStories.set(term, stories.add(article.id));
    }
    const story: StoryContext = {
      year: article.published ? Number(article.published.slice(0, 4)) : undefined,
      people: new Set(
        article.quotes.flatMap((q) => (q.speaker ? tokenize(q.speaker).map((t) => t.folded) : [])),
      ),
    };
    for (const p of article.paragraphs) {
      let section = sectionTerms.get(p.section);
      if (section === undefined) {
        section = stems(contentTokens(p.section));
        sectionTerms.set(p.section, section);
      }
      p.sentences.forEach((s, i) => {
        const tokens = indexTokens(tokenize(s.text), s.text);
        const id = this.docs.length;
        const neighbours = [id - 1, ...(i + 1 < p.sentences.length ? [id + 1] : [])].filter(
          (n) => n >= firstId && n < firstId + sentenceCount,
        );
        const doc = new IndexedSentence(
          id,
          article.id,
          p.n,
          s.index,
          s.text,
          s.speaker,
          stems(tokens),
          // Who speaks, by name and by role: "what did the chief operating officer say" finds Rafael Idrissi's quotes.
          s.speaker ? stems(contentTokens(`${s.speaker} ${s.speakerRole ?? ''}`)) : '',
          p === article.paragraphs[0] && i === 0 ? `${section}${headlineTerms}` : section,
          neighbours,
          story,
        );
        this.docs.push(doc);
        this.index(doc);
        this.vocabulary.add(article.id, tokens);
        ids.push(id);
      });
    }
    this.byArticle.set(article.id, ids);
    this.speakerRoles.set(article.id, speakerRolesOf(ids.flatMap((id) => this.docs[id] ?? [])));
  }

  removeArticle(articleId: string): void {
    const docs = (this.byArticle.get(articleId) ?? []).flatMap((id) => this.docs[id] ?? []);
    for (const field of this.fields) field.remove(docs, this.docCount);
    for (const doc of docs) {
      this.docCount--;
      // What `addArticle` counted, no more and no less: the hyphen-joined words too.
      this.vocabulary.remove(articleId, indexTokens(tokenize(doc.text), doc.text));
      this.docs[doc.id] = undefined;
    }
    this.byArticle.delete(articleId);
    for (const stemmed of this.headlines.get(articleId)?.split(' ') ?? []) {
      const stories = this.headlineStories.get(stemmed);
      if (stories?.delete(articleId) && stories.size === 0) this.headlineStories.delete(stemmed);
    }
    this.headlines.delete(articleId);
    this.datelines.delete(articleId);
    this.datelineCountries.delete(articleId);
    this.speakerRoles.delete(articleId);
  }

  /** Whether the headline of a story `inStory` accepts has a stem `matches` accepts. */
  headlinesHold(matches: (stemmed: string) => boolean, inStory: (articleId: string) => boolean): boolean {
    for (const [stemmed, stories] of this.headlineStories) {
      if (matches(stemmed) && [...stories].some(inStory)) return true;
    }
    return false;
  }

  /** The ledes (`limit` at most) of the stories `inStory` accepts whose headline has a stem their lede lacks. */
  ledesHeadlined(
    stems: Iterable<string>,
    inStory: (articleId: string) => boolean,
    limit: number,
  ): SentenceDoc[] {
    const ledes = new Map<string, SentenceDoc>();
    for (const stemmed of stems) {
      for (const story of this.headlineStories.get(stemmed) ?? []) {
        const lede = this.docs[this.byArticle.get(story)?.[0] ?? -1];
        if (lede && inStory(story) && !lede.terms.includes(` ${stemmed} `)) ledes.set(story, lede);
        if (ledes.size >= limit) return [...ledes.values()];
      }
    }
    return [...ledes.values()];
  }

  /** Whether the headline of the sentence's story has the stem: its subject, which every sentence of it is about. */
  headlineHas(doc: SentenceDoc, stemmed: string): boolean {
    return this.headlines.get(doc.articleId)?.includes(` ${stemmed} `) === true;
  }

  /** Whether the stem names the place the sentence's story is about: in its headline, or its dateline's (see `speaksOfPlaceUnnamed`). */
  storyPlaceHas(doc: SentenceDoc, stemmed: string): boolean {
    return (
      this.headlineHas(doc, stemmed) || this.datelines.get(doc.articleId)?.includes(` ${stemmed} `) === true
    );
  }

  /** Whether the stem names the country of the sentence's story's dateline. */
  datelineCountryHas(doc: SentenceDoc, stemmed: string): boolean {
    return this.datelineCountries.get(doc.articleId)?.includes(` ${stemmed} `) === true;
  }

  doc(id: number): SentenceDoc | undefined {
    return this.docs[id];
  }

  /**
   * BM25 candidates for weighted stems, best first, restricted to the given articles; the best `limit` of them when
   * given, picked without sorting them all (at 1,000 stories a common word scores thousands of sentences).
   */
  candidates(
    weights: ReadonlyMap<string, number>,
    allowed: (articleId: string) => boolean,
    limit?: number,
  ): Candidate[] {
    if (weights.size === 0) return [];
    const terms = [...weights.keys()].join(' ').split(' ').filter(Boolean);
    const distinct = [...new Set(terms)];
    const board = this.scores;
    board.begin(this.docs.length);
    for (const term of terms) {
      const boost = weights.get(term) ?? 1;
      board.beginTerm();
      for (const field of this.fields) {
        field.score(term, boost * FIELD_WEIGHT[field.name], this.docCount, board);
      }
      board.endTerm(distinct.indexOf(term));
    }
    const byArticle = new Map<string, boolean>();
    const ok = (id: number): boolean => {
      const articleId = this.docs[id]?.articleId ?? '';
      let yes = byArticle.get(articleId);
      if (yes === undefined) {
        yes = allowed(articleId);
        byArticle.set(articleId, yes);
      }
      return yes;
    };
    if (limit !== undefined) return board.best(limit, ok).map((id) => ({ id, score: board.scoreOf(id) }));
    return board.ranked(ok).map(([id, score]) => ({ id, score }));
  }

  /**
   * Sentences whose words hold every name given (each as the index terms it may be found by), besides those
   * `picked`, in stories `allowed`: up to `limit`, those holding most of the weighted stems first, with no BM25 score
   * of their own. Read from the postings of the name the fewest sentences hold; when even those are more than
   * `scanLimit`, the names are everywhere and pick nothing (at 1,000 stories, "NATO" and "Kyiv" are in thousands).
   */
  namingEvery(
    weights: ReadonlyMap<string, number>,
    names: readonly (readonly string[])[],
    allowed: (articleId: string) => boolean,
    picked: readonly Candidate[],
    { limit, scanLimit }: { limit: number; scanLimit: number },
  ): Candidate[] {
    return this.holdingEvery(this.textField, names, allowed, picked, scanLimit)
      .map((doc) => {
        let held = 0;
        for (const [stem, weight] of weights) if (this.textField.holds(doc, stem)) held += weight;
        return { id: doc.id, held };
      })
      .sort((a, b) => b.held - a.held || a.id - b.id)
      .slice(0, limit)
      .map(({ id }) => ({ id, score: 0 }));
  }

  /**
   * The quotes whose speaker every group of stems names (by name or role), other than `picked`: up to `limit`, in
   * reading order.
   */
  quotesBy(
    names: readonly (readonly string[])[],
    allowed: (articleId: string) => boolean,
    picked: readonly Candidate[],
    limit: number,
  ): Candidate[] {
    return this.holdingEvery(this.speakerField, names, allowed, picked)
      .filter((doc) => doc.holds.quote === true)
      .map((doc) => doc.id)
      .sort((a, b) => a - b)
      .slice(0, limit)
      .map((id) => ({ id, score: 0 }));
  }

  /**
   * The sentences, besides those `picked`, in stories `allowed`, whose `field` holds every group of stems (any stem of
   * each): read from the postings of the group the fewest sentences hold, unless even those are more than `scanLimit`.
   */
  private holdingEvery(
    field: FieldIndex,
    names: readonly (readonly string[])[],
    allowed: (articleId: string) => boolean,
    picked: readonly Candidate[],
    scanLimit = Number.POSITIVE_INFINITY,
  ): SentenceDoc[] {
    const holders = names.map((stems) => field.holders(stems));
    const fewest = holders.reduce((a, b) => (b.length < a.length ? b : a), holders[0] ?? []);
    if (fewest.length > scanLimit) return [];
    const seen = new Set(picked.map((c) => c.id));
    const found: SentenceDoc[] = [];
    for (const id of new Set(fewest)) {
      const doc = this.docs[id];
      if (!doc || seen.has(id) || !allowed(doc.articleId)) continue;
      if (names.every((stems) => stems.some((stem) => field.holds(doc, stem)))) found.push(doc);
    }
    return found;
  }

  /** Whether a sentence of a story `inStory` accepts writes the stems one after the other ("dock worker"). */
  hasPhrase(stems: string, inStory: (articleId: string) => boolean): boolean {
    const needle = ` ${stems} `;
    return this.textField.some(stems.split(' ')[0] ?? '', (id) => {
      const doc = this.docs[id];
      return doc?.terms.includes(needle) === true && inStory(doc.articleId);
    });
  }

  /** The sentence before this one in its story, if any (its first neighbour, when that comes before it). */
  sentenceBefore(doc: SentenceDoc): SentenceDoc | undefined {
    const before = doc.id - 1;
    return doc.neighbours.includes(before) ? this.docs[before] : undefined;
  }

  /** The sentences of the paragraph before this sentence's, in its story. */
  paragraphBefore(doc: SentenceDoc): SentenceDoc[] {
    const found: SentenceDoc[] = [];
    for (let id = doc.id - 1; id >= 0; id--) {
      const other = this.docs[id];
      if (!other || other.articleId !== doc.articleId || other.paragraph < doc.paragraph - 1) break;
      if (other.paragraph === doc.paragraph - 1) found.push(other);
    }
    return found;
  }

  /**
   * Whether the sentence names, by surname, someone its story quotes with the stem in their name or role: "Meneghetti
   * said the group had collected 41,000 signatures" names Lupo Vivo, whose president he is.
   */
  namesSpeakerWith(doc: SentenceDoc, stemmed: string): boolean {
    for (const [surname, terms] of this.speakerRoles.get(doc.articleId) ?? []) {
      if (terms.includes(` ${stemmed} `) && doc.terms.includes(` ${surname} `)) return true;
    }
    return false;
  }

  /**
   * The surname (stem) of the one person a story quotes with all these stems in their role ("the mayor":
   * _Carvalhal_); none when no one or several are.
   */
  holderOf(articleId: string, roleStems: readonly string[]): string | undefined {
    const holders = [...(this.speakerRoles.get(articleId) ?? [])].filter(([, terms]) =>
      roleStems.every((s) => terms.includes(` ${s} `)),
    );
    const holder = holders.length === 1 ? holders[0]?.[0] : undefined;
    // Words of the person's own name ask for that person, as named: no role stands between.
    return holder !== undefined && !roleStems.includes(holder) ? holder : undefined;
  }

  /** The sentences of the allowed stories that name, by surname, the one person quoted with these stems in their role. */
  namingHolderOf(roleStems: readonly string[], allowed: (articleId: string) => boolean): Candidate[] {
    const found: Candidate[] = [];
    for (const [articleId, ids] of this.byArticle) {
      if (!allowed(articleId)) continue;
      const holder = this.holderOf(articleId, roleStems);
      if (holder === undefined) continue;
      for (const id of ids) if (this.docs[id]?.terms.includes(` ${holder} `)) found.push({ id, score: 0 });
    }
    return found;
  }

  /**
   * The quote a sentence is part of, at most `most` sentences in reading order: a quoted sentence and the sentences
   * next to it in its paragraph that quote the same speaker (a quote carried on past its attribution: _"Banks were told
   * digital is cheaper," Raman said. "What nobody told them is that when digital fails, it fails for everyone at
   * once."_); a sentence reporting someone's words and the quote of theirs that follows it.
   */
  quoteAround(doc: SentenceDoc, most: number): SentenceDoc[] {
    if (doc.speaker === undefined) {
      // Words reported of someone, then their quote: _Hjalmar Nyberg, a nurse, said he would likely buy a monthly
      // pass. "It's still cheaper than parking."_ (+3 who-said, nothing lost).
      const next = this.docs[doc.id + 1];
      const surname = next?.speaker?.split(' ').at(-1);
      const quoteFollows =
        next?.articleId === doc.articleId &&
        next.paragraph === doc.paragraph &&
        surname !== undefined &&
        doc.text.includes(surname);
      return quoteFollows ? [doc, ...this.quoteAround(next, most - 1)] : [doc];
    }
    const sameQuote = (id: number) => {
      const other = this.docs[id];
      return other?.articleId === doc.articleId &&
        other.paragraph === doc.paragraph &&
        other.speaker !== undefined &&
        other.speaker === doc.speaker
        ? other
        : undefined;
    };
    const quote = [doc];
    for (let id = doc.id - 1, other = sameQuote(id); other && quote.length < most; other = sameQuote(--id))
      quote.unshift(other);
    for (let id = doc.id + 1, other = sameQuote(id); other && quote.length < most; other = sameQuote(++id))
      quote.push(other);
    return quote;
  }

  /** The other sentences its story quotes from the same speaker. */
  quotedAlike(doc: SentenceDoc): SentenceDoc[] {
    if (doc.speaker === undefined) return [];
    return (this.byArticle.get(doc.articleId) ?? []).flatMap((id) => {
      const other = this.docs[id];
      return other && other !== doc && other.speaker === doc.speaker ? [other] : [];
    });
  }

  /** The fields of the sentence in which a stem occurs. */
  fieldsWith(doc: SentenceDoc, stemmed: string): SearchField[] {
    const needle = ` ${stemmed} `;
    const fields: SearchField[] = [];
    if (doc.terms.includes(needle)) fields.push('text');
    if (doc.speakerTerms.includes(needle)) fields.push('speaker');
    if (
      doc.sectionTerms.includes(needle) ||
      doc.neighbours.some((n) => this.docs[n]?.terms.includes(needle)) ||
      (THE_MEASURE.test(doc.text) && this.headlineHas(doc, stemmed))
    ) {
      fields.push('context');
    }
    return fields;
  }

  /** The sentences of a story that `gives` accepts. */
  sentencesOf(articleId: string, gives: (doc: SentenceDoc) => boolean): SentenceDoc[] {
    return (this.byArticle.get(articleId) ?? []).flatMap((id) => {
      const doc = this.docs[id];
      return doc && gives(doc) ? [doc] : [];
    });
  }

  private index(doc: SentenceDoc): void {
    for (const field of this.fields) field.add(doc, this.docCount);
    this.docCount++;
  }
}

/** One indexed field: index term -> postings (see `addPosting`), and field lengths. */
class FieldIndex {
  private readonly postings = new Map<string, number[]>();
  /** Distinct terms per sentence id, and their running mean over the indexed sentences. */
  private readonly lengths: number[] = [];
  private average = 0;

  constructor(readonly name: 'text' | 'speaker') {}

  add(doc: SentenceDoc, count: number): void {
    const terms = this.termsOf(doc);
    const length = new Set(terms).size;
    this.lengths[doc.id] = length;
    this.average = meanWith(this.average, count, length);
    for (const term of terms) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
      }
      addPosting(list, doc.id);
    }
  }

  /** Removes these documents, `count` being the number indexed before. */
  remove(docs: readonly SentenceDoc[], count: number): void {
    const terms = new Set<string>();
    docs.forEach((doc, i) => {
      for (const term of this.termsOf(doc)) terms.add(term);
      this.average = meanWithout(this.average, count - i, this.lengths[doc.id] ?? 0);
    });
    const removed = new Set(docs.map((d) => d.id));
    for (const term of terms) {
      const kept = withoutDocs(this.postings.get(term) ?? [], removed);
      if (postingCount(kept) === 0) this.postings.delete(term);
      else this.postings.set(term, kept);
    }
  }

  /** Adds the term's weighted BM25 score in this field to every sentence holding it. */
  score(term: string, weight: number, count: number, board: ScoreBoard): void {
    const list = this.postings.get(term);
    if (list) scorePostings(list, weight, count, this.lengths, this.average, board);
  }

  /** The ids of the sentences holding any of the terms (one id per posting: a sentence may come twice). */
  holders(terms: readonly string[]): number[] {
    const ids: number[] = [];
    for (const term of terms) {
      const list = this.postings.get(term) ?? [];
      for (let i = 1; i < list.length; i++) if ((list[i] as number) >= 0) ids.push(list[i] as number);
    }
    return ids;
  }

  /** Whether a sentence holding the term passes the test. */
  some(term: string, test: (id: number) => boolean): boolean {
    const list = this.postings.get(term) ?? [];
    // Ids are positive, term frequencies negative (see `addPosting`).
    for (let i = 1; i < list.length; i++)
      if ((list[i] as number) >= 0 && test(list[i] as number)) return true;
    return false;
  }

  /** Whether the sentence's terms in this field include the stem. */
  holds(doc: SentenceDoc, stem: string): boolean {
    return this.spaced(doc).includes(` ${stem} `);
  }

  private termsOf(doc: SentenceDoc): string[] {
    return this.spaced(doc).split(' ').filter(Boolean);
  }

  /** The sentence's terms in this field, space-padded. */
  private spaced(doc: SentenceDoc): string {
    return this.name === 'text' ? doc.terms : doc.speakerTerms;
  }
}

function stems(tokens: Token[]): string {
  return tokens.length === 0 ? '' : ` ${tokens.flatMap(termsOf).join(' ')} `;
}

/** The story's speakers by their surname's stem, each with the terms of all their quotes' names and roles. */
function speakerRolesOf(docs: readonly SentenceDoc[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const doc of docs) {
    const last = doc.speaker ? tokenize(doc.speaker).at(-1) : undefined;
    const surname = last && termsOf(last)[0];
    if (!surname || roles.get(surname)?.includes(doc.speakerTerms)) continue;
    roles.set(surname, `${roles.get(surname) ?? ''}${doc.speakerTerms}`);
  }
  return roles;
}
