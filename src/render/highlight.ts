import { escapeText } from './escape.js';

/**
 * Escapes `text` and puts the matched words in bold. Ranges are found on the raw text first, then each piece is
 * escaped on its own, so a highlight can never open Markdown the escaping would have closed.
 */
export function highlight(text: string, words: readonly string[]): string {
  const ranges = findRanges(text, words);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${escapeText(text.slice(at, start))}**${escapeText(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

/** Sorted, merged [start, end) ranges of whole-word, case-insensitive occurrences of `words` in `text`. */
function findRanges(text: string, words: readonly string[]): [number, number][] {
  const lower = foldCase(text);
  const found: [number, number][] = [];
  for (const word of new Set(words.map((w) => foldCase(w.trim())).filter(Boolean))) {
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + word.length)) {
      const before = lower[i - 1];
      const after = lower[i + word.length];
      if (!isWordChar(before) && !isWordChar(after)) found.push([i, i + word.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    // Touching or overlapping ranges become one bold run ("****" would render as literal asterisks).
    if (last && range[0] <= last[1] + 1 && /^\s?$/.test(text.slice(last[1], range[0]))) {
      last[1] = Math.max(last[1], range[1]);
    } else merged.push([...range]);
  }
  return merged;
}

/**
 * Lower case that keeps every index where it was: `toLowerCase` turns "İ" into two code units, which shifted
 * every later range (bold on the wrong letters, or an empty "****"). "İ" (U+0130) is the only character whose
 * lower case changes length, and final sigma the only one lower-cased by context (folded to σ here either way),
 * so text without it takes the whole-string path (a callback per character was a third of the time spent
 * rendering an answer).
 */
function foldCase(text: string): string {
  const lower = text.includes('İ')
    ? text.replace(/[^\p{Ll}]/gu, (c) => {
        const folded = c.toLowerCase();
        return folded.length === c.length ? folded : c;
      })
    : text.toLowerCase();
  return lower.replace(/ς/g, 'σ'); // final sigma: what whole-string lower-casing produced in context
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
