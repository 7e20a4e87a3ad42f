import { distance } from 'fastest-levenshtein';
import { isMostlyNoun } from '../lexicon/wordKinds.js';
import { acronymsOf } from './acronyms.js';
import { compoundParts, likelySpelling } from './english.js';
import { bump, type FuzzyMatch, Spellings } from './spellings.js';
import { bumpIn, countSentence, newStoryStats, type StoryStats } from './storyStats.js';
import { relativesOf, SYNONYM_WEIGHT } from './synonyms.js';
import { isDesignation, isStopWord, stem, type Token, termsOf } from './text.js';

/** A question word mapped onto the stories' own words: exactly, or through a variant, a relative or an acronym. */
export interface ResolvedTerm {
  token: Token;
  /** Index stems this term matches, surest first (1 = exact). Empty when no story has the word. */
  matches: FuzzyMatch[];
  /**
   * How the matches were found: the word itself, the name an acronym stands for ("EU" ~ European Union), a typo, a word of its family ("monthly" ~ month), or a word
   * WordNet relates to it ("soldiers" ~ troops); `none` when nothing matched.
   */
  via: 'exact' | 'acronym' | 'typo' | 'family' | 'wordnet' | 'none';
}

/** What the allowed stories say about a stem: whether one holds it, and the share of their sentences that do. */
export interface StoryWords {
  has: (stemmed: string) => boolean;
  /** Whether one of the stories writes the stems one after the other ("dock worker"). */
  hasPhrase: (stems: string) => boolean;
  share: (stemmed: string) => number;
}

/** Whether a sentence of a story `inStory` accepts writes the stems one after the other. */
export type PhraseTest = (stems: string, inStory: (storyId: string) => boolean) => boolean;

export interface ResolveOptions {
  /** A name gets only WordNet synonyms, never broader or narrower words. */
  isName?: boolean;
  /** Whether a stem is in the stories the question may be answered from (see `inStories`); default: any story. */
  has?: (stemmed: string) => boolean;
  /** Whether those stories write a phrase (see `StoryWords`); default: any story. */
  hasPhrase?: (stems: string) => boolean;
  /** The question's last word, which may be cut short when sent in a hurry ("market shar"). */
  last?: boolean;
}

// Question words whose variants over all stories are remembered (the memory starts afresh past this).
const REMEMBERED_RESOLUTIONS = 5_000;
// A word is a name in a story when capitalised (not opening a sentence) in at least this share of its sentences.
const NAME_SHARE = 0.5;
// An acronym stands for its name, but only one of the name's words need be in a sentence to match.
const ACRONYM_WEIGHT = 0.9;
// A part of a closed compound says less than the compound: "rail" is not yet a railway.
const COMPOUND_PART_WEIGHT = 0.5;

/**
 * Document frequencies of stems, over all sentences and within each story, the names acronyms stand for, and the
 * stories' words as written (`Spellings`), to map a question's words onto the stories' own.
 */
export class Vocabulary {
  /** @param phraseIn tells whether the sentences write a phrase: a WordNet synonym may be one ("dock worker"). */
  constructor(private readonly phraseIn: PhraseTest = () => false) {}

  private readonly docFreq = new Map<string, number>();
  private readonly stories = new Map<string, StoryStats>();
  private readonly spellings = new Spellings();
  /** Acronym -> the stems of the names it stands for ("eu" -> "european union"), with how many sentences make it. */
  private readonly acronyms = new Map<string, Map<string, number>>();
  private docs = 0;
  /** Variants of words the stories lack, over all stories (see `resolve`); emptied when a story comes or goes. */
  private readonly resolved = new Map<string, Pick<ResolvedTerm, 'matches' | 'via'>>();
  /** Whether some story writes a stem as a name (a loop over all stories), until a story comes or goes. */
  private readonly namesAnywhere = new Map<string, boolean>();

  add(storyId: string, tokens: readonly Token[]): void {
    this.update(storyId, tokens, 1);
  }

  remove(storyId: string, tokens: readonly Token[]): void {
    this.update(storyId, tokens, -1);
  }

  /** Share of sentences containing the stem, 0..1. */
  share(stemmed: string): number {
    return this.docs === 0 ? 0 : (this.docFreq.get(stemmed) ?? 0) / this.docs;
  }

  /** Share of one story's sentences holding the stem, 0..1. */
  shareIn(storyId: string, stemmed: string): number {
    const stats = this.stories.get(storyId);
    return stats?.sentences ? (stats.docFreq.get(stemmed) ?? 0) / stats.sentences : 0;
  }

  /**
   * BM25's idf within one story: rare words weigh more than common ones, a word the story lacks weighs most. Within
   * the story, so that its answers do not change when other stories (another server's, say) are added.
   */
  idf(storyId: string, stemmed: string): number {
    const stats = this.stories.get(storyId);
    const n = stats?.sentences ?? 0;
    const df = stats?.docFreq.get(stemmed) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Whether some story writes the stem as a name (see `isName`); remembered until a story comes or goes. */
  isNameAnywhere(stemmed: string): boolean {
    let known = this.namesAnywhere.get(stemmed);
    if (known === undefined) {
      known = false;
      for (const id of this.stories.keys()) {
        if (this.isName(id, stemmed)) {
          known = true;
          break;
        }
      }
      if (this.namesAnywhere.size >= REMEMBERED_RESOLUTIONS) this.namesAnywhere.clear();
      this.namesAnywhere.set(stemmed, known);
    }
    return known;
  }

  /** Whether the story writes the stem as a name: capitalised inside most sentences that have it ("Kohler", "Turin"). */
  isName(storyId: string, stemmed: string): boolean {
    return this.writtenAsName(storyId, stemmed, false);
  }

  /**
   * Whether the story writes the stem as a name in most sentences that have it past their first word, which tells
   * nothing: a surname that mostly opens its sentences (_Hendriksen, 58, said …_, _Hendriksen said …_) is one.
   */
  isNameWhereTold(storyId: string, stemmed: string): boolean {
    return this.writtenAsName(storyId, stemmed, true);
  }

  /** Capitalised past their first word in at least `NAME_SHARE` of the sentences that have it (or that it does not open). */
  private writtenAsName(storyId: string, stemmed: string, notOpening: boolean): boolean {
    const story = this.stories.get(storyId);
    const capitalised = story?.capitalised.get(stemmed) ?? 0;
    const opening = notOpening ? (story?.opening.get(stemmed) ?? 0) : 0;
    return capitalised > 0 && capitalised >= NAME_SHARE * ((story?.docFreq.get(stemmed) ?? 0) - opening);
  }

  /**
   * When the story writes the stem only inside longer names and never as their last word ("food" only in "Food and
   * Drug Administration"), the other words of those names; undefined otherwise. Such a word found alone in a question
   * is another matter than the name.
   */
  onlyInsideNames(storyId: string, stemmed: string): ReadonlySet<string> | undefined {
    const story = this.stories.get(storyId);
    const inside = story?.insideNames.get(stemmed) ?? 0;
    if (inside === 0 || inside < (story?.docFreq.get(stemmed) ?? 0)) return undefined;
    return new Set(story?.nameMates.get(stemmed)?.keys());
  }

  /** Whether some story writes the stem inside a longer name with the mate ("rui" in _Rui Fontanal_). */
  writesInNameWith(stemmed: string, mate: string): boolean {
    for (const story of this.stories.values()) if (story.nameMates.get(stemmed)?.has(mate)) return true;
    return false;
  }

  /** The first names the story writes before the surname ("emil" for "varholm"): a sentence may name them so. */
  firstNamesOf(storyId: string, stemmed: string): Iterable<string> {
    return this.stories.get(storyId)?.firstNames.get(stemmed)?.keys() ?? [];
  }

  /**
   * A word that matched nothing, right after a word of a longer name, read as the rest of that name when a typo of it
   * (see `Spellings.typoAmong`): "ingrid mass" ~ Ingrid Maas (surnames are often short), "elena feruci" ~ Ferrucci;
   * or right before a surname, as the first name the stories write before it ("gavn roper" ~ Gavin Roper).
   */
  restOfName(
    token: Token,
    mate: ResolvedTerm,
    has: (stemmed: string) => boolean,
    beforeIt = false,
  ): FuzzyMatch[] {
    const mates = new Set<string>();
    for (const story of this.stories.values()) {
      for (const m of mate.matches) {
        const named = (beforeIt ? story.firstNames : story.nameMates).get(m.stem)?.keys() ?? [];
        for (const other of named) if (has(other)) mates.add(other);
      }
    }
    return mates.size === 0 ? [] : this.spellings.typoAmong(token.folded, mates);
  }

  /**
   * Maps a question word onto the words of the stories in scope: its exact stem, else the name it abbreviates, a
   * typo variant, a word that sounds the same (Double Metaphone), a word of its family or its WordNet relatives
   * (only synonyms for a name); none when those stories lack all of them.
   */
  resolve(
    token: Token,
    {
      isName = false,
      has = this.everywhere,
      hasPhrase = this.phraseAnywhere,
      last = false,
    }: ResolveOptions = {},
  ): ResolvedTerm {
    const exact = termsOf(token).find(has);
    if (exact) {
      const slips = isName ? [] : this.spellings.slipsBehindStem(token, exact, has, has === this.everywhere);
      return { token, matches: [{ stem: exact, weight: 1 }, ...slips], via: 'exact' };
    }
    if (token.isNumber) return { token, matches: [], via: 'none' };
    // A designation's variants keep its number (see `sameNumber`).
    const variants = () => sameNumber(token, this.variants(token, isName, has, hasPhrase, last));
    if (has !== this.everywhere) return { token, ...variants() };
    // Over all stories, a word's variants stay the same until a story is added or removed: remembered till then.
    const key = `${token.folded} ${isName} ${last}`; // the stem is the folded word's
    let found = this.resolved.get(key);
    if (!found) {
      found = variants();
      if (this.resolved.size >= REMEMBERED_RESOLUTIONS) this.resolved.clear();
      this.resolved.set(key, found);
    }
    return { token, ...found };
  }

  /** The slow part of `resolve`: a word the stories do not hold as it is. */
  private variants(
    token: Token,
    isName: boolean,
    has: (stemmed: string) => boolean,
    hasPhrase: (stems: string) => boolean,
    last: boolean,
  ): Pick<ResolvedTerm, 'matches' | 'via'> {
    const names = [...(this.acronyms.get(token.folded)?.keys() ?? [])]
      .map((name) => name.split(' '))
      .filter((stems) => stems.every(has));
    if (names.length > 0) {
      const stems = new Set(names.flat());
      return { matches: [...stems].map((s) => ({ stem: s, weight: ACRONYM_WEIGHT })), via: 'acronym' };
    }
    const { spellings } = this;
    const slips = spellings.slips(token, has, isName);
    if (slips.length > 0) return { matches: slips, via: 'typo' };
    const family = spellings.family(token.folded, has);
    if (family.length > 0) return { matches: family, via: 'family' };
    const completed = last ? spellings.completions(token.folded, has) : [];
    if (completed.length > 0) return { matches: completed, via: 'family' };
    // A misspelt word no story holds is related as the word it most likely misspells ("sweedish": Swedish ~ Sweden);
    // a name is never read as an English word it resembles, nor is a stop word related ("hapen": happen, not
    // _triggered_; the question is read with it, see `spellStopWords`).
    const held = heldTerm({ has, hasPhrase });
    let related = this.related(token.folded, isName, held);
    const meant = related.length === 0 && !isName ? likelySpelling(token.folded) : '';
    if (meant !== '' && !isStopWord(meant)) related = this.related(meant, isName, held);
    // A closed compound no story writes may be written by its parts ("the glassworks": _the works_; "farmland": _on
    // land leased from dairy farmer …_), when the stories have what it is, its last part: +15 −3 over all questions
    // (lost: "how many lifeboats did the ferry have", answered by _life rafts_ beside boats); with either part, and
    // verbs too, +55 −24, 19 of them unanswerable ("which shipyard built the ferry"). A noun only: a verb so made says
    // how it was done ("airlifted" is not _lifted_ of a glacier, nor of a volcano: +17 −3 with verbs).
    const [first = '', head = ''] = isName ? [] : compoundParts(token.folded).map(stem);
    // (Whether it is a noun asks WordNet, the dearest look-up: last.)
    const parts = has(head) && isMostlyNoun(token.folded) ? [first, head].filter(has) : [];
    if (parts.length > 0) {
      const weights = new Map(related.map((m) => [m.stem, m.weight]));
      for (const s of parts) weights.set(s, Math.max(weights.get(s) ?? 0, COMPOUND_PART_WEIGHT));
      const matches = [...weights].map(([s, weight]) => ({ stem: s, weight }));
      return { matches: matches.sort((a, b) => b.weight - a.weight), via: 'family' };
    }
    return { matches: related, via: related.length > 0 ? 'wordnet' : 'none' };
  }

  /**
   * The vocabulary of the allowed stories: question words are matched against the words of the stories the question
   * may be answered from, and judged rare or common among them, so another server's stories never change a
   * server's answers.
   */
  inStories(allowed: (storyId: string) => boolean): StoryWords {
    const stories = [...this.stories].filter(([id]) => allowed(id)).map(([, story]) => story);
    if (stories.length === this.stories.size) {
      return { has: this.everywhere, hasPhrase: this.phraseAnywhere, share: (s) => this.share(s) };
    }
    const sentences = stories.reduce((n, story) => n + story.sentences, 0);
    const known = new Map<string, boolean>();
    return {
      has: (stemmed) => {
        let found = known.get(stemmed);
        if (found === undefined) {
          found = this.docFreq.has(stemmed) && stories.some((story) => story.docFreq.has(stemmed));
          known.set(stemmed, found);
        }
        return found;
      },
      hasPhrase: (stems) => this.phraseIn(stems, allowed),
      share: (stemmed) =>
        sentences === 0
          ? 0
          : stories.reduce((n, story) => n + (story.docFreq.get(stemmed) ?? 0), 0) / sentences,
    };
  }

  private readonly everywhere = (stemmed: string): boolean => this.docFreq.has(stemmed);
  private readonly phraseAnywhere = (stems: string): boolean => this.phraseIn(stems, () => true);

  /** WordNet's synonyms and near relations of the word that the index holds ("soldiers" ~ troops). */
  private related(
    word: string,
    synonymsOnly: boolean,
    held: (terms: readonly string[]) => string | undefined,
  ): FuzzyMatch[] {
    const byStem = new Map<string, number>();
    const take = (of: string, onlySynonyms: boolean) => {
      for (const { terms, weight } of relativesOf(of, (t) => held(t) !== undefined, {
        synonymsOnly: onlySynonyms,
      })) {
        const found = held(terms);
        if (found) byStem.set(found, Math.max(byStem.get(found) ?? 0, weight));
      }
    };
    take(word, synonymsOnly);
    if (byStem.size === 0) {
      // A spelling of the same word WordNet lists apart ("oversea" of overseas) shares its synonyms.
      for (const variant of relativesOf(word, () => true, { synonymsOnly: true })) {
        if (variant.weight >= SYNONYM_WEIGHT && distance(variant.word, word) <= 1) take(variant.word, true);
      }
    }
    return [...byStem].map(([s, weight]) => ({ stem: s, weight })).sort((a, b) => b.weight - a.weight);
  }

  private update(storyId: string, tokens: readonly Token[], delta: 1 | -1): void {
    this.resolved.clear();
    this.namesAnywhere.clear();
    this.docs += delta;
    let story = this.stories.get(storyId);
    if (!story) {
      story = newStoryStats();
      this.stories.set(storyId, story);
    }
    const terms = new Set(tokens.flatMap(termsOf));
    for (const s of terms) bump(this.docFreq, s, delta);
    countSentence(story, tokens, terms, delta);
    if (story.sentences <= 0) this.stories.delete(storyId);
    for (const [acronym, stems] of acronymsOf(tokens)) bumpIn(this.acronyms, acronym, stems.join(' '), delta);
    for (const t of tokens) if (!t.isNumber) this.spellings.count(t.folded, t.stem, delta);
  }
}

/**
 * The first of a word's index terms that the stories hold: a single stem they have, or a compound they write word
 * after word ("dock worker").
 */
export function heldTerm(
  words: Pick<StoryWords, 'has' | 'hasPhrase'>,
): (terms: readonly string[]) => string | undefined {
  return (terms) => terms.find((t) => (t.includes(' ') ? words.hasPhrase(t) : words.has(t)));
}

/** A designation's variants keep its number: "helx-2" may be HELIX-2, but "helix-1" is never HELIX-2. */
function sameNumber(
  token: Token,
  found: Pick<ResolvedTerm, 'matches' | 'via'>,
): Pick<ResolvedTerm, 'matches' | 'via'> {
  if (!isDesignation(token)) return found;
  const number = /\d+$/.exec(token.folded)?.[0];
  const matches = found.matches.filter((m) => /\d+$/.exec(m.stem)?.[0] === number);
  return matches.length > 0 ? { matches, via: found.via } : { matches: [], via: 'none' };
}
