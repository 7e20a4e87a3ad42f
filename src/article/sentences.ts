import { findQuoteSpans, spanCursor } from './quoteMarks.js';

/** A sentence as character offsets into its paragraph text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Titles before a name: a period after them never ends a sentence ("Gen. Smith", "Dr. Jones").
const TITLES = new Set(
  'mr mrs ms messrs dr prof gen lt col sgt capt cmdr adm maj brig rep reps sen sens gov pres rev hon st mt ft supt insp det cpl pvt vs'.split(
    ' ',
  ),
);
// Abbreviations that end a sentence only when a capitalised word (not a number) follows ("Feb. 24", "No. 5").
const BEFORE_NUMBER = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig p pp para approx est'.split(' '),
);
// After these, a capitalised word is usually a name ("Apple Inc. Chief"), so only common sentence openers break.
const SUFFIXES = new Set('inc corp co ltd jr sr bros dept univ ave blvd etc al'.split(' '));
// Words that start sentences; after "U.S." or "Inc." they mark a real boundary.
const OPENERS = new Set(
  'the a an he she it they we i you his her its their our this that these those there but and so yet in on at for as if when while after before since however meanwhile still also mr ms mrs'.split(
    ' ',
  ),
);

const CANDIDATE = /([.!?…]+)(["”’'»)\]]*)(\s+)/g;

/**
 * Sentence boundaries in a paragraph. A period ends a sentence only when a capital letter, a digit or an opening
 * quote follows, never inside a quotation (a quote spanning sentences stays one unit with its attribution), after
 * a title or an initial, or before a lowercase word (scraped text continues sentences after stray periods).
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const inQuote = spanCursor(findQuoteSpans(text));
  let start = skipSpace(text, 0);
  for (const m of text.matchAll(CANDIDATE)) {
    const punct = m[1] ?? '';
    const end = (m.index ?? 0) + punct.length + (m[2] ?? '').length;
    const next = end + (m[3] ?? '').length;
    if (next >= text.length || end <= start) continue;
    if (inQuote(end)) continue; // inside a quotation: the quote stays one unit
    if (!isBoundary(text, m.index ?? 0, punct, next)) continue;
    spans.push({ start, end });
    start = next;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start, end: last });
  return spans;
}

/** The sentences of a paragraph, trimmed. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

function isBoundary(text: string, punctAt: number, punct: string, next: number): boolean {
  const nextWord = /^[“"«‘'(]?([\p{L}\p{N}]+)/u.exec(text.slice(next, next + 40))?.[1] ?? '';
  const c = text[next] ?? '';
  if (nextWord === '') return /[“"«‘(]/.test(c); // stray punctuation (". .") continues the sentence
  if (/\p{Ll}/u.test(nextWord[0] ?? '')) return false; // lowercase continuation: an attribution or a scraping slip
  if (punct !== '.') return true;
  const token = (/(\S+)$/.exec(text.slice(Math.max(0, punctAt - 40), punctAt))?.[1] ?? '').replace(
    /^[“"«‘'(]+/,
    '',
  );
  const word = token.toLowerCase();
  const startsWithDigit = /^\p{N}/u.test(nextWord);
  if (/^\p{Lu}$/u.test(token)) return false; // an initial: "John F. Kennedy"
  if (TITLES.has(word)) return false;
  if (BEFORE_NUMBER.has(word)) return !startsWithDigit;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token) || SUFFIXES.has(word)) {
    // "U.S. officials" / "the U.S. The…": only a typical sentence opener after an abbreviation marks an end.
    return OPENERS.has(nextWord.toLowerCase());
  }
  return true;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j] ?? '')) j++;
  return j;
}
