import { stemmer } from 'stemmer';
import { eng as englishStopWords } from 'stopword';
import lemmatizer from 'wink-lemmatizer';
import { isWordNetLemma, wordNet } from '../lexicon/wordnet.js';
import { remembered } from '../remembered.js';
import { digitsOfNumberWord } from './numberWords.js';

/** One word of a text, with where it stands (for highlighting) and its normalised forms. */
export interface Token {
  /** The word as written. */
  surface: string;
  /** Lower-cased, accents and apostrophes folded, possessive dropped: `Kyiv’s` -> `kyiv`, `Nöstlinger` -> `nostlinger`. */
  folded: string;
  /** Porter stem of `folded` (numbers stay as digits without separators: `30,000` -> `30000`). */
  stem: string;
  /**
   * Stem of the base form when it differs from `stem`: an irregular verb's ("struck" -> strike, "said" -> sai), else an
   * irregular plural's singular ("children" -> child, so that WordNet's lemmas find it), else a number word's digits
   * ("seventeen" -> 17).
   */
  lemma?: string;
  /**
   * The word is nearly always that verb's form, seldom a word of its own: "found" is find's ("founded" is another
   * verb), while "ground" is a noun first. Its index term is then the verb's alone.
   */
  lemmaOnly?: true;
  start: number;
  isNumber: boolean;
  /** Starts with a capital letter (a name, or just the first word of a sentence). */
  capitalised: boolean;
}

// Words, and numbers with thousands separators or decimals kept whole ("30,000", "3.5").
const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?|\d*[\p{L}\p{N}]+/gu;

// Prefixes written with a hyphen ("mid-season", "ex-coach", "pre-tax"): the word that follows carries the meaning.
// biome-ignore format: a word list reads best packed
const HYPHEN_PREFIX = new Set(['mid', 'pre', 'post', 'non', 'anti', 'ex', 'co', 're', 'sub', 'semi', 'multi', 'inter', 'pro']);

/**
 * Splits text into tokens; hyphenated words become their parts ("long-term" -> long, term), without a prefix's
 * ("mid-season" -> season).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const end = (m.index ?? 0) + surface.length;
    if (text[end] === '-' && HYPHEN_PREFIX.has(surface.toLowerCase()) && /\p{L}/u.test(text[end + 1] ?? ''))
      continue;
    const forms = formsOf(surface);
    if (forms.folded !== '') tokens.push(tokenOf(surface, m.index ?? 0, forms));
  }
  return tokens;
}

/**
 * The token of a word from its forms. Built field by field: an object spread of `forms` here fell to V8's slow path
 * once compromise was loaded (as in the bot), and made tokenizing 6× slower (15 µs instead of 2.5 µs a question).
 */
function tokenOf(surface: string, start: number, forms: WordForms): Token {
  const token: Token = {
    surface,
    folded: forms.folded,
    stem: forms.stem,
    start,
    isNumber: forms.isNumber,
    capitalised: /^\p{Lu}/u.test(surface),
  };
  if (forms.lemma !== undefined) token.lemma = forms.lemma;
  if (forms.lemmaOnly) token.lemmaOnly = true;
  return token;
}

type WordForms = Pick<Token, 'folded' | 'stem' | 'lemma' | 'lemmaOnly' | 'isNumber'>;

// Folding, stemming and the verb look-up cost microseconds a word; a story and its questions repeat words, so each
// written form is worked out once.
const formsOf = remembered((surface: string): WordForms => {
  const isNumber = /^\d/.test(surface) && /^[\d.,]+$/.test(surface);
  const folded = isNumber ? foldNumber(surface) : unabbreviated(foldWord(surface));
  const stemmed = isNumber ? folded : stem(folded);
  const base = isNumber ? folded : baseForm(folded, stemmed);
  // A number word is also its digits: "Seventeen minutes" answers "the 17 minutes".
  const lemma = isNumber ? stemmed : (digitsOfNumberWord(folded) ?? stem(base));
  if (lemma === stemmed) return { folded, stem: stemmed, isNumber };
  return {
    folded,
    stem: stemmed,
    lemma,
    ...(isMostlyFormOf(folded, base) ? { lemmaOnly: true as const } : {}),
    isNumber,
  };
}, 200_000);

// Chat shorthand for everyday words, as people type questions on Discord ("how many ppl", "the govt loans"), and the
// colloquial "folks" ("how many folks live there": +6, nothing lost; "kids" for children lost one, "cops" for police
// read the verb "cop", to arrest, as the police).
// biome-ignore format: a word list reads best packed
const SHORTHAND = new Map([
  ['ppl', 'people'], ['govt', 'government'], ['thru', 'through'], ['tho', 'though'], ['bc', 'because'],
  ['cuz', 'because'], ['yrs', 'years'], ['hrs', 'hours'], ['mins', 'minutes'], ['approx', 'approximately'],
  ['abt', 'about'], ['tmrw', 'tomorrow'], ['dept', 'department'], ['intl', 'international'], ['mgmt', 'management'],
  ['exec', 'executive'], ['execs', 'executives'], ['gov', 'government'], ['govts', 'governments'], ['prez', 'president'],
  ['pic', 'picture'], ['pics', 'pictures'], ['yr', 'year'], ['hr', 'hour'], ['wk', 'week'], ['wks', 'weeks'],
  ['info', 'information'], ['bn', 'billion'], ['mln', 'million'], ['natl', 'national'], ['coz', 'because'],
  ['biz', 'business'], ['uni', 'university'], ['rnd', 'round'], ['folks', 'people'],
]);

/** The word a chat shorthand stands for ("ppl": people), else the word. */
function unabbreviated(folded: string): string {
  return SHORTHAND.get(folded) ?? folded;
}

/** The verb's base form when irregular ("struck": strike), else the noun's ("children": child), else the word. */
function baseForm(folded: string, stemmed: string): string {
  const verb = lemmatizer.verb(folded);
  if (stem(verb) !== stemmed && !isMisreadEs(folded, verb)) return verb;
  return lemmatizer.noun(folded);
}

/**
 * Whether the lemmatizer took "-es" off a word whose verb would take only "-s" ("nodes" is no form of "nod": "nods"
 * is). A verb takes "-es" after s, x, z, ch, sh and o ("passes", "fixes", "goes").
 */
function isMisreadEs(folded: string, verb: string): boolean {
  return folded === `${verb}es` && !/(?:[sxzo]|ch|sh)$/.test(verb);
}

// A word used as its own word at least this share as often as its verb (WordNet's tagged counts) keeps its stem.
const OWN_WORD_SHARE = 0.25;

/** Whether WordNet's corpus uses the verb (find) far more than the word itself as a lemma (found: to establish). */
function isMostlyFormOf(folded: string, base: string): boolean {
  const tagged = (senses: readonly { tagCount: number }[]) => senses.reduce((n, s) => n + s.tagCount, 0);
  const verb = tagged(
    wordNet()
      .senses(base)
      .filter((s) => s.pos === 'verb'),
  );
  return verb > 0 && tagged(wordNet().senses(folded)) < OWN_WORD_SHARE * verb;
}

export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/** "30,000" and "30000" are one number; a trailing ".0" or a decimal comma is left as written. */
function foldNumber(n: string): string {
  return /^\d{1,3}(,\d{3})+$/.test(n) ? n.replace(/,/g, '') : n;
}

export const stem = remembered(stemmer, 200_000);

/**
 * Words that never carry the topic of a question: the stopword package's English list, plus interrogatives and
 * auxiliaries it lacks (they otherwise fuzzily match "again", "so", "however"), and words that talk about the
 * article rather than its content ("what does the story say about …").
 */
// biome-ignore format: a word list reads best packed
const QUESTION_WORDS = [
  'when', 'why', 'how', 'what', 'who', 'whom', 'whose', 'which', 'where', 'does', 'do', 'did', 'done', 'is',
  'are', 'was', 'were', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'has',
  'have', 'had', 'get', 'got', 'any', 'there', 'tell', 'me', 'us', 'please', 'know', 'say', 'says', 'said',
  'saying', 'talk', 'mention', 'mentioned', 'article', 'story', 'news', 'according',
  'exactly', 'actually', 'really', 'kind', 'sort', 'thing', 'things', 'lot', 'like', 'give', 'explain',
  'describe', 'happen', 'happened', 'happening', 'mean', 'means', 'anything', 'something', 'someone',
  'anyone', 'anybody', 'somebody', 'much', 'many', 'so',
];
const STOP_WORDS = new Set([...englishStopWords, ...QUESTION_WORDS]);

/** The text between two tokens of it: what separates "facundo" from "lertora", or a number from its comma. */
export function textBetween(text: string, before: Token, after: Token): string {
  return text.slice(before.start + before.surface.length, after.start);
}

/** Whether the token ends the question (nothing after it but spaces and punctuation: a word typed to the end). */
export function isLastWord(question: string, t: Token): boolean {
  return !/[\p{L}\p{N}]/u.test(question.slice(t.start + t.surface.length));
}

/** A word and its number as one ("heliar2" of "Heliar-2", "a380"): a designation, not a word nor a number. */
export function isDesignation(token: Token): boolean {
  return !token.isNumber && /\p{L}\d+$/u.test(token.folded);
}

// Two words, or a name and its number ("Heliar-2", "Covid-19").
const HYPHENATED = /(?<![\p{L}\d-])\p{L}+-(?:\p{L}+|\d+)(?![\p{L}\d-])/gu;

/**
 * Two words joined by a hyphen, as one word ("lift-off" -> liftoff): what a reader types who writes it solid
 * ("liftoff", "liftof"). Indexed beside the parts, which `tokenize` gives. A name and its number ("Heliar-2" ->
 * heliar2) are one designation: the question's number is sought in that form (see `analyseQuestion`).
 */
export function hyphenJoined(text: string): Token[] {
  // Most sentences have no hyphen: not worth running the pattern over (a tenth of building 1,000 stories).
  if (!text.includes('-')) return [];
  // From the joined form whole: `tokenize` would split "heliar2" into a word and a number again.
  return [...text.matchAll(HYPHENATED)].map((m) =>
    tokenOf(m[0], m.index ?? 0, formsOf(m[0].replace('-', ''))),
  );
}

/** A stop word, an inflection of one ("gets", "happens"), or one contracted without its apostrophe ("whats"). */
export const isStopWord = remembered(
  (folded: string): boolean =>
    STOP_WORDS.has(folded) || STOP_WORDS.has(lemmatizer.verb(folded)) || isBareContraction(folded),
  50_000,
);

// What a contraction adds to a stop word: what's, they'll, you're, I've, he'd, don't, I'm.
const IRREGULAR_NEGATION = new Map([
  ['wont', 'will'],
  ['cant', 'can'],
  ['shant', 'shall'],
]);
const CONTRACTION = /^(.+?)(s|ll|re|ve|d|nt|t|m)$/;

/**
 * "whats", "theyll", "dont": a stop word and a contraction typed without the apostrophe, as users do. A real word
 * that happens to split so ("bed", "well", "shell") is in WordNet; these are not.
 */
function isBareContraction(folded: string): boolean {
  // The irregular negations are words too ("wont": custom), but typed in a question they are won't, can't, shan't.
  const irregular = IRREGULAR_NEGATION.get(folded);
  if (irregular) return STOP_WORDS.has(irregular);
  const stopWord = CONTRACTION.exec(folded)?.[1];
  return stopWord !== undefined && STOP_WORDS.has(stopWord) && !isWordNetLemma(folded);
}

/** Tokens that carry content: not stop words, and not single letters (initials, stray "s"). */
export function contentTokens(text: string): Token[] {
  const tokens = tokenize(text);
  return tokens.filter((t, i) => isContentToken(t) && !isClockSuffix(t, tokens[i - 1], text));
}

/** The "pm" of "at 9:25 pm": the number is the time, written "p.m." by the stories; no word to look for. */
function isClockSuffix(t: Token, previous: Token | undefined, text: string): boolean {
  return (
    t.folded === 'pm' &&
    previous?.isNumber === true &&
    /^\s*$/.test(text.slice(previous.start + previous.surface.length, t.start))
  );
}

/** Whether a token carries content (see `contentTokens`), for callers that already hold all of a text's tokens. */
export function isContentToken(t: Token): boolean {
  return t.isNumber || (t.folded.length > 1 && !isStopWord(t.folded) && !isContraction(t.surface));
}

/**
 * A contraction written with its apostrophe is a function word: any negation ("won't", "can't": folded, "wont"
 * would read as a noun), or a stop word with 'll, 're, 've, 'd or 'm ("they'll").
 */
function isContraction(surface: string): boolean {
  const lower = surface.toLowerCase();
  const apostrophe = lower.search(/['’](?:t|ll|re|ve|d|m)$/);
  return (
    apostrophe > 0 &&
    (lower.endsWith('t') ? /n['’]t$/.test(lower) : STOP_WORDS.has(lower.slice(0, apostrophe)))
  );
}

/** The index terms of a word: its stem, and its base form when irregular ("struck" is also strike, "children" child). */
export function termsOf(token: Token): string[] {
  if (!token.lemma) return [token.stem];
  return token.lemmaOnly ? [token.lemma] : [token.stem, token.lemma];
}

/**
 * Shortens text to at most `max` characters, at a word boundary when one is near the end, never splitting a
 * surrogate pair; "…" marks the cut.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The words a sentence is indexed and counted by: its content words, and its hyphen-joined words whole. */
export function indexTokens(words: readonly Token[], text: string): Token[] {
  return [...words.filter(isContentToken), ...hyphenJoined(text).filter(isContentToken)];
}
