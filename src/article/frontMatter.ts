import { MONTHS } from './calendar.js';
import { ArticleError } from './errors.js';

/** Metadata an author can put on top of a raw article for what the scraped text lacks. */
export interface FrontMatter {
  published?: string;
  outlet?: string;
  language?: string;
  headline?: string;
  byline?: string[];
  dateline?: string;
}

/** Best-effort ISO date (`YYYY-MM-DD`) from "2024-04-04", "April 4, 2024", "4 April 2024" or "Apr. 4, 2024". */
export function toIsoDate(text: string): string | undefined {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (mdy) return validDate(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (dmy) return validDate(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
  return undefined;
}

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september')) + 1;
}

function validDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined; // e.g. February 30
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "A, B and C" / "A; B" / "A & B" -> ["A", "B", "C"]. */
export function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:;|,|&|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Splits an optional `---` block of `key: value` lines off the top of the text (already BOM/CRLF-normalised).
 * Unknown keys are ignored so authors can keep notes there; a bad `published` value is an error, not a guess.
 */
export function splitFrontMatter(text: string, source: string): { meta: FrontMatter; body: string } {
  const match = /^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    // An opening "---" with a key line under it but no closing "---" would leak metadata into the body.
    if (/^\s*---[ \t]*\n\s*[A-Za-z_-]+\s*:/.test(text))
      throw new ArticleError(source, 'front matter is not closed by "---"');
    return { meta: {}, body: text };
  }
  const meta: FrontMatter = {};
  for (const line of (match[1] ?? '').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const kv = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv)
      throw new ArticleError(source, `front matter line is not "key: value": ${line.trim().slice(0, 60)}`);
    const key = (kv[1] ?? '').toLowerCase();
    const value = unquote(kv[2] ?? '');
    if (value === '') continue;
    switch (key) {
      case 'published':
      case 'date': {
        const iso = toIsoDate(value);
        if (!iso) throw new ArticleError(source, `front matter "${key}" is not a date: ${value}`);
        meta.published = iso;
        break;
      }
      case 'outlet':
      case 'source':
        meta.outlet = value;
        break;
      case 'language':
      case 'lang':
        meta.language = value.toLowerCase();
        break;
      case 'headline':
      case 'title':
        meta.headline = value;
        break;
      case 'byline':
      case 'authors':
      case 'author':
        meta.byline = splitNames(value.replace(/^by\s+/i, ''));
        break;
      case 'dateline':
        meta.dateline = value;
        break;
    }
  }
  return { meta, body: text.slice(match[0].length) };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? (m[2] ?? '') : value;
}
