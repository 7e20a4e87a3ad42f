import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import SearchableMap from 'minisearch/SearchableMap';
import { isWordNetLemma } from '../lexicon/wordnet.js';
import { spellingsOf, zipfFrequency } from './english.js';
import { stem, type Token, termsOf, tokenize } from './text.js';

/** A story stem a question word was matched to, and how sure the match is (1 = the word itself). */
export type FuzzyMatch = { stem: string; weight: number };

// Fuzzy matching only for words long enough to survive a typo without meaning something else ("war" ~ "was").
const MIN_FUZZY_LENGTH = 5;
// A derived word ("monthly" for month) shares at least this much of the longer word, and counts this much.
const DERIVATION_SHARE = 0.7;
const DERIVATION_WEIGHT = 0.7;
// A word spelt by ear ("skools" for schools) sounds the same but may be further off in letters than a typo. Short
// sound codes are shared by unrelated words ("Rutte" and "rate" are both RT), so a code needs three sounds.
const SOUND_WEIGHT = 0.75;
const MIN_SOUND_LENGTH = 4;
const MIN_SOUND_CODE = 3;
// How far in letters an English word typed for a story word that sounds the same may be from it (see `homophones`).
const HOMOPHONE_EDITS = 1;
// Only an English word this seldom written (Zipf) is taken for one that sounds the same ("weather" is meant): +6, nothing
// lost (two letters off and any word below `MEANT_AS_WRITTEN_ZIPF`: +31 −25, "weather" for _whether_).
const HOMOPHONE_ZIPF = 4;
// A misspelt word one typo from an English word this common (Zipf) is that word, not a sound-alike of another.
const EVERYDAY_ZIPF = 4.5;
// Below this (Zipf), a listed word of four letters may be a slip (see `slips`).
const SHORT_SLIP_ZIPF = 3.5;
// A word of English this common is meant as written: "party" is no slip for _partly_, nor "finish" for _Finnish_
// (+2, nothing lost; 4.5 was +5 −4: "peter" for _Petter_, "raise" for _raises_).
const MEANT_AS_WRITTEN_ZIPF = 5;
// How many words' typos `slipsBehindStem` remembers (the memory starts afresh past this).
const REMEMBERED_SLIPS = 2_000;
// A cut-short word needs this many letters to say which word it begins.
const MIN_COMPLETION_LENGTH = 4;

/**
 * The stories' words as written, in MiniSearch's radix tree and by sound, for the words a question spells otherwise:
 * a misspelt word is looked up once by edit distance (a Levenshtein automaton walking the tree: ~0.1 ms at 9,000
 * words, where a Fuse.js scan of the same words took 6–28 ms). Every match is to a stem `has` accepts.
 */
export class Spellings {
  /** Word -> in how many (sentence, word) places the stories write it. */
  private readonly wordCounts = new Map<string, number>();
  /** The words written, in a radix tree to walk by edit distance and prefix. */
  private readonly words = new SearchableMap<true>();
  /** Double Metaphone code -> the words that sound so. */
  private readonly sounds = new Map<string, Set<string>>();
  /** The stems of those words: a typo in a word's ending is a typo of its stem ("colapse" ~ collapsed). */
  private readonly stemCounts = new Map<string, number>();
  private readonly stems = new SearchableMap<true>();
  /** A word's typos among all the stories' words, for `slipsBehindStem`. */
  private readonly typosBehindStem = new Map<string, FuzzyMatch[]>();

  /**
   * Counts one more (or one fewer) place the word (with its stem) is written. The counts are kept in plain maps and
   * the trees change only when a word comes or goes: a radix tree's update costs several times a hash map's, and
   * building 1,000 stories counts 700,000 words.
   */
  count(word: string, stemmed: string, delta: 1 | -1): void {
    tally(this.stemCounts, this.stems, stemmed, delta);
    const change = tally(this.wordCounts, this.words, word, delta);
    if (change !== 'same') {
      this.hear(word, change === 'new');
      this.typosBehindStem.clear();
    }
  }

  /**
   * The written words a word that no story writes, and English does not list, is a typo of, when its stem is one of
   * theirs by chance ("inspecters" stems to inspect, as _inspected_ does, but misspells _inspectors_); none otherwise.
   */
  slipsBehindStem(
    token: Token,
    held: string,
    has: (stemmed: string) => boolean,
    allStories: boolean,
  ): FuzzyMatch[] {
    if (this.wordCounts.has(token.folded) || zipfFrequency(token.folded) > 0) return [];
    // Asked again with every question that writes the word: over all stories, remembered until a word comes or goes.
    let typos = allStories ? this.typosBehindStem.get(token.folded) : undefined;
    if (!typos) {
      typos = this.typos(token.folded, has);
      if (allStories) {
        if (this.typosBehindStem.size >= REMEMBERED_SLIPS) this.typosBehindStem.clear();
        this.typosBehindStem.set(token.folded, typos);
      }
    }
    return typos.filter((m) => m.stem !== held);
  }

  /**
   * What a question word is a slip of the fingers for, surest first: a typo of a word or of a stem ("recruting" ->
   * recrut ~ recruit, "colapse" -> colaps ~ collaps); the commonest English word one typo away that the stories hold,
   * when the slip throws the stem off ("suceed" stems to "suce", "succeeded" is indexed as succeed's); a word spelt by
   * ear ("skools"). A word of English is a slip for another only past its first letter, which people seldom mistype
   * ("trail" for trial, never "beaches" for reaches), and never one that sounds like it ("leader" is not "later"); an
   * everyday word is no slip at all; a name is never read as an English word it resembles.
   */
  slips(token: Token, has: (stemmed: string) => boolean, isName: boolean): FuzzyMatch[] {
    const zipf = zipfFrequency(token.folded);
    if (zipf >= MEANT_AS_WRITTEN_ZIPF) return [];
    const english = zipf > 0;
    const keep = (matches: FuzzyMatch[]) =>
      english ? matches.filter((m) => m.stem[0] === token.folded[0]) : matches;
    // A word of four letters that English lists but seldom writes is a slip of a longer story word ("cots" for costs,
    // "flor" for floor) as much as a longer one is; an everyday one is meant ("list" is no slip of _lost_).
    const shortSlip = english && zipf < SHORT_SLIP_ZIPF && token.folded.length === MIN_FUZZY_LENGTH - 1;
    const typos = best(
      keep(this.typos(token.folded, has, shortSlip ? MIN_FUZZY_LENGTH - 1 : MIN_FUZZY_LENGTH)),
      keep(this.stemTypos(token.stem, has)),
    );
    if (typos.length > 0) return typos;
    const spelt = isName ? [] : spellingsOf(token.folded);
    for (const word of spelt) {
      const held = heldTerm(word, has);
      if (held) return [{ stem: held, weight: 1 - 1 / Math.max(word.length, token.folded.length) }];
    }
    // A slip of an everyday word ("suposed") is that word, not a story word that sounds like it ("subsidies").
    const everyday = zipfFrequency(spelt[0] ?? '') >= EVERYDAY_ZIPF;
    if (english) return zipf < HOMOPHONE_ZIPF ? this.homophones(token.folded, has) : [];
    return everyday ? [] : this.soundsAlike(token.folded, has);
  }

  /**
   * Story words an English word is typed for by ear: they sound the same, begin with the same letter and differ by
   * `HOMOPHONE_EDITS` letters ("peek" for peak, "wether" for weather, "pol" for poll).
   */
  homophones(word: string, has: (stemmed: string) => boolean): FuzzyMatch[] {
    return this.heardAs(
      word,
      soundOf(word),
      has,
      (alike) => Math.abs(alike.length - word.length) <= 1 && distance(alike, word) <= HOMOPHONE_EDITS,
    );
  }

  /**
   * Words within a few typos ("Harkiv" ~ "Kharkiv", "Stoltenbreg" ~ "Stoltenberg"), two letters swapped ("wieght"),
   * or a typo in the other number ("efect" ~ effects), surest first.
   */
  typos(word: string, has: (stemmed: string) => boolean, shortest = MIN_FUZZY_LENGTH): FuzzyMatch[] {
    if (word.length < shortest) return [];
    const byStem = new Map<string, number>();
    const consider = (candidate: string, edits: number) => {
      if (candidate.length < MIN_FUZZY_LENGTH - 1) return;
      const weight = typoWeight(word, candidate, edits);
      // As the story holds the word: an irregular past is held as its verb ("brake" ~ broke ~ _break_).
      const s = heldTerm(candidate, has);
      if (s === undefined) return;
      if (weight > (byStem.get(s) ?? 0)) byStem.set(s, weight);
    };
    for (const [candidate, [, edits]] of this.words.fuzzyGet(word, maxEdits(word.length)))
      consider(candidate, edits);
    // Two letters swapped ("wieght") is one slip of the fingers, though two edits apart.
    for (const swapped of adjacentSwaps(word)) if (this.words.has(swapped)) consider(swapped, 1);
    if (byStem.size === 0) {
      // A misspelt word in the other number than the story's ("side efect" for effects): the number counts as an edit.
      const other = word.endsWith('s') ? word.slice(0, -1) : `${word}s`;
      for (const [candidate, [, edits]] of this.words.fuzzyGet(other, maxEdits(word.length))) {
        consider(candidate, edits + 1);
      }
    }
    return surest(byStem);
  }

  /** Stems within a typo of this stem ("colaps" ~ collaps, of "collapsed"), surest first. */
  stemTypos(stemmed: string, has: (stemmed: string) => boolean): FuzzyMatch[] {
    if (stemmed.length < MIN_FUZZY_LENGTH) return [];
    const byStem = new Map<string, number>();
    for (const [candidate, [, edits]] of this.stems.fuzzyGet(stemmed, maxEdits(stemmed.length))) {
      if (candidate.length >= MIN_FUZZY_LENGTH - 1 && has(candidate)) {
        byStem.set(candidate, typoWeight(stemmed, candidate, edits));
      }
    }
    return surest(byStem);
  }

  /** Words that sound like this one and begin with the same letter ("skools" ~ schools). */
  soundsAlike(word: string, has: (stemmed: string) => boolean): FuzzyMatch[] {
    if (word.length < MIN_SOUND_LENGTH) return [];
    const code = soundOf(word);
    return code.length < MIN_SOUND_CODE ? [] : this.heardAs(word, code, has, () => true);
  }

  /**
   * The story words of the sound code that begin as the word does and that `keep` keeps, as the stories hold them:
   * what `soundsAlike` and `homophones` find.
   */
  private heardAs(
    word: string,
    code: string,
    has: (stemmed: string) => boolean,
    keep: (alike: string) => boolean,
  ): FuzzyMatch[] {
    const stems = new Set<string>();
    for (const alike of this.sounds.get(code) ?? []) {
      if (alike[0] === word[0] && keep(alike) && has(stem(alike))) stems.add(stem(alike));
    }
    return [...stems].map((s) => ({ stem: s, weight: SOUND_WEIGHT }));
  }

  /**
   * Words of the same family that stemming leaves apart: one word begins with the other and they share most of
   * their letters ("monthly" ~ month, "diplomat" ~ diplomacy). Less sure than the word itself.
   */
  family(word: string, has: (stemmed: string) => boolean): FuzzyMatch[] {
    if (word.length < MIN_FUZZY_LENGTH) return [];
    const family = new Set<string>();
    for (const [longer] of this.words.atPrefix(word)) family.add(longer);
    for (let n = word.length - 1; n >= MIN_FUZZY_LENGTH; n--) {
      if (this.words.has(word.slice(0, n))) family.add(word.slice(0, n));
    }
    const byStem = new Map<string, number>();
    for (const relative of family) {
      const shared = Math.min(word.length, relative.length) / Math.max(word.length, relative.length);
      if (shared < DERIVATION_SHARE || !has(stem(relative))) continue;
      byStem.set(stem(relative), Math.max(byStem.get(stem(relative)) ?? 0, DERIVATION_WEIGHT));
    }
    return [...byStem].map(([s, weight]) => ({ stem: s, weight }));
  }

  /**
   * The story words a cut-short last word begins ("shar" -> share, shares): only for a letter string that is no word
   * of English (WordNet lacks it), long enough to say which words it begins. As sure as a word of the family.
   */
  completions(word: string, has: (stemmed: string) => boolean): FuzzyMatch[] {
    if (word.length < MIN_COMPLETION_LENGTH || isWordNetLemma(word)) return [];
    const stems = new Set<string>();
    for (const [longer] of this.words.atPrefix(word)) if (has(stem(longer))) stems.add(stem(longer));
    return [...stems].map((s) => ({ stem: s, weight: DERIVATION_WEIGHT }));
  }

  /**
   * Story words whose stems are among `stems` (the few asked for) one typo from a word of any length ("mass" ~ Maas),
   * or as many as a typo of the longer word may have ("feruci" ~ Ferrucci: two letters dropped from eight).
   */
  typoAmong(word: string, stems: ReadonlySet<string>): FuzzyMatch[] {
    const byStem = new Map<string, number>();
    const most = word.length < MIN_FUZZY_LENGTH ? 1 : maxEdits(word.length + 2);
    for (const [candidate, [, edits]] of this.words.fuzzyGet(word, most)) {
      if (edits > 1 && edits > maxEdits(Math.max(word.length, candidate.length))) continue;
      const s = stem(candidate);
      if (stems.has(s)) byStem.set(s, Math.max(byStem.get(s) ?? 0, typoWeight(word, candidate, edits)));
    }
    return surest(byStem);
  }

  private hear(word: string, added: boolean): void {
    if (word.length < MIN_SOUND_LENGTH) return;
    const code = soundOf(word);
    const words = this.sounds.get(code) ?? new Set<string>();
    if (added) words.add(word);
    else words.delete(word);
    if (words.size > 0) this.sounds.set(code, words);
    else this.sounds.delete(code);
  }
}

function soundOf(word: string): string {
  return doubleMetaphone(word)[0];
}

/** The word with two neighbouring letters swapped, each way it differs ("wieght" -> weight, …). */
export function adjacentSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word) swaps.push(swapped);
  }
  return swaps;
}

/**
 * The first of the word's index terms the stories hold; its stem for a word the tokenizer splits (a designation's
 * joined form, "helix2").
 */
function heldTerm(word: string, has: (stemmed: string) => boolean): string | undefined {
  const token = tokenize(word)[0];
  if (token?.surface === word) return termsOf(token).find(has);
  const stemmed = stem(word);
  return has(stemmed) ? stemmed : undefined;
}

/** Typos allowed in a word of this length: one up to 7 letters, two up to 11, then three. */
function maxEdits(length: number): number {
  return length < 8 ? 1 : length < 12 ? 2 : 3;
}

/** How sure a typo match is: 1 less the share of the longer word the edits changed. */
function typoWeight(word: string, candidate: string, edits: number): number {
  return 1 - edits / Math.max(word.length, candidate.length);
}

/** The matches within 0.1 of the surest, surest first. */
function surest(byStem: ReadonlyMap<string, number>): FuzzyMatch[] {
  const ranked = [...byStem].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, w]) => w >= top - 0.1).map(([s, weight]) => ({ stem: s, weight }));
}

/** Adds `delta` to the key's count, dropping it at 0; the new count. */
export function bump(counts: Map<string, number>, key: string, delta: number): number {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
  return next;
}

/** Counts one more or one fewer of the key, and keeps `present` to the keys counted: whether the key came or went. */
function tally(
  counts: Map<string, number>,
  present: SearchableMap<true>,
  key: string,
  delta: number,
): 'new' | 'gone' | 'same' {
  const before = counts.get(key) ?? 0;
  const next = bump(counts, key, delta);
  if (before <= 0 && next > 0) {
    present.set(key, true);
    return 'new';
  }
  if (before > 0 && next <= 0) {
    present.delete(key);
    return 'gone';
  }
  return 'same';
}

/** The list whose first match is surest (the first on a tie). */
function best(a: FuzzyMatch[], b: FuzzyMatch[]): FuzzyMatch[] {
  return (a[0]?.weight ?? 0) >= (b[0]?.weight ?? 0) ? a : b;
}
